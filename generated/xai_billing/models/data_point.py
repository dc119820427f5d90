# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from attrs import define, field

from .._exceptions import WireFormatError
from .._wire import (
    NO_EXTRAS,
    READ_TIMESTAMPS,
    extras,
    message_state,
    new,
    not_a_message,
    read_doubles,
    read_timestamp,
    set_message_state,
    write_doubles,
    write_timestamp,
)


@define(kw_only=True)
class DataPoint:
    """The values of one bucket.

    Attributes:
        timestamp: Start of the bucket, in UTC.
        values: One number per requested value, in the order requested; a non-finite one is float('nan'),
            float('inf') or float('-inf').
        additional_properties: Members the server sent that this client does not know; to_dict()
            writes them back.
    """

    timestamp: datetime.datetime | None = None
    values: list[float] = field(factory=list)
    additional_properties: Mapping[str, Any] = field(default=NO_EXTRAS, repr=False)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> DataPoint:
        """Read a DataPoint from proto3 JSON (a dict as json.loads gives it): an absent or null field
        gets its default, a member this client does not know goes to additional_properties.

        Raises:
            WireFormatError: (also a TypeError and a ValueError) a value of the wrong JSON type, or one its
                field cannot hold; the message names the field. int64 and int32 values must be integral
                and in range; timestamps need their RFC 3339 offset (see the README's Models section).
        """
        try:
            return _read_data_point(src)
        except WireFormatError:
            raise
        except (TypeError, ValueError, KeyError, AttributeError, IndexError, RecursionError) as exc:
            raise not_a_message(src, "DataPoint", exc) from exc

    def to_dict(self) -> dict[str, Any]:
        """This DataPoint as proto3 JSON: int64 values as strings, fields that are not set left out."""
        return _write_data_point(self)

    # pickle and copy.deepcopy: a MappingProxyType (additional_properties) cannot be pickled as it is.
    __getstate__ = message_state
    __setstate__ = set_message_state


_DATA_POINT_MEMBERS: frozenset[str] = frozenset(
    (
        "timestamp",
        "values",
    )
)


def _read_data_point(src: Mapping[str, Any]) -> DataPoint:
    whole = len(src) == 1
    if whole:  # as the API writes messages: every field without presence, and no other member
        try:
            values = src["values"]
        except KeyError:  # one left out, an unknown one in its place
            whole = False
    if not whole:  # some left out at their defaults, as proto3 JSON allows: read as null, as the default
        values = src.get("values")
    self = new(DataPoint)
    v = src.get("timestamp")
    self.timestamp = (
        None
        if v is None
        else (READ_TIMESTAMPS.get(v) if v.__class__ is str else None) or read_timestamp(v, "DataPoint.timestamp")
    )
    self.values = read_doubles(values, "DataPoint.values")
    self.additional_properties = (
        NO_EXTRAS if whole or _DATA_POINT_MEMBERS.issuperset(src) else extras(src, _DATA_POINT_MEMBERS)
    )
    return self


def _write_data_point(self: DataPoint) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if self.timestamp is not None:
        d["timestamp"] = write_timestamp(self.timestamp)
    d["values"] = write_doubles(self.values)
    if self.additional_properties:
        d.update(self.additional_properties)
    return d
