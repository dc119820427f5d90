# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from .._wire import (
    NO_EXTRAS,
    extras,
    new,
    read_str,
    without_collector,
)


@define(kw_only=True)
class TimeRange:
    """A time range of wall-clock times in `timezone` (not RFC 3339).

    Attributes:
        start_time: Start of the range, inclusive, as `YYYY-MM-DD HH:MM:SS`.
        end_time: End of the range, exclusive, as `YYYY-MM-DD HH:MM:SS`.
        timezone: IANA time zone of the two times, for example `America/New_York`.
        additional_properties: Members the server sent that this client does not know; to_dict()
            writes them back.
    """

    start_time: str
    end_time: str
    timezone: str = ""
    additional_properties: Mapping[str, Any] = field(default=NO_EXTRAS, repr=False)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> TimeRange:
        """Read a TimeRange from proto3 JSON (a dict as json.loads gives it): an absent or null field
        gets its default; a value of the wrong type raises TypeError, one that cannot be read ValueError."""
        return without_collector(_read_time_range, src)

    def to_dict(self) -> dict[str, Any]:
        """This TimeRange as proto3 JSON: int64 values as strings, fields that are not set left out."""
        return without_collector(_write_time_range, self)


_TIME_RANGE_MEMBERS: frozenset[str] = frozenset(
    (
        "startTime",
        "endTime",
        "timezone",
    )
)


def _read_time_range(src: Mapping[str, Any], check_extras: bool = True) -> TimeRange:
    self = new(TimeRange)
    v = src.get("startTime", "")
    self.start_time = v if v.__class__ is str else read_str(v, "TimeRange.startTime")
    v = src.get("endTime", "")
    self.end_time = v if v.__class__ is str else read_str(v, "TimeRange.endTime")
    v = src.get("timezone", "")
    self.timezone = v if v.__class__ is str else read_str(v, "TimeRange.timezone")
    if check_extras and not _TIME_RANGE_MEMBERS.issuperset(src):
        self.additional_properties = extras(src, _TIME_RANGE_MEMBERS)
    else:
        self.additional_properties = NO_EXTRAS
    return self


def _write_time_range(self: TimeRange) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["startTime"] = self.start_time
    d["endTime"] = self.end_time
    d["timezone"] = self.timezone
    if self.additional_properties:
        d.update(self.additional_properties)
    return d
