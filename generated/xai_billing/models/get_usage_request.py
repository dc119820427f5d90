# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from .._wire import (
    NO_EXTRAS,
    bad,
    extras,
    new,
    without_collector,
)
from .analytics_request import (
    AnalyticsRequest,
    _read_analytics_request,
    _write_analytics_request,
)


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
        gets its default; a value of the wrong type raises TypeError, one that cannot be read ValueError."""
        return without_collector(_read_get_usage_request, src)

    def to_dict(self) -> dict[str, Any]:
        """This GetUsageRequest as proto3 JSON: int64 values as strings, fields that are not set left out."""
        return without_collector(_write_get_usage_request, self)


_GET_USAGE_REQUEST_MEMBERS: frozenset[str] = frozenset(("analyticsRequest",))


def _read_get_usage_request(src: Mapping[str, Any], check_extras: bool = True) -> GetUsageRequest:
    self = new(GetUsageRequest)
    v = src.get("analyticsRequest")
    self.analytics_request = (
        _read_analytics_request(v) if v.__class__ is dict else bad(v, "an object", "GetUsageRequest.analyticsRequest")
    )
    if check_extras and not _GET_USAGE_REQUEST_MEMBERS.issuperset(src):
        self.additional_properties = extras(src, _GET_USAGE_REQUEST_MEMBERS)
    else:
        self.additional_properties = NO_EXTRAS
    return self


def _write_get_usage_request(self: GetUsageRequest) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["analyticsRequest"] = _write_analytics_request(self.analytics_request)
    if self.additional_properties:
        d.update(self.additional_properties)
    return d
