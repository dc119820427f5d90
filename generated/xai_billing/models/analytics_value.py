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
    read_enum,
    read_str,
    set_message_state,
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
        """Read an AnalyticsValue from proto3 JSON (a dict as json.loads gives it): an absent or null field
        gets its default, a member this client does not know goes to additional_properties.

        Raises:
            WireFormatError: (also a TypeError and a ValueError) a value of the wrong JSON type, or one its
                field cannot hold; the message names the field. int64 and int32 values must be integral
                and in range; timestamps need their RFC 3339 offset (see the README's Models section).
        """
        try:
            return _read_analytics_value(src)
        except WireFormatError:
            raise
        except (TypeError, ValueError, KeyError, AttributeError, IndexError, RecursionError) as exc:
            raise not_a_message(src, "AnalyticsValue", exc) from exc

    def to_dict(self) -> dict[str, Any]:
        """This AnalyticsValue as proto3 JSON: int64 values as strings, fields that are not set left out."""
        return _write_analytics_value(self)

    # pickle and copy.deepcopy: a MappingProxyType (additional_properties) cannot be pickled as it is.
    __getstate__ = message_state
    __setstate__ = set_message_state


_ANALYTICS_VALUE_MEMBERS: frozenset[str] = frozenset(
    (
        "name",
        "aggregation",
    )
)
_ANALYTICS_VALUE_FIELDS = itemgetter(
    "name",
    "aggregation",
)
_AGGREGATION: dict[str, Aggregation] = {member.value: member for member in Aggregation}


def _read_analytics_value(src: Mapping[str, Any]) -> AnalyticsValue:
    whole = len(src) == 2
    if whole:  # as the API writes messages: every field without presence, and no other member
        try:
            name, aggregation = _ANALYTICS_VALUE_FIELDS(src)
        except KeyError:  # one left out, an unknown one in its place
            whole = False
    if not whole:  # some left out at their defaults, as proto3 JSON allows: read as null, as the default
        name = src.get("name")
        aggregation = src.get("aggregation")
    self = new(AnalyticsValue)
    self.name = name if name.__class__ is str else read_str(name, "AnalyticsValue.name")
    self.aggregation = (_AGGREGATION.get(aggregation) if aggregation.__class__ is str else None) or read_enum(
        Aggregation, aggregation, "AnalyticsValue.aggregation"
    )
    self.additional_properties = (
        NO_EXTRAS if whole or _ANALYTICS_VALUE_MEMBERS.issuperset(src) else extras(src, _ANALYTICS_VALUE_MEMBERS)
    )
    return self


def _write_analytics_value(self: AnalyticsValue) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["name"] = self.name
    d["aggregation"] = self.aggregation
    if self.additional_properties:
        d.update(self.additional_properties)
    return d
