# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.time_unit import TimeUnit
from ..types import UNSET, Unset, null_as_unset

if TYPE_CHECKING:
    from ..models.analytics_value import AnalyticsValue
    from ..models.time_range import TimeRange


T = TypeVar("T", bound="AnalyticsRequest")


@_attrs_define
class AnalyticsRequest:
    """A usage query.

    Attributes:
        time_range (TimeRange): A time range of wall-clock times in `timezone` (not RFC 3339).
        time_unit (TimeUnit | Unset): Width of the buckets of a usage time series:
            - `TIME_UNIT_INVALID`: unset.
            - `TIME_UNIT_MONTH`: a calendar month.
            - `TIME_UNIT_CALENDAR_WEEK`: a calendar week.
            - `TIME_UNIT_DAY`: a day.
            - `TIME_UNIT_HOUR`: an hour.
            - `TIME_UNIT_QUARTER_HOUR`: a quarter of an hour.
            - `TIME_UNIT_MINUTE`: a minute.
            - `TIME_UNIT_SECOND`: a second.
            - `TIME_UNIT_NONE`: one bucket for the whole range.
        values (list[AnalyticsValue] | Unset): The values to compute per bucket.
        group_by (list[str] | Unset): Fields to group by, for example `description`; one time series per group.
        filters (list[str] | Unset): Filter expressions, ANDed.
    """

    time_range: TimeRange
    time_unit: TimeUnit | Unset = UNSET
    values: list[AnalyticsValue] | Unset = UNSET
    group_by: list[str] | Unset = UNSET
    filters: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        time_range = self.time_range.to_dict()

        time_unit: str | Unset = UNSET
        if not isinstance(self.time_unit, Unset):
            time_unit = self.time_unit.value

        values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = []
            for values_item_data in self.values:
                values_item = values_item_data.to_dict()
                values.append(values_item)

        group_by: list[str] | Unset = UNSET
        if not isinstance(self.group_by, Unset):
            group_by = self.group_by

        filters: list[str] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timeRange": time_range,
            }
        )
        if time_unit is not UNSET:
            field_dict["timeUnit"] = time_unit
        if values is not UNSET:
            field_dict["values"] = values
        if group_by is not UNSET:
            field_dict["groupBy"] = group_by
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.analytics_value import AnalyticsValue  # noqa: PLC0415
        from ..models.time_range import TimeRange  # noqa: PLC0415

        d = dict(src_dict)
        time_range = TimeRange.from_dict(d.pop("timeRange"))

        _time_unit = null_as_unset(d.pop("timeUnit", UNSET))
        time_unit: TimeUnit | Unset
        if isinstance(_time_unit, Unset):
            time_unit = UNSET
        else:
            time_unit = TimeUnit(_time_unit)

        _values = null_as_unset(d.pop("values", UNSET))
        values: list[AnalyticsValue] | Unset = UNSET
        if _values is not UNSET:
            values = []
            for values_item_data in _values:
                values_item = AnalyticsValue.from_dict(values_item_data)

                values.append(values_item)

        group_by = cast(list[str], null_as_unset(d.pop("groupBy", UNSET)))

        filters = cast(list[str], null_as_unset(d.pop("filters", UNSET)))

        analytics_request = cls(
            time_range=time_range,
            time_unit=time_unit,
            values=values,
            group_by=group_by,
            filters=filters,
        )

        analytics_request.additional_properties = d
        return analytics_request

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
