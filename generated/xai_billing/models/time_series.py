# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, null_as_unset

if TYPE_CHECKING:
    from ..models.data_point import DataPoint


T = TypeVar("T", bound="TimeSeries")


@_attrs_define
class TimeSeries:
    """The time series of one group. Data points are dense over the requested range.

    Attributes:
        group (list[str] | Unset): The group-by values of this series.
        group_labels (list[str] | Unset): Display labels of the group-by values.
        data_points (list[DataPoint] | Unset): One data point per bucket.
    """

    group: list[str] | Unset = UNSET
    group_labels: list[str] | Unset = UNSET
    data_points: list[DataPoint] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group: list[str] | Unset = UNSET
        if not isinstance(self.group, Unset):
            group = self.group

        group_labels: list[str] | Unset = UNSET
        if not isinstance(self.group_labels, Unset):
            group_labels = self.group_labels

        data_points: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data_points, Unset):
            data_points = []
            for data_points_item_data in self.data_points:
                data_points_item = data_points_item_data.to_dict()
                data_points.append(data_points_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group is not UNSET:
            field_dict["group"] = group
        if group_labels is not UNSET:
            field_dict["groupLabels"] = group_labels
        if data_points is not UNSET:
            field_dict["dataPoints"] = data_points

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_point import DataPoint  # noqa: PLC0415

        d = dict(src_dict)
        group = cast(list[str], null_as_unset(d.pop("group", UNSET)))

        group_labels = cast(list[str], null_as_unset(d.pop("groupLabels", UNSET)))

        _data_points = null_as_unset(d.pop("dataPoints", UNSET))
        data_points: list[DataPoint] | Unset = UNSET
        if _data_points is not UNSET:
            data_points = []
            for data_points_item_data in _data_points:
                data_points_item = DataPoint.from_dict(data_points_item_data)

                data_points.append(data_points_item)

        time_series = cls(
            group=group,
            group_labels=group_labels,
            data_points=data_points,
        )

        time_series.additional_properties = d
        return time_series

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
