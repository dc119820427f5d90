# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from .._wire import (
    NO_EXTRAS,
    extras,
    new,
    read_enum,
    read_str,
    without_collector,
)
from .aggregation import Aggregation


@define(kw_only=True)
class AnalyticsValue:
    """A value to compute per bucket.

    Attributes:
        name: The quantity, for example `usd`.
        aggregation: How to aggregate the value in each bucket.
        additional_properties: Members the server sent that this client does not know; to_dict()
            writes them back.
    """

    name: str = ""
    aggregation: Aggregation = Aggregation.AGGREGATION_NONE
    additional_properties: Mapping[str, Any] = field(default=NO_EXTRAS, repr=False)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> AnalyticsValue:
        """Read a AnalyticsValue from proto3 JSON (a dict as json.loads gives it): an absent or null field
        gets its default; a value of the wrong type raises TypeError, one that cannot be read ValueError."""
        return without_collector(_read_analytics_value, src)

    def to_dict(self) -> dict[str, Any]:
        """This AnalyticsValue as proto3 JSON: int64 values as strings, fields that are not set left out."""
        return without_collector(_write_analytics_value, self)


_ANALYTICS_VALUE_MEMBERS: frozenset[str] = frozenset(
    (
        "name",
        "aggregation",
    )
)
_AGGREGATION: dict[str, Aggregation] = {member.value: member for member in Aggregation}


def _read_analytics_value(src: Mapping[str, Any], check_extras: bool = True) -> AnalyticsValue:
    self = new(AnalyticsValue)
    v = src.get("name", "")
    self.name = v if v.__class__ is str else read_str(v, "AnalyticsValue.name")
    v = src.get("aggregation")
    self.aggregation = (_AGGREGATION.get(v) if v.__class__ is str else None) or read_enum(
        Aggregation, v, "AnalyticsValue.aggregation"
    )
    if check_extras and not _ANALYTICS_VALUE_MEMBERS.issuperset(src):
        self.additional_properties = extras(src, _ANALYTICS_VALUE_MEMBERS)
    else:
        self.additional_properties = NO_EXTRAS
    return self


def _write_analytics_value(self: AnalyticsValue) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["name"] = self.name
    d["aggregation"] = self.aggregation
    if self.additional_properties:
        d.update(self.additional_properties)
    return d
