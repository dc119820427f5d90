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
    read_bool,
    read_int32,
    read_str,
    set_message_state,
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
        gets its default, a member this client does not know goes to additional_properties.

        Raises:
            WireFormatError: (also a TypeError and a ValueError) a value of the wrong JSON type, or one its
                field cannot hold; the message names the field. int64 and int32 values must be integral
                and in range; timestamps need their RFC 3339 offset (see the README's Models section).
        """
        try:
            return _read_charger_attempt(src)
        except WireFormatError:
            raise
        except (TypeError, ValueError, KeyError, AttributeError, IndexError, RecursionError) as exc:
            raise not_a_message(src, "ChargerAttempt", exc) from exc

    def to_dict(self) -> dict[str, Any]:
        """This ChargerAttempt as proto3 JSON: int64 values as strings, fields that are not set left out."""
        return _write_charger_attempt(self)

    # pickle and copy.deepcopy: a MappingProxyType (additional_properties) cannot be pickled as it is.
    __getstate__ = message_state
    __setstate__ = set_message_state


_CHARGER_ATTEMPT_MEMBERS: frozenset[str] = frozenset(
    (
        "ticket",
        "successful",
        "paymentMethodId",
    )
)
_CHARGER_ATTEMPT_FIELDS = itemgetter(
    "ticket",
    "successful",
    "paymentMethodId",
)


def _read_charger_attempt(src: Mapping[str, Any]) -> ChargerAttempt:
    whole = len(src) == 3
    if whole:  # as the API writes messages: every field without presence, and no other member
        try:
            ticket, successful, payment_method_id = _CHARGER_ATTEMPT_FIELDS(src)
        except KeyError:  # one left out, an unknown one in its place
            whole = False
    if not whole:  # some left out at their defaults, as proto3 JSON allows: read as null, as the default
        ticket = src.get("ticket")
        successful = src.get("successful")
        payment_method_id = src.get("paymentMethodId")
    self = new(ChargerAttempt)
    self.ticket = (
        ticket
        if ticket.__class__ is int and -2147483648 <= ticket <= 2147483647
        else read_int32(ticket, "ChargerAttempt.ticket")
    )
    self.successful = successful if successful.__class__ is bool else read_bool(successful, "ChargerAttempt.successful")
    self.payment_method_id = (
        payment_method_id
        if payment_method_id.__class__ is str
        else read_str(payment_method_id, "ChargerAttempt.paymentMethodId")
    )
    self.additional_properties = (
        NO_EXTRAS if whole or _CHARGER_ATTEMPT_MEMBERS.issuperset(src) else extras(src, _CHARGER_ATTEMPT_MEMBERS)
    )
    return self


def _write_charger_attempt(self: ChargerAttempt) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["ticket"] = self.ticket
    d["successful"] = self.successful
    d["paymentMethodId"] = self.payment_method_id
    if self.additional_properties:
        d.update(self.additional_properties)
    return d
