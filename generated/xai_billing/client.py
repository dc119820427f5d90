# generated from spec/openapi.yaml by make generate — do not edit
"""The clients: one method per operation of the billing API."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from . import _operations
from ._base_client import AsyncAPIClient, SyncAPIClient
from ._version import __version__
from .types import NOT_GIVEN, Headers, NotGiven, Query, Response, TimeoutTypes

if TYPE_CHECKING:
    from .models import (
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
    from .params import (
        AnalyticsRequestParam,
        BillingInfoParam,
        NonNegativeUsdCentsParam,
        PositiveUsdCentsParam,
    )


USER_AGENT = f"xai-billing-python/{__version__}"


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
        deadline: Seconds for a whole call, every attempt, read and wait included; defaults to 300 s.
            None for no limit.
    """

    _user_agent = USER_AGENT

    @property
    def with_raw_response(self) -> ClientWithRawResponse:
        """The same operations, returning the parsed body with the raw status, headers and body."""
        return ClientWithRawResponse(self)

    def get_billing_info(
        self,
        *,
        team_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> GetBillingInfoResponse:
        """Get billing information.

        Get the billing information (name, address, email, tax ID) of the team.

        GET /v1/billing/teams/{team_id}/billing-info

        Args:
            team_id: The team to act on; defaults to the client's team.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            timeout: This call's timeout, instead of the client's (per connect, read, write, as httpx has it).
            deadline: Seconds for the whole call, every attempt, read and wait included (None: no limit);
                instead of the client's (default 300).

        Returns:
            GetBillingInfoResponse: The team's billing information.

        Raises:
            ConfigurationError: No team ID, or an argument the spec does not allow; nothing was sent.
            AuthenticationError: 401: The management key is missing or invalid.
            PermissionDeniedError: 403: The management key is valid but may not do this: it lacks the
                permission (billing writes need a key with billing-write permission), or the team ID
                is another team's.
            RateLimitError: 429: Too many requests; wait as long as Retry-After says before trying
                again.
            APIStatusError: Any other status that is not 2xx, as its subclass; 408, 429 and 5xx after
                `max_retries` retries.
            APITimeoutError: The timeout passed (after `max_retries` retries), or the call's deadline.
            APIConnectionError: The server could not be reached, or the connection broke (after
                `max_retries` retries).
            APIResponseValidationError: The answer is not JSON, or not the shape the spec describes.
        """

        return self._request(
            _operations.GET_BILLING_INFO,
            {},
            team_id=team_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            deadline=deadline,
        ).parsed

    def set_billing_info(
        self,
        *,
        billing_info: BillingInfo | BillingInfoParam,
        team_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> Empty:
        """Set billing information.

        Replace the billing information of the team.

        POST /v1/billing/teams/{team_id}/billing-info

        Args:
            billing_info: The billing info to set; it replaces the team's current one. Takes a
                `BillingInfo` or a dict of its wire members (`BillingInfoParam`).
            team_id: The team to act on; defaults to the client's team.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            timeout: This call's timeout, instead of the client's (per connect, read, write, as httpx has it).
            deadline: Seconds for the whole call, every attempt, read and wait included (None: no limit);
                instead of the client's (default 300).

        Returns:
            Empty: The billing information was saved.

        Raises:
            ConfigurationError: No team ID, or an argument the spec does not allow; nothing was sent.
            AuthenticationError: 401: The management key is missing or invalid.
            PermissionDeniedError: 403: The management key is valid but may not do this: it lacks the
                permission (billing writes need a key with billing-write permission), or the team ID
                is another team's.
            RateLimitError: 429: Too many requests; wait as long as Retry-After says before trying
                again.
            APIStatusError: Any other status that is not 2xx, as its subclass; 408, 429 and 5xx after
                `max_retries` retries.
            APITimeoutError: The timeout passed (after `max_retries` retries), or the call's deadline.
            APIConnectionError: The server could not be reached, or the connection broke (after
                `max_retries` retries).
            APIResponseValidationError: The answer is not JSON, or not the shape the spec describes.
        """

        return self._request(
            _operations.SET_BILLING_INFO,
            {
                "billing_info": billing_info,
            },
            team_id=team_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            deadline=deadline,
        ).parsed

    def list_invoices(
        self,
        *,
        billing_cycle_year: int | None = None,
        billing_cycle_month: int | None = None,
        since_year: int | None = None,
        since_month: int | None = None,
        invoice_ids: Sequence[str] | None = None,
        team_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> ListInvoicesResponse:
        """List invoices.

        List the invoices of the team. With no filter, all invoices are listed. Give the arguments of at
        most one of: `billing_cycle_year` and `billing_cycle_month`, `since_year` and `since_month` or
        `invoice_ids`.

        GET /v1/billing/teams/{team_id}/invoices

        Args:
            billing_cycle_year: Only invoices of the billing cycle of this year (with
                `billing_cycle_month`).
            billing_cycle_month: Only invoices of the billing cycle of this month, 1 to 12 (with
                `billing_cycle_year`).
            since_year: Only invoices of billing cycles from this year on (with `since_month`).
            since_month: Only invoices of billing cycles from this month on, 1 to 12 (with
                `since_year`).
            invoice_ids: Only the invoices with these IDs.
            team_id: The team to act on; defaults to the client's team.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            timeout: This call's timeout, instead of the client's (per connect, read, write, as httpx has it).
            deadline: Seconds for the whole call, every attempt, read and wait included (None: no limit);
                instead of the client's (default 300).

        Returns:
            ListInvoicesResponse: The matching invoices.

        Raises:
            ConfigurationError: No team ID, or an argument the spec does not allow; nothing was sent.
            AuthenticationError: 401: The management key is missing or invalid.
            PermissionDeniedError: 403: The management key is valid but may not do this: it lacks the
                permission (billing writes need a key with billing-write permission), or the team ID
                is another team's.
            RateLimitError: 429: Too many requests; wait as long as Retry-After says before trying
                again.
            APIStatusError: Any other status that is not 2xx, as its subclass; 408, 429 and 5xx after
                `max_retries` retries.
            APITimeoutError: The timeout passed (after `max_retries` retries), or the call's deadline.
            APIConnectionError: The server could not be reached, or the connection broke (after
                `max_retries` retries).
            APIResponseValidationError: The answer is not JSON, or not the shape the spec describes.
        """

        return self._request(
            _operations.LIST_INVOICES,
            {
                "billing_cycle_year": billing_cycle_year,
                "billing_cycle_month": billing_cycle_month,
                "since_year": since_year,
                "since_month": since_month,
                "invoice_ids": invoice_ids,
            },
            team_id=team_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            deadline=deadline,
        ).parsed

    def list_payment_methods(
        self,
        *,
        team_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> ListPaymentMethodsResponse:
        """List payment methods.

        List the payment methods of the team. Payment methods are added and removed only in the xAI
        console (https://console.x.ai); the API lists them and picks the default.

        GET /v1/billing/teams/{team_id}/payment-method

        Args:
            team_id: The team to act on; defaults to the client's team.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            timeout: This call's timeout, instead of the client's (per connect, read, write, as httpx has it).
            deadline: Seconds for the whole call, every attempt, read and wait included (None: no limit);
                instead of the client's (default 300).

        Returns:
            ListPaymentMethodsResponse: The payment methods on file, and any incomplete attempt to add
                one.

        Raises:
            ConfigurationError: No team ID, or an argument the spec does not allow; nothing was sent.
            AuthenticationError: 401: The management key is missing or invalid.
            PermissionDeniedError: 403: The management key is valid but may not do this: it lacks the
                permission (billing writes need a key with billing-write permission), or the team ID
                is another team's.
            RateLimitError: 429: Too many requests; wait as long as Retry-After says before trying
                again.
            APIStatusError: Any other status that is not 2xx, as its subclass; 408, 429 and 5xx after
                `max_retries` retries.
            APITimeoutError: The timeout passed (after `max_retries` retries), or the call's deadline.
            APIConnectionError: The server could not be reached, or the connection broke (after
                `max_retries` retries).
            APIResponseValidationError: The answer is not JSON, or not the shape the spec describes.
        """

        return self._request(
            _operations.LIST_PAYMENT_METHODS,
            {},
            team_id=team_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            deadline=deadline,
        ).parsed

    def set_default_payment_method(
        self,
        *,
        payment_method_id: str,
        team_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> Empty:
        """Set the default payment method.

        Make an existing payment method on file the team's default one.

        POST /v1/billing/teams/{team_id}/payment-method/default

        Args:
            payment_method_id: ID of a payment method on file.
            team_id: The team to act on; defaults to the client's team.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            timeout: This call's timeout, instead of the client's (per connect, read, write, as httpx has it).
            deadline: Seconds for the whole call, every attempt, read and wait included (None: no limit);
                instead of the client's (default 300).

        Returns:
            Empty: The default payment method was set.

        Raises:
            ConfigurationError: No team ID, or an argument the spec does not allow; nothing was sent.
            AuthenticationError: 401: The management key is missing or invalid.
            PermissionDeniedError: 403: The management key is valid but may not do this: it lacks the
                permission (billing writes need a key with billing-write permission), or the team ID
                is another team's.
            NotFoundError: 404: No payment method of the team has this ID.
            RateLimitError: 429: Too many requests; wait as long as Retry-After says before trying
                again.
            APIStatusError: Any other status that is not 2xx, as its subclass; 408, 429 and 5xx after
                `max_retries` retries.
            APITimeoutError: The timeout passed (after `max_retries` retries), or the call's deadline.
            APIConnectionError: The server could not be reached, or the connection broke (after
                `max_retries` retries).
            APIResponseValidationError: The answer is not JSON, or not the shape the spec describes.
        """

        return self._request(
            _operations.SET_DEFAULT_PAYMENT_METHOD,
            {
                "payment_method_id": payment_method_id,
            },
            team_id=team_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            deadline=deadline,
        ).parsed

    def preview_postpaid_invoice(
        self,
        *,
        team_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> PreviewPostpaidInvoiceResponse:
        """Preview the postpaid invoice of the current billing cycle.

        Preview the amount to pay for postpaid usage in the current billing cycle.

        GET /v1/billing/teams/{team_id}/postpaid/invoice/preview

        Args:
            team_id: The team to act on; defaults to the client's team.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            timeout: This call's timeout, instead of the client's (per connect, read, write, as httpx has it).
            deadline: Seconds for the whole call, every attempt, read and wait included (None: no limit);
                instead of the client's (default 300).

        Returns:
            PreviewPostpaidInvoiceResponse: The invoice so far, the effective spending limit and the
                default credits.

        Raises:
            ConfigurationError: No team ID, or an argument the spec does not allow; nothing was sent.
            AuthenticationError: 401: The management key is missing or invalid.
            PermissionDeniedError: 403: The management key is valid but may not do this: it lacks the
                permission (billing writes need a key with billing-write permission), or the team ID
                is another team's.
            RateLimitError: 429: Too many requests; wait as long as Retry-After says before trying
                again.
            APIStatusError: Any other status that is not 2xx, as its subclass; 408, 429 and 5xx after
                `max_retries` retries.
            APITimeoutError: The timeout passed (after `max_retries` retries), or the call's deadline.
            APIConnectionError: The server could not be reached, or the connection broke (after
                `max_retries` retries).
            APIResponseValidationError: The answer is not JSON, or not the shape the spec describes.
        """

        return self._request(
            _operations.PREVIEW_POSTPAID_INVOICE,
            {},
            team_id=team_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            deadline=deadline,
        ).parsed

    def get_spending_limits(
        self,
        *,
        team_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> GetSpendingLimitsResponse:
        """Get the monthly postpaid spending limits.

        Get the postpaid monthly spending limits. The API stops serving the team once it has consumed
        all of its prepaid credit and its postpaid usage has reached the soft spending limit.

        GET /v1/billing/teams/{team_id}/postpaid/spending-limits

        Args:
            team_id: The team to act on; defaults to the client's team.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            timeout: This call's timeout, instead of the client's (per connect, read, write, as httpx has it).
            deadline: Seconds for the whole call, every attempt, read and wait included (None: no limit);
                instead of the client's (default 300).

        Returns:
            GetSpendingLimitsResponse: The spending limits of the current billing cycle.

        Raises:
            ConfigurationError: No team ID, or an argument the spec does not allow; nothing was sent.
            AuthenticationError: 401: The management key is missing or invalid.
            PermissionDeniedError: 403: The management key is valid but may not do this: it lacks the
                permission (billing writes need a key with billing-write permission), or the team ID
                is another team's.
            RateLimitError: 429: Too many requests; wait as long as Retry-After says before trying
                again.
            APIStatusError: Any other status that is not 2xx, as its subclass; 408, 429 and 5xx after
                `max_retries` retries.
            APITimeoutError: The timeout passed (after `max_retries` retries), or the call's deadline.
            APIConnectionError: The server could not be reached, or the connection broke (after
                `max_retries` retries).
            APIResponseValidationError: The answer is not JSON, or not the shape the spec describes.
        """

        return self._request(
            _operations.GET_SPENDING_LIMITS,
            {},
            team_id=team_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            deadline=deadline,
        ).parsed

    def set_spending_limit(
        self,
        *,
        desired_soft_spending_limit: NonNegativeUsdCents | NonNegativeUsdCentsParam,
        team_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> SetSpendingLimitResponse:
        """Set the monthly postpaid soft spending limit.

        Set the postpaid monthly (soft) spending limit of the team, to restrict the maximum amount of
        postpaid API usage. It never limits prepaid usage: prepaid credit is always consumed before
        postpaid usage accrues. Set it to 0 to use prepaid credit only.

        POST /v1/billing/teams/{team_id}/postpaid/spending-limits

        Args:
            desired_soft_spending_limit: The soft spending limit wanted, in USD cents; 0 means prepaid
                credit only. Takes a `NonNegativeUsdCents` or a dict of its wire members
                (`NonNegativeUsdCentsParam`).
            team_id: The team to act on; defaults to the client's team.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            timeout: This call's timeout, instead of the client's (per connect, read, write, as httpx has it).
            deadline: Seconds for the whole call, every attempt, read and wait included (None: no limit);
                instead of the client's (default 300).

        Returns:
            SetSpendingLimitResponse: The soft spending limit now in force for this billing period.

        Raises:
            ConfigurationError: No team ID, or an argument the spec does not allow; nothing was sent.
            AuthenticationError: 401: The management key is missing or invalid.
            PermissionDeniedError: 403: The management key is valid but may not do this: it lacks the
                permission (billing writes need a key with billing-write permission), or the team ID
                is another team's.
            RateLimitError: 429: Too many requests; wait as long as Retry-After says before trying
                again.
            APIStatusError: Any other status that is not 2xx, as its subclass; 408, 429 and 5xx after
                `max_retries` retries.
            APITimeoutError: The timeout passed (after `max_retries` retries), or the call's deadline.
            APIConnectionError: The server could not be reached, or the connection broke (after
                `max_retries` retries).
            APIResponseValidationError: The answer is not JSON, or not the shape the spec describes.
        """

        return self._request(
            _operations.SET_SPENDING_LIMIT,
            {
                "desired_soft_spending_limit": desired_soft_spending_limit,
            },
            team_id=team_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            deadline=deadline,
        ).parsed

    def get_prepaid_balance(
        self,
        *,
        team_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> GetPrepaidBalanceResponse:
        """Get the prepaid credit balance and its changes.

        List the prepaid credit balance of the team and the changes to it. Ledger sign convention:
        purchases, refunds and automatic purchases are negative, spends positive, manual changes either
        way; so a `total.val` of `-1000` means 10.00 USD of credit left.

        GET /v1/billing/teams/{team_id}/prepaid/balance

        Args:
            team_id: The team to act on; defaults to the client's team.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            timeout: This call's timeout, instead of the client's (per connect, read, write, as httpx has it).
            deadline: Seconds for the whole call, every attempt, read and wait included (None: no limit);
                instead of the client's (default 300).

        Returns:
            GetPrepaidBalanceResponse: The balance changes and the balance.

        Raises:
            ConfigurationError: No team ID, or an argument the spec does not allow; nothing was sent.
            AuthenticationError: 401: The management key is missing or invalid.
            PermissionDeniedError: 403: The management key is valid but may not do this: it lacks the
                permission (billing writes need a key with billing-write permission), or the team ID
                is another team's.
            NotFoundError: 404: The team is billed postpaid: it has no prepaid balance.
            RateLimitError: 429: Too many requests; wait as long as Retry-After says before trying
                again.
            APIStatusError: Any other status that is not 2xx, as its subclass; 408, 429 and 5xx after
                `max_retries` retries.
            APITimeoutError: The timeout passed (after `max_retries` retries), or the call's deadline.
            APIConnectionError: The server could not be reached, or the connection broke (after
                `max_retries` retries).
            APIResponseValidationError: The answer is not JSON, or not the shape the spec describes.
        """

        return self._request(
            _operations.GET_PREPAID_BALANCE,
            {},
            team_id=team_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            deadline=deadline,
        ).parsed

    def top_up_prepaid_credit(
        self,
        *,
        amount: PositiveUsdCents | PositiveUsdCentsParam,
        team_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> TopUpPrepaidCreditResponse:
        """Top up prepaid credit.

        Buy prepaid credit, charged to the team's default payment method. **This moves money.** While a
        top-up is pending the server returns that pending change instead of starting a second one, but a
        top-up that already succeeded is not pending: repeating the request charges again. After a
        failure whose outcome is unknown, read the prepaid balance changes before trying again.

        POST /v1/billing/teams/{team_id}/prepaid/top-up

        Args:
            amount: Amount of credit to buy, in USD cents, more than zero; charged to the default
                payment method. Takes a `PositiveUsdCents` or a dict of its wire members
                (`PositiveUsdCentsParam`).
            team_id: The team to act on; defaults to the client's team.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            timeout: This call's timeout, instead of the client's (per connect, read, write, as httpx has it).
            deadline: Seconds for the whole call, every attempt, read and wait included (None: no limit);
                instead of the client's (default 300).

        Returns:
            TopUpPrepaidCreditResponse: The new (or the already pending) balance change.

        Raises:
            ConfigurationError: No team ID, or an argument the spec does not allow; nothing was sent.
            TopUpOutcomeUnknownError: The request may have reached the server and then failed (a broken
                connection, a timeout or the deadline, a 408 or 5xx, an answer that cannot be read):
                the charge may have happened, and the client did not send it again. Before trying
                again, call get_prepaid_balance() and look for a PURCHASE change of this amount
                created after the attempt.
            AuthenticationError: 401: The management key is missing or invalid.
            PermissionDeniedError: 403: The management key is valid but may not do this: it lacks the
                permission (billing writes need a key with billing-write permission), or the team ID
                is another team's.
            RateLimitError: 429: Too many requests; wait as long as Retry-After says before trying
                again.
            APIStatusError: Any other status that is not 2xx, as its subclass: the server refused it.
            APIConnectionError: Only when the request was never sent (no connection could be made; then
                it is retried first); APITimeoutError, its subclass, likewise.
        """

        return self._request(
            _operations.TOP_UP_PREPAID_CREDIT,
            {
                "amount": amount,
            },
            team_id=team_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            deadline=deadline,
        ).parsed

    def get_usage(
        self,
        *,
        analytics_request: AnalyticsRequest | AnalyticsRequestParam,
        team_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> GetUsageResponse:
        """Get historical usage.

        Get the historical usage of the API over a time range, aggregated by time unit and grouped by
        fields.

        POST /v1/billing/teams/{team_id}/usage

        Args:
            analytics_request: The usage query. Takes an `AnalyticsRequest` or a dict of its wire
                members (`AnalyticsRequestParam`).
            team_id: The team to act on; defaults to the client's team.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            timeout: This call's timeout, instead of the client's (per connect, read, write, as httpx has it).
            deadline: Seconds for the whole call, every attempt, read and wait included (None: no limit);
                instead of the client's (default 300).

        Returns:
            GetUsageResponse: One time series per group.

        Raises:
            ConfigurationError: No team ID, or an argument the spec does not allow; nothing was sent.
            AuthenticationError: 401: The management key is missing or invalid.
            PermissionDeniedError: 403: The management key is valid but may not do this: it lacks the
                permission (billing writes need a key with billing-write permission), or the team ID
                is another team's.
            RateLimitError: 429: Too many requests; wait as long as Retry-After says before trying
                again.
            APIStatusError: Any other status that is not 2xx, as its subclass; 408, 429 and 5xx after
                `max_retries` retries.
            APITimeoutError: The timeout passed (after `max_retries` retries), or the call's deadline.
            APIConnectionError: The server could not be reached, or the connection broke (after
                `max_retries` retries).
            APIResponseValidationError: The answer is not JSON, or not the shape the spec describes.
        """

        return self._request(
            _operations.GET_USAGE,
            {
                "analytics_request": analytics_request,
            },
            team_id=team_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            deadline=deadline,
        ).parsed


class ClientWithRawResponse:
    """The operations of a Client, returning ``Response`` objects: the parsed body and the raw response."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def get_billing_info(
        self,
        *,
        team_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> Response[GetBillingInfoResponse]:
        """Get billing information, with the raw response: see ``Client.get_billing_info``."""
        return self._client._request(
            _operations.GET_BILLING_INFO,
            {},
            team_id=team_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            deadline=deadline,
        )

    def set_billing_info(
        self,
        *,
        billing_info: BillingInfo | BillingInfoParam,
        team_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> Response[Empty]:
        """Set billing information, with the raw response: see ``Client.set_billing_info``."""
        return self._client._request(
            _operations.SET_BILLING_INFO,
            {
                "billing_info": billing_info,
            },
            team_id=team_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            deadline=deadline,
        )

    def list_invoices(
        self,
        *,
        billing_cycle_year: int | None = None,
        billing_cycle_month: int | None = None,
        since_year: int | None = None,
        since_month: int | None = None,
        invoice_ids: Sequence[str] | None = None,
        team_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> Response[ListInvoicesResponse]:
        """List invoices, with the raw response: see ``Client.list_invoices``."""
        return self._client._request(
            _operations.LIST_INVOICES,
            {
                "billing_cycle_year": billing_cycle_year,
                "billing_cycle_month": billing_cycle_month,
                "since_year": since_year,
                "since_month": since_month,
                "invoice_ids": invoice_ids,
            },
            team_id=team_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            deadline=deadline,
        )

    def list_payment_methods(
        self,
        *,
        team_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> Response[ListPaymentMethodsResponse]:
        """List payment methods, with the raw response: see ``Client.list_payment_methods``."""
        return self._client._request(
            _operations.LIST_PAYMENT_METHODS,
            {},
            team_id=team_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            deadline=deadline,
        )

    def set_default_payment_method(
        self,
        *,
        payment_method_id: str,
        team_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> Response[Empty]:
        """Set the default payment method, with the raw response: see ``Client.set_default_payment_method``."""
        return self._client._request(
            _operations.SET_DEFAULT_PAYMENT_METHOD,
            {
                "payment_method_id": payment_method_id,
            },
            team_id=team_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            deadline=deadline,
        )

    def preview_postpaid_invoice(
        self,
        *,
        team_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> Response[PreviewPostpaidInvoiceResponse]:
        """Preview the postpaid invoice of the current billing cycle, with the raw response: see ``Client.preview_postpaid_invoice``."""
        return self._client._request(
            _operations.PREVIEW_POSTPAID_INVOICE,
            {},
            team_id=team_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            deadline=deadline,
        )

    def get_spending_limits(
        self,
        *,
        team_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> Response[GetSpendingLimitsResponse]:
        """Get the monthly postpaid spending limits, with the raw response: see ``Client.get_spending_limits``."""
        return self._client._request(
            _operations.GET_SPENDING_LIMITS,
            {},
            team_id=team_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            deadline=deadline,
        )

    def set_spending_limit(
        self,
        *,
        desired_soft_spending_limit: NonNegativeUsdCents | NonNegativeUsdCentsParam,
        team_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> Response[SetSpendingLimitResponse]:
        """Set the monthly postpaid soft spending limit, with the raw response: see ``Client.set_spending_limit``."""
        return self._client._request(
            _operations.SET_SPENDING_LIMIT,
            {
                "desired_soft_spending_limit": desired_soft_spending_limit,
            },
            team_id=team_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            deadline=deadline,
        )

    def get_prepaid_balance(
        self,
        *,
        team_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> Response[GetPrepaidBalanceResponse]:
        """Get the prepaid credit balance and its changes, with the raw response: see ``Client.get_prepaid_balance``."""
        return self._client._request(
            _operations.GET_PREPAID_BALANCE,
            {},
            team_id=team_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            deadline=deadline,
        )

    def top_up_prepaid_credit(
        self,
        *,
        amount: PositiveUsdCents | PositiveUsdCentsParam,
        team_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> Response[TopUpPrepaidCreditResponse]:
        """Top up prepaid credit, with the raw response: see ``Client.top_up_prepaid_credit``."""
        return self._client._request(
            _operations.TOP_UP_PREPAID_CREDIT,
            {
                "amount": amount,
            },
            team_id=team_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            deadline=deadline,
        )

    def get_usage(
        self,
        *,
        analytics_request: AnalyticsRequest | AnalyticsRequestParam,
        team_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> Response[GetUsageResponse]:
        """Get historical usage, with the raw response: see ``Client.get_usage``."""
        return self._client._request(
            _operations.GET_USAGE,
            {
                "analytics_request": analytics_request,
            },
            team_id=team_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            deadline=deadline,
        )


class AsyncClient(AsyncAPIClient):
    """The asynchronous client of the xAI billing API; it takes the arguments of ``Client``.

    ``http_client``, if given, is an httpx.AsyncClient.
    """

    _user_agent = USER_AGENT

    @property
    def with_raw_response(self) -> AsyncClientWithRawResponse:
        """The same operations, returning the parsed body with the raw status, headers and body."""
        return AsyncClientWithRawResponse(self)

    async def get_billing_info(
        self,
        *,
        team_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> GetBillingInfoResponse:
        """Get billing information.

        Get the billing information (name, address, email, tax ID) of the team.

        GET /v1/billing/teams/{team_id}/billing-info

        Args:
            team_id: The team to act on; defaults to the client's team.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            timeout: This call's timeout, instead of the client's (per connect, read, write, as httpx has it).
            deadline: Seconds for the whole call, every attempt, read and wait included (None: no limit);
                instead of the client's (default 300).

        Returns:
            GetBillingInfoResponse: The team's billing information.

        Raises:
            ConfigurationError: No team ID, or an argument the spec does not allow; nothing was sent.
            AuthenticationError: 401: The management key is missing or invalid.
            PermissionDeniedError: 403: The management key is valid but may not do this: it lacks the
                permission (billing writes need a key with billing-write permission), or the team ID
                is another team's.
            RateLimitError: 429: Too many requests; wait as long as Retry-After says before trying
                again.
            APIStatusError: Any other status that is not 2xx, as its subclass; 408, 429 and 5xx after
                `max_retries` retries.
            APITimeoutError: The timeout passed (after `max_retries` retries), or the call's deadline.
            APIConnectionError: The server could not be reached, or the connection broke (after
                `max_retries` retries).
            APIResponseValidationError: The answer is not JSON, or not the shape the spec describes.
        """

        return (
            await self._request(
                _operations.GET_BILLING_INFO,
                {},
                team_id=team_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                deadline=deadline,
            )
        ).parsed

    async def set_billing_info(
        self,
        *,
        billing_info: BillingInfo | BillingInfoParam,
        team_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> Empty:
        """Set billing information.

        Replace the billing information of the team.

        POST /v1/billing/teams/{team_id}/billing-info

        Args:
            billing_info: The billing info to set; it replaces the team's current one. Takes a
                `BillingInfo` or a dict of its wire members (`BillingInfoParam`).
            team_id: The team to act on; defaults to the client's team.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            timeout: This call's timeout, instead of the client's (per connect, read, write, as httpx has it).
            deadline: Seconds for the whole call, every attempt, read and wait included (None: no limit);
                instead of the client's (default 300).

        Returns:
            Empty: The billing information was saved.

        Raises:
            ConfigurationError: No team ID, or an argument the spec does not allow; nothing was sent.
            AuthenticationError: 401: The management key is missing or invalid.
            PermissionDeniedError: 403: The management key is valid but may not do this: it lacks the
                permission (billing writes need a key with billing-write permission), or the team ID
                is another team's.
            RateLimitError: 429: Too many requests; wait as long as Retry-After says before trying
                again.
            APIStatusError: Any other status that is not 2xx, as its subclass; 408, 429 and 5xx after
                `max_retries` retries.
            APITimeoutError: The timeout passed (after `max_retries` retries), or the call's deadline.
            APIConnectionError: The server could not be reached, or the connection broke (after
                `max_retries` retries).
            APIResponseValidationError: The answer is not JSON, or not the shape the spec describes.
        """

        return (
            await self._request(
                _operations.SET_BILLING_INFO,
                {
                    "billing_info": billing_info,
                },
                team_id=team_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                deadline=deadline,
            )
        ).parsed

    async def list_invoices(
        self,
        *,
        billing_cycle_year: int | None = None,
        billing_cycle_month: int | None = None,
        since_year: int | None = None,
        since_month: int | None = None,
        invoice_ids: Sequence[str] | None = None,
        team_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> ListInvoicesResponse:
        """List invoices.

        List the invoices of the team. With no filter, all invoices are listed. Give the arguments of at
        most one of: `billing_cycle_year` and `billing_cycle_month`, `since_year` and `since_month` or
        `invoice_ids`.

        GET /v1/billing/teams/{team_id}/invoices

        Args:
            billing_cycle_year: Only invoices of the billing cycle of this year (with
                `billing_cycle_month`).
            billing_cycle_month: Only invoices of the billing cycle of this month, 1 to 12 (with
                `billing_cycle_year`).
            since_year: Only invoices of billing cycles from this year on (with `since_month`).
            since_month: Only invoices of billing cycles from this month on, 1 to 12 (with
                `since_year`).
            invoice_ids: Only the invoices with these IDs.
            team_id: The team to act on; defaults to the client's team.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            timeout: This call's timeout, instead of the client's (per connect, read, write, as httpx has it).
            deadline: Seconds for the whole call, every attempt, read and wait included (None: no limit);
                instead of the client's (default 300).

        Returns:
            ListInvoicesResponse: The matching invoices.

        Raises:
            ConfigurationError: No team ID, or an argument the spec does not allow; nothing was sent.
            AuthenticationError: 401: The management key is missing or invalid.
            PermissionDeniedError: 403: The management key is valid but may not do this: it lacks the
                permission (billing writes need a key with billing-write permission), or the team ID
                is another team's.
            RateLimitError: 429: Too many requests; wait as long as Retry-After says before trying
                again.
            APIStatusError: Any other status that is not 2xx, as its subclass; 408, 429 and 5xx after
                `max_retries` retries.
            APITimeoutError: The timeout passed (after `max_retries` retries), or the call's deadline.
            APIConnectionError: The server could not be reached, or the connection broke (after
                `max_retries` retries).
            APIResponseValidationError: The answer is not JSON, or not the shape the spec describes.
        """

        return (
            await self._request(
                _operations.LIST_INVOICES,
                {
                    "billing_cycle_year": billing_cycle_year,
                    "billing_cycle_month": billing_cycle_month,
                    "since_year": since_year,
                    "since_month": since_month,
                    "invoice_ids": invoice_ids,
                },
                team_id=team_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                deadline=deadline,
            )
        ).parsed

    async def list_payment_methods(
        self,
        *,
        team_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> ListPaymentMethodsResponse:
        """List payment methods.

        List the payment methods of the team. Payment methods are added and removed only in the xAI
        console (https://console.x.ai); the API lists them and picks the default.

        GET /v1/billing/teams/{team_id}/payment-method

        Args:
            team_id: The team to act on; defaults to the client's team.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            timeout: This call's timeout, instead of the client's (per connect, read, write, as httpx has it).
            deadline: Seconds for the whole call, every attempt, read and wait included (None: no limit);
                instead of the client's (default 300).

        Returns:
            ListPaymentMethodsResponse: The payment methods on file, and any incomplete attempt to add
                one.

        Raises:
            ConfigurationError: No team ID, or an argument the spec does not allow; nothing was sent.
            AuthenticationError: 401: The management key is missing or invalid.
            PermissionDeniedError: 403: The management key is valid but may not do this: it lacks the
                permission (billing writes need a key with billing-write permission), or the team ID
                is another team's.
            RateLimitError: 429: Too many requests; wait as long as Retry-After says before trying
                again.
            APIStatusError: Any other status that is not 2xx, as its subclass; 408, 429 and 5xx after
                `max_retries` retries.
            APITimeoutError: The timeout passed (after `max_retries` retries), or the call's deadline.
            APIConnectionError: The server could not be reached, or the connection broke (after
                `max_retries` retries).
            APIResponseValidationError: The answer is not JSON, or not the shape the spec describes.
        """

        return (
            await self._request(
                _operations.LIST_PAYMENT_METHODS,
                {},
                team_id=team_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                deadline=deadline,
            )
        ).parsed

    async def set_default_payment_method(
        self,
        *,
        payment_method_id: str,
        team_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> Empty:
        """Set the default payment method.

        Make an existing payment method on file the team's default one.

        POST /v1/billing/teams/{team_id}/payment-method/default

        Args:
            payment_method_id: ID of a payment method on file.
            team_id: The team to act on; defaults to the client's team.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            timeout: This call's timeout, instead of the client's (per connect, read, write, as httpx has it).
            deadline: Seconds for the whole call, every attempt, read and wait included (None: no limit);
                instead of the client's (default 300).

        Returns:
            Empty: The default payment method was set.

        Raises:
            ConfigurationError: No team ID, or an argument the spec does not allow; nothing was sent.
            AuthenticationError: 401: The management key is missing or invalid.
            PermissionDeniedError: 403: The management key is valid but may not do this: it lacks the
                permission (billing writes need a key with billing-write permission), or the team ID
                is another team's.
            NotFoundError: 404: No payment method of the team has this ID.
            RateLimitError: 429: Too many requests; wait as long as Retry-After says before trying
                again.
            APIStatusError: Any other status that is not 2xx, as its subclass; 408, 429 and 5xx after
                `max_retries` retries.
            APITimeoutError: The timeout passed (after `max_retries` retries), or the call's deadline.
            APIConnectionError: The server could not be reached, or the connection broke (after
                `max_retries` retries).
            APIResponseValidationError: The answer is not JSON, or not the shape the spec describes.
        """

        return (
            await self._request(
                _operations.SET_DEFAULT_PAYMENT_METHOD,
                {
                    "payment_method_id": payment_method_id,
                },
                team_id=team_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                deadline=deadline,
            )
        ).parsed

    async def preview_postpaid_invoice(
        self,
        *,
        team_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> PreviewPostpaidInvoiceResponse:
        """Preview the postpaid invoice of the current billing cycle.

        Preview the amount to pay for postpaid usage in the current billing cycle.

        GET /v1/billing/teams/{team_id}/postpaid/invoice/preview

        Args:
            team_id: The team to act on; defaults to the client's team.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            timeout: This call's timeout, instead of the client's (per connect, read, write, as httpx has it).
            deadline: Seconds for the whole call, every attempt, read and wait included (None: no limit);
                instead of the client's (default 300).

        Returns:
            PreviewPostpaidInvoiceResponse: The invoice so far, the effective spending limit and the
                default credits.

        Raises:
            ConfigurationError: No team ID, or an argument the spec does not allow; nothing was sent.
            AuthenticationError: 401: The management key is missing or invalid.
            PermissionDeniedError: 403: The management key is valid but may not do this: it lacks the
                permission (billing writes need a key with billing-write permission), or the team ID
                is another team's.
            RateLimitError: 429: Too many requests; wait as long as Retry-After says before trying
                again.
            APIStatusError: Any other status that is not 2xx, as its subclass; 408, 429 and 5xx after
                `max_retries` retries.
            APITimeoutError: The timeout passed (after `max_retries` retries), or the call's deadline.
            APIConnectionError: The server could not be reached, or the connection broke (after
                `max_retries` retries).
            APIResponseValidationError: The answer is not JSON, or not the shape the spec describes.
        """

        return (
            await self._request(
                _operations.PREVIEW_POSTPAID_INVOICE,
                {},
                team_id=team_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                deadline=deadline,
            )
        ).parsed

    async def get_spending_limits(
        self,
        *,
        team_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> GetSpendingLimitsResponse:
        """Get the monthly postpaid spending limits.

        Get the postpaid monthly spending limits. The API stops serving the team once it has consumed
        all of its prepaid credit and its postpaid usage has reached the soft spending limit.

        GET /v1/billing/teams/{team_id}/postpaid/spending-limits

        Args:
            team_id: The team to act on; defaults to the client's team.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            timeout: This call's timeout, instead of the client's (per connect, read, write, as httpx has it).
            deadline: Seconds for the whole call, every attempt, read and wait included (None: no limit);
                instead of the client's (default 300).

        Returns:
            GetSpendingLimitsResponse: The spending limits of the current billing cycle.

        Raises:
            ConfigurationError: No team ID, or an argument the spec does not allow; nothing was sent.
            AuthenticationError: 401: The management key is missing or invalid.
            PermissionDeniedError: 403: The management key is valid but may not do this: it lacks the
                permission (billing writes need a key with billing-write permission), or the team ID
                is another team's.
            RateLimitError: 429: Too many requests; wait as long as Retry-After says before trying
                again.
            APIStatusError: Any other status that is not 2xx, as its subclass; 408, 429 and 5xx after
                `max_retries` retries.
            APITimeoutError: The timeout passed (after `max_retries` retries), or the call's deadline.
            APIConnectionError: The server could not be reached, or the connection broke (after
                `max_retries` retries).
            APIResponseValidationError: The answer is not JSON, or not the shape the spec describes.
        """

        return (
            await self._request(
                _operations.GET_SPENDING_LIMITS,
                {},
                team_id=team_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                deadline=deadline,
            )
        ).parsed

    async def set_spending_limit(
        self,
        *,
        desired_soft_spending_limit: NonNegativeUsdCents | NonNegativeUsdCentsParam,
        team_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> SetSpendingLimitResponse:
        """Set the monthly postpaid soft spending limit.

        Set the postpaid monthly (soft) spending limit of the team, to restrict the maximum amount of
        postpaid API usage. It never limits prepaid usage: prepaid credit is always consumed before
        postpaid usage accrues. Set it to 0 to use prepaid credit only.

        POST /v1/billing/teams/{team_id}/postpaid/spending-limits

        Args:
            desired_soft_spending_limit: The soft spending limit wanted, in USD cents; 0 means prepaid
                credit only. Takes a `NonNegativeUsdCents` or a dict of its wire members
                (`NonNegativeUsdCentsParam`).
            team_id: The team to act on; defaults to the client's team.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            timeout: This call's timeout, instead of the client's (per connect, read, write, as httpx has it).
            deadline: Seconds for the whole call, every attempt, read and wait included (None: no limit);
                instead of the client's (default 300).

        Returns:
            SetSpendingLimitResponse: The soft spending limit now in force for this billing period.

        Raises:
            ConfigurationError: No team ID, or an argument the spec does not allow; nothing was sent.
            AuthenticationError: 401: The management key is missing or invalid.
            PermissionDeniedError: 403: The management key is valid but may not do this: it lacks the
                permission (billing writes need a key with billing-write permission), or the team ID
                is another team's.
            RateLimitError: 429: Too many requests; wait as long as Retry-After says before trying
                again.
            APIStatusError: Any other status that is not 2xx, as its subclass; 408, 429 and 5xx after
                `max_retries` retries.
            APITimeoutError: The timeout passed (after `max_retries` retries), or the call's deadline.
            APIConnectionError: The server could not be reached, or the connection broke (after
                `max_retries` retries).
            APIResponseValidationError: The answer is not JSON, or not the shape the spec describes.
        """

        return (
            await self._request(
                _operations.SET_SPENDING_LIMIT,
                {
                    "desired_soft_spending_limit": desired_soft_spending_limit,
                },
                team_id=team_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                deadline=deadline,
            )
        ).parsed

    async def get_prepaid_balance(
        self,
        *,
        team_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> GetPrepaidBalanceResponse:
        """Get the prepaid credit balance and its changes.

        List the prepaid credit balance of the team and the changes to it. Ledger sign convention:
        purchases, refunds and automatic purchases are negative, spends positive, manual changes either
        way; so a `total.val` of `-1000` means 10.00 USD of credit left.

        GET /v1/billing/teams/{team_id}/prepaid/balance

        Args:
            team_id: The team to act on; defaults to the client's team.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            timeout: This call's timeout, instead of the client's (per connect, read, write, as httpx has it).
            deadline: Seconds for the whole call, every attempt, read and wait included (None: no limit);
                instead of the client's (default 300).

        Returns:
            GetPrepaidBalanceResponse: The balance changes and the balance.

        Raises:
            ConfigurationError: No team ID, or an argument the spec does not allow; nothing was sent.
            AuthenticationError: 401: The management key is missing or invalid.
            PermissionDeniedError: 403: The management key is valid but may not do this: it lacks the
                permission (billing writes need a key with billing-write permission), or the team ID
                is another team's.
            NotFoundError: 404: The team is billed postpaid: it has no prepaid balance.
            RateLimitError: 429: Too many requests; wait as long as Retry-After says before trying
                again.
            APIStatusError: Any other status that is not 2xx, as its subclass; 408, 429 and 5xx after
                `max_retries` retries.
            APITimeoutError: The timeout passed (after `max_retries` retries), or the call's deadline.
            APIConnectionError: The server could not be reached, or the connection broke (after
                `max_retries` retries).
            APIResponseValidationError: The answer is not JSON, or not the shape the spec describes.
        """

        return (
            await self._request(
                _operations.GET_PREPAID_BALANCE,
                {},
                team_id=team_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                deadline=deadline,
            )
        ).parsed

    async def top_up_prepaid_credit(
        self,
        *,
        amount: PositiveUsdCents | PositiveUsdCentsParam,
        team_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> TopUpPrepaidCreditResponse:
        """Top up prepaid credit.

        Buy prepaid credit, charged to the team's default payment method. **This moves money.** While a
        top-up is pending the server returns that pending change instead of starting a second one, but a
        top-up that already succeeded is not pending: repeating the request charges again. After a
        failure whose outcome is unknown, read the prepaid balance changes before trying again.

        POST /v1/billing/teams/{team_id}/prepaid/top-up

        Args:
            amount: Amount of credit to buy, in USD cents, more than zero; charged to the default
                payment method. Takes a `PositiveUsdCents` or a dict of its wire members
                (`PositiveUsdCentsParam`).
            team_id: The team to act on; defaults to the client's team.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            timeout: This call's timeout, instead of the client's (per connect, read, write, as httpx has it).
            deadline: Seconds for the whole call, every attempt, read and wait included (None: no limit);
                instead of the client's (default 300).

        Returns:
            TopUpPrepaidCreditResponse: The new (or the already pending) balance change.

        Raises:
            ConfigurationError: No team ID, or an argument the spec does not allow; nothing was sent.
            TopUpOutcomeUnknownError: The request may have reached the server and then failed (a broken
                connection, a timeout or the deadline, a 408 or 5xx, an answer that cannot be read):
                the charge may have happened, and the client did not send it again. Before trying
                again, call get_prepaid_balance() and look for a PURCHASE change of this amount
                created after the attempt.
            AuthenticationError: 401: The management key is missing or invalid.
            PermissionDeniedError: 403: The management key is valid but may not do this: it lacks the
                permission (billing writes need a key with billing-write permission), or the team ID
                is another team's.
            RateLimitError: 429: Too many requests; wait as long as Retry-After says before trying
                again.
            APIStatusError: Any other status that is not 2xx, as its subclass: the server refused it.
            APIConnectionError: Only when the request was never sent (no connection could be made; then
                it is retried first); APITimeoutError, its subclass, likewise.
        """

        return (
            await self._request(
                _operations.TOP_UP_PREPAID_CREDIT,
                {
                    "amount": amount,
                },
                team_id=team_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                deadline=deadline,
            )
        ).parsed

    async def get_usage(
        self,
        *,
        analytics_request: AnalyticsRequest | AnalyticsRequestParam,
        team_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> GetUsageResponse:
        """Get historical usage.

        Get the historical usage of the API over a time range, aggregated by time unit and grouped by
        fields.

        POST /v1/billing/teams/{team_id}/usage

        Args:
            analytics_request: The usage query. Takes an `AnalyticsRequest` or a dict of its wire
                members (`AnalyticsRequestParam`).
            team_id: The team to act on; defaults to the client's team.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            timeout: This call's timeout, instead of the client's (per connect, read, write, as httpx has it).
            deadline: Seconds for the whole call, every attempt, read and wait included (None: no limit);
                instead of the client's (default 300).

        Returns:
            GetUsageResponse: One time series per group.

        Raises:
            ConfigurationError: No team ID, or an argument the spec does not allow; nothing was sent.
            AuthenticationError: 401: The management key is missing or invalid.
            PermissionDeniedError: 403: The management key is valid but may not do this: it lacks the
                permission (billing writes need a key with billing-write permission), or the team ID
                is another team's.
            RateLimitError: 429: Too many requests; wait as long as Retry-After says before trying
                again.
            APIStatusError: Any other status that is not 2xx, as its subclass; 408, 429 and 5xx after
                `max_retries` retries.
            APITimeoutError: The timeout passed (after `max_retries` retries), or the call's deadline.
            APIConnectionError: The server could not be reached, or the connection broke (after
                `max_retries` retries).
            APIResponseValidationError: The answer is not JSON, or not the shape the spec describes.
        """

        return (
            await self._request(
                _operations.GET_USAGE,
                {
                    "analytics_request": analytics_request,
                },
                team_id=team_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                deadline=deadline,
            )
        ).parsed


class AsyncClientWithRawResponse:
    """The operations of an AsyncClient, returning ``Response`` objects."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def get_billing_info(
        self,
        *,
        team_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> Response[GetBillingInfoResponse]:
        """Get billing information, with the raw response: see ``AsyncClient.get_billing_info``."""
        return await self._client._request(
            _operations.GET_BILLING_INFO,
            {},
            team_id=team_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            deadline=deadline,
        )

    async def set_billing_info(
        self,
        *,
        billing_info: BillingInfo | BillingInfoParam,
        team_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> Response[Empty]:
        """Set billing information, with the raw response: see ``AsyncClient.set_billing_info``."""
        return await self._client._request(
            _operations.SET_BILLING_INFO,
            {
                "billing_info": billing_info,
            },
            team_id=team_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            deadline=deadline,
        )

    async def list_invoices(
        self,
        *,
        billing_cycle_year: int | None = None,
        billing_cycle_month: int | None = None,
        since_year: int | None = None,
        since_month: int | None = None,
        invoice_ids: Sequence[str] | None = None,
        team_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> Response[ListInvoicesResponse]:
        """List invoices, with the raw response: see ``AsyncClient.list_invoices``."""
        return await self._client._request(
            _operations.LIST_INVOICES,
            {
                "billing_cycle_year": billing_cycle_year,
                "billing_cycle_month": billing_cycle_month,
                "since_year": since_year,
                "since_month": since_month,
                "invoice_ids": invoice_ids,
            },
            team_id=team_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            deadline=deadline,
        )

    async def list_payment_methods(
        self,
        *,
        team_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> Response[ListPaymentMethodsResponse]:
        """List payment methods, with the raw response: see ``AsyncClient.list_payment_methods``."""
        return await self._client._request(
            _operations.LIST_PAYMENT_METHODS,
            {},
            team_id=team_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            deadline=deadline,
        )

    async def set_default_payment_method(
        self,
        *,
        payment_method_id: str,
        team_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> Response[Empty]:
        """Set the default payment method, with the raw response: see ``AsyncClient.set_default_payment_method``."""
        return await self._client._request(
            _operations.SET_DEFAULT_PAYMENT_METHOD,
            {
                "payment_method_id": payment_method_id,
            },
            team_id=team_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            deadline=deadline,
        )

    async def preview_postpaid_invoice(
        self,
        *,
        team_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> Response[PreviewPostpaidInvoiceResponse]:
        """Preview the postpaid invoice of the current billing cycle, with the raw response: see ``AsyncClient.preview_postpaid_invoice``."""
        return await self._client._request(
            _operations.PREVIEW_POSTPAID_INVOICE,
            {},
            team_id=team_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            deadline=deadline,
        )

    async def get_spending_limits(
        self,
        *,
        team_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> Response[GetSpendingLimitsResponse]:
        """Get the monthly postpaid spending limits, with the raw response: see ``AsyncClient.get_spending_limits``."""
        return await self._client._request(
            _operations.GET_SPENDING_LIMITS,
            {},
            team_id=team_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            deadline=deadline,
        )

    async def set_spending_limit(
        self,
        *,
        desired_soft_spending_limit: NonNegativeUsdCents | NonNegativeUsdCentsParam,
        team_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> Response[SetSpendingLimitResponse]:
        """Set the monthly postpaid soft spending limit, with the raw response: see ``AsyncClient.set_spending_limit``."""
        return await self._client._request(
            _operations.SET_SPENDING_LIMIT,
            {
                "desired_soft_spending_limit": desired_soft_spending_limit,
            },
            team_id=team_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            deadline=deadline,
        )

    async def get_prepaid_balance(
        self,
        *,
        team_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> Response[GetPrepaidBalanceResponse]:
        """Get the prepaid credit balance and its changes, with the raw response: see ``AsyncClient.get_prepaid_balance``."""
        return await self._client._request(
            _operations.GET_PREPAID_BALANCE,
            {},
            team_id=team_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            deadline=deadline,
        )

    async def top_up_prepaid_credit(
        self,
        *,
        amount: PositiveUsdCents | PositiveUsdCentsParam,
        team_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> Response[TopUpPrepaidCreditResponse]:
        """Top up prepaid credit, with the raw response: see ``AsyncClient.top_up_prepaid_credit``."""
        return await self._client._request(
            _operations.TOP_UP_PREPAID_CREDIT,
            {
                "amount": amount,
            },
            team_id=team_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            deadline=deadline,
        )

    async def get_usage(
        self,
        *,
        analytics_request: AnalyticsRequest | AnalyticsRequestParam,
        team_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> Response[GetUsageResponse]:
        """Get historical usage, with the raw response: see ``AsyncClient.get_usage``."""
        return await self._client._request(
            _operations.GET_USAGE,
            {
                "analytics_request": analytics_request,
            },
            team_id=team_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            deadline=deadline,
        )
