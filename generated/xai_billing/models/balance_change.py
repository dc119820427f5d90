# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.change_origin import ChangeOrigin
from ..models.topup_status import TopupStatus
from ..types import UNSET, Unset, format_timestamp, null_as_unset

if TYPE_CHECKING:
    from ..models.payment_processor import PaymentProcessor
    from ..models.usd_cents import UsdCents


T = TypeVar("T", bound="BalanceChange")


@_attrs_define
class BalanceChange:
    """A change of the prepaid credit balance.

    Attributes:
        team_id (str | Unset): The team whose balance changed.
        change_origin (ChangeOrigin | Unset): What caused a change of the prepaid balance:
            - `INVALID_ORIGIN`: unset.
            - `PURCHASE`: a top-up (negative amount).
            - `SPEND`: usage consumed credit (positive amount).
            - `REFUND`: a refund (negative amount).
            - `MANUAL`: a manual change by xAI (either sign).
            - `AUTO_PURCHASE`: an automatic top-up (negative amount).
        topup_status (TopupStatus | Unset): Progress of a top-up:
            - `INVALID_STATUS`: unset (changes that are not top-ups).
            - `TO_GENERATE_INVOICE`: the invoice is yet to be generated.
            - `FAILED_TO_GEMNERATE_INVOICE`: generating the invoice failed (the misspelling is the server's own).
            - `TO_CHARGE`: the invoice is yet to be charged.
            - `FAILED_TO_CHARGE`: charging failed.
            - `SUCCEEDED`: the credit was bought.
        amount (UsdCents | Unset): Representation of USD cents.
        invoice_id (str | Unset): ID of the invoice of a top-up.
        invoice_number (str | Unset): Number of the invoice of a top-up.
        create_time (datetime.datetime | None | Unset): When the change was created; `null` on spend rows.
        spend_bp_key_year (int | Unset): Year of the billing period a spend belongs to.
        spend_bp_key_month (int | Unset): Month of the billing period a spend belongs to.
        create_ts (datetime.datetime | Unset): When the change was created.
        payment_processor (PaymentProcessor | Unset): Who processed the payment of a balance change.
    """

    team_id: str | Unset = UNSET
    change_origin: ChangeOrigin | Unset = UNSET
    topup_status: TopupStatus | Unset = UNSET
    amount: UsdCents | Unset = UNSET
    invoice_id: str | Unset = UNSET
    invoice_number: str | Unset = UNSET
    create_time: datetime.datetime | None | Unset = UNSET
    spend_bp_key_year: int | Unset = UNSET
    spend_bp_key_month: int | Unset = UNSET
    create_ts: datetime.datetime | Unset = UNSET
    payment_processor: PaymentProcessor | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        team_id = self.team_id

        change_origin: str | Unset = UNSET
        if not isinstance(self.change_origin, Unset):
            change_origin = self.change_origin.value

        topup_status: str | Unset = UNSET
        if not isinstance(self.topup_status, Unset):
            topup_status = self.topup_status.value

        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        invoice_id = self.invoice_id

        invoice_number = self.invoice_number

        create_time: None | str | Unset
        if isinstance(self.create_time, Unset):
            create_time = UNSET
        elif isinstance(self.create_time, datetime.datetime):
            create_time = format_timestamp(self.create_time)
        else:
            create_time = self.create_time

        spend_bp_key_year = self.spend_bp_key_year

        spend_bp_key_month = self.spend_bp_key_month

        create_ts: str | Unset = UNSET
        if not isinstance(self.create_ts, Unset):
            create_ts = format_timestamp(self.create_ts)

        payment_processor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_processor, Unset):
            payment_processor = self.payment_processor.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if team_id is not UNSET:
            field_dict["teamId"] = team_id
        if change_origin is not UNSET:
            field_dict["changeOrigin"] = change_origin
        if topup_status is not UNSET:
            field_dict["topupStatus"] = topup_status
        if amount is not UNSET:
            field_dict["amount"] = amount
        if invoice_id is not UNSET:
            field_dict["invoiceId"] = invoice_id
        if invoice_number is not UNSET:
            field_dict["invoiceNumber"] = invoice_number
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if spend_bp_key_year is not UNSET:
            field_dict["spendBpKeyYear"] = spend_bp_key_year
        if spend_bp_key_month is not UNSET:
            field_dict["spendBpKeyMonth"] = spend_bp_key_month
        if create_ts is not UNSET:
            field_dict["createTs"] = create_ts
        if payment_processor is not UNSET:
            field_dict["paymentProcessor"] = payment_processor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payment_processor import PaymentProcessor  # noqa: PLC0415
        from ..models.usd_cents import UsdCents  # noqa: PLC0415

        d = dict(src_dict)
        team_id = null_as_unset(d.pop("teamId", UNSET))

        _change_origin = null_as_unset(d.pop("changeOrigin", UNSET))
        change_origin: ChangeOrigin | Unset
        if isinstance(_change_origin, Unset):
            change_origin = UNSET
        else:
            change_origin = ChangeOrigin(_change_origin)

        _topup_status = null_as_unset(d.pop("topupStatus", UNSET))
        topup_status: TopupStatus | Unset
        if isinstance(_topup_status, Unset):
            topup_status = UNSET
        else:
            topup_status = TopupStatus(_topup_status)

        _amount = null_as_unset(d.pop("amount", UNSET))
        amount: UsdCents | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = UsdCents.from_dict(_amount)

        invoice_id = null_as_unset(d.pop("invoiceId", UNSET))

        invoice_number = null_as_unset(d.pop("invoiceNumber", UNSET))

        def _parse_create_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"expected datetime.datetime or null, got {type(data).__name__}")
            create_time_type_0 = datetime.datetime.fromisoformat(data)

            return create_time_type_0

        create_time = _parse_create_time(d.pop("createTime", UNSET))

        spend_bp_key_year = null_as_unset(d.pop("spendBpKeyYear", UNSET))

        spend_bp_key_month = null_as_unset(d.pop("spendBpKeyMonth", UNSET))

        _create_ts = null_as_unset(d.pop("createTs", UNSET))
        create_ts: datetime.datetime | Unset
        if isinstance(_create_ts, Unset):
            create_ts = UNSET
        else:
            create_ts = datetime.datetime.fromisoformat(_create_ts)

        _payment_processor = null_as_unset(d.pop("paymentProcessor", UNSET))
        payment_processor: PaymentProcessor | Unset
        if isinstance(_payment_processor, Unset):
            payment_processor = UNSET
        else:
            payment_processor = PaymentProcessor.from_dict(_payment_processor)

        balance_change = cls(
            team_id=team_id,
            change_origin=change_origin,
            topup_status=topup_status,
            amount=amount,
            invoice_id=invoice_id,
            invoice_number=invoice_number,
            create_time=create_time,
            spend_bp_key_year=spend_bp_key_year,
            spend_bp_key_month=spend_bp_key_month,
            create_ts=create_ts,
            payment_processor=payment_processor,
        )

        balance_change.additional_properties = d
        return balance_change

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
