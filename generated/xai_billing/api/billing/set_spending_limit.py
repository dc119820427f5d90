# generated from spec/openapi.yaml by make generate — do not edit
"""Set the monthly postpaid soft spending limit: POST /v1/billing/teams/{team_id}/postpaid/spending-limits"""

from typing import Any
from urllib.parse import quote

from ..._base_client import AsyncAPIClient, RequestOptions, StringConstraint, SyncAPIClient, check_body
from ..._exceptions import ConfigurationError
from ...models.set_spending_limit_request import SetSpendingLimitRequest
from ...models.set_spending_limit_response import SetSpendingLimitResponse
from ...types import NOT_GIVEN, NotGiven, Response, TimeoutTypes

OPERATION_ID = "setSpendingLimit"
IDEMPOTENT = True
# The spec's constraints on the body's strings, checked before sending.
BODY_CONSTRAINTS = (
    StringConstraint(
        path=("desiredSoftSpendingLimit", "val"),
        pattern="^(0|[1-9][0-9]{0,17})$",
        min_length=None,
        description="An amount of USD cents, zero or more, as an int64 string.",
    ),
)


def _request_options(
    *,
    team_id: str,
    body: SetSpendingLimitRequest,
) -> RequestOptions:
    if not isinstance(body, SetSpendingLimitRequest):
        raise ConfigurationError(f"body must be a SetSpendingLimitRequest, not {type(body).__name__}")

    json_body = body.to_dict()
    check_body(json_body, BODY_CONSTRAINTS)
    return RequestOptions(
        operation_id=OPERATION_ID,
        method="POST",
        path="/v1/billing/teams/{team_id}/postpaid/spending-limits".format(
            team_id=quote(team_id, safe=""),
        ),
        idempotent=IDEMPOTENT,
        json=json_body,
    )


def _parse(data: dict[str, Any]) -> SetSpendingLimitResponse:
    response_200 = SetSpendingLimitResponse.from_dict(data)

    return response_200


def sync_detailed(
    *,
    client: SyncAPIClient,
    team_id: str | None = None,
    body: SetSpendingLimitRequest,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
) -> Response[SetSpendingLimitResponse]:
    """Set the postpaid monthly (soft) spending limit of the team, to restrict the maximum amount
    of postpaid API usage. It never limits prepaid usage: prepaid credit is always consumed
    before postpaid usage accrues. Set it to 0 to use prepaid credit only.

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
    body: SetSpendingLimitRequest,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
) -> SetSpendingLimitResponse:
    """Set the postpaid monthly (soft) spending limit of the team, to restrict the maximum amount
    of postpaid API usage. It never limits prepaid usage: prepaid credit is always consumed
    before postpaid usage accrues. Set it to 0 to use prepaid credit only.

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
    body: SetSpendingLimitRequest,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
) -> Response[SetSpendingLimitResponse]:
    """Set the postpaid monthly (soft) spending limit of the team, to restrict the maximum amount
    of postpaid API usage. It never limits prepaid usage: prepaid credit is always consumed
    before postpaid usage accrues. Set it to 0 to use prepaid credit only.

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
    body: SetSpendingLimitRequest,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
) -> SetSpendingLimitResponse:
    """Set the postpaid monthly (soft) spending limit of the team, to restrict the maximum amount
    of postpaid API usage. It never limits prepaid usage: prepaid credit is always consumed
    before postpaid usage accrues. Set it to 0 to use prepaid credit only.

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
