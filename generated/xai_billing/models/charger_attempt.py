# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from .._wire import (
    NO_EXTRAS,
    extras,
    new,
    read_bool,
    read_int32,
    read_str,
    without_collector,
)


@define(kw_only=True)
class ChargerAttempt:
    """One attempt to charge an invoice.

    Attributes:
        ticket: Sequence number of the attempt, from 0.
        successful: Whether the attempt succeeded.
        payment_method_id: The payment method charged.
        additional_properties: Members the server sent that this client does not know; to_dict()
            writes them back.
    """

    ticket: int = 0
    successful: bool = False
    payment_method_id: str = ""
    additional_properties: Mapping[str, Any] = field(default=NO_EXTRAS, repr=False)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> ChargerAttempt:
        """Read a ChargerAttempt from proto3 JSON (a dict as json.loads gives it): an absent or null field
        gets its default; a value of the wrong type raises TypeError, one that cannot be read ValueError."""
        return without_collector(_read_charger_attempt, src)

    def to_dict(self) -> dict[str, Any]:
        """This ChargerAttempt as proto3 JSON: int64 values as strings, fields that are not set left out."""
        return without_collector(_write_charger_attempt, self)


_CHARGER_ATTEMPT_MEMBERS: frozenset[str] = frozenset(
    (
        "ticket",
        "successful",
        "paymentMethodId",
    )
)


def _read_charger_attempt(src: Mapping[str, Any], check_extras: bool = True) -> ChargerAttempt:
    self = new(ChargerAttempt)
    v = src.get("ticket", 0)
    self.ticket = v if v.__class__ is int else read_int32(v, "ChargerAttempt.ticket")
    v = src.get("successful", False)
    self.successful = v if v.__class__ is bool else read_bool(v, "ChargerAttempt.successful")
    v = src.get("paymentMethodId", "")
    self.payment_method_id = v if v.__class__ is str else read_str(v, "ChargerAttempt.paymentMethodId")
    if check_extras and not _CHARGER_ATTEMPT_MEMBERS.issuperset(src):
        self.additional_properties = extras(src, _CHARGER_ATTEMPT_MEMBERS)
    else:
        self.additional_properties = NO_EXTRAS
    return self


def _write_charger_attempt(self: ChargerAttempt) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["ticket"] = self.ticket
    d["successful"] = self.successful
    d["paymentMethodId"] = self.payment_method_id
    if self.additional_properties:
        d.update(self.additional_properties)
    return d
