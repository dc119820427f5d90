# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, null_as_unset

if TYPE_CHECKING:
    from ..models.balance_change import BalanceChange


T = TypeVar("T", bound="TopUpPrepaidCreditResponse")


@_attrs_define
class TopUpPrepaidCreditResponse:
    """
    Attributes:
        change (BalanceChange | Unset): A change of the prepaid credit balance.
    """

    change: BalanceChange | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        change: dict[str, Any] | Unset = UNSET
        if not isinstance(self.change, Unset):
            change = self.change.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if change is not UNSET:
            field_dict["change"] = change

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.balance_change import BalanceChange  # noqa: PLC0415

        d = dict(src_dict)
        _change = null_as_unset(d.pop("change", UNSET))
        change: BalanceChange | Unset
        if isinstance(_change, Unset):
            change = UNSET
        else:
            change = BalanceChange.from_dict(_change)

        top_up_prepaid_credit_response = cls(
            change=change,
        )

        top_up_prepaid_credit_response.additional_properties = d
        return top_up_prepaid_credit_response

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
