# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, null_as_unset

T = TypeVar("T", bound="TimeRange")


@_attrs_define
class TimeRange:
    """A time range of wall-clock times in `timezone` (not RFC 3339).

    Attributes:
        start_time (str): Start of the range, inclusive, as `YYYY-MM-DD HH:MM:SS`.
        end_time (str): End of the range, exclusive, as `YYYY-MM-DD HH:MM:SS`.
        timezone (str | Unset): IANA time zone of the two times, for example `America/New_York`.
    """

    start_time: str
    end_time: str
    timezone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_time = self.start_time

        end_time = self.end_time

        timezone = self.timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "startTime": start_time,
                "endTime": end_time,
            }
        )
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start_time = d.pop("startTime")

        end_time = d.pop("endTime")

        timezone = null_as_unset(d.pop("timezone", UNSET))

        time_range = cls(
            start_time=start_time,
            end_time=end_time,
            timezone=timezone,
        )

        time_range.additional_properties = d
        return time_range

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
