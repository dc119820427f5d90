# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.non_negative_usd_cents import NonNegativeUsdCents


T = TypeVar("T", bound="SetSpendingLimitRequest")


@_attrs_define
class SetSpendingLimitRequest:
    """
    Attributes:
        desired_soft_spending_limit (NonNegativeUsdCents): Representation of USD cents, zero or more.
    """

    desired_soft_spending_limit: NonNegativeUsdCents

    def to_dict(self) -> dict[str, Any]:
        desired_soft_spending_limit = self.desired_soft_spending_limit.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "desiredSoftSpendingLimit": desired_soft_spending_limit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.non_negative_usd_cents import NonNegativeUsdCents  # noqa: PLC0415

        d = dict(src_dict)
        desired_soft_spending_limit = NonNegativeUsdCents.from_dict(d.pop("desiredSoftSpendingLimit"))

        set_spending_limit_request = cls(
            desired_soft_spending_limit=desired_soft_spending_limit,
        )

        return set_spending_limit_request
