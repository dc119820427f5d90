# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from attrs import define, field

from .._wire import (
    NO_EXTRAS,
    bad,
    extras,
    fromisoformat,
    new,
    read_enum,
    read_int64,
    read_messages,
    read_str,
    read_timestamp,
    without_collector,
    write_timestamp,
)
from .charger_attempt import _CHARGER_ATTEMPT_MEMBERS, ChargerAttempt, _read_charger_attempt, _write_charger_attempt
from .invoice_line import _INVOICE_LINE_MEMBERS, InvoiceLine, _read_invoice_line, _write_invoice_line
from .invoice_status import InvoiceStatus
from .monthly_invoice import MonthlyInvoice, _read_monthly_invoice, _write_monthly_invoice
from .prepaid_invoice import PrepaidInvoice, _read_prepaid_invoice, _write_prepaid_invoice
from .subscriptions_invoice import (
    SubscriptionsInvoice,
    _read_subscriptions_invoice,
    _write_subscriptions_invoice,
)


@define(kw_only=True)
class Invoice:
    """An invoice of a team. At most one of `monthly`, `prepaid` and `subscriptions` is set.

    Attributes:
        team_id: The team invoiced.
        invoice_id: ID of the invoice.
        invoice_number: Human-readable invoice number.
        create_time: When the invoice was created.
        invoice_status: Status of the invoice.
        first_desired_next_cycle_ts: When the next charge attempt was first wanted.
        charger_attempts: The attempts to charge the invoice.
        lines: The lines of the invoice.
        subtotal: Subtotal in USD cents, as an int64 string.
        tax: Tax in USD cents, as an int64 string.
        total: Total in USD cents, as an int64 string.
        invoice_pdf_asset_key_suffix: Key suffix of the invoice PDF.
        monthly: Set on monthly (postpaid) invoices; `null` or absent otherwise.
        prepaid: Set on prepaid (top-up) invoices; `null` or absent otherwise.
        subscriptions: Set on subscription invoices; `null` or absent otherwise.
        additional_properties: Members the server sent that this client does not know; to_dict()
            writes them back.
    """

    team_id: str = ""
    invoice_id: str = ""
    invoice_number: str = ""
    create_time: datetime.datetime | None = None
    invoice_status: InvoiceStatus = InvoiceStatus.INVALID
    first_desired_next_cycle_ts: datetime.datetime | None = None
    charger_attempts: list[ChargerAttempt] = field(factory=list)
    lines: list[InvoiceLine] = field(factory=list)
    subtotal: int = 0
    tax: int = 0
    total: int = 0
    invoice_pdf_asset_key_suffix: str = ""
    monthly: MonthlyInvoice | None = None
    prepaid: PrepaidInvoice | None = None
    subscriptions: SubscriptionsInvoice | None = None
    additional_properties: Mapping[str, Any] = field(default=NO_EXTRAS, repr=False)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Invoice:
        """Read a Invoice from proto3 JSON (a dict as json.loads gives it): an absent or null field
        gets its default; a value of the wrong type raises TypeError, one that cannot be read ValueError."""
        return without_collector(_read_invoice, src)

    def to_dict(self) -> dict[str, Any]:
        """This Invoice as proto3 JSON: int64 values as strings, fields that are not set left out."""
        return without_collector(_write_invoice, self)


_INVOICE_MEMBERS: frozenset[str] = frozenset(
    (
        "teamId",
        "invoiceId",
        "invoiceNumber",
        "createTime",
        "invoiceStatus",
        "firstDesiredNextCycleTs",
        "chargerAttempts",
        "lines",
        "subtotal",
        "tax",
        "total",
        "invoicePdfAssetKeySuffix",
        "monthly",
        "prepaid",
        "subscriptions",
    )
)
_INVOICE_STATUS: dict[str, InvoiceStatus] = {member.value: member for member in InvoiceStatus}


def _read_invoice(src: Mapping[str, Any], check_extras: bool = True) -> Invoice:
    self = new(Invoice)
    v = src.get("teamId", "")
    self.team_id = v if v.__class__ is str else read_str(v, "Invoice.teamId")
    v = src.get("invoiceId", "")
    self.invoice_id = v if v.__class__ is str else read_str(v, "Invoice.invoiceId")
    v = src.get("invoiceNumber", "")
    self.invoice_number = v if v.__class__ is str else read_str(v, "Invoice.invoiceNumber")
    v = src.get("createTime")
    try:
        self.create_time = (
            None if v is None else fromisoformat(v) if v.__class__ is str else read_timestamp(v, "Invoice.createTime")
        )
    except ValueError:
        self.create_time = read_timestamp(v, "Invoice.createTime")
    v = src.get("invoiceStatus")
    self.invoice_status = (_INVOICE_STATUS.get(v) if v.__class__ is str else None) or read_enum(
        InvoiceStatus, v, "Invoice.invoiceStatus"
    )
    v = src.get("firstDesiredNextCycleTs")
    try:
        self.first_desired_next_cycle_ts = (
            None
            if v is None
            else fromisoformat(v)
            if v.__class__ is str
            else read_timestamp(v, "Invoice.firstDesiredNextCycleTs")
        )
    except ValueError:
        self.first_desired_next_cycle_ts = read_timestamp(v, "Invoice.firstDesiredNextCycleTs")
    self.charger_attempts = read_messages(
        _read_charger_attempt, _CHARGER_ATTEMPT_MEMBERS, src.get("chargerAttempts"), "Invoice.chargerAttempts"
    )
    self.lines = read_messages(_read_invoice_line, _INVOICE_LINE_MEMBERS, src.get("lines"), "Invoice.lines")
    v = src.get("subtotal", 0)
    try:
        self.subtotal = int(v) if v.__class__ is str else v if v.__class__ is int else read_int64(v, "Invoice.subtotal")
    except ValueError:
        self.subtotal = read_int64(v, "Invoice.subtotal")
    v = src.get("tax", 0)
    try:
        self.tax = int(v) if v.__class__ is str else v if v.__class__ is int else read_int64(v, "Invoice.tax")
    except ValueError:
        self.tax = read_int64(v, "Invoice.tax")
    v = src.get("total", 0)
    try:
        self.total = int(v) if v.__class__ is str else v if v.__class__ is int else read_int64(v, "Invoice.total")
    except ValueError:
        self.total = read_int64(v, "Invoice.total")
    v = src.get("invoicePdfAssetKeySuffix", "")
    self.invoice_pdf_asset_key_suffix = v if v.__class__ is str else read_str(v, "Invoice.invoicePdfAssetKeySuffix")
    v = src.get("monthly")
    self.monthly = (
        None
        if v is None
        else _read_monthly_invoice(v)
        if v.__class__ is dict
        else bad(v, "an object", "Invoice.monthly")
    )
    v = src.get("prepaid")
    self.prepaid = (
        None
        if v is None
        else _read_prepaid_invoice(v)
        if v.__class__ is dict
        else bad(v, "an object", "Invoice.prepaid")
    )
    v = src.get("subscriptions")
    self.subscriptions = (
        None
        if v is None
        else _read_subscriptions_invoice(v)
        if v.__class__ is dict
        else bad(v, "an object", "Invoice.subscriptions")
    )
    if check_extras and not _INVOICE_MEMBERS.issuperset(src):
        self.additional_properties = extras(src, _INVOICE_MEMBERS)
    else:
        self.additional_properties = NO_EXTRAS
    return self


def _write_invoice(self: Invoice) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["teamId"] = self.team_id
    d["invoiceId"] = self.invoice_id
    d["invoiceNumber"] = self.invoice_number
    if self.create_time is not None:
        d["createTime"] = write_timestamp(self.create_time)
    d["invoiceStatus"] = self.invoice_status
    if self.first_desired_next_cycle_ts is not None:
        d["firstDesiredNextCycleTs"] = write_timestamp(self.first_desired_next_cycle_ts)
    d["chargerAttempts"] = [_write_charger_attempt(item) for item in self.charger_attempts]
    d["lines"] = [_write_invoice_line(item) for item in self.lines]
    d["subtotal"] = str(self.subtotal)
    d["tax"] = str(self.tax)
    d["total"] = str(self.total)
    d["invoicePdfAssetKeySuffix"] = self.invoice_pdf_asset_key_suffix
    if self.monthly is not None:
        d["monthly"] = _write_monthly_invoice(self.monthly)
    if self.prepaid is not None:
        d["prepaid"] = _write_prepaid_invoice(self.prepaid)
    if self.subscriptions is not None:
        d["subscriptions"] = _write_subscriptions_invoice(self.subscriptions)
    if self.additional_properties:
        d.update(self.additional_properties)
    return d
