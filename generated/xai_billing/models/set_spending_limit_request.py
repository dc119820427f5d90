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
from .non_negative_usd_cents import NonNegativeUsdCents, _read_non_negative_usd_cents, _write_non_negative_usd_cents


@define(kw_only=True)
class SetSpendingLimitRequest:
    """The soft spending limit wanted.

    Attributes:
        desired_soft_spending_limit: The soft spending limit wanted, in USD cents; 0 means prepaid credit only.
        additional_properties: Members the server sent that this client does not know; to_dict()
            writes them back.
    """

    desired_soft_spending_limit: NonNegativeUsdCents
    additional_properties: Mapping[str, Any] = field(default=NO_EXTRAS, repr=False)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> SetSpendingLimitRequest:
        """Read a SetSpendingLimitRequest from proto3 JSON (a dict as json.loads gives it): an absent or null field
        gets its default, a member this client does not know goes to additional_properties.

        Raises:
            WireFormatError: (also a TypeError and a ValueError) a value of the wrong JSON type, or one its
                field cannot hold; the message names the field. int64 and int32 values must be integral
                and in range; timestamps need their RFC 3339 offset (see the README's Models section).
        """
        try:
            return _read_set_spending_limit_request(src)
        except WireFormatError:
            raise
        except (TypeError, ValueError, KeyError, AttributeError, IndexError, RecursionError) as exc:
            raise not_a_message(src, "SetSpendingLimitRequest", exc) from exc

    def to_dict(self) -> dict[str, Any]:
        """This SetSpendingLimitRequest as proto3 JSON: int64 values as strings, fields that are not set left out."""
        return _write_set_spending_limit_request(self)

    # pickle and copy.deepcopy: a MappingProxyType (additional_properties) cannot be pickled as it is.
    __getstate__ = message_state
    __setstate__ = set_message_state


_SET_SPENDING_LIMIT_REQUEST_MEMBERS: frozenset[str] = frozenset(("desiredSoftSpendingLimit",))


def _read_set_spending_limit_request(src: Mapping[str, Any]) -> SetSpendingLimitRequest:
    whole = len(src) == 1
    if whole:  # as the API writes messages: every field without presence, and no other member
        try:
            desired_soft_spending_limit = src["desiredSoftSpendingLimit"]
        except KeyError:  # one left out, an unknown one in its place
            whole = False
    if not whole:  # some left out at their defaults, as proto3 JSON allows: read as null, as the default
        desired_soft_spending_limit = src.get("desiredSoftSpendingLimit")
    self = new(SetSpendingLimitRequest)
    self.desired_soft_spending_limit = (
        _read_non_negative_usd_cents(desired_soft_spending_limit)
        if desired_soft_spending_limit.__class__ is dict
        else bad(desired_soft_spending_limit, "an object", "SetSpendingLimitRequest.desiredSoftSpendingLimit")
    )
    self.additional_properties = (
        NO_EXTRAS
        if whole or _SET_SPENDING_LIMIT_REQUEST_MEMBERS.issuperset(src)
        else extras(src, _SET_SPENDING_LIMIT_REQUEST_MEMBERS)
    )
    return self


def _write_set_spending_limit_request(self: SetSpendingLimitRequest) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["desiredSoftSpendingLimit"] = _write_non_negative_usd_cents(self.desired_soft_spending_limit)
    if self.additional_properties:
        d.update(self.additional_properties)
    return d
