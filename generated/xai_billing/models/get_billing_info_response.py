# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, null_as_unset

if TYPE_CHECKING:
    from ..models.billing_info import BillingInfo


T = TypeVar("T", bound="GetBillingInfoResponse")


@_attrs_define
class GetBillingInfoResponse:
    """
    Attributes:
        billing_info (BillingInfo | Unset): Billing information of a team or of a payment method.
    """

    billing_info: BillingInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        billing_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_info, Unset):
            billing_info = self.billing_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if billing_info is not UNSET:
            field_dict["billingInfo"] = billing_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.billing_info import BillingInfo  # noqa: PLC0415

        d = dict(src_dict)
        _billing_info = null_as_unset(d.pop("billingInfo", UNSET))
        billing_info: BillingInfo | Unset
        if isinstance(_billing_info, Unset):
            billing_info = UNSET
        else:
            billing_info = BillingInfo.from_dict(_billing_info)

        get_billing_info_response = cls(
            billing_info=billing_info,
        )

        get_billing_info_response.additional_properties = d
        return get_billing_info_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
