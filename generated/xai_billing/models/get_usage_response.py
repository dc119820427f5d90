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
    read_bool,
    read_messages,
    set_message_state,
)
from .time_series import TimeSeries, _read_time_series, _write_time_series


@define(kw_only=True)
class GetUsageResponse:
    """The usage of a team: one time series per group.

    Attributes:
        time_series: One time series per value of the group-by clause.
        limit_reached: True when the server's cardinality cap was reached and only a subset of the series is returned.
        additional_properties: Members the server sent that this client does not know; to_dict()
            writes them back.
    """

    time_series: list[TimeSeries] = field(factory=list)
    limit_reached: bool = False
    additional_properties: Mapping[str, Any] = field(default=NO_EXTRAS, repr=False)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> GetUsageResponse:
        """Read a GetUsageResponse from proto3 JSON (a dict as json.loads gives it): an absent or null field
        gets its default, a member this client does not know goes to additional_properties.

        Raises:
            WireFormatError: (also a TypeError and a ValueError) a value of the wrong JSON type, or one its
                field cannot hold; the message names the field. int64 and int32 values must be integral
                and in range; timestamps need their RFC 3339 offset (see the README's Models section).
        """
        try:
            return _read_get_usage_response(src)
        except WireFormatError:
            raise
        except (TypeError, ValueError, KeyError, AttributeError, IndexError, RecursionError) as exc:
            raise not_a_message(src, "GetUsageResponse", exc) from exc

    def to_dict(self) -> dict[str, Any]:
        """This GetUsageResponse as proto3 JSON: int64 values as strings, fields that are not set left out."""
        return _write_get_usage_response(self)

    # pickle and copy.deepcopy: a MappingProxyType (additional_properties) cannot be pickled as it is.
    __getstate__ = message_state
    __setstate__ = set_message_state


_GET_USAGE_RESPONSE_MEMBERS: frozenset[str] = frozenset(
    (
        "timeSeries",
        "limitReached",
    )
)
_GET_USAGE_RESPONSE_FIELDS = itemgetter(
    "timeSeries",
    "limitReached",
)


def _read_get_usage_response(src: Mapping[str, Any]) -> GetUsageResponse:
    whole = len(src) == 2
    if whole:  # as the API writes messages: every field without presence, and no other member
        try:
            time_series, limit_reached = _GET_USAGE_RESPONSE_FIELDS(src)
        except KeyError:  # one left out, an unknown one in its place
            whole = False
    if not whole:  # some left out at their defaults, as proto3 JSON allows: read as null, as the default
        time_series = src.get("timeSeries")
        limit_reached = src.get("limitReached")
    self = new(GetUsageResponse)
    self.time_series = read_messages(_read_time_series, time_series, "GetUsageResponse.timeSeries")
    self.limit_reached = (
        limit_reached if limit_reached.__class__ is bool else read_bool(limit_reached, "GetUsageResponse.limitReached")
    )
    self.additional_properties = (
        NO_EXTRAS if whole or _GET_USAGE_RESPONSE_MEMBERS.issuperset(src) else extras(src, _GET_USAGE_RESPONSE_MEMBERS)
    )
    return self


def _write_get_usage_response(self: GetUsageResponse) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["timeSeries"] = [_write_time_series(item) for item in self.time_series]
    d["limitReached"] = self.limit_reached
    if self.additional_properties:
        d.update(self.additional_properties)
    return d
