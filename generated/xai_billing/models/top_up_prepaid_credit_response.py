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
from .balance_change import BalanceChange, _read_balance_change, _write_balance_change


@define(kw_only=True)
class TopUpPrepaidCreditResponse:
    """The balance change of a top-up.

    Attributes:
        change: The balance change of the top-up, a new one or the one already pending.
        additional_properties: Members the server sent that this client does not know; to_dict()
            writes them back.
    """

    change: BalanceChange | None = None
    additional_properties: Mapping[str, Any] = field(default=NO_EXTRAS, repr=False)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> TopUpPrepaidCreditResponse:
        """Read a TopUpPrepaidCreditResponse from proto3 JSON (a dict as json.loads gives it): an absent or null field
        gets its default, a member this client does not know goes to additional_properties.

        Raises:
            WireFormatError: (also a TypeError and a ValueError) a value of the wrong JSON type, or one its
                field cannot hold; the message names the field. int64 and int32 values must be integral
                and in range; timestamps need their RFC 3339 offset (see the README's Models section).
        """
        try:
            return _read_top_up_prepaid_credit_response(src)
        except WireFormatError:
            raise
        except (TypeError, ValueError, KeyError, AttributeError, IndexError, RecursionError) as exc:
            raise not_a_message(src, "TopUpPrepaidCreditResponse", exc) from exc

    def to_dict(self) -> dict[str, Any]:
        """This TopUpPrepaidCreditResponse as proto3 JSON: int64 values as strings, fields that are not set left out."""
        return _write_top_up_prepaid_credit_response(self)

    # pickle and copy.deepcopy: a MappingProxyType (additional_properties) cannot be pickled as it is.
    __getstate__ = message_state
    __setstate__ = set_message_state


_TOP_UP_PREPAID_CREDIT_RESPONSE_MEMBERS: frozenset[str] = frozenset(("change",))


def _read_top_up_prepaid_credit_response(src: Mapping[str, Any]) -> TopUpPrepaidCreditResponse:
    whole = False
    self = new(TopUpPrepaidCreditResponse)
    v = src.get("change")
    self.change = (
        None
        if v is None
        else _read_balance_change(v)
        if v.__class__ is dict
        else bad(v, "an object", "TopUpPrepaidCreditResponse.change")
    )
    self.additional_properties = (
        NO_EXTRAS
        if whole or _TOP_UP_PREPAID_CREDIT_RESPONSE_MEMBERS.issuperset(src)
        else extras(src, _TOP_UP_PREPAID_CREDIT_RESPONSE_MEMBERS)
    )
    return self


def _write_top_up_prepaid_credit_response(self: TopUpPrepaidCreditResponse) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if self.change is not None:
        d["change"] = _write_balance_change(self.change)
    if self.additional_properties:
        d.update(self.additional_properties)
    return d
