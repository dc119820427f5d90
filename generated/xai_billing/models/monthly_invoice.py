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
from .billing_cycle import BillingCycle, _read_billing_cycle, _write_billing_cycle
from .usd_cents import UsdCents, _read_usd_cents, _write_usd_cents


@define(kw_only=True)
class MonthlyInvoice:
    """Details of a monthly (postpaid) invoice.

    Attributes:
        billing_cycle: The billing cycle the invoice covers.
        default_credits_issued: Default (free) credits issued for the cycle.
        auto_credits_issued: Automatic credits issued for the cycle.
        prepaid_tokens_to_spend: Prepaid credit spent on the cycle's usage.
        billing_items_csv_asset_key_suffix: Key suffix of the billing items CSV (zstd-compressed) of the cycle.
        corrections_csv_asset_key_suffix: Key suffix of the corrections CSV (zstd-compressed) of the cycle.
        additional_properties: Members the server sent that this client does not know; to_dict()
            writes them back.
    """

    billing_cycle: BillingCycle | None = None
    default_credits_issued: UsdCents | None = None
    auto_credits_issued: UsdCents | None = None
    prepaid_tokens_to_spend: UsdCents | None = None
    billing_items_csv_asset_key_suffix: str | None = None
    corrections_csv_asset_key_suffix: str | None = None
    additional_properties: Mapping[str, Any] = field(default=NO_EXTRAS, repr=False)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> MonthlyInvoice:
        """Read a MonthlyInvoice from proto3 JSON (a dict as json.loads gives it): an absent or null field
        gets its default, a member this client does not know goes to additional_properties.

        Raises:
            WireFormatError: (also a TypeError and a ValueError) a value of the wrong JSON type, or one its
                field cannot hold; the message names the field. int64 and int32 values must be integral
                and in range; timestamps need their RFC 3339 offset (see the README's Models section).
        """
        try:
            return _read_monthly_invoice(src)
        except WireFormatError:
            raise
        except (TypeError, ValueError, KeyError, AttributeError, IndexError, RecursionError) as exc:
            raise not_a_message(src, "MonthlyInvoice", exc) from exc

    def to_dict(self) -> dict[str, Any]:
        """This MonthlyInvoice as proto3 JSON: int64 values as strings, fields that are not set left out."""
        return _write_monthly_invoice(self)

    # pickle and copy.deepcopy: a MappingProxyType (additional_properties) cannot be pickled as it is.
    __getstate__ = message_state
    __setstate__ = set_message_state


_MONTHLY_INVOICE_MEMBERS: frozenset[str] = frozenset(
    (
        "billingCycle",
        "defaultCreditsIssued",
        "autoCreditsIssued",
        "prepaidTokensToSpend",
        "billingItemsCsvAssetKeySuffix",
        "correctionsCsvAssetKeySuffix",
    )
)


def _read_monthly_invoice(src: Mapping[str, Any]) -> MonthlyInvoice:
    whole = False
    self = new(MonthlyInvoice)
    v = src.get("billingCycle")
    self.billing_cycle = (
        None
        if v is None
        else _read_billing_cycle(v)
        if v.__class__ is dict
        else bad(v, "an object", "MonthlyInvoice.billingCycle")
    )
    v = src.get("defaultCreditsIssued")
    self.default_credits_issued = (
        None
        if v is None
        else _read_usd_cents(v)
        if v.__class__ is dict
        else bad(v, "an object", "MonthlyInvoice.defaultCreditsIssued")
    )
    v = src.get("autoCreditsIssued")
    self.auto_credits_issued = (
        None
        if v is None
        else _read_usd_cents(v)
        if v.__class__ is dict
        else bad(v, "an object", "MonthlyInvoice.autoCreditsIssued")
    )
    v = src.get("prepaidTokensToSpend")
    self.prepaid_tokens_to_spend = (
        None
        if v is None
        else _read_usd_cents(v)
        if v.__class__ is dict
        else bad(v, "an object", "MonthlyInvoice.prepaidTokensToSpend")
    )
    v = src.get("billingItemsCsvAssetKeySuffix")
    self.billing_items_csv_asset_key_suffix = (
        v if v is None or v.__class__ is str else bad(v, "a string", "MonthlyInvoice.billingItemsCsvAssetKeySuffix")
    )
    v = src.get("correctionsCsvAssetKeySuffix")
    self.corrections_csv_asset_key_suffix = (
        v if v is None or v.__class__ is str else bad(v, "a string", "MonthlyInvoice.correctionsCsvAssetKeySuffix")
    )
    self.additional_properties = (
        NO_EXTRAS if whole or _MONTHLY_INVOICE_MEMBERS.issuperset(src) else extras(src, _MONTHLY_INVOICE_MEMBERS)
    )
    return self


def _write_monthly_invoice(self: MonthlyInvoice) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if self.billing_cycle is not None:
        d["billingCycle"] = _write_billing_cycle(self.billing_cycle)
    if self.default_credits_issued is not None:
        d["defaultCreditsIssued"] = _write_usd_cents(self.default_credits_issued)
    if self.auto_credits_issued is not None:
        d["autoCreditsIssued"] = _write_usd_cents(self.auto_credits_issued)
    if self.prepaid_tokens_to_spend is not None:
        d["prepaidTokensToSpend"] = _write_usd_cents(self.prepaid_tokens_to_spend)
    if self.billing_items_csv_asset_key_suffix is not None:
        d["billingItemsCsvAssetKeySuffix"] = self.billing_items_csv_asset_key_suffix
    if self.corrections_csv_asset_key_suffix is not None:
        d["correctionsCsvAssetKeySuffix"] = self.corrections_csv_asset_key_suffix
    if self.additional_properties:
        d.update(self.additional_properties)
    return d
