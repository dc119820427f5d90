# generated from spec/openapi.yaml by make generate — do not edit
"""The operations of the spec, as data for the xai-billing command-line tool (xai_billing.cli): each one's
command, method, response model and arguments (with the model of a message argument), so that the tool
dispatches on plan data rather than on operation IDs."""

from __future__ import annotations

from typing import Any, TypedDict

from ..models import (
    AnalyticsRequest,
    BillingInfo,
    Empty,
    GetBillingInfoResponse,
    GetPrepaidBalanceResponse,
    GetSpendingLimitsResponse,
    GetUsageResponse,
    ListInvoicesResponse,
    ListPaymentMethodsResponse,
    NonNegativeUsdCents,
    PositiveUsdCents,
    PreviewPostpaidInvoiceResponse,
    SetSpendingLimitResponse,
    TopUpPrepaidCreditResponse,
)

Argument = TypedDict(
    "Argument",
    {
        "name": str,  # the method's keyword argument
        "wire": str,
        "in": str,  # body or query
        "type": str,  # the JSON schema type (object for a message)
        "model": "type[Any] | None",  # the class of a message argument
        "proto_message": "str | None",  # its x-proto-message
        "required": bool,
        "help": str,
    },
)


class Operation(TypedDict):
    command: str
    operation_id: str
    method: str  # the client's method
    http: str  # the method and path, for the help
    summary: str
    read_only: bool
    idempotent: bool
    response: type[Any]  # the model of the 200 answer
    arguments: list[Argument]
    oneof: list[list[str]]  # groups of arguments of which at most one may be given


OPERATIONS: list[Operation] = [
    {
        "command": "billing-info",
        "operation_id": "getBillingInfo",
        "method": "get_billing_info",
        "http": "GET /v1/billing/teams/{team_id}/billing-info",
        "summary": "Get billing information",
        "read_only": True,
        "idempotent": True,
        "response": GetBillingInfoResponse,
        "arguments": [],
        "oneof": [],
    },
    {
        "command": "set-billing-info",
        "operation_id": "setBillingInfo",
        "method": "set_billing_info",
        "http": "POST /v1/billing/teams/{team_id}/billing-info",
        "summary": "Set billing information",
        "read_only": False,
        "idempotent": True,
        "response": Empty,
        "arguments": [
            {
                "name": "billing_info",
                "wire": "billingInfo",
                "in": "body",
                "type": "object",
                "model": BillingInfo,
                "proto_message": "prod_charger.BillingInfo",
                "required": True,
                "help": "The billing info to set; it replaces the team\u0027s current one.",
            },
        ],
        "oneof": [],
    },
    {
        "command": "invoices",
        "operation_id": "listInvoices",
        "method": "list_invoices",
        "http": "GET /v1/billing/teams/{team_id}/invoices",
        "summary": "List invoices",
        "read_only": True,
        "idempotent": True,
        "response": ListInvoicesResponse,
        "arguments": [
            {
                "name": "billing_cycle_year",
                "wire": "billingCycle.year",
                "in": "query",
                "type": "integer",
                "model": None,
                "proto_message": None,
                "required": False,
                "help": "Only invoices of the billing cycle of this year (with `billingCycle.month`).",
            },
            {
                "name": "billing_cycle_month",
                "wire": "billingCycle.month",
                "in": "query",
                "type": "integer",
                "model": None,
                "proto_message": None,
                "required": False,
                "help": "Only invoices of the billing cycle of this month, 1 to 12 (with `billingCycle.year`).",
            },
            {
                "name": "since_year",
                "wire": "since.year",
                "in": "query",
                "type": "integer",
                "model": None,
                "proto_message": None,
                "required": False,
                "help": "Only invoices of billing cycles from this year on (with `since.month`).",
            },
            {
                "name": "since_month",
                "wire": "since.month",
                "in": "query",
                "type": "integer",
                "model": None,
                "proto_message": None,
                "required": False,
                "help": "Only invoices of billing cycles from this month on, 1 to 12 (with `since.year`).",
            },
            {
                "name": "invoice_ids",
                "wire": "invoiceIds.invoiceIds",
                "in": "query",
                "type": "array",
                "model": None,
                "proto_message": None,
                "required": False,
                "help": "Only the invoices with these IDs. Repeat the key once per ID.",
            },
        ],
        "oneof": [["billing_cycle_year", "billing_cycle_month"], ["since_year", "since_month"], ["invoice_ids"]],
    },
    {
        "command": "payment-methods",
        "operation_id": "listPaymentMethods",
        "method": "list_payment_methods",
        "http": "GET /v1/billing/teams/{team_id}/payment-method",
        "summary": "List payment methods",
        "read_only": True,
        "idempotent": True,
        "response": ListPaymentMethodsResponse,
        "arguments": [],
        "oneof": [],
    },
    {
        "command": "set-default-payment-method",
        "operation_id": "setDefaultPaymentMethod",
        "method": "set_default_payment_method",
        "http": "POST /v1/billing/teams/{team_id}/payment-method/default",
        "summary": "Set the default payment method",
        "read_only": False,
        "idempotent": True,
        "response": Empty,
        "arguments": [
            {
                "name": "payment_method_id",
                "wire": "paymentMethodId",
                "in": "body",
                "type": "string",
                "model": None,
                "proto_message": None,
                "required": True,
                "help": "ID of a payment method on file.",
            },
        ],
        "oneof": [],
    },
    {
        "command": "preview",
        "operation_id": "previewPostpaidInvoice",
        "method": "preview_postpaid_invoice",
        "http": "GET /v1/billing/teams/{team_id}/postpaid/invoice/preview",
        "summary": "Preview the postpaid invoice of the current billing cycle",
        "read_only": True,
        "idempotent": True,
        "response": PreviewPostpaidInvoiceResponse,
        "arguments": [],
        "oneof": [],
    },
    {
        "command": "limits",
        "operation_id": "getSpendingLimits",
        "method": "get_spending_limits",
        "http": "GET /v1/billing/teams/{team_id}/postpaid/spending-limits",
        "summary": "Get the monthly postpaid spending limits",
        "read_only": True,
        "idempotent": True,
        "response": GetSpendingLimitsResponse,
        "arguments": [],
        "oneof": [],
    },
    {
        "command": "set-limit",
        "operation_id": "setSpendingLimit",
        "method": "set_spending_limit",
        "http": "POST /v1/billing/teams/{team_id}/postpaid/spending-limits",
        "summary": "Set the monthly postpaid soft spending limit",
        "read_only": False,
        "idempotent": True,
        "response": SetSpendingLimitResponse,
        "arguments": [
            {
                "name": "desired_soft_spending_limit",
                "wire": "desiredSoftSpendingLimit",
                "in": "body",
                "type": "object",
                "model": NonNegativeUsdCents,
                "proto_message": "prod_charger.Cent",
                "required": True,
                "help": "The soft spending limit wanted, in USD cents; 0 means prepaid credit only.",
            },
        ],
        "oneof": [],
    },
    {
        "command": "balance",
        "operation_id": "getPrepaidBalance",
        "method": "get_prepaid_balance",
        "http": "GET /v1/billing/teams/{team_id}/prepaid/balance",
        "summary": "Get the prepaid credit balance and its changes",
        "read_only": True,
        "idempotent": True,
        "response": GetPrepaidBalanceResponse,
        "arguments": [],
        "oneof": [],
    },
    {
        "command": "top-up",
        "operation_id": "topUpPrepaidCredit",
        "method": "top_up_prepaid_credit",
        "http": "POST /v1/billing/teams/{team_id}/prepaid/top-up",
        "summary": "Top up prepaid credit",
        "read_only": False,
        "idempotent": False,
        "response": TopUpPrepaidCreditResponse,
        "arguments": [
            {
                "name": "amount",
                "wire": "amount",
                "in": "body",
                "type": "object",
                "model": PositiveUsdCents,
                "proto_message": "prod_charger.Cent",
                "required": True,
                "help": "Amount of credit to buy, in USD cents, more than zero; charged to the default payment method.",
            },
        ],
        "oneof": [],
    },
    {
        "command": "usage",
        "operation_id": "getUsage",
        "method": "get_usage",
        "http": "POST /v1/billing/teams/{team_id}/usage",
        "summary": "Get historical usage",
        "read_only": True,
        "idempotent": True,
        "response": GetUsageResponse,
        "arguments": [
            {
                "name": "analytics_request",
                "wire": "analyticsRequest",
                "in": "body",
                "type": "object",
                "model": AnalyticsRequest,
                "proto_message": "prod.clickhouse_analytics.AnalyticsRequest",
                "required": True,
                "help": "The usage query.",
            },
        ],
        "oneof": [],
    },
]
