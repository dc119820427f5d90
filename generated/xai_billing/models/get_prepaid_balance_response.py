# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
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
    read_messages,
    set_message_state,
)
from .balance_change import BalanceChange, _read_balance_change, _write_balance_change
from .usd_cents import UsdCents, _read_usd_cents, _write_usd_cents


@define(kw_only=True)
class GetPrepaidBalanceResponse:
    """The prepaid credit balance of a team and its changes.

    Attributes:
        changes: The changes of the prepaid credit balance.
        total: The prepaid credit balance; negative means credit left (-1000 is 10.00 USD).
        additional_properties: Members the server sent that this client does not know; to_dict()
            writes them back.
    """

    changes: list[BalanceChange] = field(factory=list)
    total: UsdCents | None = None
    additional_properties: Mapping[str, Any] = field(default=NO_EXTRAS, repr=False)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> GetPrepaidBalanceResponse:
        """Read a GetPrepaidBalanceResponse from proto3 JSON (a dict as json.loads gives it): an absent or null field
        gets its default, a member this client does not know goes to additional_properties.

        Raises:
            WireFormatError: (also a TypeError and a ValueError) a value of the wrong JSON type, or one its
                field cannot hold; the message names the field. int64 and int32 values must be integral
                and in range; timestamps need their RFC 3339 offset (see the README's Models section).
        """
        try:
            return _read_get_prepaid_balance_response(src)
        except WireFormatError:
            raise
        except (TypeError, ValueError, KeyError, AttributeError, IndexError, RecursionError) as exc:
            raise not_a_message(src, "GetPrepaidBalanceResponse", exc) from exc

    def to_dict(self) -> dict[str, Any]:
        """This GetPrepaidBalanceResponse as proto3 JSON: int64 values as strings, fields that are not set left out."""
        return _write_get_prepaid_balance_response(self)

    # pickle and copy.deepcopy: a MappingProxyType (additional_properties) cannot be pickled as it is.
    __getstate__ = message_state
    __setstate__ = set_message_state


_GET_PREPAID_BALANCE_RESPONSE_MEMBERS: frozenset[str] = frozenset(
    (
        "changes",
        "total",
    )
)


def _read_get_prepaid_balance_response(src: Mapping[str, Any]) -> GetPrepaidBalanceResponse:
    whole = len(src) == 1
    if whole:  # as the API writes messages: every field without presence, and no other member
        try:
            changes = src["changes"]
        except KeyError:  # one left out, an unknown one in its place
            whole = False
    if not whole:  # some left out at their defaults, as proto3 JSON allows: read as null, as the default
        changes = src.get("changes")
    self = new(GetPrepaidBalanceResponse)
    self.changes = read_messages(_read_balance_change, changes, "GetPrepaidBalanceResponse.changes")
    v = src.get("total")
    self.total = (
        None
        if v is None
        else _read_usd_cents(v)
        if v.__class__ is dict
        else bad(v, "an object", "GetPrepaidBalanceResponse.total")
    )
    self.additional_properties = (
        NO_EXTRAS
        if whole or _GET_PREPAID_BALANCE_RESPONSE_MEMBERS.issuperset(src)
        else extras(src, _GET_PREPAID_BALANCE_RESPONSE_MEMBERS)
    )
    return self


def _write_get_prepaid_balance_response(self: GetPrepaidBalanceResponse) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["changes"] = [_write_balance_change(item) for item in self.changes]
    if self.total is not None:
        d["total"] = _write_usd_cents(self.total)
    if self.additional_properties:
        d.update(self.additional_properties)
    return d
