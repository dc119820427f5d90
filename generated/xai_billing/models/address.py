# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, null_as_unset

T = TypeVar("T", bound="Address")


@_attrs_define
class Address:
    """A postal address.

    Attributes:
        line1 (str | Unset): First line of the street address.
        line2 (str | Unset): Second line of the street address.
        city (str | Unset): City.
        country (str | Unset): Country, as an ISO 3166-1 alpha-2 code.
        postal_code (str | Unset): Postal code.
        state (str | Unset): State, province or region.
    """

    line1: str | Unset = UNSET
    line2: str | Unset = UNSET
    city: str | Unset = UNSET
    country: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    state: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        line1 = self.line1

        line2 = self.line2

        city = self.city

        country = self.country

        postal_code = self.postal_code

        state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if line1 is not UNSET:
            field_dict["line1"] = line1
        if line2 is not UNSET:
            field_dict["line2"] = line2
        if city is not UNSET:
            field_dict["city"] = city
        if country is not UNSET:
            field_dict["country"] = country
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        line1 = null_as_unset(d.pop("line1", UNSET))

        line2 = null_as_unset(d.pop("line2", UNSET))

        city = null_as_unset(d.pop("city", UNSET))

        country = null_as_unset(d.pop("country", UNSET))

        postal_code = null_as_unset(d.pop("postalCode", UNSET))

        state = null_as_unset(d.pop("state", UNSET))

        address = cls(
            line1=line1,
            line2=line2,
            city=city,
            country=country,
            postal_code=postal_code,
            state=state,
        )

        address.additional_properties = d
        return address

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
