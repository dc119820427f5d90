# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, null_as_unset

T = TypeVar("T", bound="ChargerAttempt")


@_attrs_define
class ChargerAttempt:
    """One attempt to charge an invoice.

    Attributes:
        ticket (int | Unset): Sequence number of the attempt, from 0.
        successful (bool | Unset): Whether the attempt succeeded.
        payment_method_id (str | Unset): The payment method charged.
    """

    ticket: int | Unset = UNSET
    successful: bool | Unset = UNSET
    payment_method_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticket = self.ticket

        successful = self.successful

        payment_method_id = self.payment_method_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ticket is not UNSET:
            field_dict["ticket"] = ticket
        if successful is not UNSET:
            field_dict["successful"] = successful
        if payment_method_id is not UNSET:
            field_dict["paymentMethodId"] = payment_method_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ticket = null_as_unset(d.pop("ticket", UNSET))

        successful = null_as_unset(d.pop("successful", UNSET))

        payment_method_id = null_as_unset(d.pop("paymentMethodId", UNSET))

        charger_attempt = cls(
            ticket=ticket,
            successful=successful,
            payment_method_id=payment_method_id,
        )

        charger_attempt.additional_properties = d
        return charger_attempt

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
