# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any

from attrs import define, field

from .._exceptions import WireFormatError
from .._wire import (
    NO_EXTRAS,
    bad,
    extras,
    message_state,
    new,
    not_a_message,
    read_str,
    set_message_state,
)
from .bank_account_block import BankAccountBlock, _read_bank_account_block, _write_bank_account_block


@define(kw_only=True)
class UsBankAccountDetails:
    """Details of a US bank account.

    Attributes:
        bank_name: Name of the bank.
        last4: Last four digits of the account number.
        routing_number: Routing number of the bank.
        blocked: Set when the account is blocked.
        additional_properties: Members the server sent that this client does not know; to_dict()
            writes them back.
    """

    bank_name: str = ""
    last4: str = ""
    routing_number: str = ""
    blocked: BankAccountBlock | None = None
    additional_properties: Mapping[str, Any] = field(default=NO_EXTRAS, repr=False)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> UsBankAccountDetails:
        """Read a UsBankAccountDetails from proto3 JSON (a dict as json.loads gives it): an absent or null field
        gets its default, a member this client does not know goes to additional_properties.

        Raises:
            WireFormatError: (also a TypeError and a ValueError) a value of the wrong JSON type, or one its
                field cannot hold; the message names the field. int64 and int32 values must be integral
                and in range; timestamps need their RFC 3339 offset (see the README's Models section).
        """
        try:
            return _read_us_bank_account_details(src)
        except WireFormatError:
            raise
        except (TypeError, ValueError, KeyError, AttributeError, IndexError, RecursionError) as exc:
            raise not_a_message(src, "UsBankAccountDetails", exc) from exc

    def to_dict(self) -> dict[str, Any]:
        """This UsBankAccountDetails as proto3 JSON: int64 values as strings, fields that are not set left out."""
        return _write_us_bank_account_details(self)

    # pickle and copy.deepcopy: a MappingProxyType (additional_properties) cannot be pickled as it is.
    __getstate__ = message_state
    __setstate__ = set_message_state


_US_BANK_ACCOUNT_DETAILS_MEMBERS: frozenset[str] = frozenset(
    (
        "bankName",
        "last4",
        "routingNumber",
        "blocked",
    )
)
_US_BANK_ACCOUNT_DETAILS_FIELDS = itemgetter(
    "bankName",
    "last4",
    "routingNumber",
)


def _read_us_bank_account_details(src: Mapping[str, Any]) -> UsBankAccountDetails:
    whole = len(src) == 3
    if whole:  # as the API writes messages: every field without presence, and no other member
        try:
            bank_name, last4, routing_number = _US_BANK_ACCOUNT_DETAILS_FIELDS(src)
        except KeyError:  # one left out, an unknown one in its place
            whole = False
    if not whole:  # some left out at their defaults, as proto3 JSON allows: read as null, as the default
        bank_name = src.get("bankName")
        last4 = src.get("last4")
        routing_number = src.get("routingNumber")
    self = new(UsBankAccountDetails)
    self.bank_name = bank_name if bank_name.__class__ is str else read_str(bank_name, "UsBankAccountDetails.bankName")
    self.last4 = last4 if last4.__class__ is str else read_str(last4, "UsBankAccountDetails.last4")
    self.routing_number = (
        routing_number
        if routing_number.__class__ is str
        else read_str(routing_number, "UsBankAccountDetails.routingNumber")
    )
    v = src.get("blocked")
    self.blocked = (
        None
        if v is None
        else _read_bank_account_block(v)
        if v.__class__ is dict
        else bad(v, "an object", "UsBankAccountDetails.blocked")
    )
    self.additional_properties = (
        NO_EXTRAS
        if whole or _US_BANK_ACCOUNT_DETAILS_MEMBERS.issuperset(src)
        else extras(src, _US_BANK_ACCOUNT_DETAILS_MEMBERS)
    )
    return self


def _write_us_bank_account_details(self: UsBankAccountDetails) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["bankName"] = self.bank_name
    d["last4"] = self.last4
    d["routingNumber"] = self.routing_number
    if self.blocked is not None:
        d["blocked"] = _write_bank_account_block(self.blocked)
    if self.additional_properties:
        d.update(self.additional_properties)
    return d
