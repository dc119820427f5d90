# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, format_timestamp, null_as_unset

if TYPE_CHECKING:
    from ..models.billing_info import BillingInfo
    from ..models.card_details import CardDetails
    from ..models.link_details import LinkDetails
    from ..models.us_bank_account_details import UsBankAccountDetails


T = TypeVar("T", bound="PaymentMethod")


@_attrs_define
class PaymentMethod:
    """A payment method on file. At most one of the detail objects is set; the others may be `null`.

    Attributes:
        payment_method_id (str | Unset): ID of the payment method.
        billing_info (BillingInfo | Unset): Billing information of a team or of a payment method.
        card_details (CardDetails | None | Unset): Set when the payment method is a card.
        us_bank_account_details (None | Unset | UsBankAccountDetails): Set when the payment method is a US bank account.
        link_details (LinkDetails | None | Unset): Set when the payment method is a Link account.
        payment_type (str | Unset): Kind of payment method, for example `card`.
        added_ts (datetime.datetime | Unset): When the payment method was added.
    """

    payment_method_id: str | Unset = UNSET
    billing_info: BillingInfo | Unset = UNSET
    card_details: CardDetails | None | Unset = UNSET
    us_bank_account_details: None | Unset | UsBankAccountDetails = UNSET
    link_details: LinkDetails | None | Unset = UNSET
    payment_type: str | Unset = UNSET
    added_ts: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.card_details import CardDetails  # noqa: PLC0415
        from ..models.link_details import LinkDetails  # noqa: PLC0415
        from ..models.us_bank_account_details import UsBankAccountDetails  # noqa: PLC0415

        payment_method_id = self.payment_method_id

        billing_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_info, Unset):
            billing_info = self.billing_info.to_dict()

        card_details: dict[str, Any] | None | Unset
        if isinstance(self.card_details, Unset):
            card_details = UNSET
        elif isinstance(self.card_details, CardDetails):
            card_details = self.card_details.to_dict()
        else:
            card_details = self.card_details

        us_bank_account_details: dict[str, Any] | None | Unset
        if isinstance(self.us_bank_account_details, Unset):
            us_bank_account_details = UNSET
        elif isinstance(self.us_bank_account_details, UsBankAccountDetails):
            us_bank_account_details = self.us_bank_account_details.to_dict()
        else:
            us_bank_account_details = self.us_bank_account_details

        link_details: dict[str, Any] | None | Unset
        if isinstance(self.link_details, Unset):
            link_details = UNSET
        elif isinstance(self.link_details, LinkDetails):
            link_details = self.link_details.to_dict()
        else:
            link_details = self.link_details

        payment_type = self.payment_type

        added_ts: str | Unset = UNSET
        if not isinstance(self.added_ts, Unset):
            added_ts = format_timestamp(self.added_ts)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment_method_id is not UNSET:
            field_dict["paymentMethodId"] = payment_method_id
        if billing_info is not UNSET:
            field_dict["billingInfo"] = billing_info
        if card_details is not UNSET:
            field_dict["cardDetails"] = card_details
        if us_bank_account_details is not UNSET:
            field_dict["usBankAccountDetails"] = us_bank_account_details
        if link_details is not UNSET:
            field_dict["linkDetails"] = link_details
        if payment_type is not UNSET:
            field_dict["paymentType"] = payment_type
        if added_ts is not UNSET:
            field_dict["addedTs"] = added_ts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.billing_info import BillingInfo  # noqa: PLC0415
        from ..models.card_details import CardDetails  # noqa: PLC0415
        from ..models.link_details import LinkDetails  # noqa: PLC0415
        from ..models.us_bank_account_details import UsBankAccountDetails  # noqa: PLC0415

        d = dict(src_dict)
        payment_method_id = null_as_unset(d.pop("paymentMethodId", UNSET))

        _billing_info = null_as_unset(d.pop("billingInfo", UNSET))
        billing_info: BillingInfo | Unset
        if isinstance(_billing_info, Unset):
            billing_info = UNSET
        else:
            billing_info = BillingInfo.from_dict(_billing_info)

        def _parse_card_details(data: object) -> CardDetails | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"expected CardDetails or null, got {type(data).__name__}")
            card_details_type_0 = CardDetails.from_dict(data)

            return card_details_type_0

        card_details = _parse_card_details(d.pop("cardDetails", UNSET))

        def _parse_us_bank_account_details(data: object) -> None | Unset | UsBankAccountDetails:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"expected UsBankAccountDetails or null, got {type(data).__name__}")
            us_bank_account_details_type_0 = UsBankAccountDetails.from_dict(data)

            return us_bank_account_details_type_0

        us_bank_account_details = _parse_us_bank_account_details(d.pop("usBankAccountDetails", UNSET))

        def _parse_link_details(data: object) -> LinkDetails | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"expected LinkDetails or null, got {type(data).__name__}")
            link_details_type_0 = LinkDetails.from_dict(data)

            return link_details_type_0

        link_details = _parse_link_details(d.pop("linkDetails", UNSET))

        payment_type = null_as_unset(d.pop("paymentType", UNSET))

        _added_ts = null_as_unset(d.pop("addedTs", UNSET))
        added_ts: datetime.datetime | Unset
        if isinstance(_added_ts, Unset):
            added_ts = UNSET
        else:
            added_ts = datetime.datetime.fromisoformat(_added_ts)

        payment_method = cls(
            payment_method_id=payment_method_id,
            billing_info=billing_info,
            card_details=card_details,
            us_bank_account_details=us_bank_account_details,
            link_details=link_details,
            payment_type=payment_type,
            added_ts=added_ts,
        )

        payment_method.additional_properties = d
        return payment_method

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
