# generated from spec/openapi.yaml by make generate — do not edit
"""The models: an attrs class per message of the spec and a StrEnum per enum.

Each is imported on first use (PEP 562), so that ``import xai_billing`` stays fast; type checkers see
them all.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .address import Address
    from .aggregation import Aggregation
    from .analytics_request import AnalyticsRequest
    from .analytics_value import AnalyticsValue
    from .balance_change import BalanceChange
    from .bank_account_block import BankAccountBlock
    from .billing_cycle import BillingCycle
    from .billing_info import BillingInfo
    from .card_details import CardDetails
    from .change_origin import ChangeOrigin
    from .charger_attempt import ChargerAttempt
    from .core_invoice import CoreInvoice
    from .data_point import DataPoint
    from .empty import Empty
    from .get_billing_info_response import GetBillingInfoResponse
    from .get_prepaid_balance_response import GetPrepaidBalanceResponse
    from .get_spending_limits_response import GetSpendingLimitsResponse
    from .get_usage_request import GetUsageRequest
    from .get_usage_response import GetUsageResponse
    from .invoice import Invoice
    from .invoice_line import InvoiceLine
    from .invoice_status import InvoiceStatus
    from .link_details import LinkDetails
    from .list_invoices_response import ListInvoicesResponse
    from .list_payment_methods_response import ListPaymentMethodsResponse
    from .monthly_invoice import MonthlyInvoice
    from .non_negative_usd_cents import NonNegativeUsdCents
    from .payment_method import PaymentMethod
    from .payment_processor import PaymentProcessor
    from .payment_processor_kind import PaymentProcessorKind
    from .pending_payment_method import PendingPaymentMethod
    from .positive_usd_cents import PositiveUsdCents
    from .prepaid_invoice import PrepaidInvoice
    from .preview_postpaid_invoice_response import PreviewPostpaidInvoiceResponse
    from .set_billing_info_request import SetBillingInfoRequest
    from .set_default_payment_method_request import SetDefaultPaymentMethodRequest
    from .set_spending_limit_request import SetSpendingLimitRequest
    from .set_spending_limit_response import SetSpendingLimitResponse
    from .spending_limits import SpendingLimits
    from .status import Status
    from .status_detail import StatusDetail
    from .subscriptions_invoice import SubscriptionsInvoice
    from .time_range import TimeRange
    from .time_series import TimeSeries
    from .time_unit import TimeUnit
    from .top_up_prepaid_credit_request import TopUpPrepaidCreditRequest
    from .top_up_prepaid_credit_response import TopUpPrepaidCreditResponse
    from .topup_status import TopupStatus
    from .us_bank_account_details import UsBankAccountDetails
    from .usd_cents import UsdCents

_MODULES = {
    "Status": "status",
    "StatusDetail": "status_detail",
    "Empty": "empty",
    "UsdCents": "usd_cents",
    "NonNegativeUsdCents": "non_negative_usd_cents",
    "PositiveUsdCents": "positive_usd_cents",
    "BillingCycle": "billing_cycle",
    "Address": "address",
    "BillingInfo": "billing_info",
    "GetBillingInfoResponse": "get_billing_info_response",
    "SetBillingInfoRequest": "set_billing_info_request",
    "InvoiceLine": "invoice_line",
    "ChargerAttempt": "charger_attempt",
    "MonthlyInvoice": "monthly_invoice",
    "PrepaidInvoice": "prepaid_invoice",
    "SubscriptionsInvoice": "subscriptions_invoice",
    "Invoice": "invoice",
    "ListInvoicesResponse": "list_invoices_response",
    "CardDetails": "card_details",
    "BankAccountBlock": "bank_account_block",
    "UsBankAccountDetails": "us_bank_account_details",
    "LinkDetails": "link_details",
    "PaymentMethod": "payment_method",
    "PendingPaymentMethod": "pending_payment_method",
    "ListPaymentMethodsResponse": "list_payment_methods_response",
    "SetDefaultPaymentMethodRequest": "set_default_payment_method_request",
    "CoreInvoice": "core_invoice",
    "PreviewPostpaidInvoiceResponse": "preview_postpaid_invoice_response",
    "SpendingLimits": "spending_limits",
    "GetSpendingLimitsResponse": "get_spending_limits_response",
    "SetSpendingLimitRequest": "set_spending_limit_request",
    "SetSpendingLimitResponse": "set_spending_limit_response",
    "PaymentProcessor": "payment_processor",
    "BalanceChange": "balance_change",
    "GetPrepaidBalanceResponse": "get_prepaid_balance_response",
    "TopUpPrepaidCreditRequest": "top_up_prepaid_credit_request",
    "TopUpPrepaidCreditResponse": "top_up_prepaid_credit_response",
    "TimeRange": "time_range",
    "AnalyticsValue": "analytics_value",
    "AnalyticsRequest": "analytics_request",
    "GetUsageRequest": "get_usage_request",
    "DataPoint": "data_point",
    "TimeSeries": "time_series",
    "GetUsageResponse": "get_usage_response",
    "Aggregation": "aggregation",
    "ChangeOrigin": "change_origin",
    "InvoiceStatus": "invoice_status",
    "PaymentProcessorKind": "payment_processor_kind",
    "TimeUnit": "time_unit",
    "TopupStatus": "topup_status",
}

__all__ = [
    "Status",
    "StatusDetail",
    "Empty",
    "UsdCents",
    "NonNegativeUsdCents",
    "PositiveUsdCents",
    "BillingCycle",
    "Address",
    "BillingInfo",
    "GetBillingInfoResponse",
    "SetBillingInfoRequest",
    "InvoiceLine",
    "ChargerAttempt",
    "MonthlyInvoice",
    "PrepaidInvoice",
    "SubscriptionsInvoice",
    "Invoice",
    "ListInvoicesResponse",
    "CardDetails",
    "BankAccountBlock",
    "UsBankAccountDetails",
    "LinkDetails",
    "PaymentMethod",
    "PendingPaymentMethod",
    "ListPaymentMethodsResponse",
    "SetDefaultPaymentMethodRequest",
    "CoreInvoice",
    "PreviewPostpaidInvoiceResponse",
    "SpendingLimits",
    "GetSpendingLimitsResponse",
    "SetSpendingLimitRequest",
    "SetSpendingLimitResponse",
    "PaymentProcessor",
    "BalanceChange",
    "GetPrepaidBalanceResponse",
    "TopUpPrepaidCreditRequest",
    "TopUpPrepaidCreditResponse",
    "TimeRange",
    "AnalyticsValue",
    "AnalyticsRequest",
    "GetUsageRequest",
    "DataPoint",
    "TimeSeries",
    "GetUsageResponse",
    "Aggregation",
    "ChangeOrigin",
    "InvoiceStatus",
    "PaymentProcessorKind",
    "TimeUnit",
    "TopupStatus",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
