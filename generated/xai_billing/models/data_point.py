# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, format_timestamp, null_as_unset

T = TypeVar("T", bound="DataPoint")


@_attrs_define
class DataPoint:
    """The values of one bucket.

    Attributes:
        timestamp (datetime.datetime | Unset): Start of the bucket, in UTC.
        values (list[float] | Unset): One number per requested value, in the order requested.
    """

    timestamp: datetime.datetime | Unset = UNSET
    values: list[float] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = format_timestamp(self.timestamp)

        values: list[float] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _timestamp = null_as_unset(d.pop("timestamp", UNSET))
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        values = cast(list[float], null_as_unset(d.pop("values", UNSET)))

        data_point = cls(
            timestamp=timestamp,
            values=values,
        )

        data_point.additional_properties = d
        return data_point

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
