# generated from spec/openapi.yaml by make generate — do not edit
"""List invoices: GET /v1/billing/teams/{team_id}/invoices"""

from typing import Any
from urllib.parse import quote

from ..._base_client import AsyncAPIClient, RequestOptions, SyncAPIClient
from ...models.list_invoices_response import ListInvoicesResponse
from ...types import NOT_GIVEN, UNSET, NotGiven, Response, TimeoutTypes, Unset

OPERATION_ID = "listInvoices"
IDEMPOTENT = True


def _request_options(
    *,
    team_id: str,
    billing_cycle_year: int | Unset = UNSET,
    billing_cycle_month: int | Unset = UNSET,
    since_year: int | Unset = UNSET,
    since_month: int | Unset = UNSET,
    invoice_ids_invoice_ids: list[str] | Unset = UNSET,
) -> RequestOptions:
    params: dict[str, Any] = {}

    params["billingCycle.year"] = billing_cycle_year

    params["billingCycle.month"] = billing_cycle_month

    params["since.year"] = since_year

    params["since.month"] = since_month

    json_invoice_ids_invoice_ids: list[str] | Unset = UNSET
    if not isinstance(invoice_ids_invoice_ids, Unset):
        json_invoice_ids_invoice_ids = invoice_ids_invoice_ids

    params["invoiceIds.invoiceIds"] = json_invoice_ids_invoice_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestOptions(
        operation_id=OPERATION_ID,
        method="GET",
        path="/v1/billing/teams/{team_id}/invoices".format(
            team_id=quote(team_id, safe=""),
        ),
        idempotent=IDEMPOTENT,
        params=params,
    )


def _parse(data: dict[str, Any]) -> ListInvoicesResponse:
    response_200 = ListInvoicesResponse.from_dict(data)

    return response_200


def sync_detailed(
    *,
    client: SyncAPIClient,
    team_id: str | None = None,
    billing_cycle_year: int | Unset = UNSET,
    billing_cycle_month: int | Unset = UNSET,
    since_year: int | Unset = UNSET,
    since_month: int | Unset = UNSET,
    invoice_ids_invoice_ids: list[str] | Unset = UNSET,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
) -> Response[ListInvoicesResponse]:
    """List the invoices of the team. With no filter, all invoices are listed. The filters address
    fields of nested request messages, hence the dotted names.

    Args:
        team_id: ID of the team; defaults to the client's team.
        billing_cycle_year (int | Unset):
        billing_cycle_month (int | Unset):
        since_year (int | Unset):
        since_month (int | Unset):
        invoice_ids_invoice_ids (list[str] | Unset):
        timeout: Overrides the client's timeout for this call.

    Returns the parsed body with the raw status, headers and body."""
    options = _request_options(
        team_id=client.resolve_team_id(team_id),
        billing_cycle_year=billing_cycle_year,
        billing_cycle_month=billing_cycle_month,
        since_year=since_year,
        since_month=since_month,
        invoice_ids_invoice_ids=invoice_ids_invoice_ids,
    )

    return client.request(options, _parse, timeout=timeout)


def sync(
    *,
    client: SyncAPIClient,
    team_id: str | None = None,
    billing_cycle_year: int | Unset = UNSET,
    billing_cycle_month: int | Unset = UNSET,
    since_year: int | Unset = UNSET,
    since_month: int | Unset = UNSET,
    invoice_ids_invoice_ids: list[str] | Unset = UNSET,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
) -> ListInvoicesResponse:
    """List the invoices of the team. With no filter, all invoices are listed. The filters address
    fields of nested request messages, hence the dotted names.

    Args:
        team_id: ID of the team; defaults to the client's team.
        billing_cycle_year (int | Unset):
        billing_cycle_month (int | Unset):
        since_year (int | Unset):
        since_month (int | Unset):
        invoice_ids_invoice_ids (list[str] | Unset):
        timeout: Overrides the client's timeout for this call.
    """
    return sync_detailed(
        client=client,
        team_id=team_id,
        billing_cycle_year=billing_cycle_year,
        billing_cycle_month=billing_cycle_month,
        since_year=since_year,
        since_month=since_month,
        invoice_ids_invoice_ids=invoice_ids_invoice_ids,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncAPIClient,
    team_id: str | None = None,
    billing_cycle_year: int | Unset = UNSET,
    billing_cycle_month: int | Unset = UNSET,
    since_year: int | Unset = UNSET,
    since_month: int | Unset = UNSET,
    invoice_ids_invoice_ids: list[str] | Unset = UNSET,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
) -> Response[ListInvoicesResponse]:
    """List the invoices of the team. With no filter, all invoices are listed. The filters address
    fields of nested request messages, hence the dotted names.

    Args:
        team_id: ID of the team; defaults to the client's team.
        billing_cycle_year (int | Unset):
        billing_cycle_month (int | Unset):
        since_year (int | Unset):
        since_month (int | Unset):
        invoice_ids_invoice_ids (list[str] | Unset):
        timeout: Overrides the client's timeout for this call.

    Returns the parsed body with the raw status, headers and body."""
    options = _request_options(
        team_id=client.resolve_team_id(team_id),
        billing_cycle_year=billing_cycle_year,
        billing_cycle_month=billing_cycle_month,
        since_year=since_year,
        since_month=since_month,
        invoice_ids_invoice_ids=invoice_ids_invoice_ids,
    )

    return await client.request(options, _parse, timeout=timeout)


async def asyncio(
    *,
    client: AsyncAPIClient,
    team_id: str | None = None,
    billing_cycle_year: int | Unset = UNSET,
    billing_cycle_month: int | Unset = UNSET,
    since_year: int | Unset = UNSET,
    since_month: int | Unset = UNSET,
    invoice_ids_invoice_ids: list[str] | Unset = UNSET,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
) -> ListInvoicesResponse:
    """List the invoices of the team. With no filter, all invoices are listed. The filters address
    fields of nested request messages, hence the dotted names.

    Args:
        team_id: ID of the team; defaults to the client's team.
        billing_cycle_year (int | Unset):
        billing_cycle_month (int | Unset):
        since_year (int | Unset):
        since_month (int | Unset):
        invoice_ids_invoice_ids (list[str] | Unset):
        timeout: Overrides the client's timeout for this call.
    """
    return (
        await asyncio_detailed(
            client=client,
            team_id=team_id,
            billing_cycle_year=billing_cycle_year,
            billing_cycle_month=billing_cycle_month,
            since_year=since_year,
            since_month=since_month,
            invoice_ids_invoice_ids=invoice_ids_invoice_ids,
            timeout=timeout,
        )
    ).parsed
