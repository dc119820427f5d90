# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.positive_usd_cents import PositiveUsdCents


T = TypeVar("T", bound="TopUpPrepaidCreditRequest")


@_attrs_define
class TopUpPrepaidCreditRequest:
    """
    Attributes:
        amount (PositiveUsdCents): Representation of USD cents, more than zero.
    """

    amount: PositiveUsdCents

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "amount": amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.positive_usd_cents import PositiveUsdCents  # noqa: PLC0415

        d = dict(src_dict)
        amount = PositiveUsdCents.from_dict(d.pop("amount"))

        top_up_prepaid_credit_request = cls(
            amount=amount,
        )

        return top_up_prepaid_credit_request
