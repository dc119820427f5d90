# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
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


def _read_billing_cycle(src: Mapping[str, Any], check_extras: bool = True) -> BillingCycle:
    self = new(BillingCycle)
    v = src.get("year", 0)
    self.year = v if v.__class__ is int else read_int32(v, "BillingCycle.year")
    v = src.get("month", 0)
    self.month = v if v.__class__ is int else read_int32(v, "BillingCycle.month")
    if check_extras and not _BILLING_CYCLE_MEMBERS.issuperset(src):
        self.additional_properties = extras(src, _BILLING_CYCLE_MEMBERS)
    else:
        self.additional_properties = NO_EXTRAS
    return self


def _write_billing_cycle(self: BillingCycle) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["year"] = self.year
    d["month"] = self.month
    if self.additional_properties:
        d.update(self.additional_properties)
    return d
