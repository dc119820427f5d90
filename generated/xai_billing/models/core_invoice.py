# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, null_as_unset

if TYPE_CHECKING:
    from ..models.invoice_line import InvoiceLine
    from ..models.usd_cents import UsdCents


T = TypeVar("T", bound="CoreInvoice")


@_attrs_define
class CoreInvoice:
    """The postpaid invoice of the current billing cycle so far.

    Attributes:
        lines (list[InvoiceLine] | Unset): The lines of the invoice.
        amount_before_vat_limited (UsdCents | Unset): Representation of USD cents.
        amount_before_vat_unlimited (UsdCents | Unset): Representation of USD cents.
        amount_before_vat_limited_and_unlimited (UsdCents | Unset): Representation of USD cents.
        amount_before_vat (str | Unset): Amount before VAT in USD cents, as an int64 string.
        vat_cost (str | Unset): VAT in USD cents, as an int64 string.
        amount_after_vat (str | Unset): Amount after VAT in USD cents, as an int64 string.
        auto_credits_issued (str | Unset): Automatic credits issued in USD cents, as an int64 string.
        default_credits_issued (str | Unset): Default credits issued in USD cents, as an int64 string.
        total_with_corr (UsdCents | Unset): Representation of USD cents.
        prepaid_credits (UsdCents | Unset): Representation of USD cents.
        prepaid_credits_used (UsdCents | Unset): Representation of USD cents.
    """

    lines: list[InvoiceLine] | Unset = UNSET
    amount_before_vat_limited: UsdCents | Unset = UNSET
    amount_before_vat_unlimited: UsdCents | Unset = UNSET
    amount_before_vat_limited_and_unlimited: UsdCents | Unset = UNSET
    amount_before_vat: str | Unset = UNSET
    vat_cost: str | Unset = UNSET
    amount_after_vat: str | Unset = UNSET
    auto_credits_issued: str | Unset = UNSET
    default_credits_issued: str | Unset = UNSET
    total_with_corr: UsdCents | Unset = UNSET
    prepaid_credits: UsdCents | Unset = UNSET
    prepaid_credits_used: UsdCents | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lines, Unset):
            lines = []
            for lines_item_data in self.lines:
                lines_item = lines_item_data.to_dict()
                lines.append(lines_item)

        amount_before_vat_limited: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount_before_vat_limited, Unset):
            amount_before_vat_limited = self.amount_before_vat_limited.to_dict()

        amount_before_vat_unlimited: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount_before_vat_unlimited, Unset):
            amount_before_vat_unlimited = self.amount_before_vat_unlimited.to_dict()

        amount_before_vat_limited_and_unlimited: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount_before_vat_limited_and_unlimited, Unset):
            amount_before_vat_limited_and_unlimited = self.amount_before_vat_limited_and_unlimited.to_dict()

        amount_before_vat = self.amount_before_vat

        vat_cost = self.vat_cost

        amount_after_vat = self.amount_after_vat

        auto_credits_issued = self.auto_credits_issued

        default_credits_issued = self.default_credits_issued

        total_with_corr: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_with_corr, Unset):
            total_with_corr = self.total_with_corr.to_dict()

        prepaid_credits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prepaid_credits, Unset):
            prepaid_credits = self.prepaid_credits.to_dict()

        prepaid_credits_used: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prepaid_credits_used, Unset):
            prepaid_credits_used = self.prepaid_credits_used.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if lines is not UNSET:
            field_dict["lines"] = lines
        if amount_before_vat_limited is not UNSET:
            field_dict["amountBeforeVatLimited"] = amount_before_vat_limited
        if amount_before_vat_unlimited is not UNSET:
            field_dict["amountBeforeVatUnlimited"] = amount_before_vat_unlimited
        if amount_before_vat_limited_and_unlimited is not UNSET:
            field_dict["amountBeforeVatLimitedAndUnlimited"] = amount_before_vat_limited_and_unlimited
        if amount_before_vat is not UNSET:
            field_dict["amountBeforeVat"] = amount_before_vat
        if vat_cost is not UNSET:
            field_dict["vatCost"] = vat_cost
        if amount_after_vat is not UNSET:
            field_dict["amountAfterVat"] = amount_after_vat
        if auto_credits_issued is not UNSET:
            field_dict["autoCreditsIssued"] = auto_credits_issued
        if default_credits_issued is not UNSET:
            field_dict["defaultCreditsIssued"] = default_credits_issued
        if total_with_corr is not UNSET:
            field_dict["totalWithCorr"] = total_with_corr
        if prepaid_credits is not UNSET:
            field_dict["prepaidCredits"] = prepaid_credits
        if prepaid_credits_used is not UNSET:
            field_dict["prepaidCreditsUsed"] = prepaid_credits_used

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invoice_line import InvoiceLine  # noqa: PLC0415
        from ..models.usd_cents import UsdCents  # noqa: PLC0415

        d = dict(src_dict)
        _lines = null_as_unset(d.pop("lines", UNSET))
        lines: list[InvoiceLine] | Unset = UNSET
        if _lines is not UNSET:
            lines = []
            for lines_item_data in _lines:
                lines_item = InvoiceLine.from_dict(lines_item_data)

                lines.append(lines_item)

        _amount_before_vat_limited = null_as_unset(d.pop("amountBeforeVatLimited", UNSET))
        amount_before_vat_limited: UsdCents | Unset
        if isinstance(_amount_before_vat_limited, Unset):
            amount_before_vat_limited = UNSET
        else:
            amount_before_vat_limited = UsdCents.from_dict(_amount_before_vat_limited)

        _amount_before_vat_unlimited = null_as_unset(d.pop("amountBeforeVatUnlimited", UNSET))
        amount_before_vat_unlimited: UsdCents | Unset
        if isinstance(_amount_before_vat_unlimited, Unset):
            amount_before_vat_unlimited = UNSET
        else:
            amount_before_vat_unlimited = UsdCents.from_dict(_amount_before_vat_unlimited)

        _amount_before_vat_limited_and_unlimited = null_as_unset(d.pop("amountBeforeVatLimitedAndUnlimited", UNSET))
        amount_before_vat_limited_and_unlimited: UsdCents | Unset
        if isinstance(_amount_before_vat_limited_and_unlimited, Unset):
            amount_before_vat_limited_and_unlimited = UNSET
        else:
            amount_before_vat_limited_and_unlimited = UsdCents.from_dict(_amount_before_vat_limited_and_unlimited)

        amount_before_vat = null_as_unset(d.pop("amountBeforeVat", UNSET))

        vat_cost = null_as_unset(d.pop("vatCost", UNSET))

        amount_after_vat = null_as_unset(d.pop("amountAfterVat", UNSET))

        auto_credits_issued = null_as_unset(d.pop("autoCreditsIssued", UNSET))

        default_credits_issued = null_as_unset(d.pop("defaultCreditsIssued", UNSET))

        _total_with_corr = null_as_unset(d.pop("totalWithCorr", UNSET))
        total_with_corr: UsdCents | Unset
        if isinstance(_total_with_corr, Unset):
            total_with_corr = UNSET
        else:
            total_with_corr = UsdCents.from_dict(_total_with_corr)

        _prepaid_credits = null_as_unset(d.pop("prepaidCredits", UNSET))
        prepaid_credits: UsdCents | Unset
        if isinstance(_prepaid_credits, Unset):
            prepaid_credits = UNSET
        else:
            prepaid_credits = UsdCents.from_dict(_prepaid_credits)

        _prepaid_credits_used = null_as_unset(d.pop("prepaidCreditsUsed", UNSET))
        prepaid_credits_used: UsdCents | Unset
        if isinstance(_prepaid_credits_used, Unset):
            prepaid_credits_used = UNSET
        else:
            prepaid_credits_used = UsdCents.from_dict(_prepaid_credits_used)

        core_invoice = cls(
            lines=lines,
            amount_before_vat_limited=amount_before_vat_limited,
            amount_before_vat_unlimited=amount_before_vat_unlimited,
            amount_before_vat_limited_and_unlimited=amount_before_vat_limited_and_unlimited,
            amount_before_vat=amount_before_vat,
            vat_cost=vat_cost,
            amount_after_vat=amount_after_vat,
            auto_credits_issued=auto_credits_issued,
            default_credits_issued=default_credits_issued,
            total_with_corr=total_with_corr,
            prepaid_credits=prepaid_credits,
            prepaid_credits_used=prepaid_credits_used,
        )

        core_invoice.additional_properties = d
        return core_invoice

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
