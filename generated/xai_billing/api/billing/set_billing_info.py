# generated from spec/openapi.yaml by make generate — do not edit
"""Set billing information: POST /v1/billing/teams/{team_id}/billing-info"""

from typing import Any
from urllib.parse import quote

from ..._base_client import AsyncAPIClient, RequestOptions, SyncAPIClient
from ..._exceptions import ConfigurationError
from ...models.empty import Empty
from ...models.set_billing_info_request import SetBillingInfoRequest
from ...types import NOT_GIVEN, NotGiven, Response, TimeoutTypes

OPERATION_ID = "setBillingInfo"
IDEMPOTENT = True


def _request_options(
    *,
    team_id: str,
    body: SetBillingInfoRequest,
) -> RequestOptions:
    if not isinstance(body, SetBillingInfoRequest):
        raise ConfigurationError(f"body must be a SetBillingInfoRequest, not {type(body).__name__}")

    return RequestOptions(
        operation_id=OPERATION_ID,
        method="POST",
        path="/v1/billing/teams/{team_id}/billing-info".format(
            team_id=quote(team_id, safe=""),
        ),
        idempotent=IDEMPOTENT,
        json=body.to_dict(),
    )


def _parse(data: dict[str, Any]) -> Empty:
    response_200 = Empty.from_dict(data)

    return response_200


def sync_detailed(
    *,
    client: SyncAPIClient,
    team_id: str | None = None,
    body: SetBillingInfoRequest,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
) -> Response[Empty]:
    """Replace the billing information of the team.

    Args:
        team_id: ID of the team; defaults to the client's team.
        body: The request body.
        timeout: Overrides the client's timeout for this call.

    Returns the parsed body with the raw status, headers and body."""
    options = _request_options(
        team_id=client.resolve_team_id(team_id),
        body=body,
    )

    return client.request(options, _parse, timeout=timeout)


def sync(
    *,
    client: SyncAPIClient,
    team_id: str | None = None,
    body: SetBillingInfoRequest,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
) -> Empty:
    """Replace the billing information of the team.

    Args:
        team_id: ID of the team; defaults to the client's team.
        body: The request body.
        timeout: Overrides the client's timeout for this call.
    """
    return sync_detailed(
        client=client,
        team_id=team_id,
        body=body,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncAPIClient,
    team_id: str | None = None,
    body: SetBillingInfoRequest,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
) -> Response[Empty]:
    """Replace the billing information of the team.

    Args:
        team_id: ID of the team; defaults to the client's team.
        body: The request body.
        timeout: Overrides the client's timeout for this call.

    Returns the parsed body with the raw status, headers and body."""
    options = _request_options(
        team_id=client.resolve_team_id(team_id),
        body=body,
    )

    return await client.request(options, _parse, timeout=timeout)


async def asyncio(
    *,
    client: AsyncAPIClient,
    team_id: str | None = None,
    body: SetBillingInfoRequest,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
) -> Empty:
    """Replace the billing information of the team.

    Args:
        team_id: ID of the team; defaults to the client's team.
        body: The request body.
        timeout: Overrides the client's timeout for this call.
    """
    return (
        await asyncio_detailed(
            client=client,
            team_id=team_id,
            body=body,
            timeout=timeout,
        )
    ).parsed
