# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from .._wire import (
    NO_EXTRAS,
    bad,
    extras,
    new,
    read_str,
    without_collector,
)
from .bank_account_block import (
    BankAccountBlock,
    _read_bank_account_block,
    _write_bank_account_block,
)


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
        gets its default; a value of the wrong type raises TypeError, one that cannot be read ValueError."""
        return without_collector(_read_us_bank_account_details, src)

    def to_dict(self) -> dict[str, Any]:
        """This UsBankAccountDetails as proto3 JSON: int64 values as strings, fields that are not set left out."""
        return without_collector(_write_us_bank_account_details, self)


_US_BANK_ACCOUNT_DETAILS_MEMBERS: frozenset[str] = frozenset(
    (
        "bankName",
        "last4",
        "routingNumber",
        "blocked",
    )
)


def _read_us_bank_account_details(src: Mapping[str, Any], check_extras: bool = True) -> UsBankAccountDetails:
    self = new(UsBankAccountDetails)
    v = src.get("bankName", "")
    self.bank_name = v if v.__class__ is str else read_str(v, "UsBankAccountDetails.bankName")
    v = src.get("last4", "")
    self.last4 = v if v.__class__ is str else read_str(v, "UsBankAccountDetails.last4")
    v = src.get("routingNumber", "")
    self.routing_number = v if v.__class__ is str else read_str(v, "UsBankAccountDetails.routingNumber")
    v = src.get("blocked")
    self.blocked = (
        None
        if v is None
        else _read_bank_account_block(v)
        if v.__class__ is dict
        else bad(v, "an object", "UsBankAccountDetails.blocked")
    )
    if check_extras and not _US_BANK_ACCOUNT_DETAILS_MEMBERS.issuperset(src):
        self.additional_properties = extras(src, _US_BANK_ACCOUNT_DETAILS_MEMBERS)
    else:
        self.additional_properties = NO_EXTRAS
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
