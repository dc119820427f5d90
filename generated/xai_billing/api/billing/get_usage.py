# generated from spec/openapi.yaml by make generate — do not edit
"""Get historical usage: POST /v1/billing/teams/{team_id}/usage"""

from typing import Any
from urllib.parse import quote

from ..._base_client import AsyncAPIClient, RequestOptions, StringConstraint, SyncAPIClient, check_body
from ..._exceptions import ConfigurationError
from ...models.get_usage_request import GetUsageRequest
from ...models.get_usage_response import GetUsageResponse
from ...types import NOT_GIVEN, NotGiven, Response, TimeoutTypes

OPERATION_ID = "getUsage"
IDEMPOTENT = True
# The spec's constraints on the body's strings, checked before sending.
BODY_CONSTRAINTS = (
    StringConstraint(
        path=("analyticsRequest", "timeRange", "startTime"),
        pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$",
        min_length=None,
        description="Start of the range, inclusive, as `YYYY-MM-DD HH:MM:SS`.",
    ),
    StringConstraint(
        path=("analyticsRequest", "timeRange", "endTime"),
        pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$",
        min_length=None,
        description="End of the range, exclusive, as `YYYY-MM-DD HH:MM:SS`.",
    ),
)


def _request_options(
    *,
    team_id: str,
    body: GetUsageRequest,
) -> RequestOptions:
    if not isinstance(body, GetUsageRequest):
        raise ConfigurationError(f"body must be a GetUsageRequest, not {type(body).__name__}")

    json_body = body.to_dict()
    check_body(json_body, BODY_CONSTRAINTS)
    return RequestOptions(
        operation_id=OPERATION_ID,
        method="POST",
        path="/v1/billing/teams/{team_id}/usage".format(
            team_id=quote(team_id, safe=""),
        ),
        idempotent=IDEMPOTENT,
        json=json_body,
    )


def _parse(data: dict[str, Any]) -> GetUsageResponse:
    response_200 = GetUsageResponse.from_dict(data)

    return response_200


def sync_detailed(
    *,
    client: SyncAPIClient,
    team_id: str | None = None,
    body: GetUsageRequest,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
) -> Response[GetUsageResponse]:
    """Get the historical usage of the API over a time range, aggregated by time unit and grouped
    by fields. A read, sent as a POST because the query is a message.

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
    body: GetUsageRequest,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
) -> GetUsageResponse:
    """Get the historical usage of the API over a time range, aggregated by time unit and grouped
    by fields. A read, sent as a POST because the query is a message.

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
    body: GetUsageRequest,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
) -> Response[GetUsageResponse]:
    """Get the historical usage of the API over a time range, aggregated by time unit and grouped
    by fields. A read, sent as a POST because the query is a message.

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
    body: GetUsageRequest,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
) -> GetUsageResponse:
    """Get the historical usage of the API over a time range, aggregated by time unit and grouped
    by fields. A read, sent as a POST because the query is a message.

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
