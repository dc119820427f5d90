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
    read_str,
    set_message_state,
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
        gets its default, a member this client does not know goes to additional_properties.

        Raises:
            WireFormatError: (also a TypeError and a ValueError) a value of the wrong JSON type, or one its
                field cannot hold; the message names the field. int64 and int32 values must be integral
                and in range; timestamps need their RFC 3339 offset (see the README's Models section).
        """
        try:
            return _read_time_range(src)
        except WireFormatError:
            raise
        except (TypeError, ValueError, KeyError, AttributeError, IndexError, RecursionError) as exc:
            raise not_a_message(src, "TimeRange", exc) from exc

    def to_dict(self) -> dict[str, Any]:
        """This TimeRange as proto3 JSON: int64 values as strings, fields that are not set left out."""
        return _write_time_range(self)

    # pickle and copy.deepcopy: a MappingProxyType (additional_properties) cannot be pickled as it is.
    __getstate__ = message_state
    __setstate__ = set_message_state


_TIME_RANGE_MEMBERS: frozenset[str] = frozenset(
    (
        "startTime",
        "endTime",
        "timezone",
    )
)
_TIME_RANGE_FIELDS = itemgetter(
    "startTime",
    "endTime",
    "timezone",
)


def _read_time_range(src: Mapping[str, Any]) -> TimeRange:
    whole = len(src) == 3
    if whole:  # as the API writes messages: every field without presence, and no other member
        try:
            start_time, end_time, timezone = _TIME_RANGE_FIELDS(src)
        except KeyError:  # one left out, an unknown one in its place
            whole = False
    if not whole:  # some left out at their defaults, as proto3 JSON allows: read as null, as the default
        start_time = src.get("startTime")
        end_time = src.get("endTime")
        timezone = src.get("timezone")
    self = new(TimeRange)
    self.start_time = start_time if start_time.__class__ is str else read_str(start_time, "TimeRange.startTime")
    self.end_time = end_time if end_time.__class__ is str else read_str(end_time, "TimeRange.endTime")
    self.timezone = timezone if timezone.__class__ is str else read_str(timezone, "TimeRange.timezone")
    self.additional_properties = (
        NO_EXTRAS if whole or _TIME_RANGE_MEMBERS.issuperset(src) else extras(src, _TIME_RANGE_MEMBERS)
    )
    return self


def _write_time_range(self: TimeRange) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["startTime"] = self.start_time
    d["endTime"] = self.end_time
    d["timezone"] = self.timezone
    if self.additional_properties:
        d.update(self.additional_properties)
    return d
