# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
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
    set_message_state,
)
from .analytics_request import AnalyticsRequest, _read_analytics_request, _write_analytics_request


@define(kw_only=True)
class GetUsageRequest:
    """A usage query.

    Attributes:
        analytics_request: The usage query.
        additional_properties: Members the server sent that this client does not know; to_dict()
            writes them back.
    """

    analytics_request: AnalyticsRequest
    additional_properties: Mapping[str, Any] = field(default=NO_EXTRAS, repr=False)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> GetUsageRequest:
        """Read a GetUsageRequest from proto3 JSON (a dict as json.loads gives it): an absent or null field
        gets its default, a member this client does not know goes to additional_properties.

        Raises:
            WireFormatError: (also a TypeError and a ValueError) a value of the wrong JSON type, or one its
                field cannot hold; the message names the field. int64 and int32 values must be integral
                and in range; timestamps need their RFC 3339 offset (see the README's Models section).
        """
        try:
            return _read_get_usage_request(src)
        except WireFormatError:
            raise
        except (TypeError, ValueError, KeyError, AttributeError, IndexError, RecursionError) as exc:
            raise not_a_message(src, "GetUsageRequest", exc) from exc

    def to_dict(self) -> dict[str, Any]:
        """This GetUsageRequest as proto3 JSON: int64 values as strings, fields that are not set left out."""
        return _write_get_usage_request(self)

    # pickle and copy.deepcopy: a MappingProxyType (additional_properties) cannot be pickled as it is.
    __getstate__ = message_state
    __setstate__ = set_message_state


_GET_USAGE_REQUEST_MEMBERS: frozenset[str] = frozenset(("analyticsRequest",))


def _read_get_usage_request(src: Mapping[str, Any]) -> GetUsageRequest:
    whole = len(src) == 1
    if whole:  # as the API writes messages: every field without presence, and no other member
        try:
            analytics_request = src["analyticsRequest"]
        except KeyError:  # one left out, an unknown one in its place
            whole = False
    if not whole:  # some left out at their defaults, as proto3 JSON allows: read as null, as the default
        analytics_request = src.get("analyticsRequest")
    self = new(GetUsageRequest)
    self.analytics_request = (
        _read_analytics_request(analytics_request)
        if analytics_request.__class__ is dict
        else bad(analytics_request, "an object", "GetUsageRequest.analyticsRequest")
    )
    self.additional_properties = (
        NO_EXTRAS if whole or _GET_USAGE_REQUEST_MEMBERS.issuperset(src) else extras(src, _GET_USAGE_REQUEST_MEMBERS)
    )
    return self


def _write_get_usage_request(self: GetUsageRequest) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["analyticsRequest"] = _write_analytics_request(self.analytics_request)
    if self.additional_properties:
        d.update(self.additional_properties)
    return d
