# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_status import InvoiceStatus
from ..types import UNSET, Unset, format_timestamp, null_as_unset

if TYPE_CHECKING:
    from ..models.charger_attempt import ChargerAttempt
    from ..models.invoice_line import InvoiceLine
    from ..models.monthly_invoice import MonthlyInvoice
    from ..models.prepaid_invoice import PrepaidInvoice
    from ..models.subscriptions_invoice import SubscriptionsInvoice


T = TypeVar("T", bound="Invoice")


@_attrs_define
class Invoice:
    """An invoice of a team. At most one of `monthly`, `prepaid` and `subscriptions` is set.

    Attributes:
        team_id (str | Unset): The team invoiced.
        invoice_id (str | Unset): ID of the invoice.
        invoice_number (str | Unset): Human-readable invoice number.
        create_time (datetime.datetime | Unset): When the invoice was created.
        invoice_status (InvoiceStatus | Unset): Status of an invoice:
            - `INVALID`: unset.
            - `PENDING`: not paid yet.
            - `PAID`: paid.
            - `WILL_NEVER_BE_CHARGED`: will never be charged (for example, fully covered by credits).
            - `FAILED`: charging failed.
        first_desired_next_cycle_ts (datetime.datetime | Unset): When the next charge attempt was first wanted.
        charger_attempts (list[ChargerAttempt] | Unset): The attempts to charge the invoice.
        lines (list[InvoiceLine] | Unset): The lines of the invoice.
        subtotal (str | Unset): Subtotal in USD cents, as an int64 string.
        tax (str | Unset): Tax in USD cents, as an int64 string.
        total (str | Unset): Total in USD cents, as an int64 string.
        invoice_pdf_asset_key_suffix (str | Unset): Key suffix of the invoice PDF.
        monthly (MonthlyInvoice | None | Unset): Set on monthly (postpaid) invoices; `null` or absent otherwise.
        prepaid (None | PrepaidInvoice | Unset): Set on prepaid (top-up) invoices; `null` or absent otherwise.
        subscriptions (None | SubscriptionsInvoice | Unset): Set on subscription invoices; `null` or absent otherwise.
    """

    team_id: str | Unset = UNSET
    invoice_id: str | Unset = UNSET
    invoice_number: str | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    invoice_status: InvoiceStatus | Unset = UNSET
    first_desired_next_cycle_ts: datetime.datetime | Unset = UNSET
    charger_attempts: list[ChargerAttempt] | Unset = UNSET
    lines: list[InvoiceLine] | Unset = UNSET
    subtotal: str | Unset = UNSET
    tax: str | Unset = UNSET
    total: str | Unset = UNSET
    invoice_pdf_asset_key_suffix: str | Unset = UNSET
    monthly: MonthlyInvoice | None | Unset = UNSET
    prepaid: None | PrepaidInvoice | Unset = UNSET
    subscriptions: None | SubscriptionsInvoice | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.monthly_invoice import MonthlyInvoice  # noqa: PLC0415
        from ..models.prepaid_invoice import PrepaidInvoice  # noqa: PLC0415
        from ..models.subscriptions_invoice import SubscriptionsInvoice  # noqa: PLC0415

        team_id = self.team_id

        invoice_id = self.invoice_id

        invoice_number = self.invoice_number

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = format_timestamp(self.create_time)

        invoice_status: str | Unset = UNSET
        if not isinstance(self.invoice_status, Unset):
            invoice_status = self.invoice_status.value

        first_desired_next_cycle_ts: str | Unset = UNSET
        if not isinstance(self.first_desired_next_cycle_ts, Unset):
            first_desired_next_cycle_ts = format_timestamp(self.first_desired_next_cycle_ts)

        charger_attempts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.charger_attempts, Unset):
            charger_attempts = []
            for charger_attempts_item_data in self.charger_attempts:
                charger_attempts_item = charger_attempts_item_data.to_dict()
                charger_attempts.append(charger_attempts_item)

        lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lines, Unset):
            lines = []
            for lines_item_data in self.lines:
                lines_item = lines_item_data.to_dict()
                lines.append(lines_item)

        subtotal = self.subtotal

        tax = self.tax

        total = self.total

        invoice_pdf_asset_key_suffix = self.invoice_pdf_asset_key_suffix

        monthly: dict[str, Any] | None | Unset
        if isinstance(self.monthly, Unset):
            monthly = UNSET
        elif isinstance(self.monthly, MonthlyInvoice):
            monthly = self.monthly.to_dict()
        else:
            monthly = self.monthly

        prepaid: dict[str, Any] | None | Unset
        if isinstance(self.prepaid, Unset):
            prepaid = UNSET
        elif isinstance(self.prepaid, PrepaidInvoice):
            prepaid = self.prepaid.to_dict()
        else:
            prepaid = self.prepaid

        subscriptions: dict[str, Any] | None | Unset
        if isinstance(self.subscriptions, Unset):
            subscriptions = UNSET
        elif isinstance(self.subscriptions, SubscriptionsInvoice):
            subscriptions = self.subscriptions.to_dict()
        else:
            subscriptions = self.subscriptions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if team_id is not UNSET:
            field_dict["teamId"] = team_id
        if invoice_id is not UNSET:
            field_dict["invoiceId"] = invoice_id
        if invoice_number is not UNSET:
            field_dict["invoiceNumber"] = invoice_number
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if invoice_status is not UNSET:
            field_dict["invoiceStatus"] = invoice_status
        if first_desired_next_cycle_ts is not UNSET:
            field_dict["firstDesiredNextCycleTs"] = first_desired_next_cycle_ts
        if charger_attempts is not UNSET:
            field_dict["chargerAttempts"] = charger_attempts
        if lines is not UNSET:
            field_dict["lines"] = lines
        if subtotal is not UNSET:
            field_dict["subtotal"] = subtotal
        if tax is not UNSET:
            field_dict["tax"] = tax
        if total is not UNSET:
            field_dict["total"] = total
        if invoice_pdf_asset_key_suffix is not UNSET:
            field_dict["invoicePdfAssetKeySuffix"] = invoice_pdf_asset_key_suffix
        if monthly is not UNSET:
            field_dict["monthly"] = monthly
        if prepaid is not UNSET:
            field_dict["prepaid"] = prepaid
        if subscriptions is not UNSET:
            field_dict["subscriptions"] = subscriptions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.charger_attempt import ChargerAttempt  # noqa: PLC0415
        from ..models.invoice_line import InvoiceLine  # noqa: PLC0415
        from ..models.monthly_invoice import MonthlyInvoice  # noqa: PLC0415
        from ..models.prepaid_invoice import PrepaidInvoice  # noqa: PLC0415
        from ..models.subscriptions_invoice import SubscriptionsInvoice  # noqa: PLC0415

        d = dict(src_dict)
        team_id = null_as_unset(d.pop("teamId", UNSET))

        invoice_id = null_as_unset(d.pop("invoiceId", UNSET))

        invoice_number = null_as_unset(d.pop("invoiceNumber", UNSET))

        _create_time = null_as_unset(d.pop("createTime", UNSET))
        create_time: datetime.datetime | Unset
        if isinstance(_create_time, Unset):
            create_time = UNSET
        else:
            create_time = datetime.datetime.fromisoformat(_create_time)

        _invoice_status = null_as_unset(d.pop("invoiceStatus", UNSET))
        invoice_status: InvoiceStatus | Unset
        if isinstance(_invoice_status, Unset):
            invoice_status = UNSET
        else:
            invoice_status = InvoiceStatus(_invoice_status)

        _first_desired_next_cycle_ts = null_as_unset(d.pop("firstDesiredNextCycleTs", UNSET))
        first_desired_next_cycle_ts: datetime.datetime | Unset
        if isinstance(_first_desired_next_cycle_ts, Unset):
            first_desired_next_cycle_ts = UNSET
        else:
            first_desired_next_cycle_ts = datetime.datetime.fromisoformat(_first_desired_next_cycle_ts)

        _charger_attempts = null_as_unset(d.pop("chargerAttempts", UNSET))
        charger_attempts: list[ChargerAttempt] | Unset = UNSET
        if _charger_attempts is not UNSET:
            charger_attempts = []
            for charger_attempts_item_data in _charger_attempts:
                charger_attempts_item = ChargerAttempt.from_dict(charger_attempts_item_data)

                charger_attempts.append(charger_attempts_item)

        _lines = null_as_unset(d.pop("lines", UNSET))
        lines: list[InvoiceLine] | Unset = UNSET
        if _lines is not UNSET:
            lines = []
            for lines_item_data in _lines:
                lines_item = InvoiceLine.from_dict(lines_item_data)

                lines.append(lines_item)

        subtotal = null_as_unset(d.pop("subtotal", UNSET))

        tax = null_as_unset(d.pop("tax", UNSET))

        total = null_as_unset(d.pop("total", UNSET))

        invoice_pdf_asset_key_suffix = null_as_unset(d.pop("invoicePdfAssetKeySuffix", UNSET))

        def _parse_monthly(data: object) -> MonthlyInvoice | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"expected MonthlyInvoice or null, got {type(data).__name__}")
            monthly_type_0 = MonthlyInvoice.from_dict(data)

            return monthly_type_0

        monthly = _parse_monthly(d.pop("monthly", UNSET))

        def _parse_prepaid(data: object) -> None | PrepaidInvoice | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"expected PrepaidInvoice or null, got {type(data).__name__}")
            prepaid_type_0 = PrepaidInvoice.from_dict(data)

            return prepaid_type_0

        prepaid = _parse_prepaid(d.pop("prepaid", UNSET))

        def _parse_subscriptions(data: object) -> None | SubscriptionsInvoice | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"expected SubscriptionsInvoice or null, got {type(data).__name__}")
            subscriptions_type_0 = SubscriptionsInvoice.from_dict(data)

            return subscriptions_type_0

        subscriptions = _parse_subscriptions(d.pop("subscriptions", UNSET))

        invoice = cls(
            team_id=team_id,
            invoice_id=invoice_id,
            invoice_number=invoice_number,
            create_time=create_time,
            invoice_status=invoice_status,
            first_desired_next_cycle_ts=first_desired_next_cycle_ts,
            charger_attempts=charger_attempts,
            lines=lines,
            subtotal=subtotal,
            tax=tax,
            total=total,
            invoice_pdf_asset_key_suffix=invoice_pdf_asset_key_suffix,
            monthly=monthly,
            prepaid=prepaid,
            subscriptions=subscriptions,
        )

        invoice.additional_properties = d
        return invoice

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
