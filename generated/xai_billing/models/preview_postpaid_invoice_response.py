# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, null_as_unset

if TYPE_CHECKING:
    from ..models.billing_cycle import BillingCycle
    from ..models.core_invoice import CoreInvoice


T = TypeVar("T", bound="PreviewPostpaidInvoiceResponse")


@_attrs_define
class PreviewPostpaidInvoiceResponse:
    """
    Attributes:
        core_invoice (CoreInvoice | Unset): The postpaid invoice of the current billing cycle so far.
        effective_spending_limit (str | Unset): The effective current spending limit in USD cents, as an int64 string.
        default_credits (str | Unset): The current default credits in USD cents, as an int64 string.
        billing_cycle (BillingCycle | Unset): A monthly billing cycle.
    """

    core_invoice: CoreInvoice | Unset = UNSET
    effective_spending_limit: str | Unset = UNSET
    default_credits: str | Unset = UNSET
    billing_cycle: BillingCycle | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        core_invoice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.core_invoice, Unset):
            core_invoice = self.core_invoice.to_dict()

        effective_spending_limit = self.effective_spending_limit

        default_credits = self.default_credits

        billing_cycle: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_cycle, Unset):
            billing_cycle = self.billing_cycle.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if core_invoice is not UNSET:
            field_dict["coreInvoice"] = core_invoice
        if effective_spending_limit is not UNSET:
            field_dict["effectiveSpendingLimit"] = effective_spending_limit
        if default_credits is not UNSET:
            field_dict["defaultCredits"] = default_credits
        if billing_cycle is not UNSET:
            field_dict["billingCycle"] = billing_cycle

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.billing_cycle import BillingCycle  # noqa: PLC0415
        from ..models.core_invoice import CoreInvoice  # noqa: PLC0415

        d = dict(src_dict)
        _core_invoice = null_as_unset(d.pop("coreInvoice", UNSET))
        core_invoice: CoreInvoice | Unset
        if isinstance(_core_invoice, Unset):
            core_invoice = UNSET
        else:
            core_invoice = CoreInvoice.from_dict(_core_invoice)

        effective_spending_limit = null_as_unset(d.pop("effectiveSpendingLimit", UNSET))

        default_credits = null_as_unset(d.pop("defaultCredits", UNSET))

        _billing_cycle = null_as_unset(d.pop("billingCycle", UNSET))
        billing_cycle: BillingCycle | Unset
        if isinstance(_billing_cycle, Unset):
            billing_cycle = UNSET
        else:
            billing_cycle = BillingCycle.from_dict(_billing_cycle)

        preview_postpaid_invoice_response = cls(
            core_invoice=core_invoice,
            effective_spending_limit=effective_spending_limit,
            default_credits=default_credits,
            billing_cycle=billing_cycle,
        )

        preview_postpaid_invoice_response.additional_properties = d
        return preview_postpaid_invoice_response

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
