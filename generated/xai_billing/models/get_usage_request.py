# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.analytics_request import AnalyticsRequest


T = TypeVar("T", bound="GetUsageRequest")


@_attrs_define
class GetUsageRequest:
    """
    Attributes:
        analytics_request (AnalyticsRequest): A usage query.
    """

    analytics_request: AnalyticsRequest

    def to_dict(self) -> dict[str, Any]:
        analytics_request = self.analytics_request.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "analyticsRequest": analytics_request,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.analytics_request import AnalyticsRequest  # noqa: PLC0415

        d = dict(src_dict)
        analytics_request = AnalyticsRequest.from_dict(d.pop("analyticsRequest"))

        get_usage_request = cls(
            analytics_request=analytics_request,
        )

        return get_usage_request
