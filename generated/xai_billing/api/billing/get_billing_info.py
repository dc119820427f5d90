# generated from spec/openapi.yaml by make generate — do not edit
"""Get billing information: GET /v1/billing/teams/{team_id}/billing-info"""

from typing import Any
from urllib.parse import quote

from ..._base_client import AsyncAPIClient, RequestOptions, SyncAPIClient
from ...models.get_billing_info_response import GetBillingInfoResponse
from ...types import NOT_GIVEN, NotGiven, Response, TimeoutTypes

OPERATION_ID = "getBillingInfo"
IDEMPOTENT = True


def _request_options(
    *,
    team_id: str,
) -> RequestOptions:

    return RequestOptions(
        operation_id=OPERATION_ID,
        method="GET",
        path="/v1/billing/teams/{team_id}/billing-info".format(
            team_id=quote(team_id, safe=""),
        ),
        idempotent=IDEMPOTENT,
    )


def _parse(data: dict[str, Any]) -> GetBillingInfoResponse:
    response_200 = GetBillingInfoResponse.from_dict(data)

    return response_200


def sync_detailed(
    *,
    client: SyncAPIClient,
    team_id: str | None = None,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
) -> Response[GetBillingInfoResponse]:
    """Get the billing information (name, address, email, tax ID) of the team.

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
) -> GetBillingInfoResponse:
    """Get the billing information (name, address, email, tax ID) of the team.

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
) -> Response[GetBillingInfoResponse]:
    """Get the billing information (name, address, email, tax ID) of the team.

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
) -> GetBillingInfoResponse:
    """Get the billing information (name, address, email, tax ID) of the team.

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
