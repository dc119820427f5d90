# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, null_as_unset

if TYPE_CHECKING:
    from ..models.address import Address


T = TypeVar("T", bound="BillingInfo")


@_attrs_define
class BillingInfo:
    """Billing information of a team or of a payment method.

    Attributes:
        name (str | Unset): Name of the person or company billed.
        address (Address | Unset): A postal address.
        email (str | Unset): Email address that receives invoices.
        tax_id_type (str | Unset): Type of the tax ID, for example `us_ein` (the server has also been seen to send `us-
            ein`).
        tax_number (str | Unset): The tax ID.
    """

    name: str | Unset = UNSET
    address: Address | Unset = UNSET
    email: str | Unset = UNSET
    tax_id_type: str | Unset = UNSET
    tax_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        email = self.email

        tax_id_type = self.tax_id_type

        tax_number = self.tax_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if address is not UNSET:
            field_dict["address"] = address
        if email is not UNSET:
            field_dict["email"] = email
        if tax_id_type is not UNSET:
            field_dict["taxIdType"] = tax_id_type
        if tax_number is not UNSET:
            field_dict["taxNumber"] = tax_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address import Address  # noqa: PLC0415

        d = dict(src_dict)
        name = null_as_unset(d.pop("name", UNSET))

        _address = null_as_unset(d.pop("address", UNSET))
        address: Address | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = Address.from_dict(_address)

        email = null_as_unset(d.pop("email", UNSET))

        tax_id_type = null_as_unset(d.pop("taxIdType", UNSET))

        tax_number = null_as_unset(d.pop("taxNumber", UNSET))

        billing_info = cls(
            name=name,
            address=address,
            email=email,
            tax_id_type=tax_id_type,
            tax_number=tax_number,
        )

        billing_info.additional_properties = d
        return billing_info

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
