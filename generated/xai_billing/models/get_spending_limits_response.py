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
from .spending_limits import SpendingLimits, _read_spending_limits, _write_spending_limits


@define(kw_only=True)
class GetSpendingLimitsResponse:
    """The spending limits of a team.

    Attributes:
        spending_limits: Postpaid monthly spending limits.
        additional_properties: Members the server sent that this client does not know; to_dict()
            writes them back.
    """

    spending_limits: SpendingLimits | None = None
    additional_properties: Mapping[str, Any] = field(default=NO_EXTRAS, repr=False)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> GetSpendingLimitsResponse:
        """Read a GetSpendingLimitsResponse from proto3 JSON (a dict as json.loads gives it): an absent or null field
        gets its default, a member this client does not know goes to additional_properties.

        Raises:
            WireFormatError: (also a TypeError and a ValueError) a value of the wrong JSON type, or one its
                field cannot hold; the message names the field. int64 and int32 values must be integral
                and in range; timestamps need their RFC 3339 offset (see the README's Models section).
        """
        try:
            return _read_get_spending_limits_response(src)
        except WireFormatError:
            raise
        except (TypeError, ValueError, KeyError, AttributeError, IndexError, RecursionError) as exc:
            raise not_a_message(src, "GetSpendingLimitsResponse", exc) from exc

    def to_dict(self) -> dict[str, Any]:
        """This GetSpendingLimitsResponse as proto3 JSON: int64 values as strings, fields that are not set left out."""
        return _write_get_spending_limits_response(self)

    # pickle and copy.deepcopy: a MappingProxyType (additional_properties) cannot be pickled as it is.
    __getstate__ = message_state
    __setstate__ = set_message_state


_GET_SPENDING_LIMITS_RESPONSE_MEMBERS: frozenset[str] = frozenset(("spendingLimits",))


def _read_get_spending_limits_response(src: Mapping[str, Any]) -> GetSpendingLimitsResponse:
    whole = False
    self = new(GetSpendingLimitsResponse)
    v = src.get("spendingLimits")
    self.spending_limits = (
        None
        if v is None
        else _read_spending_limits(v)
        if v.__class__ is dict
        else bad(v, "an object", "GetSpendingLimitsResponse.spendingLimits")
    )
    self.additional_properties = (
        NO_EXTRAS
        if whole or _GET_SPENDING_LIMITS_RESPONSE_MEMBERS.issuperset(src)
        else extras(src, _GET_SPENDING_LIMITS_RESPONSE_MEMBERS)
    )
    return self


def _write_get_spending_limits_response(self: GetSpendingLimitsResponse) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if self.spending_limits is not None:
        d["spendingLimits"] = _write_spending_limits(self.spending_limits)
    if self.additional_properties:
        d.update(self.additional_properties)
    return d
