# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any

from attrs import define, field

from .._wire import (
    NO_EXTRAS,
    bad,
    extras,
    new,
    read_int64,
    without_collector,
)
from .billing_cycle import BillingCycle, _read_billing_cycle, _write_billing_cycle
from .core_invoice import CoreInvoice, _read_core_invoice, _write_core_invoice


@define(kw_only=True)
class PreviewPostpaidInvoiceResponse:
    """The postpaid invoice of the current billing cycle so far.

    Attributes:
        core_invoice: The invoice object.
        effective_spending_limit: The effective current spending limit in USD cents, as an int64 string.
        default_credits: The current default credits in USD cents, as an int64 string.
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
        gets its default; a value of the wrong type raises TypeError, one that cannot be read ValueError."""
        return without_collector(_read_preview_postpaid_invoice_response, src)

    def to_dict(self) -> dict[str, Any]:
        """This PreviewPostpaidInvoiceResponse as proto3 JSON: int64 values as strings, fields that are not set left out."""
        return without_collector(_write_preview_postpaid_invoice_response, self)


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
            int(effective_spending_limit)
            if effective_spending_limit.__class__ is str
            else effective_spending_limit
            if effective_spending_limit.__class__ is int
            else read_int64(effective_spending_limit, "PreviewPostpaidInvoiceResponse.effectiveSpendingLimit")
        )
    except ValueError:
        self.effective_spending_limit = read_int64(
            effective_spending_limit, "PreviewPostpaidInvoiceResponse.effectiveSpendingLimit"
        )
    try:
        self.default_credits = (
            int(default_credits)
            if default_credits.__class__ is str
            else default_credits
            if default_credits.__class__ is int
            else read_int64(default_credits, "PreviewPostpaidInvoiceResponse.defaultCredits")
        )
    except ValueError:
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
