# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, null_as_unset

if TYPE_CHECKING:
    from ..models.spending_limits import SpendingLimits


T = TypeVar("T", bound="GetSpendingLimitsResponse")


@_attrs_define
class GetSpendingLimitsResponse:
    """
    Attributes:
        spending_limits (SpendingLimits | Unset): The postpaid monthly spending limits.
    """

    spending_limits: SpendingLimits | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        spending_limits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spending_limits, Unset):
            spending_limits = self.spending_limits.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if spending_limits is not UNSET:
            field_dict["spendingLimits"] = spending_limits

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.spending_limits import SpendingLimits  # noqa: PLC0415

        d = dict(src_dict)
        _spending_limits = null_as_unset(d.pop("spendingLimits", UNSET))
        spending_limits: SpendingLimits | Unset
        if isinstance(_spending_limits, Unset):
            spending_limits = UNSET
        else:
            spending_limits = SpendingLimits.from_dict(_spending_limits)

        get_spending_limits_response = cls(
            spending_limits=spending_limits,
        )

        get_spending_limits_response.additional_properties = d
        return get_spending_limits_response

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
