# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.aggregation import Aggregation
from ..types import UNSET, Unset, null_as_unset

T = TypeVar("T", bound="AnalyticsValue")


@_attrs_define
class AnalyticsValue:
    """A value to compute per bucket.

    Attributes:
        name (str | Unset): The quantity, for example `usd`.
        aggregation (Aggregation | Unset): How the values in a bucket are aggregated:
            - `AGGREGATION_NONE`: unset.
            - `AGGREGATION_SUM`: sum.
            - `AGGREGATION_AVG`: mean.
            - `AGGREGATION_VAR`: variance.
            - `AGGREGATION_STD`: standard deviation.
            - `AGGREGATION_MIN`: minimum.
            - `AGGREGATION_MAX`: maximum.
            - `AGGREGATION_P50`: median.
            - `AGGREGATION_P90`: 90th percentile.
            - `AGGREGATION_P99`: 99th percentile.
            - `AGGREGATION_P999`: 99.9th percentile.
            - `AGGREGATION_COUNT`: number of items.
            - `AGGREGATION_COUNT_DISTINCT`: number of distinct items.
    """

    name: str | Unset = UNSET
    aggregation: Aggregation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        aggregation: str | Unset = UNSET
        if not isinstance(self.aggregation, Unset):
            aggregation = self.aggregation.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if aggregation is not UNSET:
            field_dict["aggregation"] = aggregation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = null_as_unset(d.pop("name", UNSET))

        _aggregation = null_as_unset(d.pop("aggregation", UNSET))
        aggregation: Aggregation | Unset
        if isinstance(_aggregation, Unset):
            aggregation = UNSET
        else:
            aggregation = Aggregation(_aggregation)

        analytics_value = cls(
            name=name,
            aggregation=aggregation,
        )

        analytics_value.additional_properties = d
        return analytics_value

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
