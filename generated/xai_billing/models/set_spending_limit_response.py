# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, null_as_unset

if TYPE_CHECKING:
    from ..models.usd_cents import UsdCents


T = TypeVar("T", bound="SetSpendingLimitResponse")


@_attrs_define
class SetSpendingLimitResponse:
    """
    Attributes:
        this_bp_soft_spending_limit (UsdCents | Unset): Representation of USD cents.
    """

    this_bp_soft_spending_limit: UsdCents | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        this_bp_soft_spending_limit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.this_bp_soft_spending_limit, Unset):
            this_bp_soft_spending_limit = self.this_bp_soft_spending_limit.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if this_bp_soft_spending_limit is not UNSET:
            field_dict["thisBpSoftSpendingLimit"] = this_bp_soft_spending_limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.usd_cents import UsdCents  # noqa: PLC0415

        d = dict(src_dict)
        _this_bp_soft_spending_limit = null_as_unset(d.pop("thisBpSoftSpendingLimit", UNSET))
        this_bp_soft_spending_limit: UsdCents | Unset
        if isinstance(_this_bp_soft_spending_limit, Unset):
            this_bp_soft_spending_limit = UNSET
        else:
            this_bp_soft_spending_limit = UsdCents.from_dict(_this_bp_soft_spending_limit)

        set_spending_limit_response = cls(
            this_bp_soft_spending_limit=this_bp_soft_spending_limit,
        )

        set_spending_limit_response.additional_properties = d
        return set_spending_limit_response

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
