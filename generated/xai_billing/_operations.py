# generated from spec/openapi.yaml by make generate — do not edit
"""Each operation of the spec as the transport takes it: an ``Operation`` (its method and path, its
arguments with their schemas, what a failure means when it is not idempotent, and the reader of its 200
body). The client's methods hand one, with the caller's arguments, to ``_request()``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._exceptions import TopUpOutcomeUnknownError
from ._request import Operation, OutcomeUnknown, Param

if TYPE_CHECKING:
    from .models import (
        Empty,
        GetBillingInfoResponse,
        GetPrepaidBalanceResponse,
        GetSpendingLimitsResponse,
        GetUsageResponse,
        ListInvoicesResponse,
        ListPaymentMethodsResponse,
        PreviewPostpaidInvoiceResponse,
        SetSpendingLimitResponse,
        TopUpPrepaidCreditResponse,
    )

    GET_BILLING_INFO: Operation[GetBillingInfoResponse]
    SET_BILLING_INFO: Operation[Empty]
    LIST_INVOICES: Operation[ListInvoicesResponse]
    LIST_PAYMENT_METHODS: Operation[ListPaymentMethodsResponse]
    SET_DEFAULT_PAYMENT_METHOD: Operation[Empty]
    PREVIEW_POSTPAID_INVOICE: Operation[PreviewPostpaidInvoiceResponse]
    GET_SPENDING_LIMITS: Operation[GetSpendingLimitsResponse]
    SET_SPENDING_LIMIT: Operation[SetSpendingLimitResponse]
    GET_PREPAID_BALANCE: Operation[GetPrepaidBalanceResponse]
    TOP_UP_PREPAID_CREDIT: Operation[TopUpPrepaidCreditResponse]
    GET_USAGE: Operation[GetUsageResponse]
else:

    def __getattr__(name: str) -> Any:
        """An operation's description, which the client looks up on each call: built on first use (its
        response model's module is imported then, so that `import xai_billing` stays light), then kept here."""
        build = _BUILDERS.get(name)
        if build is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        operation = globals()[name] = build()
        return operation


# The spec's schemas that a request body can reach, with what the check reads of them.
SCHEMAS: dict[str, Any] = {
    "Address": {
        "type": "object",
        "properties": {
            "line1": {"type": "string"},
            "line2": {"type": "string"},
            "city": {"type": "string"},
            "country": {"type": "string"},
            "postalCode": {"type": "string"},
            "state": {"type": "string"},
        },
    },
    "Aggregation": {
        "type": "string",
        "enum": [
            "AGGREGATION_NONE",
            "AGGREGATION_SUM",
            "AGGREGATION_AVG",
            "AGGREGATION_VAR",
            "AGGREGATION_STD",
            "AGGREGATION_MIN",
            "AGGREGATION_MAX",
            "AGGREGATION_P50",
            "AGGREGATION_P90",
            "AGGREGATION_P99",
            "AGGREGATION_P999",
            "AGGREGATION_COUNT",
            "AGGREGATION_COUNT_DISTINCT",
        ],
    },
    "AnalyticsRequest": {
        "type": "object",
        "required": ["timeRange"],
        "properties": {
            "timeRange": {"$ref": "TimeRange"},
            "timeUnit": {"$ref": "TimeUnit"},
            "values": {"type": "array", "items": {"$ref": "AnalyticsValue"}},
            "groupBy": {"type": "array", "items": {"type": "string"}},
            "filters": {"type": "array", "items": {"type": "string"}},
        },
    },
    "AnalyticsValue": {
        "type": "object",
        "properties": {"name": {"type": "string"}, "aggregation": {"$ref": "Aggregation"}},
    },
    "BillingInfo": {
        "type": "object",
        "properties": {
            "name": {"type": "string"},
            "address": {"$ref": "Address", "nullable": True},
            "email": {"type": "string"},
            "taxIdType": {"type": "string"},
            "taxNumber": {"type": "string"},
        },
    },
    "GetUsageRequest": {
        "type": "object",
        "required": ["analyticsRequest"],
        "properties": {"analyticsRequest": {"$ref": "AnalyticsRequest"}},
    },
    "NonNegativeUsdCents": {
        "type": "object",
        "properties": {
            "val": {
                "type": "string",
                "format": "int64",
                "pattern": "^(0|[1-9][0-9]{0,18})$",
                "description": "An amount of USD cents, zero or more, as an int64 string.",
            }
        },
    },
    "PositiveUsdCents": {
        "type": "object",
        "required": ["val"],
        "properties": {
            "val": {
                "type": "string",
                "format": "int64",
                "pattern": "^[1-9][0-9]{0,18}$",
                "description": "An amount of USD cents, more than zero, as an int64 string.",
            }
        },
    },
    "SetBillingInfoRequest": {
        "type": "object",
        "required": ["billingInfo"],
        "properties": {"billingInfo": {"$ref": "BillingInfo"}},
    },
    "SetDefaultPaymentMethodRequest": {
        "type": "object",
        "required": ["paymentMethodId"],
        "properties": {
            "paymentMethodId": {"type": "string", "minLength": 1, "description": "ID of a payment method on file."}
        },
    },
    "SetSpendingLimitRequest": {
        "type": "object",
        "required": ["desiredSoftSpendingLimit"],
        "properties": {"desiredSoftSpendingLimit": {"$ref": "NonNegativeUsdCents"}},
    },
    "TimeRange": {
        "type": "object",
        "required": ["startTime", "endTime"],
        "properties": {
            "startTime": {
                "type": "string",
                "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01]) ([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$",
                "description": "Start of the range, inclusive, as `YYYY-MM-DD HH:MM:SS`.",
            },
            "endTime": {
                "type": "string",
                "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01]) ([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$",
                "description": "End of the range, exclusive, as `YYYY-MM-DD HH:MM:SS`.",
            },
            "timezone": {"type": "string"},
        },
    },
    "TimeUnit": {
        "type": "string",
        "enum": [
            "TIME_UNIT_INVALID",
            "TIME_UNIT_MONTH",
            "TIME_UNIT_CALENDAR_WEEK",
            "TIME_UNIT_DAY",
            "TIME_UNIT_HOUR",
            "TIME_UNIT_QUARTER_HOUR",
            "TIME_UNIT_MINUTE",
            "TIME_UNIT_SECOND",
            "TIME_UNIT_NONE",
        ],
    },
    "TopUpPrepaidCreditRequest": {
        "type": "object",
        "required": ["amount"],
        "properties": {"amount": {"$ref": "PositiveUsdCents"}},
    },
}


def _get_billing_info() -> Operation[Any]:
    """GET /v1/billing/teams/{team_id}/billing-info (GetBillingInfo)."""
    from .models.get_billing_info_response import _read_get_billing_info_response

    return Operation(
        id="getBillingInfo",
        method="GET",
        path="/v1/billing/teams/{team_id}/billing-info",
        parse=_read_get_billing_info_response,
        idempotent=True,
    )


def _set_billing_info() -> Operation[Any]:
    """POST /v1/billing/teams/{team_id}/billing-info (SetBillingInfo)."""
    from .models.empty import _read_empty

    return Operation(
        id="setBillingInfo",
        method="POST",
        path="/v1/billing/teams/{team_id}/billing-info",
        parse=_read_empty,
        idempotent=True,
        body=(Param("billing_info", "billingInfo", {"$ref": "BillingInfo"}, required=True),),
        schemas=SCHEMAS,
    )


def _list_invoices() -> Operation[Any]:
    """GET /v1/billing/teams/{team_id}/invoices (ListInvoices)."""
    from .models.list_invoices_response import _read_list_invoices_response

    return Operation(
        id="listInvoices",
        method="GET",
        path="/v1/billing/teams/{team_id}/invoices",
        parse=_read_list_invoices_response,
        idempotent=True,
        query=(
            Param("billing_cycle_year", "billingCycle.year", {"type": "integer", "format": "int32"}),
            Param(
                "billing_cycle_month",
                "billingCycle.month",
                {"type": "integer", "format": "int32", "minimum": 1, "maximum": 12},
            ),
            Param("since_year", "since.year", {"type": "integer", "format": "int32"}),
            Param("since_month", "since.month", {"type": "integer", "format": "int32", "minimum": 1, "maximum": 12}),
            Param("invoice_ids", "invoiceIds.invoiceIds", {"type": "array", "items": {"type": "string"}}),
        ),
        oneof=(
            (
                "billing_cycle_year",
                "billing_cycle_month",
            ),
            (
                "since_year",
                "since_month",
            ),
            ("invoice_ids",),
        ),
    )


def _list_payment_methods() -> Operation[Any]:
    """GET /v1/billing/teams/{team_id}/payment-method (ListPaymentMethods)."""
    from .models.list_payment_methods_response import _read_list_payment_methods_response

    return Operation(
        id="listPaymentMethods",
        method="GET",
        path="/v1/billing/teams/{team_id}/payment-method",
        parse=_read_list_payment_methods_response,
        idempotent=True,
    )


def _set_default_payment_method() -> Operation[Any]:
    """POST /v1/billing/teams/{team_id}/payment-method/default (SetDefaultPaymentMethod)."""
    from .models.empty import _read_empty

    return Operation(
        id="setDefaultPaymentMethod",
        method="POST",
        path="/v1/billing/teams/{team_id}/payment-method/default",
        parse=_read_empty,
        idempotent=True,
        body=(
            Param(
                "payment_method_id",
                "paymentMethodId",
                {"type": "string", "minLength": 1, "description": "ID of a payment method on file."},
                required=True,
            ),
        ),
        schemas=SCHEMAS,
    )


def _preview_postpaid_invoice() -> Operation[Any]:
    """GET /v1/billing/teams/{team_id}/postpaid/invoice/preview (GetAmountToPay)."""
    from .models.preview_postpaid_invoice_response import _read_preview_postpaid_invoice_response

    return Operation(
        id="previewPostpaidInvoice",
        method="GET",
        path="/v1/billing/teams/{team_id}/postpaid/invoice/preview",
        parse=_read_preview_postpaid_invoice_response,
        idempotent=True,
    )


def _get_spending_limits() -> Operation[Any]:
    """GET /v1/billing/teams/{team_id}/postpaid/spending-limits (GetSpendingLimits)."""
    from .models.get_spending_limits_response import _read_get_spending_limits_response

    return Operation(
        id="getSpendingLimits",
        method="GET",
        path="/v1/billing/teams/{team_id}/postpaid/spending-limits",
        parse=_read_get_spending_limits_response,
        idempotent=True,
    )


def _set_spending_limit() -> Operation[Any]:
    """POST /v1/billing/teams/{team_id}/postpaid/spending-limits (SetSoftSpendingLimit)."""
    from .models.set_spending_limit_response import _read_set_spending_limit_response

    return Operation(
        id="setSpendingLimit",
        method="POST",
        path="/v1/billing/teams/{team_id}/postpaid/spending-limits",
        parse=_read_set_spending_limit_response,
        idempotent=True,
        body=(
            Param(
                "desired_soft_spending_limit",
                "desiredSoftSpendingLimit",
                {"$ref": "NonNegativeUsdCents"},
                required=True,
            ),
        ),
        schemas=SCHEMAS,
    )


def _get_prepaid_balance() -> Operation[Any]:
    """GET /v1/billing/teams/{team_id}/prepaid/balance (ListPrepaidBalanceChanges)."""
    from .models.get_prepaid_balance_response import _read_get_prepaid_balance_response

    return Operation(
        id="getPrepaidBalance",
        method="GET",
        path="/v1/billing/teams/{team_id}/prepaid/balance",
        parse=_read_get_prepaid_balance_response,
        idempotent=True,
    )


def _top_up_prepaid_credit() -> Operation[Any]:
    """POST /v1/billing/teams/{team_id}/prepaid/top-up (TopUpOrGetExistingPendingChange)."""
    from .models.top_up_prepaid_credit_response import _read_top_up_prepaid_credit_response

    return Operation(
        id="topUpPrepaidCredit",
        method="POST",
        path="/v1/billing/teams/{team_id}/prepaid/top-up",
        parse=_read_top_up_prepaid_credit_response,
        idempotent=False,
        outcome_unknown=OutcomeUnknown(
            effect="the charge",
            check="Before trying again, call get_prepaid_balance() and look for a PURCHASE change of this amount created after the attempt.",
            error=TopUpOutcomeUnknownError,
        ),
        body=(Param("amount", "amount", {"$ref": "PositiveUsdCents"}, required=True),),
        schemas=SCHEMAS,
    )


def _get_usage() -> Operation[Any]:
    """POST /v1/billing/teams/{team_id}/usage (AnalyzeBillingItems)."""
    from .models.get_usage_response import _read_get_usage_response

    return Operation(
        id="getUsage",
        method="POST",
        path="/v1/billing/teams/{team_id}/usage",
        parse=_read_get_usage_response,
        idempotent=True,
        body=(Param("analytics_request", "analyticsRequest", {"$ref": "AnalyticsRequest"}, required=True),),
        schemas=SCHEMAS,
    )


_BUILDERS = {
    "GET_BILLING_INFO": _get_billing_info,
    "SET_BILLING_INFO": _set_billing_info,
    "LIST_INVOICES": _list_invoices,
    "LIST_PAYMENT_METHODS": _list_payment_methods,
    "SET_DEFAULT_PAYMENT_METHOD": _set_default_payment_method,
    "PREVIEW_POSTPAID_INVOICE": _preview_postpaid_invoice,
    "GET_SPENDING_LIMITS": _get_spending_limits,
    "SET_SPENDING_LIMIT": _set_spending_limit,
    "GET_PREPAID_BALANCE": _get_prepaid_balance,
    "TOP_UP_PREPAID_CREDIT": _top_up_prepaid_credit,
    "GET_USAGE": _get_usage,
}
