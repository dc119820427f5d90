# generated from spec/openapi.yaml by make generate — do not edit
"""Preview the postpaid invoice of the current billing cycle: GET /v1/billing/teams/{team_id}/postpaid/invoice/preview"""

from typing import Any
from urllib.parse import quote

from ..._base_client import AsyncAPIClient, RequestOptions, SyncAPIClient
from ...models.preview_postpaid_invoice_response import PreviewPostpaidInvoiceResponse
from ...types import NOT_GIVEN, NotGiven, Response, TimeoutTypes

OPERATION_ID = "previewPostpaidInvoice"
IDEMPOTENT = True


def _request_options(
    *,
    team_id: str,
) -> RequestOptions:

    return RequestOptions(
        operation_id=OPERATION_ID,
        method="GET",
        path="/v1/billing/teams/{team_id}/postpaid/invoice/preview".format(
            team_id=quote(team_id, safe=""),
        ),
        idempotent=IDEMPOTENT,
    )


def _parse(data: dict[str, Any]) -> PreviewPostpaidInvoiceResponse:
    response_200 = PreviewPostpaidInvoiceResponse.from_dict(data)

    return response_200


def sync_detailed(
    *,
    client: SyncAPIClient,
    team_id: str | None = None,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
) -> Response[PreviewPostpaidInvoiceResponse]:
    """Preview the amount to pay for postpaid usage in the current billing cycle.

    Args:
        team_id: ID of the team; defaults to the client's team.
        timeout: Overrides the client's timeout for this call.

    Returns the parsed body with the raw status, headers and body."""
    options = _request_options(
        team_id=client.resolve_team_id(team_id),
    )

    return client.request(options, _parse, timeout=timeout)


def sync(
    *,
    client: SyncAPIClient,
    team_id: str | None = None,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
) -> PreviewPostpaidInvoiceResponse:
    """Preview the amount to pay for postpaid usage in the current billing cycle.

    Args:
        team_id: ID of the team; defaults to the client's team.
        timeout: Overrides the client's timeout for this call.
    """
    return sync_detailed(
        client=client,
        team_id=team_id,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncAPIClient,
    team_id: str | None = None,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
) -> Response[PreviewPostpaidInvoiceResponse]:
    """Preview the amount to pay for postpaid usage in the current billing cycle.

    Args:
        team_id: ID of the team; defaults to the client's team.
        timeout: Overrides the client's timeout for this call.

    Returns the parsed body with the raw status, headers and body."""
    options = _request_options(
        team_id=client.resolve_team_id(team_id),
    )

    return await client.request(options, _parse, timeout=timeout)


async def asyncio(
    *,
    client: AsyncAPIClient,
    team_id: str | None = None,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
) -> PreviewPostpaidInvoiceResponse:
    """Preview the amount to pay for postpaid usage in the current billing cycle.

    Args:
        team_id: ID of the team; defaults to the client's team.
        timeout: Overrides the client's timeout for this call.
    """
    return (
        await asyncio_detailed(
            client=client,
            team_id=team_id,
            timeout=timeout,
        )
    ).parsed
