# generated from spec/openapi.yaml by make generate — do not edit
"""Each operation's request, built from the caller's arguments and checked against the spec before
anything is sent, and (parse_<operation>) the function that reads its 200 body."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ._config import RequestOptions
from ._request import check_oneof, to_wire

if TYPE_CHECKING:
    from .models.empty import _read_empty
    from .models.get_billing_info_response import _read_get_billing_info_response
    from .models.get_prepaid_balance_response import _read_get_prepaid_balance_response
    from .models.get_spending_limits_response import _read_get_spending_limits_response
    from .models.get_usage_response import _read_get_usage_response
    from .models.list_invoices_response import _read_list_invoices_response
    from .models.list_payment_methods_response import _read_list_payment_methods_response
    from .models.preview_postpaid_invoice_response import _read_preview_postpaid_invoice_response
    from .models.set_spending_limit_response import _read_set_spending_limit_response
    from .models.top_up_prepaid_credit_response import _read_top_up_prepaid_credit_response

    parse_get_billing_info = _read_get_billing_info_response
    parse_set_billing_info = _read_empty
    parse_list_invoices = _read_list_invoices_response
    parse_list_payment_methods = _read_list_payment_methods_response
    parse_set_default_payment_method = _read_empty
    parse_preview_postpaid_invoice = _read_preview_postpaid_invoice_response
    parse_get_spending_limits = _read_get_spending_limits_response
    parse_set_spending_limit = _read_set_spending_limit_response
    parse_get_prepaid_balance = _read_get_prepaid_balance_response
    parse_top_up_prepaid_credit = _read_top_up_prepaid_credit_response
    parse_get_usage = _read_get_usage_response
else:

    def __getattr__(name: str) -> Any:
        """parse_<operation>, the reader of its 200 body, which the client looks up on each call: its model
        module is imported on first use (so that `import xai_billing` stays light), then kept here."""
        module = _RESPONSE_MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        import importlib

        reader = getattr(importlib.import_module(f".models.{module}", __package__), f"_read_{module}")
        globals()[name] = reader
        return reader


_RESPONSE_MODULES = {
    "parse_get_billing_info": "get_billing_info_response",
    "parse_set_billing_info": "empty",
    "parse_list_invoices": "list_invoices_response",
    "parse_list_payment_methods": "list_payment_methods_response",
    "parse_set_default_payment_method": "empty",
    "parse_preview_postpaid_invoice": "preview_postpaid_invoice_response",
    "parse_get_spending_limits": "get_spending_limits_response",
    "parse_set_spending_limit": "set_spending_limit_response",
    "parse_get_prepaid_balance": "get_prepaid_balance_response",
    "parse_top_up_prepaid_credit": "top_up_prepaid_credit_response",
    "parse_get_usage": "get_usage_response",
}


@lru_cache(maxsize=1024)
def segment(text: str) -> str:
    """A path segment, percent-encoded ("/" included); remembered, as a program uses few team IDs."""
    return quote(text, safe="")


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


def get_billing_info(
    team_id: str,
) -> RequestOptions:
    """GET /v1/billing/teams/{team_id}/billing-info (GetBillingInfo)."""
    return RequestOptions(
        operation_id="getBillingInfo",
        method="GET",
        path=f"/v1/billing/teams/{segment(team_id)}/billing-info",
        idempotent=True,
    )


def set_billing_info(
    team_id: str,
    *,
    billing_info: Any,
) -> RequestOptions:
    """POST /v1/billing/teams/{team_id}/billing-info (SetBillingInfo)."""
    body: dict[str, Any] = {}
    body["billingInfo"] = to_wire(SCHEMAS, {"$ref": "BillingInfo"}, billing_info, "billing_info")
    return RequestOptions(
        operation_id="setBillingInfo",
        method="POST",
        path=f"/v1/billing/teams/{segment(team_id)}/billing-info",
        idempotent=True,
        json=body,
    )


def list_invoices(
    team_id: str,
    *,
    billing_cycle_year: Any,
    billing_cycle_month: Any,
    since_year: Any,
    since_month: Any,
    invoice_ids: Any,
) -> RequestOptions:
    """GET /v1/billing/teams/{team_id}/invoices (ListInvoices)."""
    check_oneof(
        {
            "billing_cycle_year, billing_cycle_month": (
                billing_cycle_year,
                billing_cycle_month,
            ),
            "since_year, since_month": (
                since_year,
                since_month,
            ),
            "invoice_ids": (invoice_ids,),
        }
    )
    params: dict[str, Any] = {}
    if billing_cycle_year is not None:
        params["billingCycle.year"] = to_wire(
            SCHEMAS, {"type": "integer", "format": "int32"}, billing_cycle_year, "billing_cycle_year"
        )
    if billing_cycle_month is not None:
        params["billingCycle.month"] = to_wire(
            SCHEMAS,
            {"type": "integer", "format": "int32", "minimum": 1, "maximum": 12},
            billing_cycle_month,
            "billing_cycle_month",
        )
    if since_year is not None:
        params["since.year"] = to_wire(SCHEMAS, {"type": "integer", "format": "int32"}, since_year, "since_year")
    if since_month is not None:
        params["since.month"] = to_wire(
            SCHEMAS, {"type": "integer", "format": "int32", "minimum": 1, "maximum": 12}, since_month, "since_month"
        )
    if invoice_ids is not None:
        params["invoiceIds.invoiceIds"] = to_wire(
            SCHEMAS, {"type": "array", "items": {"type": "string"}}, invoice_ids, "invoice_ids"
        )
    return RequestOptions(
        operation_id="listInvoices",
        method="GET",
        path=f"/v1/billing/teams/{segment(team_id)}/invoices",
        idempotent=True,
        params=params,
    )


def list_payment_methods(
    team_id: str,
) -> RequestOptions:
    """GET /v1/billing/teams/{team_id}/payment-method (ListPaymentMethods)."""
    return RequestOptions(
        operation_id="listPaymentMethods",
        method="GET",
        path=f"/v1/billing/teams/{segment(team_id)}/payment-method",
        idempotent=True,
    )


def set_default_payment_method(
    team_id: str,
    *,
    payment_method_id: Any,
) -> RequestOptions:
    """POST /v1/billing/teams/{team_id}/payment-method/default (SetDefaultPaymentMethod)."""
    body: dict[str, Any] = {}
    body["paymentMethodId"] = to_wire(
        SCHEMAS,
        {"type": "string", "minLength": 1, "description": "ID of a payment method on file."},
        payment_method_id,
        "payment_method_id",
    )
    return RequestOptions(
        operation_id="setDefaultPaymentMethod",
        method="POST",
        path=f"/v1/billing/teams/{segment(team_id)}/payment-method/default",
        idempotent=True,
        json=body,
    )


def preview_postpaid_invoice(
    team_id: str,
) -> RequestOptions:
    """GET /v1/billing/teams/{team_id}/postpaid/invoice/preview (GetAmountToPay)."""
    return RequestOptions(
        operation_id="previewPostpaidInvoice",
        method="GET",
        path=f"/v1/billing/teams/{segment(team_id)}/postpaid/invoice/preview",
        idempotent=True,
    )


def get_spending_limits(
    team_id: str,
) -> RequestOptions:
    """GET /v1/billing/teams/{team_id}/postpaid/spending-limits (GetSpendingLimits)."""
    return RequestOptions(
        operation_id="getSpendingLimits",
        method="GET",
        path=f"/v1/billing/teams/{segment(team_id)}/postpaid/spending-limits",
        idempotent=True,
    )


def set_spending_limit(
    team_id: str,
    *,
    desired_soft_spending_limit: Any,
) -> RequestOptions:
    """POST /v1/billing/teams/{team_id}/postpaid/spending-limits (SetSoftSpendingLimit)."""
    body: dict[str, Any] = {}
    body["desiredSoftSpendingLimit"] = to_wire(
        SCHEMAS, {"$ref": "NonNegativeUsdCents"}, desired_soft_spending_limit, "desired_soft_spending_limit"
    )
    return RequestOptions(
        operation_id="setSpendingLimit",
        method="POST",
        path=f"/v1/billing/teams/{segment(team_id)}/postpaid/spending-limits",
        idempotent=True,
        json=body,
    )


def get_prepaid_balance(
    team_id: str,
) -> RequestOptions:
    """GET /v1/billing/teams/{team_id}/prepaid/balance (ListPrepaidBalanceChanges)."""
    return RequestOptions(
        operation_id="getPrepaidBalance",
        method="GET",
        path=f"/v1/billing/teams/{segment(team_id)}/prepaid/balance",
        idempotent=True,
    )


def top_up_prepaid_credit(
    team_id: str,
    *,
    amount: Any,
) -> RequestOptions:
    """POST /v1/billing/teams/{team_id}/prepaid/top-up (TopUpOrGetExistingPendingChange)."""
    body: dict[str, Any] = {}
    body["amount"] = to_wire(SCHEMAS, {"$ref": "PositiveUsdCents"}, amount, "amount")
    return RequestOptions(
        operation_id="topUpPrepaidCredit",
        method="POST",
        path=f"/v1/billing/teams/{segment(team_id)}/prepaid/top-up",
        idempotent=False,
        json=body,
    )


def get_usage(
    team_id: str,
    *,
    analytics_request: Any,
) -> RequestOptions:
    """POST /v1/billing/teams/{team_id}/usage (AnalyzeBillingItems)."""
    body: dict[str, Any] = {}
    body["analyticsRequest"] = to_wire(SCHEMAS, {"$ref": "AnalyticsRequest"}, analytics_request, "analytics_request")
    return RequestOptions(
        operation_id="getUsage",
        method="POST",
        path=f"/v1/billing/teams/{segment(team_id)}/usage",
        idempotent=True,
        json=body,
    )
