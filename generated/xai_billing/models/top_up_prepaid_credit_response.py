# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from .._wire import (
    NO_EXTRAS,
    bad,
    extras,
    new,
    without_collector,
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
        gets its default; a value of the wrong type raises TypeError, one that cannot be read ValueError."""
        return without_collector(_read_top_up_prepaid_credit_response, src)

    def to_dict(self) -> dict[str, Any]:
        """This TopUpPrepaidCreditResponse as proto3 JSON: int64 values as strings, fields that are not set left out."""
        return without_collector(_write_top_up_prepaid_credit_response, self)


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
