# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, null_as_unset

if TYPE_CHECKING:
    from ..models.billing_cycle import BillingCycle
    from ..models.usd_cents import UsdCents


T = TypeVar("T", bound="MonthlyInvoice")


@_attrs_define
class MonthlyInvoice:
    """Details of a monthly (postpaid) invoice.

    Attributes:
        billing_cycle (BillingCycle | Unset): A monthly billing cycle.
        default_credits_issued (UsdCents | Unset): Representation of USD cents.
        auto_credits_issued (UsdCents | Unset): Representation of USD cents.
        prepaid_tokens_to_spend (UsdCents | Unset): Representation of USD cents.
        billing_items_csv_asset_key_suffix (str | Unset): Key suffix of the billing items CSV (zstd-compressed) of the
            cycle.
        corrections_csv_asset_key_suffix (str | Unset): Key suffix of the corrections CSV (zstd-compressed) of the
            cycle.
    """

    billing_cycle: BillingCycle | Unset = UNSET
    default_credits_issued: UsdCents | Unset = UNSET
    auto_credits_issued: UsdCents | Unset = UNSET
    prepaid_tokens_to_spend: UsdCents | Unset = UNSET
    billing_items_csv_asset_key_suffix: str | Unset = UNSET
    corrections_csv_asset_key_suffix: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        billing_cycle: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_cycle, Unset):
            billing_cycle = self.billing_cycle.to_dict()

        default_credits_issued: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_credits_issued, Unset):
            default_credits_issued = self.default_credits_issued.to_dict()

        auto_credits_issued: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auto_credits_issued, Unset):
            auto_credits_issued = self.auto_credits_issued.to_dict()

        prepaid_tokens_to_spend: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prepaid_tokens_to_spend, Unset):
            prepaid_tokens_to_spend = self.prepaid_tokens_to_spend.to_dict()

        billing_items_csv_asset_key_suffix = self.billing_items_csv_asset_key_suffix

        corrections_csv_asset_key_suffix = self.corrections_csv_asset_key_suffix

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if billing_cycle is not UNSET:
            field_dict["billingCycle"] = billing_cycle
        if default_credits_issued is not UNSET:
            field_dict["defaultCreditsIssued"] = default_credits_issued
        if auto_credits_issued is not UNSET:
            field_dict["autoCreditsIssued"] = auto_credits_issued
        if prepaid_tokens_to_spend is not UNSET:
            field_dict["prepaidTokensToSpend"] = prepaid_tokens_to_spend
        if billing_items_csv_asset_key_suffix is not UNSET:
            field_dict["billingItemsCsvAssetKeySuffix"] = billing_items_csv_asset_key_suffix
        if corrections_csv_asset_key_suffix is not UNSET:
            field_dict["correctionsCsvAssetKeySuffix"] = corrections_csv_asset_key_suffix

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.billing_cycle import BillingCycle  # noqa: PLC0415
        from ..models.usd_cents import UsdCents  # noqa: PLC0415

        d = dict(src_dict)
        _billing_cycle = null_as_unset(d.pop("billingCycle", UNSET))
        billing_cycle: BillingCycle | Unset
        if isinstance(_billing_cycle, Unset):
            billing_cycle = UNSET
        else:
            billing_cycle = BillingCycle.from_dict(_billing_cycle)

        _default_credits_issued = null_as_unset(d.pop("defaultCreditsIssued", UNSET))
        default_credits_issued: UsdCents | Unset
        if isinstance(_default_credits_issued, Unset):
            default_credits_issued = UNSET
        else:
            default_credits_issued = UsdCents.from_dict(_default_credits_issued)

        _auto_credits_issued = null_as_unset(d.pop("autoCreditsIssued", UNSET))
        auto_credits_issued: UsdCents | Unset
        if isinstance(_auto_credits_issued, Unset):
            auto_credits_issued = UNSET
        else:
            auto_credits_issued = UsdCents.from_dict(_auto_credits_issued)

        _prepaid_tokens_to_spend = null_as_unset(d.pop("prepaidTokensToSpend", UNSET))
        prepaid_tokens_to_spend: UsdCents | Unset
        if isinstance(_prepaid_tokens_to_spend, Unset):
            prepaid_tokens_to_spend = UNSET
        else:
            prepaid_tokens_to_spend = UsdCents.from_dict(_prepaid_tokens_to_spend)

        billing_items_csv_asset_key_suffix = null_as_unset(d.pop("billingItemsCsvAssetKeySuffix", UNSET))

        corrections_csv_asset_key_suffix = null_as_unset(d.pop("correctionsCsvAssetKeySuffix", UNSET))

        monthly_invoice = cls(
            billing_cycle=billing_cycle,
            default_credits_issued=default_credits_issued,
            auto_credits_issued=auto_credits_issued,
            prepaid_tokens_to_spend=prepaid_tokens_to_spend,
            billing_items_csv_asset_key_suffix=billing_items_csv_asset_key_suffix,
            corrections_csv_asset_key_suffix=corrections_csv_asset_key_suffix,
        )

        monthly_invoice.additional_properties = d
        return monthly_invoice

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
