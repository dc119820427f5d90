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
    read_enum,
    read_messages,
    read_strings,
    set_message_state,
)
from .analytics_value import AnalyticsValue, _read_analytics_value, _write_analytics_value
from .time_range import TimeRange, _read_time_range, _write_time_range
from .time_unit import TimeUnit


@define(kw_only=True)
class AnalyticsRequest:
    """A usage query.

    Attributes:
        time_range: The time range to analyze.
        time_unit: Width of the buckets.
        values: The values to compute per bucket.
        group_by: Fields to group by, for example `description`; one time series per group.
        filters: Filter expressions, ANDed.
        additional_properties: Members the server sent that this client does not know; to_dict()
            writes them back.
    """

    time_range: TimeRange
    time_unit: TimeUnit = TimeUnit.TIME_UNIT_INVALID
    values: list[AnalyticsValue] = field(factory=list)
    group_by: list[str] = field(factory=list)
    filters: list[str] = field(factory=list)
    additional_properties: Mapping[str, Any] = field(default=NO_EXTRAS, repr=False)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> AnalyticsRequest:
        """Read an AnalyticsRequest from proto3 JSON (a dict as json.loads gives it): an absent or null field
        gets its default, a member this client does not know goes to additional_properties.

        Raises:
            WireFormatError: (also a TypeError and a ValueError) a value of the wrong JSON type, or one its
                field cannot hold; the message names the field. int64 and int32 values must be integral
                and in range; timestamps need their RFC 3339 offset (see the README's Models section).
        """
        try:
            return _read_analytics_request(src)
        except WireFormatError:
            raise
        except (TypeError, ValueError, KeyError, AttributeError, IndexError, RecursionError) as exc:
            raise not_a_message(src, "AnalyticsRequest", exc) from exc

    def to_dict(self) -> dict[str, Any]:
        """This AnalyticsRequest as proto3 JSON: int64 values as strings, fields that are not set left out."""
        return _write_analytics_request(self)

    # pickle and copy.deepcopy: a MappingProxyType (additional_properties) cannot be pickled as it is.
    __getstate__ = message_state
    __setstate__ = set_message_state


_ANALYTICS_REQUEST_MEMBERS: frozenset[str] = frozenset(
    (
        "timeRange",
        "timeUnit",
        "values",
        "groupBy",
        "filters",
    )
)
_ANALYTICS_REQUEST_FIELDS = itemgetter(
    "timeRange",
    "timeUnit",
    "values",
    "groupBy",
    "filters",
)
_TIME_UNIT: dict[str, TimeUnit] = {member.value: member for member in TimeUnit}


def _read_analytics_request(src: Mapping[str, Any]) -> AnalyticsRequest:
    whole = len(src) == 5
    if whole:  # as the API writes messages: every field without presence, and no other member
        try:
            time_range, time_unit, values, group_by, filters = _ANALYTICS_REQUEST_FIELDS(src)
        except KeyError:  # one left out, an unknown one in its place
            whole = False
    if not whole:  # some left out at their defaults, as proto3 JSON allows: read as null, as the default
        time_range = src.get("timeRange")
        time_unit = src.get("timeUnit")
        values = src.get("values")
        group_by = src.get("groupBy")
        filters = src.get("filters")
    self = new(AnalyticsRequest)
    self.time_range = (
        _read_time_range(time_range)
        if time_range.__class__ is dict
        else bad(time_range, "an object", "AnalyticsRequest.timeRange")
    )
    self.time_unit = (_TIME_UNIT.get(time_unit) if time_unit.__class__ is str else None) or read_enum(
        TimeUnit, time_unit, "AnalyticsRequest.timeUnit"
    )
    self.values = read_messages(_read_analytics_value, values, "AnalyticsRequest.values")
    self.group_by = read_strings(group_by, "AnalyticsRequest.groupBy")
    self.filters = read_strings(filters, "AnalyticsRequest.filters")
    self.additional_properties = (
        NO_EXTRAS if whole or _ANALYTICS_REQUEST_MEMBERS.issuperset(src) else extras(src, _ANALYTICS_REQUEST_MEMBERS)
    )
    return self


def _write_analytics_request(self: AnalyticsRequest) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["timeRange"] = _write_time_range(self.time_range)
    d["timeUnit"] = self.time_unit
    d["values"] = [_write_analytics_value(item) for item in self.values]
    d["groupBy"] = list(self.group_by)
    d["filters"] = list(self.filters)
    if self.additional_properties:
        d.update(self.additional_properties)
    return d
