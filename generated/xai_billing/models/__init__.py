# generated from spec/openapi.yaml by make generate — do not edit
"""Contains all the data models used in inputs/outputs"""

from .address import Address
from .aggregation import Aggregation
from .analytics_request import AnalyticsRequest
from .analytics_value import AnalyticsValue
from .balance_change import BalanceChange
from .bank_account_block import BankAccountBlock
from .billing_cycle import BillingCycle
from .billing_info import BillingInfo
from .card_brand import CardBrand
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

__all__ = (
    "Address",
    "Aggregation",
    "AnalyticsRequest",
    "AnalyticsValue",
    "BalanceChange",
    "BankAccountBlock",
    "BillingCycle",
    "BillingInfo",
    "CardBrand",
    "CardDetails",
    "ChangeOrigin",
    "ChargerAttempt",
    "CoreInvoice",
    "DataPoint",
    "Empty",
    "GetBillingInfoResponse",
    "GetPrepaidBalanceResponse",
    "GetSpendingLimitsResponse",
    "GetUsageRequest",
    "GetUsageResponse",
    "Invoice",
    "InvoiceLine",
    "InvoiceStatus",
    "LinkDetails",
    "ListInvoicesResponse",
    "ListPaymentMethodsResponse",
    "MonthlyInvoice",
    "NonNegativeUsdCents",
    "PaymentMethod",
    "PaymentProcessor",
    "PaymentProcessorKind",
    "PendingPaymentMethod",
    "PositiveUsdCents",
    "PrepaidInvoice",
    "PreviewPostpaidInvoiceResponse",
    "SetBillingInfoRequest",
    "SetDefaultPaymentMethodRequest",
    "SetSpendingLimitRequest",
    "SetSpendingLimitResponse",
    "SpendingLimits",
    "Status",
    "StatusDetail",
    "SubscriptionsInvoice",
    "TimeRange",
    "TimeSeries",
    "TimeUnit",
    "TopUpPrepaidCreditRequest",
    "TopUpPrepaidCreditResponse",
    "TopupStatus",
    "UsBankAccountDetails",
    "UsdCents",
)
