# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any

from attrs import define, field

from .._wire import (
    NO_EXTRAS,
    extras,
    new,
    read_int32,
    without_collector,
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
        gets its default; a value of the wrong type raises TypeError, one that cannot be read ValueError."""
        return without_collector(_read_billing_cycle, src)

    def to_dict(self) -> dict[str, Any]:
        """This BillingCycle as proto3 JSON: int64 values as strings, fields that are not set left out."""
        return without_collector(_write_billing_cycle, self)


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
    self.year = year if year.__class__ is int else read_int32(year, "BillingCycle.year")
    self.month = month if month.__class__ is int else read_int32(month, "BillingCycle.month")
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
