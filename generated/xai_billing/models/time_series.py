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
    read_messages,
    read_strings,
    set_message_state,
)
from .data_point import DataPoint, _read_data_point, _write_data_point


@define(kw_only=True)
class TimeSeries:
    """The time series of one group. Data points are dense over the requested range.

    Attributes:
        group: The group-by values of this series.
        group_labels: Display labels of the group-by values.
        data_points: One data point per bucket.
        additional_properties: Members the server sent that this client does not know; to_dict()
            writes them back.
    """

    group: list[str] = field(factory=list)
    group_labels: list[str] = field(factory=list)
    data_points: list[DataPoint] = field(factory=list)
    additional_properties: Mapping[str, Any] = field(default=NO_EXTRAS, repr=False)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> TimeSeries:
        """Read a TimeSeries from proto3 JSON (a dict as json.loads gives it): an absent or null field
        gets its default, a member this client does not know goes to additional_properties.

        Raises:
            WireFormatError: (also a TypeError and a ValueError) a value of the wrong JSON type, or one its
                field cannot hold; the message names the field. int64 and int32 values must be integral
                and in range; timestamps need their RFC 3339 offset (see the README's Models section).
        """
        try:
            return _read_time_series(src)
        except WireFormatError:
            raise
        except (TypeError, ValueError, KeyError, AttributeError, IndexError, RecursionError) as exc:
            raise not_a_message(src, "TimeSeries", exc) from exc

    def to_dict(self) -> dict[str, Any]:
        """This TimeSeries as proto3 JSON: int64 values as strings, fields that are not set left out."""
        return _write_time_series(self)

    # pickle and copy.deepcopy: a MappingProxyType (additional_properties) cannot be pickled as it is.
    __getstate__ = message_state
    __setstate__ = set_message_state


_TIME_SERIES_MEMBERS: frozenset[str] = frozenset(
    (
        "group",
        "groupLabels",
        "dataPoints",
    )
)
_TIME_SERIES_FIELDS = itemgetter(
    "group",
    "groupLabels",
    "dataPoints",
)


def _read_time_series(src: Mapping[str, Any]) -> TimeSeries:
    whole = len(src) == 3
    if whole:  # as the API writes messages: every field without presence, and no other member
        try:
            group, group_labels, data_points = _TIME_SERIES_FIELDS(src)
        except KeyError:  # one left out, an unknown one in its place
            whole = False
    if not whole:  # some left out at their defaults, as proto3 JSON allows: read as null, as the default
        group = src.get("group")
        group_labels = src.get("groupLabels")
        data_points = src.get("dataPoints")
    self = new(TimeSeries)
    self.group = read_strings(group, "TimeSeries.group")
    self.group_labels = read_strings(group_labels, "TimeSeries.groupLabels")
    self.data_points = read_messages(_read_data_point, data_points, "TimeSeries.dataPoints")
    self.additional_properties = (
        NO_EXTRAS if whole or _TIME_SERIES_MEMBERS.issuperset(src) else extras(src, _TIME_SERIES_MEMBERS)
    )
    return self


def _write_time_series(self: TimeSeries) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["group"] = list(self.group)
    d["groupLabels"] = list(self.group_labels)
    d["dataPoints"] = [_write_data_point(item) for item in self.data_points]
    if self.additional_properties:
        d.update(self.additional_properties)
    return d
