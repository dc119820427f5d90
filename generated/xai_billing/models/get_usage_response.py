# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, null_as_unset

if TYPE_CHECKING:
    from ..models.time_series import TimeSeries


T = TypeVar("T", bound="GetUsageResponse")


@_attrs_define
class GetUsageResponse:
    """
    Attributes:
        time_series (list[TimeSeries] | Unset): One time series per value of the group-by clause.
        limit_reached (bool | Unset): True when the server's cardinality cap was reached and only a subset of the series
            is returned.
    """

    time_series: list[TimeSeries] | Unset = UNSET
    limit_reached: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        time_series: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.time_series, Unset):
            time_series = []
            for time_series_item_data in self.time_series:
                time_series_item = time_series_item_data.to_dict()
                time_series.append(time_series_item)

        limit_reached = self.limit_reached

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if time_series is not UNSET:
            field_dict["timeSeries"] = time_series
        if limit_reached is not UNSET:
            field_dict["limitReached"] = limit_reached

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.time_series import TimeSeries  # noqa: PLC0415

        d = dict(src_dict)
        _time_series = null_as_unset(d.pop("timeSeries", UNSET))
        time_series: list[TimeSeries] | Unset = UNSET
        if _time_series is not UNSET:
            time_series = []
            for time_series_item_data in _time_series:
                time_series_item = TimeSeries.from_dict(time_series_item_data)

                time_series.append(time_series_item)

        limit_reached = null_as_unset(d.pop("limitReached", UNSET))

        get_usage_response = cls(
            time_series=time_series,
            limit_reached=limit_reached,
        )

        get_usage_response.additional_properties = d
        return get_usage_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
