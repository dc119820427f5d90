# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from .._wire import (
    NO_EXTRAS,
    extras,
    new,
    without_collector,
)


@define(kw_only=True)
class Empty:
    """The response of setBillingInfo and setDefaultPaymentMethod: `SetBillingInfoResp` and
    `SetDefaultPaymentMethodResp` in billing.proto, messages without fields, written `{}` (the same wire
    as `google.protobuf.Empty`). The server may add fields to either.

    Attributes:
        additional_properties: Members the server sent that this client does not know; to_dict()
            writes them back.
    """

    additional_properties: Mapping[str, Any] = field(default=NO_EXTRAS, repr=False)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Empty:
        """Read a Empty from proto3 JSON (a dict as json.loads gives it): an absent or null field
        gets its default; a value of the wrong type raises TypeError, one that cannot be read ValueError."""
        return without_collector(_read_empty, src)

    def to_dict(self) -> dict[str, Any]:
        """This Empty as proto3 JSON: int64 values as strings, fields that are not set left out."""
        return without_collector(_write_empty, self)


_EMPTY_MEMBERS: frozenset[str] = frozenset(())


def _read_empty(src: Mapping[str, Any]) -> Empty:
    whole = False
    self = new(Empty)
    self.additional_properties = NO_EXTRAS if whole or _EMPTY_MEMBERS.issuperset(src) else extras(src, _EMPTY_MEMBERS)
    return self


def _write_empty(self: Empty) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if self.additional_properties:
        d.update(self.additional_properties)
    return d
