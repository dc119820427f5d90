# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any

from attrs import define, field

from .._exceptions import WireFormatError
from .._wire import (
    NO_EXTRAS,
    extras,
    message_state,
    new,
    not_a_message,
    read_str,
    set_message_state,
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
        gets its default, a member this client does not know goes to additional_properties.

        Raises:
            WireFormatError: (also a TypeError and a ValueError) a value of the wrong JSON type, or one its
                field cannot hold; the message names the field. int64 and int32 values must be integral
                and in range; timestamps need their RFC 3339 offset (see the README's Models section).
        """
        try:
            return _read_bank_account_block(src)
        except WireFormatError:
            raise
        except (TypeError, ValueError, KeyError, AttributeError, IndexError, RecursionError) as exc:
            raise not_a_message(src, "BankAccountBlock", exc) from exc

    def to_dict(self) -> dict[str, Any]:
        """This BankAccountBlock as proto3 JSON: int64 values as strings, fields that are not set left out."""
        return _write_bank_account_block(self)

    # pickle and copy.deepcopy: a MappingProxyType (additional_properties) cannot be pickled as it is.
    __getstate__ = message_state
    __setstate__ = set_message_state


_BANK_ACCOUNT_BLOCK_MEMBERS: frozenset[str] = frozenset(
    (
        "networkCode",
        "blockReason",
    )
)
_BANK_ACCOUNT_BLOCK_FIELDS = itemgetter(
    "networkCode",
    "blockReason",
)


def _read_bank_account_block(src: Mapping[str, Any]) -> BankAccountBlock:
    whole = len(src) == 2
    if whole:  # as the API writes messages: every field without presence, and no other member
        try:
            network_code, block_reason = _BANK_ACCOUNT_BLOCK_FIELDS(src)
        except KeyError:  # one left out, an unknown one in its place
            whole = False
    if not whole:  # some left out at their defaults, as proto3 JSON allows: read as null, as the default
        network_code = src.get("networkCode")
        block_reason = src.get("blockReason")
    self = new(BankAccountBlock)
    self.network_code = (
        network_code if network_code.__class__ is str else read_str(network_code, "BankAccountBlock.networkCode")
    )
    self.block_reason = (
        block_reason if block_reason.__class__ is str else read_str(block_reason, "BankAccountBlock.blockReason")
    )
    self.additional_properties = (
        NO_EXTRAS if whole or _BANK_ACCOUNT_BLOCK_MEMBERS.issuperset(src) else extras(src, _BANK_ACCOUNT_BLOCK_MEMBERS)
    )
    return self


def _write_bank_account_block(self: BankAccountBlock) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["networkCode"] = self.network_code
    d["blockReason"] = self.block_reason
    if self.additional_properties:
        d.update(self.additional_properties)
    return d
