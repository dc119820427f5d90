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
    read_int32,
    set_message_state,
)


@define(kw_only=True)
class BillingCycle:
    """A monthly billing cycle.

    Attributes:
        year: The year, for example 2025.
        month: The month, 1 to 12.
        additional_properties: Members the server sent that this client does not know; to_dict()
            writes them back.
    """

    year: int = 0
    month: int = 0
    additional_properties: Mapping[str, Any] = field(default=NO_EXTRAS, repr=False)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> BillingCycle:
        """Read a BillingCycle from proto3 JSON (a dict as json.loads gives it): an absent or null field
        gets its default, a member this client does not know goes to additional_properties.

        Raises:
            WireFormatError: (also a TypeError and a ValueError) a value of the wrong JSON type, or one its
                field cannot hold; the message names the field. int64 and int32 values must be integral
                and in range; timestamps need their RFC 3339 offset (see the README's Models section).
        """
        try:
            return _read_billing_cycle(src)
        except WireFormatError:
            raise
        except (TypeError, ValueError, KeyError, AttributeError, IndexError, RecursionError) as exc:
            raise not_a_message(src, "BillingCycle", exc) from exc

    def to_dict(self) -> dict[str, Any]:
        """This BillingCycle as proto3 JSON: int64 values as strings, fields that are not set left out."""
        return _write_billing_cycle(self)

    # pickle and copy.deepcopy: a MappingProxyType (additional_properties) cannot be pickled as it is.
    __getstate__ = message_state
    __setstate__ = set_message_state


_BILLING_CYCLE_MEMBERS: frozenset[str] = frozenset(
    (
        "year",
        "month",
    )
)
_BILLING_CYCLE_FIELDS = itemgetter(
    "year",
    "month",
)


def _read_billing_cycle(src: Mapping[str, Any]) -> BillingCycle:
    whole = len(src) == 2
    if whole:  # as the API writes messages: every field without presence, and no other member
        try:
            year, month = _BILLING_CYCLE_FIELDS(src)
        except KeyError:  # one left out, an unknown one in its place
            whole = False
    if not whole:  # some left out at their defaults, as proto3 JSON allows: read as null, as the default
        year = src.get("year")
        month = src.get("month")
    self = new(BillingCycle)
    self.year = (
        year if year.__class__ is int and -2147483648 <= year <= 2147483647 else read_int32(year, "BillingCycle.year")
    )
    self.month = (
        month
        if month.__class__ is int and -2147483648 <= month <= 2147483647
        else read_int32(month, "BillingCycle.month")
    )
    self.additional_properties = (
        NO_EXTRAS if whole or _BILLING_CYCLE_MEMBERS.issuperset(src) else extras(src, _BILLING_CYCLE_MEMBERS)
    )
    return self


def _write_billing_cycle(self: BillingCycle) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["year"] = self.year
    d["month"] = self.month
    if self.additional_properties:
        d.update(self.additional_properties)
    return d
