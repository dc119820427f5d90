# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

from enum import StrEnum


class TimeUnit(StrEnum):
    """Width of the buckets of a usage time series:
    - `TIME_UNIT_INVALID`: unset.
    - `TIME_UNIT_MONTH`: a calendar month.
    - `TIME_UNIT_CALENDAR_WEEK`: a calendar week.
    - `TIME_UNIT_DAY`: a day.
    - `TIME_UNIT_HOUR`: an hour.
    - `TIME_UNIT_QUARTER_HOUR`: a quarter of an hour.
    - `TIME_UNIT_MINUTE`: a minute.
    - `TIME_UNIT_SECOND`: a second.
    - `TIME_UNIT_NONE`: one bucket for the whole range.

    The first member is the zero value, which an absent or null field reads as. A name the server added
    after this client was generated reads as a value that is not a listed member: it keeps the raw
    string (so to_dict() writes it back) and has ``is_unknown`` set.
    """

    TIME_UNIT_INVALID = "TIME_UNIT_INVALID"
    TIME_UNIT_MONTH = "TIME_UNIT_MONTH"
    TIME_UNIT_CALENDAR_WEEK = "TIME_UNIT_CALENDAR_WEEK"
    TIME_UNIT_DAY = "TIME_UNIT_DAY"
    TIME_UNIT_HOUR = "TIME_UNIT_HOUR"
    TIME_UNIT_QUARTER_HOUR = "TIME_UNIT_QUARTER_HOUR"
    TIME_UNIT_MINUTE = "TIME_UNIT_MINUTE"
    TIME_UNIT_SECOND = "TIME_UNIT_SECOND"
    TIME_UNIT_NONE = "TIME_UNIT_NONE"

    @classmethod
    def _missing_(cls, value: object) -> TimeUnit | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    @property
    def is_unknown(self) -> bool:
        """True for a value the spec does not list (the server added it after this client was generated)."""
        return self._value_ not in type(self)._value2member_map_
