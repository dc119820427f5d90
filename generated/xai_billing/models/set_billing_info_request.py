# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.billing_info import BillingInfo


T = TypeVar("T", bound="SetBillingInfoRequest")


@_attrs_define
class SetBillingInfoRequest:
    """
    Attributes:
        billing_info (BillingInfo): Billing information of a team or of a payment method.
    """

    billing_info: BillingInfo

    def to_dict(self) -> dict[str, Any]:
        billing_info = self.billing_info.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "billingInfo": billing_info,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.billing_info import BillingInfo  # noqa: PLC0415

        d = dict(src_dict)
        billing_info = BillingInfo.from_dict(d.pop("billingInfo"))

        set_billing_info_request = cls(
            billing_info=billing_info,
        )

        return set_billing_info_request
