# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, null_as_unset

if TYPE_CHECKING:
    from ..models.balance_change import BalanceChange
    from ..models.usd_cents import UsdCents


T = TypeVar("T", bound="GetPrepaidBalanceResponse")


@_attrs_define
class GetPrepaidBalanceResponse:
    """
    Attributes:
        changes (list[BalanceChange] | Unset): The changes of the prepaid credit balance.
        total (UsdCents | Unset): Representation of USD cents.
    """

    changes: list[BalanceChange] | Unset = UNSET
    total: UsdCents | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        changes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.changes, Unset):
            changes = []
            for changes_item_data in self.changes:
                changes_item = changes_item_data.to_dict()
                changes.append(changes_item)

        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if changes is not UNSET:
            field_dict["changes"] = changes
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.balance_change import BalanceChange  # noqa: PLC0415
        from ..models.usd_cents import UsdCents  # noqa: PLC0415

        d = dict(src_dict)
        _changes = null_as_unset(d.pop("changes", UNSET))
        changes: list[BalanceChange] | Unset = UNSET
        if _changes is not UNSET:
            changes = []
            for changes_item_data in _changes:
                changes_item = BalanceChange.from_dict(changes_item_data)

                changes.append(changes_item)

        _total = null_as_unset(d.pop("total", UNSET))
        total: UsdCents | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = UsdCents.from_dict(_total)

        get_prepaid_balance_response = cls(
            changes=changes,
            total=total,
        )

        get_prepaid_balance_response.additional_properties = d
        return get_prepaid_balance_response

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
