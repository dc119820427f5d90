# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, null_as_unset

if TYPE_CHECKING:
    from ..models.usd_cents import UsdCents


T = TypeVar("T", bound="SpendingLimits")


@_attrs_define
class SpendingLimits:
    """The postpaid monthly spending limits.

    Attributes:
        hard_sl_override (None | Unset | UsdCents): Hard spending limit override, from either the default or the monthly
            hard spending
            limit override; absent (or `null`) when there is none.
        hard_sl_auto (UsdCents | Unset): Representation of USD cents.
        effective_hard_sl (UsdCents | Unset): Representation of USD cents.
        soft_sl (UsdCents | Unset): Representation of USD cents.
        effective_sl (UsdCents | Unset): Representation of USD cents.
    """

    hard_sl_override: None | Unset | UsdCents = UNSET
    hard_sl_auto: UsdCents | Unset = UNSET
    effective_hard_sl: UsdCents | Unset = UNSET
    soft_sl: UsdCents | Unset = UNSET
    effective_sl: UsdCents | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.usd_cents import UsdCents  # noqa: PLC0415

        hard_sl_override: dict[str, Any] | None | Unset
        if isinstance(self.hard_sl_override, Unset):
            hard_sl_override = UNSET
        elif isinstance(self.hard_sl_override, UsdCents):
            hard_sl_override = self.hard_sl_override.to_dict()
        else:
            hard_sl_override = self.hard_sl_override

        hard_sl_auto: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hard_sl_auto, Unset):
            hard_sl_auto = self.hard_sl_auto.to_dict()

        effective_hard_sl: dict[str, Any] | Unset = UNSET
        if not isinstance(self.effective_hard_sl, Unset):
            effective_hard_sl = self.effective_hard_sl.to_dict()

        soft_sl: dict[str, Any] | Unset = UNSET
        if not isinstance(self.soft_sl, Unset):
            soft_sl = self.soft_sl.to_dict()

        effective_sl: dict[str, Any] | Unset = UNSET
        if not isinstance(self.effective_sl, Unset):
            effective_sl = self.effective_sl.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hard_sl_override is not UNSET:
            field_dict["hardSlOverride"] = hard_sl_override
        if hard_sl_auto is not UNSET:
            field_dict["hardSlAuto"] = hard_sl_auto
        if effective_hard_sl is not UNSET:
            field_dict["effectiveHardSl"] = effective_hard_sl
        if soft_sl is not UNSET:
            field_dict["softSl"] = soft_sl
        if effective_sl is not UNSET:
            field_dict["effectiveSl"] = effective_sl

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.usd_cents import UsdCents  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_hard_sl_override(data: object) -> None | Unset | UsdCents:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"expected UsdCents or null, got {type(data).__name__}")
            hard_sl_override_type_0 = UsdCents.from_dict(data)

            return hard_sl_override_type_0

        hard_sl_override = _parse_hard_sl_override(d.pop("hardSlOverride", UNSET))

        _hard_sl_auto = null_as_unset(d.pop("hardSlAuto", UNSET))
        hard_sl_auto: UsdCents | Unset
        if isinstance(_hard_sl_auto, Unset):
            hard_sl_auto = UNSET
        else:
            hard_sl_auto = UsdCents.from_dict(_hard_sl_auto)

        _effective_hard_sl = null_as_unset(d.pop("effectiveHardSl", UNSET))
        effective_hard_sl: UsdCents | Unset
        if isinstance(_effective_hard_sl, Unset):
            effective_hard_sl = UNSET
        else:
            effective_hard_sl = UsdCents.from_dict(_effective_hard_sl)

        _soft_sl = null_as_unset(d.pop("softSl", UNSET))
        soft_sl: UsdCents | Unset
        if isinstance(_soft_sl, Unset):
            soft_sl = UNSET
        else:
            soft_sl = UsdCents.from_dict(_soft_sl)

        _effective_sl = null_as_unset(d.pop("effectiveSl", UNSET))
        effective_sl: UsdCents | Unset
        if isinstance(_effective_sl, Unset):
            effective_sl = UNSET
        else:
            effective_sl = UsdCents.from_dict(_effective_sl)

        spending_limits = cls(
            hard_sl_override=hard_sl_override,
            hard_sl_auto=hard_sl_auto,
            effective_hard_sl=effective_hard_sl,
            soft_sl=soft_sl,
            effective_sl=effective_sl,
        )

        spending_limits.additional_properties = d
        return spending_limits

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
