# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, null_as_unset

T = TypeVar("T", bound="BankAccountBlock")


@_attrs_define
class BankAccountBlock:
    """Why a bank account is blocked.

    Attributes:
        network_code (str | Unset): The bank network's code for the block.
        block_reason (str | Unset): The reason of the block.
    """

    network_code: str | Unset = UNSET
    block_reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        network_code = self.network_code

        block_reason = self.block_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if network_code is not UNSET:
            field_dict["networkCode"] = network_code
        if block_reason is not UNSET:
            field_dict["blockReason"] = block_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        network_code = null_as_unset(d.pop("networkCode", UNSET))

        block_reason = null_as_unset(d.pop("blockReason", UNSET))

        bank_account_block = cls(
            network_code=network_code,
            block_reason=block_reason,
        )

        bank_account_block.additional_properties = d
        return bank_account_block

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
