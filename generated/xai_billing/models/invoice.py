# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from operator import itemgetter
from typing import Any

from attrs import define, field

from .._exceptions import WireFormatError
from .._wire import (
    NO_EXTRAS,
    READ_TIMESTAMPS,
    bad,
    extras,
    message_state,
    new,
    not_a_message,
    read_enum,
    read_int64,
    read_messages,
    read_str,
    read_timestamp,
    set_message_state,
    write_timestamp,
)
from .charger_attempt import ChargerAttempt, _read_charger_attempt, _write_charger_attempt
from .invoice_line import InvoiceLine, _read_invoice_line, _write_invoice_line
from .invoice_status import InvoiceStatus
from .monthly_invoice import MonthlyInvoice, _read_monthly_invoice, _write_monthly_invoice
from .prepaid_invoice import PrepaidInvoice, _read_prepaid_invoice, _write_prepaid_invoice
from .subscriptions_invoice import SubscriptionsInvoice, _read_subscriptions_invoice, _write_subscriptions_invoice


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
        subtotal: Subtotal in USD cents.
        tax: Tax in USD cents.
        total: Total in USD cents.
        invoice_pdf_asset_key_suffix: Key suffix of the invoice PDF.
        monthly: Set on monthly (postpaid) invoices; None otherwise.
        prepaid: Set on prepaid (top-up) invoices; None otherwise.
        subscriptions: Set on subscription invoices; None otherwise.
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
        """Read an Invoice from proto3 JSON (a dict as json.loads gives it): an absent or null field
        gets its default, a member this client does not know goes to additional_properties.

        Raises:
            WireFormatError: (also a TypeError and a ValueError) a value of the wrong JSON type, or one its
                field cannot hold; the message names the field. int64 and int32 values must be integral
                and in range; timestamps need their RFC 3339 offset (see the README's Models section).
        """
        try:
            return _read_invoice(src)
        except WireFormatError:
            raise
        except (TypeError, ValueError, KeyError, AttributeError, IndexError, RecursionError) as exc:
            raise not_a_message(src, "Invoice", exc) from exc

    def to_dict(self) -> dict[str, Any]:
        """This Invoice as proto3 JSON: int64 values as strings, fields that are not set left out."""
        return _write_invoice(self)

    # pickle and copy.deepcopy: a MappingProxyType (additional_properties) cannot be pickled as it is.
    __getstate__ = message_state
    __setstate__ = set_message_state


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
_INVOICE_FIELDS = itemgetter(
    "teamId",
    "invoiceId",
    "invoiceNumber",
    "invoiceStatus",
    "chargerAttempts",
    "lines",
    "subtotal",
    "tax",
    "total",
    "invoicePdfAssetKeySuffix",
)
_INVOICE_STATUS: dict[str, InvoiceStatus] = {member.value: member for member in InvoiceStatus}


def _read_invoice(src: Mapping[str, Any]) -> Invoice:
    whole = len(src) == 10
    if whole:  # as the API writes messages: every field without presence, and no other member
        try:
            (
                team_id,
                invoice_id,
                invoice_number,
                invoice_status,
                charger_attempts,
                lines,
                subtotal,
                tax,
                total,
                invoice_pdf_asset_key_suffix,
            ) = _INVOICE_FIELDS(src)
        except KeyError:  # one left out, an unknown one in its place
            whole = False
    if not whole:  # some left out at their defaults, as proto3 JSON allows: read as null, as the default
        team_id = src.get("teamId")
        invoice_id = src.get("invoiceId")
        invoice_number = src.get("invoiceNumber")
        invoice_status = src.get("invoiceStatus")
        charger_attempts = src.get("chargerAttempts")
        lines = src.get("lines")
        subtotal = src.get("subtotal")
        tax = src.get("tax")
        total = src.get("total")
        invoice_pdf_asset_key_suffix = src.get("invoicePdfAssetKeySuffix")
    self = new(Invoice)
    self.team_id = team_id if team_id.__class__ is str else read_str(team_id, "Invoice.teamId")
    self.invoice_id = invoice_id if invoice_id.__class__ is str else read_str(invoice_id, "Invoice.invoiceId")
    self.invoice_number = (
        invoice_number if invoice_number.__class__ is str else read_str(invoice_number, "Invoice.invoiceNumber")
    )
    v = src.get("createTime")
    self.create_time = (
        None
        if v is None
        else (READ_TIMESTAMPS.get(v) if v.__class__ is str else None) or read_timestamp(v, "Invoice.createTime")
    )
    self.invoice_status = (
        _INVOICE_STATUS.get(invoice_status) if invoice_status.__class__ is str else None
    ) or read_enum(InvoiceStatus, invoice_status, "Invoice.invoiceStatus")
    v = src.get("firstDesiredNextCycleTs")
    self.first_desired_next_cycle_ts = (
        None
        if v is None
        else (READ_TIMESTAMPS.get(v) if v.__class__ is str else None)
        or read_timestamp(v, "Invoice.firstDesiredNextCycleTs")
    )
    self.charger_attempts = read_messages(_read_charger_attempt, charger_attempts, "Invoice.chargerAttempts")
    self.lines = read_messages(_read_invoice_line, lines, "Invoice.lines")
    try:
        self.subtotal = (
            n
            if subtotal.__class__ is str and len(subtotal) < 19 and str(n := int(subtotal)) == subtotal
            else subtotal
            if subtotal.__class__ is int and -9223372036854775808 <= subtotal <= 9223372036854775807
            else read_int64(subtotal, "Invoice.subtotal")
        )
    except WireFormatError:
        raise
    except ValueError:  # from int(): not decimal digits alone
        self.subtotal = read_int64(subtotal, "Invoice.subtotal")
    try:
        self.tax = (
            n
            if tax.__class__ is str and len(tax) < 19 and str(n := int(tax)) == tax
            else tax
            if tax.__class__ is int and -9223372036854775808 <= tax <= 9223372036854775807
            else read_int64(tax, "Invoice.tax")
        )
    except WireFormatError:
        raise
    except ValueError:  # from int(): not decimal digits alone
        self.tax = read_int64(tax, "Invoice.tax")
    try:
        self.total = (
            n
            if total.__class__ is str and len(total) < 19 and str(n := int(total)) == total
            else total
            if total.__class__ is int and -9223372036854775808 <= total <= 9223372036854775807
            else read_int64(total, "Invoice.total")
        )
    except WireFormatError:
        raise
    except ValueError:  # from int(): not decimal digits alone
        self.total = read_int64(total, "Invoice.total")
    self.invoice_pdf_asset_key_suffix = (
        invoice_pdf_asset_key_suffix
        if invoice_pdf_asset_key_suffix.__class__ is str
        else read_str(invoice_pdf_asset_key_suffix, "Invoice.invoicePdfAssetKeySuffix")
    )
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
    self.additional_properties = (
        NO_EXTRAS if whole or _INVOICE_MEMBERS.issuperset(src) else extras(src, _INVOICE_MEMBERS)
    )
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
