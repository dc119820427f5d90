# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from .._wire import (
    NO_EXTRAS,
    extras,
    new,
    read_int64,
    without_collector,
)


@define(kw_only=True)
class UsdCents:
    """Representation of USD cents.

    Attributes:
        val: An amount of USD cents, as an int64 string.
        additional_properties: Members the server sent that this client does not know; to_dict()
            writes them back.
    """

    val: int = 0
    additional_properties: Mapping[str, Any] = field(default=NO_EXTRAS, repr=False)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> UsdCents:
        """Read a UsdCents from proto3 JSON (a dict as json.loads gives it): an absent or null field
        gets its default; a value of the wrong type raises TypeError, one that cannot be read ValueError."""
        return without_collector(_read_usd_cents, src)

    def to_dict(self) -> dict[str, Any]:
        """This UsdCents as proto3 JSON: int64 values as strings, fields that are not set left out."""
        return without_collector(_write_usd_cents, self)


_USD_CENTS_MEMBERS: frozenset[str] = frozenset(("val",))


def _read_usd_cents(src: Mapping[str, Any], check_extras: bool = True) -> UsdCents:
    self = new(UsdCents)
    v = src.get("val", 0)
    try:
        self.val = int(v) if v.__class__ is str else v if v.__class__ is int else read_int64(v, "UsdCents.val")
    except ValueError:
        self.val = read_int64(v, "UsdCents.val")
    if check_extras and not _USD_CENTS_MEMBERS.issuperset(src):
        self.additional_properties = extras(src, _USD_CENTS_MEMBERS)
    else:
        self.additional_properties = NO_EXTRAS
    return self


def _write_usd_cents(self: UsdCents) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["val"] = str(self.val)
    if self.additional_properties:
        d.update(self.additional_properties)
    return d
