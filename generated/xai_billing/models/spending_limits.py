# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from .._exceptions import WireFormatError
from .._wire import (
    NO_EXTRAS,
    bad,
    extras,
    message_state,
    new,
    not_a_message,
    set_message_state,
)
from .usd_cents import UsdCents, _read_usd_cents, _write_usd_cents


@define(kw_only=True)
class SpendingLimits:
    """The postpaid monthly spending limits.

    Attributes:
        hard_sl_override: Hard spending limit override, from either the default or the monthly hard spending limit override;
            None when there is none.
        hard_sl_auto: Hard spending limit set automatically by xAI.
        effective_hard_sl: Hard spending limit in force (the override if any, else the automatic one).
        soft_sl: Soft spending limit set by the team.
        effective_sl: Spending limit in force, the lower of the soft and the effective hard limit.
        additional_properties: Members the server sent that this client does not know; to_dict()
            writes them back.
    """

    hard_sl_override: UsdCents | None = None
    hard_sl_auto: UsdCents | None = None
    effective_hard_sl: UsdCents | None = None
    soft_sl: UsdCents | None = None
    effective_sl: UsdCents | None = None
    additional_properties: Mapping[str, Any] = field(default=NO_EXTRAS, repr=False)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> SpendingLimits:
        """Read a SpendingLimits from proto3 JSON (a dict as json.loads gives it): an absent or null field
        gets its default, a member this client does not know goes to additional_properties.

        Raises:
            WireFormatError: (also a TypeError and a ValueError) a value of the wrong JSON type, or one its
                field cannot hold; the message names the field. int64 and int32 values must be integral
                and in range; timestamps need their RFC 3339 offset (see the README's Models section).
        """
        try:
            return _read_spending_limits(src)
        except WireFormatError:
            raise
        except (TypeError, ValueError, KeyError, AttributeError, IndexError, RecursionError) as exc:
            raise not_a_message(src, "SpendingLimits", exc) from exc

    def to_dict(self) -> dict[str, Any]:
        """This SpendingLimits as proto3 JSON: int64 values as strings, fields that are not set left out."""
        return _write_spending_limits(self)

    # pickle and copy.deepcopy: a MappingProxyType (additional_properties) cannot be pickled as it is.
    __getstate__ = message_state
    __setstate__ = set_message_state


_SPENDING_LIMITS_MEMBERS: frozenset[str] = frozenset(
    (
        "hardSlOverride",
        "hardSlAuto",
        "effectiveHardSl",
        "softSl",
        "effectiveSl",
    )
)


def _read_spending_limits(src: Mapping[str, Any]) -> SpendingLimits:
    whole = False
    self = new(SpendingLimits)
    v = src.get("hardSlOverride")
    self.hard_sl_override = (
        None
        if v is None
        else _read_usd_cents(v)
        if v.__class__ is dict
        else bad(v, "an object", "SpendingLimits.hardSlOverride")
    )
    v = src.get("hardSlAuto")
    self.hard_sl_auto = (
        None
        if v is None
        else _read_usd_cents(v)
        if v.__class__ is dict
        else bad(v, "an object", "SpendingLimits.hardSlAuto")
    )
    v = src.get("effectiveHardSl")
    self.effective_hard_sl = (
        None
        if v is None
        else _read_usd_cents(v)
        if v.__class__ is dict
        else bad(v, "an object", "SpendingLimits.effectiveHardSl")
    )
    v = src.get("softSl")
    self.soft_sl = (
        None
        if v is None
        else _read_usd_cents(v)
        if v.__class__ is dict
        else bad(v, "an object", "SpendingLimits.softSl")
    )
    v = src.get("effectiveSl")
    self.effective_sl = (
        None
        if v is None
        else _read_usd_cents(v)
        if v.__class__ is dict
        else bad(v, "an object", "SpendingLimits.effectiveSl")
    )
    self.additional_properties = (
        NO_EXTRAS if whole or _SPENDING_LIMITS_MEMBERS.issuperset(src) else extras(src, _SPENDING_LIMITS_MEMBERS)
    )
    return self


def _write_spending_limits(self: SpendingLimits) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if self.hard_sl_override is not None:
        d["hardSlOverride"] = _write_usd_cents(self.hard_sl_override)
    if self.hard_sl_auto is not None:
        d["hardSlAuto"] = _write_usd_cents(self.hard_sl_auto)
    if self.effective_hard_sl is not None:
        d["effectiveHardSl"] = _write_usd_cents(self.effective_hard_sl)
    if self.soft_sl is not None:
        d["softSl"] = _write_usd_cents(self.soft_sl)
    if self.effective_sl is not None:
        d["effectiveSl"] = _write_usd_cents(self.effective_sl)
    if self.additional_properties:
        d.update(self.additional_properties)
    return d
