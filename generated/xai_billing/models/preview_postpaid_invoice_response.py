# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
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
    read_int64,
    set_message_state,
)
from .billing_cycle import BillingCycle, _read_billing_cycle, _write_billing_cycle
from .core_invoice import CoreInvoice, _read_core_invoice, _write_core_invoice


@define(kw_only=True)
class PreviewPostpaidInvoiceResponse:
    """The postpaid invoice of the current billing cycle so far.

    Attributes:
        core_invoice: The invoice object.
        effective_spending_limit: The effective current spending limit in USD cents.
        default_credits: The current default credits in USD cents.
        billing_cycle: The current billing cycle.
        additional_properties: Members the server sent that this client does not know; to_dict()
            writes them back.
    """

    core_invoice: CoreInvoice | None = None
    effective_spending_limit: int = 0
    default_credits: int = 0
    billing_cycle: BillingCycle | None = None
    additional_properties: Mapping[str, Any] = field(default=NO_EXTRAS, repr=False)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> PreviewPostpaidInvoiceResponse:
        """Read a PreviewPostpaidInvoiceResponse from proto3 JSON (a dict as json.loads gives it): an absent or null field
        gets its default, a member this client does not know goes to additional_properties.

        Raises:
            WireFormatError: (also a TypeError and a ValueError) a value of the wrong JSON type, or one its
                field cannot hold; the message names the field. int64 and int32 values must be integral
                and in range; timestamps need their RFC 3339 offset (see the README's Models section).
        """
        try:
            return _read_preview_postpaid_invoice_response(src)
        except WireFormatError:
            raise
        except (TypeError, ValueError, KeyError, AttributeError, IndexError, RecursionError) as exc:
            raise not_a_message(src, "PreviewPostpaidInvoiceResponse", exc) from exc

    def to_dict(self) -> dict[str, Any]:
        """This PreviewPostpaidInvoiceResponse as proto3 JSON: int64 values as strings, fields that are not set left out."""
        return _write_preview_postpaid_invoice_response(self)

    # pickle and copy.deepcopy: a MappingProxyType (additional_properties) cannot be pickled as it is.
    __getstate__ = message_state
    __setstate__ = set_message_state


_PREVIEW_POSTPAID_INVOICE_RESPONSE_MEMBERS: frozenset[str] = frozenset(
    (
        "coreInvoice",
        "effectiveSpendingLimit",
        "defaultCredits",
        "billingCycle",
    )
)
_PREVIEW_POSTPAID_INVOICE_RESPONSE_FIELDS = itemgetter(
    "effectiveSpendingLimit",
    "defaultCredits",
)


def _read_preview_postpaid_invoice_response(src: Mapping[str, Any]) -> PreviewPostpaidInvoiceResponse:
    whole = len(src) == 2
    if whole:  # as the API writes messages: every field without presence, and no other member
        try:
            effective_spending_limit, default_credits = _PREVIEW_POSTPAID_INVOICE_RESPONSE_FIELDS(src)
        except KeyError:  # one left out, an unknown one in its place
            whole = False
    if not whole:  # some left out at their defaults, as proto3 JSON allows: read as null, as the default
        effective_spending_limit = src.get("effectiveSpendingLimit")
        default_credits = src.get("defaultCredits")
    self = new(PreviewPostpaidInvoiceResponse)
    v = src.get("coreInvoice")
    self.core_invoice = (
        None
        if v is None
        else _read_core_invoice(v)
        if v.__class__ is dict
        else bad(v, "an object", "PreviewPostpaidInvoiceResponse.coreInvoice")
    )
    try:
        self.effective_spending_limit = (
            n
            if effective_spending_limit.__class__ is str
            and len(effective_spending_limit) < 19
            and str(n := int(effective_spending_limit)) == effective_spending_limit
            else effective_spending_limit
            if effective_spending_limit.__class__ is int
            and -9223372036854775808 <= effective_spending_limit <= 9223372036854775807
            else read_int64(effective_spending_limit, "PreviewPostpaidInvoiceResponse.effectiveSpendingLimit")
        )
    except WireFormatError:
        raise
    except ValueError:  # from int(): not decimal digits alone
        self.effective_spending_limit = read_int64(
            effective_spending_limit, "PreviewPostpaidInvoiceResponse.effectiveSpendingLimit"
        )
    try:
        self.default_credits = (
            n
            if default_credits.__class__ is str
            and len(default_credits) < 19
            and str(n := int(default_credits)) == default_credits
            else default_credits
            if default_credits.__class__ is int and -9223372036854775808 <= default_credits <= 9223372036854775807
            else read_int64(default_credits, "PreviewPostpaidInvoiceResponse.defaultCredits")
        )
    except WireFormatError:
        raise
    except ValueError:  # from int(): not decimal digits alone
        self.default_credits = read_int64(default_credits, "PreviewPostpaidInvoiceResponse.defaultCredits")
    v = src.get("billingCycle")
    self.billing_cycle = (
        None
        if v is None
        else _read_billing_cycle(v)
        if v.__class__ is dict
        else bad(v, "an object", "PreviewPostpaidInvoiceResponse.billingCycle")
    )
    self.additional_properties = (
        NO_EXTRAS
        if whole or _PREVIEW_POSTPAID_INVOICE_RESPONSE_MEMBERS.issuperset(src)
        else extras(src, _PREVIEW_POSTPAID_INVOICE_RESPONSE_MEMBERS)
    )
    return self


def _write_preview_postpaid_invoice_response(self: PreviewPostpaidInvoiceResponse) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if self.core_invoice is not None:
        d["coreInvoice"] = _write_core_invoice(self.core_invoice)
    d["effectiveSpendingLimit"] = str(self.effective_spending_limit)
    d["defaultCredits"] = str(self.default_credits)
    if self.billing_cycle is not None:
        d["billingCycle"] = _write_billing_cycle(self.billing_cycle)
    if self.additional_properties:
        d.update(self.additional_properties)
    return d
