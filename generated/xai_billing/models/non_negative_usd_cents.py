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
class NonNegativeUsdCents:
    """Representation of USD cents, zero or more; `{}` is zero, as proto3 JSON writes it. This client's rule, not the server's: a negative limit is refused before it is sent.

    Attributes:
        val: An amount of USD cents, zero or more, as an int64 string.
        additional_properties: Members the server sent that this client does not know; to_dict()
            writes them back.
    """

    val: int = 0
    additional_properties: Mapping[str, Any] = field(default=NO_EXTRAS, repr=False)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> NonNegativeUsdCents:
        """Read a NonNegativeUsdCents from proto3 JSON (a dict as json.loads gives it): an absent or null field
        gets its default; a value of the wrong type raises TypeError, one that cannot be read ValueError."""
        return without_collector(_read_non_negative_usd_cents, src)

    def to_dict(self) -> dict[str, Any]:
        """This NonNegativeUsdCents as proto3 JSON: int64 values as strings, fields that are not set left out."""
        return without_collector(_write_non_negative_usd_cents, self)


_NON_NEGATIVE_USD_CENTS_MEMBERS: frozenset[str] = frozenset(("val",))


def _read_non_negative_usd_cents(src: Mapping[str, Any]) -> NonNegativeUsdCents:
    whole = len(src) == 1
    if whole:  # as the API writes messages: every field without presence, and no other member
        try:
            val = src["val"]
        except KeyError:  # one left out, an unknown one in its place
            whole = False
    if not whole:  # some left out at their defaults, as proto3 JSON allows: read as null, as the default
        val = src.get("val")
    self = new(NonNegativeUsdCents)
    try:
        self.val = (
            int(val)
            if val.__class__ is str
            else val
            if val.__class__ is int
            else read_int64(val, "NonNegativeUsdCents.val")
        )
    except ValueError:
        self.val = read_int64(val, "NonNegativeUsdCents.val")
    self.additional_properties = (
        NO_EXTRAS
        if whole or _NON_NEGATIVE_USD_CENTS_MEMBERS.issuperset(src)
        else extras(src, _NON_NEGATIVE_USD_CENTS_MEMBERS)
    )
    return self


def _write_non_negative_usd_cents(self: NonNegativeUsdCents) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["val"] = str(self.val)
    if self.additional_properties:
        d.update(self.additional_properties)
    return d
