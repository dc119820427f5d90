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
    set_message_state,
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
        """Read an Empty from proto3 JSON (a dict as json.loads gives it): an absent or null field
        gets its default, a member this client does not know goes to additional_properties.

        Raises:
            WireFormatError: (also a TypeError and a ValueError) a value of the wrong JSON type, or one its
                field cannot hold; the message names the field. int64 and int32 values must be integral
                and in range; timestamps need their RFC 3339 offset (see the README's Models section).
        """
        try:
            return _read_empty(src)
        except WireFormatError:
            raise
        except (TypeError, ValueError, KeyError, AttributeError, IndexError, RecursionError) as exc:
            raise not_a_message(src, "Empty", exc) from exc

    def to_dict(self) -> dict[str, Any]:
        """This Empty as proto3 JSON: int64 values as strings, fields that are not set left out."""
        return _write_empty(self)

    # pickle and copy.deepcopy: a MappingProxyType (additional_properties) cannot be pickled as it is.
    __getstate__ = message_state
    __setstate__ = set_message_state


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
