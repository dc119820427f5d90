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
class SetSpendingLimitResponse:
    """The soft spending limit now in force.

    Attributes:
        this_bp_soft_spending_limit: The soft spending limit in force for this billing period.
        additional_properties: Members the server sent that this client does not know; to_dict()
            writes them back.
    """

    this_bp_soft_spending_limit: UsdCents | None = None
    additional_properties: Mapping[str, Any] = field(default=NO_EXTRAS, repr=False)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> SetSpendingLimitResponse:
        """Read a SetSpendingLimitResponse from proto3 JSON (a dict as json.loads gives it): an absent or null field
        gets its default, a member this client does not know goes to additional_properties.

        Raises:
            WireFormatError: (also a TypeError and a ValueError) a value of the wrong JSON type, or one its
                field cannot hold; the message names the field. int64 and int32 values must be integral
                and in range; timestamps need their RFC 3339 offset (see the README's Models section).
        """
        try:
            return _read_set_spending_limit_response(src)
        except WireFormatError:
            raise
        except (TypeError, ValueError, KeyError, AttributeError, IndexError, RecursionError) as exc:
            raise not_a_message(src, "SetSpendingLimitResponse", exc) from exc

    def to_dict(self) -> dict[str, Any]:
        """This SetSpendingLimitResponse as proto3 JSON: int64 values as strings, fields that are not set left out."""
        return _write_set_spending_limit_response(self)

    # pickle and copy.deepcopy: a MappingProxyType (additional_properties) cannot be pickled as it is.
    __getstate__ = message_state
    __setstate__ = set_message_state


_SET_SPENDING_LIMIT_RESPONSE_MEMBERS: frozenset[str] = frozenset(("thisBpSoftSpendingLimit",))


def _read_set_spending_limit_response(src: Mapping[str, Any]) -> SetSpendingLimitResponse:
    whole = False
    self = new(SetSpendingLimitResponse)
    v = src.get("thisBpSoftSpendingLimit")
    self.this_bp_soft_spending_limit = (
        None
        if v is None
        else _read_usd_cents(v)
        if v.__class__ is dict
        else bad(v, "an object", "SetSpendingLimitResponse.thisBpSoftSpendingLimit")
    )
    self.additional_properties = (
        NO_EXTRAS
        if whole or _SET_SPENDING_LIMIT_RESPONSE_MEMBERS.issuperset(src)
        else extras(src, _SET_SPENDING_LIMIT_RESPONSE_MEMBERS)
    )
    return self


def _write_set_spending_limit_response(self: SetSpendingLimitResponse) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if self.this_bp_soft_spending_limit is not None:
        d["thisBpSoftSpendingLimit"] = _write_usd_cents(self.this_bp_soft_spending_limit)
    if self.additional_properties:
        d.update(self.additional_properties)
    return d
