# generated from spec/openapi.yaml by make generate — do not edit
"""The clients: one method per operation, named after its operationId."""

from __future__ import annotations

from ._base_client import AsyncAPIClient, SyncAPIClient
from .api.billing import get_billing_info as _get_billing_info
from .api.billing import get_prepaid_balance as _get_prepaid_balance
from .api.billing import get_spending_limits as _get_spending_limits
from .api.billing import get_usage as _get_usage
from .api.billing import list_invoices as _list_invoices
from .api.billing import list_payment_methods as _list_payment_methods
from .api.billing import preview_postpaid_invoice as _preview_postpaid_invoice
from .api.billing import set_billing_info as _set_billing_info
from .api.billing import set_default_payment_method as _set_default_payment_method
from .api.billing import set_spending_limit as _set_spending_limit
from .api.billing import top_up_prepaid_credit as _top_up_prepaid_credit
from .models.empty import Empty
from .models.get_billing_info_response import GetBillingInfoResponse
from .models.get_prepaid_balance_response import GetPrepaidBalanceResponse
from .models.get_spending_limits_response import GetSpendingLimitsResponse
from .models.get_usage_request import GetUsageRequest
from .models.get_usage_response import GetUsageResponse
from .models.list_invoices_response import ListInvoicesResponse
from .models.list_payment_methods_response import ListPaymentMethodsResponse
from .models.preview_postpaid_invoice_response import PreviewPostpaidInvoiceResponse
from .models.set_billing_info_request import SetBillingInfoRequest
from .models.set_default_payment_method_request import SetDefaultPaymentMethodRequest
from .models.set_spending_limit_request import SetSpendingLimitRequest
from .models.set_spending_limit_response import SetSpendingLimitResponse
from .models.top_up_prepaid_credit_request import TopUpPrepaidCreditRequest
from .models.top_up_prepaid_credit_response import TopUpPrepaidCreditResponse
from .types import NOT_GIVEN, UNSET, NotGiven, Response, TimeoutTypes, Unset


class Client(SyncAPIClient):
    """The synchronous client of the xAI billing API.

    With no arguments it reads the management key from XAI_MANAGEMENT_KEY, the default team from
    XAI_TEAM_ID and the base URL from XAI_MANAGEMENT_BASE_URL; arguments win over the environment.

    Args:
        api_key: The management key (not an inference API key).
        team_id: The team that calls act on unless they name another.
        base_url: The API's base URL; defaults to https://management-api.x.ai.
        timeout: Seconds, an httpx.Timeout, or None for none; defaults to 5 s to connect and 60 s to read.
        max_retries: Retries after connection errors, 408, 429 and 5xx; defaults to 2. A top-up is
            retried only when its connection was never made.
        http_client: An httpx.Client to send through (its owner closes it).
    """

    @property
    def with_raw_response(self) -> ClientWithRawResponse:
        """The same operations, returning the parsed body with the raw status, headers and body."""
        return ClientWithRawResponse(self)

    def get_billing_info(
        self,
        *,
        team_id: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> GetBillingInfoResponse:
        """Get billing information: GET /v1/billing/teams/{team_id}/billing-info."""
        return _get_billing_info.sync(
            client=self,
            team_id=team_id,
            timeout=timeout,
        )

    def set_billing_info(
        self,
        *,
        team_id: str | None = None,
        body: SetBillingInfoRequest,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Empty:
        """Set billing information: POST /v1/billing/teams/{team_id}/billing-info."""
        return _set_billing_info.sync(
            client=self,
            team_id=team_id,
            body=body,
            timeout=timeout,
        )

    def list_invoices(
        self,
        *,
        team_id: str | None = None,
        billing_cycle_year: int | Unset = UNSET,
        billing_cycle_month: int | Unset = UNSET,
        since_year: int | Unset = UNSET,
        since_month: int | Unset = UNSET,
        invoice_ids_invoice_ids: list[str] | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> ListInvoicesResponse:
        """List invoices: GET /v1/billing/teams/{team_id}/invoices."""
        return _list_invoices.sync(
            client=self,
            team_id=team_id,
            billing_cycle_year=billing_cycle_year,
            billing_cycle_month=billing_cycle_month,
            since_year=since_year,
            since_month=since_month,
            invoice_ids_invoice_ids=invoice_ids_invoice_ids,
            timeout=timeout,
        )

    def list_payment_methods(
        self,
        *,
        team_id: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> ListPaymentMethodsResponse:
        """List payment methods: GET /v1/billing/teams/{team_id}/payment-method."""
        return _list_payment_methods.sync(
            client=self,
            team_id=team_id,
            timeout=timeout,
        )

    def set_default_payment_method(
        self,
        *,
        team_id: str | None = None,
        body: SetDefaultPaymentMethodRequest,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Empty:
        """Set the default payment method: POST /v1/billing/teams/{team_id}/payment-method/default."""
        return _set_default_payment_method.sync(
            client=self,
            team_id=team_id,
            body=body,
            timeout=timeout,
        )

    def preview_postpaid_invoice(
        self,
        *,
        team_id: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> PreviewPostpaidInvoiceResponse:
        """Preview the postpaid invoice of the current billing cycle: GET /v1/billing/teams/{team_id}/postpaid/invoice/preview."""
        return _preview_postpaid_invoice.sync(
            client=self,
            team_id=team_id,
            timeout=timeout,
        )

    def get_spending_limits(
        self,
        *,
        team_id: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> GetSpendingLimitsResponse:
        """Get the monthly postpaid spending limits: GET /v1/billing/teams/{team_id}/postpaid/spending-limits."""
        return _get_spending_limits.sync(
            client=self,
            team_id=team_id,
            timeout=timeout,
        )

    def set_spending_limit(
        self,
        *,
        team_id: str | None = None,
        body: SetSpendingLimitRequest,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> SetSpendingLimitResponse:
        """Set the monthly postpaid soft spending limit: POST /v1/billing/teams/{team_id}/postpaid/spending-limits."""
        return _set_spending_limit.sync(
            client=self,
            team_id=team_id,
            body=body,
            timeout=timeout,
        )

    def get_prepaid_balance(
        self,
        *,
        team_id: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> GetPrepaidBalanceResponse:
        """Get the prepaid credit balance and its changes: GET /v1/billing/teams/{team_id}/prepaid/balance."""
        return _get_prepaid_balance.sync(
            client=self,
            team_id=team_id,
            timeout=timeout,
        )

    def top_up_prepaid_credit(
        self,
        *,
        team_id: str | None = None,
        body: TopUpPrepaidCreditRequest,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> TopUpPrepaidCreditResponse:
        """Top up prepaid credit: POST /v1/billing/teams/{team_id}/prepaid/top-up."""
        return _top_up_prepaid_credit.sync(
            client=self,
            team_id=team_id,
            body=body,
            timeout=timeout,
        )

    def get_usage(
        self,
        *,
        team_id: str | None = None,
        body: GetUsageRequest,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> GetUsageResponse:
        """Get historical usage: POST /v1/billing/teams/{team_id}/usage."""
        return _get_usage.sync(
            client=self,
            team_id=team_id,
            body=body,
            timeout=timeout,
        )


class ClientWithRawResponse:
    """The operations of a Client, returning ``Response`` objects."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def get_billing_info(
        self,
        *,
        team_id: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Response[GetBillingInfoResponse]:
        """Get billing information, with the raw response: GET /v1/billing/teams/{team_id}/billing-info."""
        return _get_billing_info.sync_detailed(
            client=self._client,
            team_id=team_id,
            timeout=timeout,
        )

    def set_billing_info(
        self,
        *,
        team_id: str | None = None,
        body: SetBillingInfoRequest,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Response[Empty]:
        """Set billing information, with the raw response: POST /v1/billing/teams/{team_id}/billing-info."""
        return _set_billing_info.sync_detailed(
            client=self._client,
            team_id=team_id,
            body=body,
            timeout=timeout,
        )

    def list_invoices(
        self,
        *,
        team_id: str | None = None,
        billing_cycle_year: int | Unset = UNSET,
        billing_cycle_month: int | Unset = UNSET,
        since_year: int | Unset = UNSET,
        since_month: int | Unset = UNSET,
        invoice_ids_invoice_ids: list[str] | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Response[ListInvoicesResponse]:
        """List invoices, with the raw response: GET /v1/billing/teams/{team_id}/invoices."""
        return _list_invoices.sync_detailed(
            client=self._client,
            team_id=team_id,
            billing_cycle_year=billing_cycle_year,
            billing_cycle_month=billing_cycle_month,
            since_year=since_year,
            since_month=since_month,
            invoice_ids_invoice_ids=invoice_ids_invoice_ids,
            timeout=timeout,
        )

    def list_payment_methods(
        self,
        *,
        team_id: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Response[ListPaymentMethodsResponse]:
        """List payment methods, with the raw response: GET /v1/billing/teams/{team_id}/payment-method."""
        return _list_payment_methods.sync_detailed(
            client=self._client,
            team_id=team_id,
            timeout=timeout,
        )

    def set_default_payment_method(
        self,
        *,
        team_id: str | None = None,
        body: SetDefaultPaymentMethodRequest,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Response[Empty]:
        """Set the default payment method, with the raw response: POST /v1/billing/teams/{team_id}/payment-method/default."""
        return _set_default_payment_method.sync_detailed(
            client=self._client,
            team_id=team_id,
            body=body,
            timeout=timeout,
        )

    def preview_postpaid_invoice(
        self,
        *,
        team_id: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Response[PreviewPostpaidInvoiceResponse]:
        """Preview the postpaid invoice of the current billing cycle, with the raw response: GET /v1/billing/teams/{team_id}/postpaid/invoice/preview."""
        return _preview_postpaid_invoice.sync_detailed(
            client=self._client,
            team_id=team_id,
            timeout=timeout,
        )

    def get_spending_limits(
        self,
        *,
        team_id: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Response[GetSpendingLimitsResponse]:
        """Get the monthly postpaid spending limits, with the raw response: GET /v1/billing/teams/{team_id}/postpaid/spending-limits."""
        return _get_spending_limits.sync_detailed(
            client=self._client,
            team_id=team_id,
            timeout=timeout,
        )

    def set_spending_limit(
        self,
        *,
        team_id: str | None = None,
        body: SetSpendingLimitRequest,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Response[SetSpendingLimitResponse]:
        """Set the monthly postpaid soft spending limit, with the raw response: POST /v1/billing/teams/{team_id}/postpaid/spending-limits."""
        return _set_spending_limit.sync_detailed(
            client=self._client,
            team_id=team_id,
            body=body,
            timeout=timeout,
        )

    def get_prepaid_balance(
        self,
        *,
        team_id: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Response[GetPrepaidBalanceResponse]:
        """Get the prepaid credit balance and its changes, with the raw response: GET /v1/billing/teams/{team_id}/prepaid/balance."""
        return _get_prepaid_balance.sync_detailed(
            client=self._client,
            team_id=team_id,
            timeout=timeout,
        )

    def top_up_prepaid_credit(
        self,
        *,
        team_id: str | None = None,
        body: TopUpPrepaidCreditRequest,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Response[TopUpPrepaidCreditResponse]:
        """Top up prepaid credit, with the raw response: POST /v1/billing/teams/{team_id}/prepaid/top-up."""
        return _top_up_prepaid_credit.sync_detailed(
            client=self._client,
            team_id=team_id,
            body=body,
            timeout=timeout,
        )

    def get_usage(
        self,
        *,
        team_id: str | None = None,
        body: GetUsageRequest,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Response[GetUsageResponse]:
        """Get historical usage, with the raw response: POST /v1/billing/teams/{team_id}/usage."""
        return _get_usage.sync_detailed(
            client=self._client,
            team_id=team_id,
            body=body,
            timeout=timeout,
        )


class AsyncClient(AsyncAPIClient):
    """The asynchronous client of the xAI billing API; it takes the arguments of ``Client``.

    ``http_client``, if given, is an httpx.AsyncClient.
    """

    @property
    def with_raw_response(self) -> AsyncClientWithRawResponse:
        """The same operations, returning the parsed body with the raw status, headers and body."""
        return AsyncClientWithRawResponse(self)

    async def get_billing_info(
        self,
        *,
        team_id: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> GetBillingInfoResponse:
        """Get billing information: GET /v1/billing/teams/{team_id}/billing-info."""
        return await _get_billing_info.asyncio(
            client=self,
            team_id=team_id,
            timeout=timeout,
        )

    async def set_billing_info(
        self,
        *,
        team_id: str | None = None,
        body: SetBillingInfoRequest,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Empty:
        """Set billing information: POST /v1/billing/teams/{team_id}/billing-info."""
        return await _set_billing_info.asyncio(
            client=self,
            team_id=team_id,
            body=body,
            timeout=timeout,
        )

    async def list_invoices(
        self,
        *,
        team_id: str | None = None,
        billing_cycle_year: int | Unset = UNSET,
        billing_cycle_month: int | Unset = UNSET,
        since_year: int | Unset = UNSET,
        since_month: int | Unset = UNSET,
        invoice_ids_invoice_ids: list[str] | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> ListInvoicesResponse:
        """List invoices: GET /v1/billing/teams/{team_id}/invoices."""
        return await _list_invoices.asyncio(
            client=self,
            team_id=team_id,
            billing_cycle_year=billing_cycle_year,
            billing_cycle_month=billing_cycle_month,
            since_year=since_year,
            since_month=since_month,
            invoice_ids_invoice_ids=invoice_ids_invoice_ids,
            timeout=timeout,
        )

    async def list_payment_methods(
        self,
        *,
        team_id: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> ListPaymentMethodsResponse:
        """List payment methods: GET /v1/billing/teams/{team_id}/payment-method."""
        return await _list_payment_methods.asyncio(
            client=self,
            team_id=team_id,
            timeout=timeout,
        )

    async def set_default_payment_method(
        self,
        *,
        team_id: str | None = None,
        body: SetDefaultPaymentMethodRequest,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Empty:
        """Set the default payment method: POST /v1/billing/teams/{team_id}/payment-method/default."""
        return await _set_default_payment_method.asyncio(
            client=self,
            team_id=team_id,
            body=body,
            timeout=timeout,
        )

    async def preview_postpaid_invoice(
        self,
        *,
        team_id: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> PreviewPostpaidInvoiceResponse:
        """Preview the postpaid invoice of the current billing cycle: GET /v1/billing/teams/{team_id}/postpaid/invoice/preview."""
        return await _preview_postpaid_invoice.asyncio(
            client=self,
            team_id=team_id,
            timeout=timeout,
        )

    async def get_spending_limits(
        self,
        *,
        team_id: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> GetSpendingLimitsResponse:
        """Get the monthly postpaid spending limits: GET /v1/billing/teams/{team_id}/postpaid/spending-limits."""
        return await _get_spending_limits.asyncio(
            client=self,
            team_id=team_id,
            timeout=timeout,
        )

    async def set_spending_limit(
        self,
        *,
        team_id: str | None = None,
        body: SetSpendingLimitRequest,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> SetSpendingLimitResponse:
        """Set the monthly postpaid soft spending limit: POST /v1/billing/teams/{team_id}/postpaid/spending-limits."""
        return await _set_spending_limit.asyncio(
            client=self,
            team_id=team_id,
            body=body,
            timeout=timeout,
        )

    async def get_prepaid_balance(
        self,
        *,
        team_id: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> GetPrepaidBalanceResponse:
        """Get the prepaid credit balance and its changes: GET /v1/billing/teams/{team_id}/prepaid/balance."""
        return await _get_prepaid_balance.asyncio(
            client=self,
            team_id=team_id,
            timeout=timeout,
        )

    async def top_up_prepaid_credit(
        self,
        *,
        team_id: str | None = None,
        body: TopUpPrepaidCreditRequest,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> TopUpPrepaidCreditResponse:
        """Top up prepaid credit: POST /v1/billing/teams/{team_id}/prepaid/top-up."""
        return await _top_up_prepaid_credit.asyncio(
            client=self,
            team_id=team_id,
            body=body,
            timeout=timeout,
        )

    async def get_usage(
        self,
        *,
        team_id: str | None = None,
        body: GetUsageRequest,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> GetUsageResponse:
        """Get historical usage: POST /v1/billing/teams/{team_id}/usage."""
        return await _get_usage.asyncio(
            client=self,
            team_id=team_id,
            body=body,
            timeout=timeout,
        )


class AsyncClientWithRawResponse:
    """The operations of an AsyncClient, returning ``Response`` objects."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def get_billing_info(
        self,
        *,
        team_id: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Response[GetBillingInfoResponse]:
        """Get billing information, with the raw response: GET /v1/billing/teams/{team_id}/billing-info."""
        return await _get_billing_info.asyncio_detailed(
            client=self._client,
            team_id=team_id,
            timeout=timeout,
        )

    async def set_billing_info(
        self,
        *,
        team_id: str | None = None,
        body: SetBillingInfoRequest,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Response[Empty]:
        """Set billing information, with the raw response: POST /v1/billing/teams/{team_id}/billing-info."""
        return await _set_billing_info.asyncio_detailed(
            client=self._client,
            team_id=team_id,
            body=body,
            timeout=timeout,
        )

    async def list_invoices(
        self,
        *,
        team_id: str | None = None,
        billing_cycle_year: int | Unset = UNSET,
        billing_cycle_month: int | Unset = UNSET,
        since_year: int | Unset = UNSET,
        since_month: int | Unset = UNSET,
        invoice_ids_invoice_ids: list[str] | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Response[ListInvoicesResponse]:
        """List invoices, with the raw response: GET /v1/billing/teams/{team_id}/invoices."""
        return await _list_invoices.asyncio_detailed(
            client=self._client,
            team_id=team_id,
            billing_cycle_year=billing_cycle_year,
            billing_cycle_month=billing_cycle_month,
            since_year=since_year,
            since_month=since_month,
            invoice_ids_invoice_ids=invoice_ids_invoice_ids,
            timeout=timeout,
        )

    async def list_payment_methods(
        self,
        *,
        team_id: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Response[ListPaymentMethodsResponse]:
        """List payment methods, with the raw response: GET /v1/billing/teams/{team_id}/payment-method."""
        return await _list_payment_methods.asyncio_detailed(
            client=self._client,
            team_id=team_id,
            timeout=timeout,
        )

    async def set_default_payment_method(
        self,
        *,
        team_id: str | None = None,
        body: SetDefaultPaymentMethodRequest,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Response[Empty]:
        """Set the default payment method, with the raw response: POST /v1/billing/teams/{team_id}/payment-method/default."""
        return await _set_default_payment_method.asyncio_detailed(
            client=self._client,
            team_id=team_id,
            body=body,
            timeout=timeout,
        )

    async def preview_postpaid_invoice(
        self,
        *,
        team_id: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Response[PreviewPostpaidInvoiceResponse]:
        """Preview the postpaid invoice of the current billing cycle, with the raw response: GET /v1/billing/teams/{team_id}/postpaid/invoice/preview."""
        return await _preview_postpaid_invoice.asyncio_detailed(
            client=self._client,
            team_id=team_id,
            timeout=timeout,
        )

    async def get_spending_limits(
        self,
        *,
        team_id: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Response[GetSpendingLimitsResponse]:
        """Get the monthly postpaid spending limits, with the raw response: GET /v1/billing/teams/{team_id}/postpaid/spending-limits."""
        return await _get_spending_limits.asyncio_detailed(
            client=self._client,
            team_id=team_id,
            timeout=timeout,
        )

    async def set_spending_limit(
        self,
        *,
        team_id: str | None = None,
        body: SetSpendingLimitRequest,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Response[SetSpendingLimitResponse]:
        """Set the monthly postpaid soft spending limit, with the raw response: POST /v1/billing/teams/{team_id}/postpaid/spending-limits."""
        return await _set_spending_limit.asyncio_detailed(
            client=self._client,
            team_id=team_id,
            body=body,
            timeout=timeout,
        )

    async def get_prepaid_balance(
        self,
        *,
        team_id: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Response[GetPrepaidBalanceResponse]:
        """Get the prepaid credit balance and its changes, with the raw response: GET /v1/billing/teams/{team_id}/prepaid/balance."""
        return await _get_prepaid_balance.asyncio_detailed(
            client=self._client,
            team_id=team_id,
            timeout=timeout,
        )

    async def top_up_prepaid_credit(
        self,
        *,
        team_id: str | None = None,
        body: TopUpPrepaidCreditRequest,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Response[TopUpPrepaidCreditResponse]:
        """Top up prepaid credit, with the raw response: POST /v1/billing/teams/{team_id}/prepaid/top-up."""
        return await _top_up_prepaid_credit.asyncio_detailed(
            client=self._client,
            team_id=team_id,
            body=body,
            timeout=timeout,
        )

    async def get_usage(
        self,
        *,
        team_id: str | None = None,
        body: GetUsageRequest,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Response[GetUsageResponse]:
        """Get historical usage, with the raw response: POST /v1/billing/teams/{team_id}/usage."""
        return await _get_usage.asyncio_detailed(
            client=self._client,
            team_id=team_id,
            body=body,
            timeout=timeout,
        )
