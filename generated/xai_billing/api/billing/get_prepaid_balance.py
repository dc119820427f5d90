# generated from spec/openapi.yaml by make generate — do not edit
"""Get the prepaid credit balance and its changes: GET /v1/billing/teams/{team_id}/prepaid/balance"""

from typing import Any
from urllib.parse import quote

from ..._base_client import AsyncAPIClient, RequestOptions, SyncAPIClient
from ...models.get_prepaid_balance_response import GetPrepaidBalanceResponse
from ...types import NOT_GIVEN, NotGiven, Response, TimeoutTypes

OPERATION_ID = "getPrepaidBalance"
IDEMPOTENT = True


def _request_options(
    *,
    team_id: str,
) -> RequestOptions:

    return RequestOptions(
        operation_id=OPERATION_ID,
        method="GET",
        path="/v1/billing/teams/{team_id}/prepaid/balance".format(
            team_id=quote(team_id, safe=""),
        ),
        idempotent=IDEMPOTENT,
    )


def _parse(data: dict[str, Any]) -> GetPrepaidBalanceResponse:
    response_200 = GetPrepaidBalanceResponse.from_dict(data)

    return response_200


def sync_detailed(
    *,
    client: SyncAPIClient,
    team_id: str | None = None,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
) -> Response[GetPrepaidBalanceResponse]:
    """List the prepaid credit balance of the team and the changes to it. Ledger sign convention:
    purchases, refunds and automatic purchases are negative, spends positive, manual changes
    either way; so a `total.val` of `"-1000"` means 10.00 USD of credit left.

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
) -> GetPrepaidBalanceResponse:
    """List the prepaid credit balance of the team and the changes to it. Ledger sign convention:
    purchases, refunds and automatic purchases are negative, spends positive, manual changes
    either way; so a `total.val` of `"-1000"` means 10.00 USD of credit left.

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
) -> Response[GetPrepaidBalanceResponse]:
    """List the prepaid credit balance of the team and the changes to it. Ledger sign convention:
    purchases, refunds and automatic purchases are negative, spends positive, manual changes
    either way; so a `total.val` of `"-1000"` means 10.00 USD of credit left.

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
) -> GetPrepaidBalanceResponse:
    """List the prepaid credit balance of the team and the changes to it. Ledger sign convention:
    purchases, refunds and automatic purchases are negative, spends positive, manual changes
    either way; so a `total.val` of `"-1000"` means 10.00 USD of credit left.

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
