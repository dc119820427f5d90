# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, null_as_unset

T = TypeVar("T", bound="InvoiceLine")


@_attrs_define
class InvoiceLine:
    """A line of an invoice.

    Attributes:
        cluster_name (str | Unset): The cluster the usage ran on, for example `us-east-1`.
        description (str | Unset): What was used, for example `Chat grok-4-0709`.
        unit_type (str | Unset): The unit counted, for example `Prompt text tokens`.
        unit_price (str | Unset): Price of one unit in 1/1,000,000 of a USD cent, as an int64 string.
        num_units (str | Unset): Number of units, as an int64 string.
        amount (str | Unset): Amount of the line in USD cents, as an int64 string.
    """

    cluster_name: str | Unset = UNSET
    description: str | Unset = UNSET
    unit_type: str | Unset = UNSET
    unit_price: str | Unset = UNSET
    num_units: str | Unset = UNSET
    amount: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster_name = self.cluster_name

        description = self.description

        unit_type = self.unit_type

        unit_price = self.unit_price

        num_units = self.num_units

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cluster_name is not UNSET:
            field_dict["clusterName"] = cluster_name
        if description is not UNSET:
            field_dict["description"] = description
        if unit_type is not UNSET:
            field_dict["unitType"] = unit_type
        if unit_price is not UNSET:
            field_dict["unitPrice"] = unit_price
        if num_units is not UNSET:
            field_dict["numUnits"] = num_units
        if amount is not UNSET:
            field_dict["amount"] = amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cluster_name = null_as_unset(d.pop("clusterName", UNSET))

        description = null_as_unset(d.pop("description", UNSET))

        unit_type = null_as_unset(d.pop("unitType", UNSET))

        unit_price = null_as_unset(d.pop("unitPrice", UNSET))

        num_units = null_as_unset(d.pop("numUnits", UNSET))

        amount = null_as_unset(d.pop("amount", UNSET))

        invoice_line = cls(
            cluster_name=cluster_name,
            description=description,
            unit_type=unit_type,
            unit_price=unit_price,
            num_units=num_units,
            amount=amount,
        )

        invoice_line.additional_properties = d
        return invoice_line

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
