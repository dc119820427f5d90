# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from .._wire import (
    NO_EXTRAS,
    extras,
    new,
    read_str,
    without_collector,
)


@define(kw_only=True)
class BankAccountBlock:
    """Why a bank account is blocked.

    Attributes:
        network_code: The bank network's code for the block.
        block_reason: The reason of the block.
        additional_properties: Members the server sent that this client does not know; to_dict()
            writes them back.
    """

    network_code: str = ""
    block_reason: str = ""
    additional_properties: Mapping[str, Any] = field(default=NO_EXTRAS, repr=False)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> BankAccountBlock:
        """Read a BankAccountBlock from proto3 JSON (a dict as json.loads gives it): an absent or null field
        gets its default; a value of the wrong type raises TypeError, one that cannot be read ValueError."""
        return without_collector(_read_bank_account_block, src)

    def to_dict(self) -> dict[str, Any]:
        """This BankAccountBlock as proto3 JSON: int64 values as strings, fields that are not set left out."""
        return without_collector(_write_bank_account_block, self)


_BANK_ACCOUNT_BLOCK_MEMBERS: frozenset[str] = frozenset(
    (
        "networkCode",
        "blockReason",
    )
)


def _read_bank_account_block(src: Mapping[str, Any], check_extras: bool = True) -> BankAccountBlock:
    self = new(BankAccountBlock)
    v = src.get("networkCode", "")
    self.network_code = v if v.__class__ is str else read_str(v, "BankAccountBlock.networkCode")
    v = src.get("blockReason", "")
    self.block_reason = v if v.__class__ is str else read_str(v, "BankAccountBlock.blockReason")
    if check_extras and not _BANK_ACCOUNT_BLOCK_MEMBERS.issuperset(src):
        self.additional_properties = extras(src, _BANK_ACCOUNT_BLOCK_MEMBERS)
    else:
        self.additional_properties = NO_EXTRAS
    return self


def _write_bank_account_block(self: BankAccountBlock) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["networkCode"] = self.network_code
    d["blockReason"] = self.block_reason
    if self.additional_properties:
        d.update(self.additional_properties)
    return d
