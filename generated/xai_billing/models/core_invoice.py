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
    read_messages,
    set_message_state,
)
from .invoice_line import InvoiceLine, _read_invoice_line, _write_invoice_line
from .usd_cents import UsdCents, _read_usd_cents, _write_usd_cents


@define(kw_only=True)
class CoreInvoice:
    """The postpaid invoice of the current billing cycle so far.

    Attributes:
        lines: The lines of the invoice.
        amount_before_vat_limited: Amount before VAT of the usage subject to the spending limit.
        amount_before_vat_unlimited: Amount before VAT of the usage not subject to the spending limit.
        amount_before_vat_limited_and_unlimited: Amount before VAT of all usage, limited and unlimited.
        amount_before_vat: Amount before VAT in USD cents.
        vat_cost: VAT in USD cents.
        amount_after_vat: Amount after VAT in USD cents.
        auto_credits_issued: Automatic credits issued in USD cents.
        default_credits_issued: Default credits issued in USD cents.
        total_with_corr: Total including corrections.
        prepaid_credits: Prepaid credit balance (negative means credit left).
        prepaid_credits_used: Prepaid credit used in the cycle.
        additional_properties: Members the server sent that this client does not know; to_dict()
            writes them back.
    """

    lines: list[InvoiceLine] = field(factory=list)
    amount_before_vat_limited: UsdCents | None = None
    amount_before_vat_unlimited: UsdCents | None = None
    amount_before_vat_limited_and_unlimited: UsdCents | None = None
    amount_before_vat: int = 0
    vat_cost: int = 0
    amount_after_vat: int = 0
    auto_credits_issued: int = 0
    default_credits_issued: int = 0
    total_with_corr: UsdCents | None = None
    prepaid_credits: UsdCents | None = None
    prepaid_credits_used: UsdCents | None = None
    additional_properties: Mapping[str, Any] = field(default=NO_EXTRAS, repr=False)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> CoreInvoice:
        """Read a CoreInvoice from proto3 JSON (a dict as json.loads gives it): an absent or null field
        gets its default, a member this client does not know goes to additional_properties.

        Raises:
            WireFormatError: (also a TypeError and a ValueError) a value of the wrong JSON type, or one its
                field cannot hold; the message names the field. int64 and int32 values must be integral
                and in range; timestamps need their RFC 3339 offset (see the README's Models section).
        """
        try:
            return _read_core_invoice(src)
        except WireFormatError:
            raise
        except (TypeError, ValueError, KeyError, AttributeError, IndexError, RecursionError) as exc:
            raise not_a_message(src, "CoreInvoice", exc) from exc

    def to_dict(self) -> dict[str, Any]:
        """This CoreInvoice as proto3 JSON: int64 values as strings, fields that are not set left out."""
        return _write_core_invoice(self)

    # pickle and copy.deepcopy: a MappingProxyType (additional_properties) cannot be pickled as it is.
    __getstate__ = message_state
    __setstate__ = set_message_state


_CORE_INVOICE_MEMBERS: frozenset[str] = frozenset(
    (
        "lines",
        "amountBeforeVatLimited",
        "amountBeforeVatUnlimited",
        "amountBeforeVatLimitedAndUnlimited",
        "amountBeforeVat",
        "vatCost",
        "amountAfterVat",
        "autoCreditsIssued",
        "defaultCreditsIssued",
        "totalWithCorr",
        "prepaidCredits",
        "prepaidCreditsUsed",
    )
)
_CORE_INVOICE_FIELDS = itemgetter(
    "lines",
    "amountBeforeVat",
    "vatCost",
    "amountAfterVat",
    "autoCreditsIssued",
    "defaultCreditsIssued",
)


def _read_core_invoice(src: Mapping[str, Any]) -> CoreInvoice:
    whole = len(src) == 6
    if whole:  # as the API writes messages: every field without presence, and no other member
        try:
            lines, amount_before_vat, vat_cost, amount_after_vat, auto_credits_issued, default_credits_issued = (
                _CORE_INVOICE_FIELDS(src)
            )
        except KeyError:  # one left out, an unknown one in its place
            whole = False
    if not whole:  # some left out at their defaults, as proto3 JSON allows: read as null, as the default
        lines = src.get("lines")
        amount_before_vat = src.get("amountBeforeVat")
        vat_cost = src.get("vatCost")
        amount_after_vat = src.get("amountAfterVat")
        auto_credits_issued = src.get("autoCreditsIssued")
        default_credits_issued = src.get("defaultCreditsIssued")
    self = new(CoreInvoice)
    self.lines = read_messages(_read_invoice_line, lines, "CoreInvoice.lines")
    v = src.get("amountBeforeVatLimited")
    self.amount_before_vat_limited = (
        None
        if v is None
        else _read_usd_cents(v)
        if v.__class__ is dict
        else bad(v, "an object", "CoreInvoice.amountBeforeVatLimited")
    )
    v = src.get("amountBeforeVatUnlimited")
    self.amount_before_vat_unlimited = (
        None
        if v is None
        else _read_usd_cents(v)
        if v.__class__ is dict
        else bad(v, "an object", "CoreInvoice.amountBeforeVatUnlimited")
    )
    v = src.get("amountBeforeVatLimitedAndUnlimited")
    self.amount_before_vat_limited_and_unlimited = (
        None
        if v is None
        else _read_usd_cents(v)
        if v.__class__ is dict
        else bad(v, "an object", "CoreInvoice.amountBeforeVatLimitedAndUnlimited")
    )
    try:
        self.amount_before_vat = (
            n
            if amount_before_vat.__class__ is str
            and len(amount_before_vat) < 19
            and str(n := int(amount_before_vat)) == amount_before_vat
            else amount_before_vat
            if amount_before_vat.__class__ is int and -9223372036854775808 <= amount_before_vat <= 9223372036854775807
            else read_int64(amount_before_vat, "CoreInvoice.amountBeforeVat")
        )
    except WireFormatError:
        raise
    except ValueError:  # from int(): not decimal digits alone
        self.amount_before_vat = read_int64(amount_before_vat, "CoreInvoice.amountBeforeVat")
    try:
        self.vat_cost = (
            n
            if vat_cost.__class__ is str and len(vat_cost) < 19 and str(n := int(vat_cost)) == vat_cost
            else vat_cost
            if vat_cost.__class__ is int and -9223372036854775808 <= vat_cost <= 9223372036854775807
            else read_int64(vat_cost, "CoreInvoice.vatCost")
        )
    except WireFormatError:
        raise
    except ValueError:  # from int(): not decimal digits alone
        self.vat_cost = read_int64(vat_cost, "CoreInvoice.vatCost")
    try:
        self.amount_after_vat = (
            n
            if amount_after_vat.__class__ is str
            and len(amount_after_vat) < 19
            and str(n := int(amount_after_vat)) == amount_after_vat
            else amount_after_vat
            if amount_after_vat.__class__ is int and -9223372036854775808 <= amount_after_vat <= 9223372036854775807
            else read_int64(amount_after_vat, "CoreInvoice.amountAfterVat")
        )
    except WireFormatError:
        raise
    except ValueError:  # from int(): not decimal digits alone
        self.amount_after_vat = read_int64(amount_after_vat, "CoreInvoice.amountAfterVat")
    try:
        self.auto_credits_issued = (
            n
            if auto_credits_issued.__class__ is str
            and len(auto_credits_issued) < 19
            and str(n := int(auto_credits_issued)) == auto_credits_issued
            else auto_credits_issued
            if auto_credits_issued.__class__ is int
            and -9223372036854775808 <= auto_credits_issued <= 9223372036854775807
            else read_int64(auto_credits_issued, "CoreInvoice.autoCreditsIssued")
        )
    except WireFormatError:
        raise
    except ValueError:  # from int(): not decimal digits alone
        self.auto_credits_issued = read_int64(auto_credits_issued, "CoreInvoice.autoCreditsIssued")
    try:
        self.default_credits_issued = (
            n
            if default_credits_issued.__class__ is str
            and len(default_credits_issued) < 19
            and str(n := int(default_credits_issued)) == default_credits_issued
            else default_credits_issued
            if default_credits_issued.__class__ is int
            and -9223372036854775808 <= default_credits_issued <= 9223372036854775807
            else read_int64(default_credits_issued, "CoreInvoice.defaultCreditsIssued")
        )
    except WireFormatError:
        raise
    except ValueError:  # from int(): not decimal digits alone
        self.default_credits_issued = read_int64(default_credits_issued, "CoreInvoice.defaultCreditsIssued")
    v = src.get("totalWithCorr")
    self.total_with_corr = (
        None
        if v is None
        else _read_usd_cents(v)
        if v.__class__ is dict
        else bad(v, "an object", "CoreInvoice.totalWithCorr")
    )
    v = src.get("prepaidCredits")
    self.prepaid_credits = (
        None
        if v is None
        else _read_usd_cents(v)
        if v.__class__ is dict
        else bad(v, "an object", "CoreInvoice.prepaidCredits")
    )
    v = src.get("prepaidCreditsUsed")
    self.prepaid_credits_used = (
        None
        if v is None
        else _read_usd_cents(v)
        if v.__class__ is dict
        else bad(v, "an object", "CoreInvoice.prepaidCreditsUsed")
    )
    self.additional_properties = (
        NO_EXTRAS if whole or _CORE_INVOICE_MEMBERS.issuperset(src) else extras(src, _CORE_INVOICE_MEMBERS)
    )
    return self


def _write_core_invoice(self: CoreInvoice) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["lines"] = [_write_invoice_line(item) for item in self.lines]
    if self.amount_before_vat_limited is not None:
        d["amountBeforeVatLimited"] = _write_usd_cents(self.amount_before_vat_limited)
    if self.amount_before_vat_unlimited is not None:
        d["amountBeforeVatUnlimited"] = _write_usd_cents(self.amount_before_vat_unlimited)
    if self.amount_before_vat_limited_and_unlimited is not None:
        d["amountBeforeVatLimitedAndUnlimited"] = _write_usd_cents(self.amount_before_vat_limited_and_unlimited)
    d["amountBeforeVat"] = str(self.amount_before_vat)
    d["vatCost"] = str(self.vat_cost)
    d["amountAfterVat"] = str(self.amount_after_vat)
    d["autoCreditsIssued"] = str(self.auto_credits_issued)
    d["defaultCreditsIssued"] = str(self.default_credits_issued)
    if self.total_with_corr is not None:
        d["totalWithCorr"] = _write_usd_cents(self.total_with_corr)
    if self.prepaid_credits is not None:
        d["prepaidCredits"] = _write_usd_cents(self.prepaid_credits)
    if self.prepaid_credits_used is not None:
        d["prepaidCreditsUsed"] = _write_usd_cents(self.prepaid_credits_used)
    if self.additional_properties:
        d.update(self.additional_properties)
    return d
