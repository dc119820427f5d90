# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from .._exceptions import WireFormatError
from .._wire import (
    NO_EXTRAS,
    extras,
    message_state,
    new,
    not_a_message,
    read_int64,
    set_message_state,
)


@define(kw_only=True)
class PositiveUsdCents:
    """Representation of USD cents, more than zero. This client's rule, not the server's: the proto takes any integer and disregards the sign, and a top-up of 0 or less is refused before it is sent.

    Attributes:
        val: An amount of USD cents, more than zero.
        additional_properties: Members the server sent that this client does not know; to_dict()
            writes them back.
    """

    val: int
    additional_properties: Mapping[str, Any] = field(default=NO_EXTRAS, repr=False)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> PositiveUsdCents:
        """Read a PositiveUsdCents from proto3 JSON (a dict as json.loads gives it): an absent or null field
        gets its default, a member this client does not know goes to additional_properties.

        Raises:
            WireFormatError: (also a TypeError and a ValueError) a value of the wrong JSON type, or one its
                field cannot hold; the message names the field. int64 and int32 values must be integral
                and in range; timestamps need their RFC 3339 offset (see the README's Models section).
        """
        try:
            return _read_positive_usd_cents(src)
        except WireFormatError:
            raise
        except (TypeError, ValueError, KeyError, AttributeError, IndexError, RecursionError) as exc:
            raise not_a_message(src, "PositiveUsdCents", exc) from exc

    def to_dict(self) -> dict[str, Any]:
        """This PositiveUsdCents as proto3 JSON: int64 values as strings, fields that are not set left out."""
        return _write_positive_usd_cents(self)

    # pickle and copy.deepcopy: a MappingProxyType (additional_properties) cannot be pickled as it is.
    __getstate__ = message_state
    __setstate__ = set_message_state


_POSITIVE_USD_CENTS_MEMBERS: frozenset[str] = frozenset(("val",))


def _read_positive_usd_cents(src: Mapping[str, Any]) -> PositiveUsdCents:
    whole = len(src) == 1
    if whole:  # as the API writes messages: every field without presence, and no other member
        try:
            val = src["val"]
        except KeyError:  # one left out, an unknown one in its place
            whole = False
    if not whole:  # some left out at their defaults, as proto3 JSON allows: read as null, as the default
        val = src.get("val")
    self = new(PositiveUsdCents)
    try:
        self.val = (
            n
            if val.__class__ is str and len(val) < 19 and str(n := int(val)) == val
            else val
            if val.__class__ is int and -9223372036854775808 <= val <= 9223372036854775807
            else read_int64(val, "PositiveUsdCents.val")
        )
    except WireFormatError:
        raise
    except ValueError:  # from int(): not decimal digits alone
        self.val = read_int64(val, "PositiveUsdCents.val")
    self.additional_properties = (
        NO_EXTRAS if whole or _POSITIVE_USD_CENTS_MEMBERS.issuperset(src) else extras(src, _POSITIVE_USD_CENTS_MEMBERS)
    )
    return self


def _write_positive_usd_cents(self: PositiveUsdCents) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["val"] = str(self.val)
    if self.additional_properties:
        d.update(self.additional_properties)
    return d
