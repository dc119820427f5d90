# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, null_as_unset

T = TypeVar("T", bound="PendingPaymentMethod")


@_attrs_define
class PendingPaymentMethod:
    """An incomplete attempt to add a payment method. Might resolve into a payment method.

    Attributes:
        ach_microdeposit_hosted_verification_url (str | Unset): Where to verify the microdeposits of a US bank account.
    """

    ach_microdeposit_hosted_verification_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ach_microdeposit_hosted_verification_url = self.ach_microdeposit_hosted_verification_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ach_microdeposit_hosted_verification_url is not UNSET:
            field_dict["achMicrodepositHostedVerificationUrl"] = ach_microdeposit_hosted_verification_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ach_microdeposit_hosted_verification_url = null_as_unset(d.pop("achMicrodepositHostedVerificationUrl", UNSET))

        pending_payment_method = cls(
            ach_microdeposit_hosted_verification_url=ach_microdeposit_hosted_verification_url,
        )

        pending_payment_method.additional_properties = d
        return pending_payment_method

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
