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
from .positive_usd_cents import PositiveUsdCents, _read_positive_usd_cents, _write_positive_usd_cents


@define(kw_only=True)
class TopUpPrepaidCreditRequest:
    """The credit to buy.

    Attributes:
        amount: Amount of credit to buy, in USD cents, more than zero; charged to the default payment method.
        additional_properties: Members the server sent that this client does not know; to_dict()
            writes them back.
    """

    amount: PositiveUsdCents
    additional_properties: Mapping[str, Any] = field(default=NO_EXTRAS, repr=False)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> TopUpPrepaidCreditRequest:
        """Read a TopUpPrepaidCreditRequest from proto3 JSON (a dict as json.loads gives it): an absent or null field
        gets its default; a value of the wrong type raises TypeError, one that cannot be read ValueError."""
        return without_collector(_read_top_up_prepaid_credit_request, src)

    def to_dict(self) -> dict[str, Any]:
        """This TopUpPrepaidCreditRequest as proto3 JSON: int64 values as strings, fields that are not set left out."""
        return without_collector(_write_top_up_prepaid_credit_request, self)


_TOP_UP_PREPAID_CREDIT_REQUEST_MEMBERS: frozenset[str] = frozenset(("amount",))


def _read_top_up_prepaid_credit_request(src: Mapping[str, Any]) -> TopUpPrepaidCreditRequest:
    whole = len(src) == 1
    if whole:  # as the API writes messages: every field without presence, and no other member
        try:
            amount = src["amount"]
        except KeyError:  # one left out, an unknown one in its place
            whole = False
    if not whole:  # some left out at their defaults, as proto3 JSON allows: read as null, as the default
        amount = src.get("amount")
    self = new(TopUpPrepaidCreditRequest)
    self.amount = (
        _read_positive_usd_cents(amount)
        if amount.__class__ is dict
        else bad(amount, "an object", "TopUpPrepaidCreditRequest.amount")
    )
    self.additional_properties = (
        NO_EXTRAS
        if whole or _TOP_UP_PREPAID_CREDIT_REQUEST_MEMBERS.issuperset(src)
        else extras(src, _TOP_UP_PREPAID_CREDIT_REQUEST_MEMBERS)
    )
    return self


def _write_top_up_prepaid_credit_request(self: TopUpPrepaidCreditRequest) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["amount"] = _write_positive_usd_cents(self.amount)
    if self.additional_properties:
        d.update(self.additional_properties)
    return d
