# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, null_as_unset

if TYPE_CHECKING:
    from ..models.bank_account_block import BankAccountBlock


T = TypeVar("T", bound="UsBankAccountDetails")


@_attrs_define
class UsBankAccountDetails:
    """Details of a US bank account.

    Attributes:
        bank_name (str | Unset): Name of the bank.
        last4 (str | Unset): Last four digits of the account number.
        routing_number (str | Unset): Routing number of the bank.
        blocked (BankAccountBlock | None | Unset): Set when the account is blocked.
    """

    bank_name: str | Unset = UNSET
    last4: str | Unset = UNSET
    routing_number: str | Unset = UNSET
    blocked: BankAccountBlock | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.bank_account_block import BankAccountBlock  # noqa: PLC0415

        bank_name = self.bank_name

        last4 = self.last4

        routing_number = self.routing_number

        blocked: dict[str, Any] | None | Unset
        if isinstance(self.blocked, Unset):
            blocked = UNSET
        elif isinstance(self.blocked, BankAccountBlock):
            blocked = self.blocked.to_dict()
        else:
            blocked = self.blocked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bank_name is not UNSET:
            field_dict["bankName"] = bank_name
        if last4 is not UNSET:
            field_dict["last4"] = last4
        if routing_number is not UNSET:
            field_dict["routingNumber"] = routing_number
        if blocked is not UNSET:
            field_dict["blocked"] = blocked

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bank_account_block import BankAccountBlock  # noqa: PLC0415

        d = dict(src_dict)
        bank_name = null_as_unset(d.pop("bankName", UNSET))

        last4 = null_as_unset(d.pop("last4", UNSET))

        routing_number = null_as_unset(d.pop("routingNumber", UNSET))

        def _parse_blocked(data: object) -> BankAccountBlock | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"expected BankAccountBlock or null, got {type(data).__name__}")
            blocked_type_0 = BankAccountBlock.from_dict(data)

            return blocked_type_0

        blocked = _parse_blocked(d.pop("blocked", UNSET))

        us_bank_account_details = cls(
            bank_name=bank_name,
            last4=last4,
            routing_number=routing_number,
            blocked=blocked,
        )

        us_bank_account_details.additional_properties = d
        return us_bank_account_details

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
