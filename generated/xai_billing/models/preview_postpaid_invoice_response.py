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


def _read_preview_postpaid_invoice_response(
    src: Mapping[str, Any], check_extras: bool = True
) -> PreviewPostpaidInvoiceResponse:
    self = new(PreviewPostpaidInvoiceResponse)
    v = src.get("coreInvoice")
    self.core_invoice = (
        None
        if v is None
        else _read_core_invoice(v)
        if v.__class__ is dict
        else bad(v, "an object", "PreviewPostpaidInvoiceResponse.coreInvoice")
    )
    v = src.get("effectiveSpendingLimit", 0)
    try:
        self.effective_spending_limit = (
            int(v)
            if v.__class__ is str
            else v
            if v.__class__ is int
            else read_int64(v, "PreviewPostpaidInvoiceResponse.effectiveSpendingLimit")
        )
    except ValueError:
        self.effective_spending_limit = read_int64(v, "PreviewPostpaidInvoiceResponse.effectiveSpendingLimit")
    v = src.get("defaultCredits", 0)
    try:
        self.default_credits = (
            int(v)
            if v.__class__ is str
            else v
            if v.__class__ is int
            else read_int64(v, "PreviewPostpaidInvoiceResponse.defaultCredits")
        )
    except ValueError:
        self.default_credits = read_int64(v, "PreviewPostpaidInvoiceResponse.defaultCredits")
    v = src.get("billingCycle")
    self.billing_cycle = (
        None
        if v is None
        else _read_billing_cycle(v)
        if v.__class__ is dict
        else bad(v, "an object", "PreviewPostpaidInvoiceResponse.billingCycle")
    )
    if check_extras and not _PREVIEW_POSTPAID_INVOICE_RESPONSE_MEMBERS.issuperset(src):
        self.additional_properties = extras(src, _PREVIEW_POSTPAID_INVOICE_RESPONSE_MEMBERS)
    else:
        self.additional_properties = NO_EXTRAS
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
