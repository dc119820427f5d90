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
        gets its default, a member this client does not know goes to additional_properties.

        Raises:
            WireFormatError: (also a TypeError and a ValueError) a value of the wrong JSON type, or one its
                field cannot hold; the message names the field. int64 and int32 values must be integral
                and in range; timestamps need their RFC 3339 offset (see the README's Models section).
        """
        try:
            return _read_top_up_prepaid_credit_request(src)
        except WireFormatError:
            raise
        except (TypeError, ValueError, KeyError, AttributeError, IndexError, RecursionError) as exc:
            raise not_a_message(src, "TopUpPrepaidCreditRequest", exc) from exc

    def to_dict(self) -> dict[str, Any]:
        """This TopUpPrepaidCreditRequest as proto3 JSON: int64 values as strings, fields that are not set left out."""
        return _write_top_up_prepaid_credit_request(self)

    # pickle and copy.deepcopy: a MappingProxyType (additional_properties) cannot be pickled as it is.
    __getstate__ = message_state
    __setstate__ = set_message_state


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
