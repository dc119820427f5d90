# generated from spec/openapi.yaml by make generate — do not edit
"""Top up prepaid credit: POST /v1/billing/teams/{team_id}/prepaid/top-up"""

from typing import Any
from urllib.parse import quote

from ..._base_client import AsyncAPIClient, RequestOptions, StringConstraint, SyncAPIClient, check_body
from ..._exceptions import ConfigurationError
from ...models.top_up_prepaid_credit_request import TopUpPrepaidCreditRequest
from ...models.top_up_prepaid_credit_response import TopUpPrepaidCreditResponse
from ...types import NOT_GIVEN, NotGiven, Response, TimeoutTypes

OPERATION_ID = "topUpPrepaidCredit"
IDEMPOTENT = False
# The spec's constraints on the body's strings, checked before sending.
BODY_CONSTRAINTS = (
    StringConstraint(
        path=("amount", "val"),
        pattern="^[1-9][0-9]{0,17}$",
        min_length=None,
        description="An amount of USD cents, more than zero, as an int64 string.",
    ),
)


def _request_options(
    *,
    team_id: str,
    body: TopUpPrepaidCreditRequest,
) -> RequestOptions:
    if not isinstance(body, TopUpPrepaidCreditRequest):
        raise ConfigurationError(f"body must be a TopUpPrepaidCreditRequest, not {type(body).__name__}")

    json_body = body.to_dict()
    check_body(json_body, BODY_CONSTRAINTS)
    return RequestOptions(
        operation_id=OPERATION_ID,
        method="POST",
        path="/v1/billing/teams/{team_id}/prepaid/top-up".format(
            team_id=quote(team_id, safe=""),
        ),
        idempotent=IDEMPOTENT,
        json=json_body,
    )


def _parse(data: dict[str, Any]) -> TopUpPrepaidCreditResponse:
    response_200 = TopUpPrepaidCreditResponse.from_dict(data)

    return response_200


def sync_detailed(
    *,
    client: SyncAPIClient,
    team_id: str | None = None,
    body: TopUpPrepaidCreditRequest,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
) -> Response[TopUpPrepaidCreditResponse]:
    """Buy prepaid credit, charged to the team's default payment method. **This moves money.**
    While a top-up is pending the server returns that pending change instead of starting a
    second one, but a top-up that already succeeded is not pending: repeating the request
    charges again. After a failure whose outcome is unknown, read the prepaid balance changes
    before trying again.

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
    body: TopUpPrepaidCreditRequest,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
) -> TopUpPrepaidCreditResponse:
    """Buy prepaid credit, charged to the team's default payment method. **This moves money.**
    While a top-up is pending the server returns that pending change instead of starting a
    second one, but a top-up that already succeeded is not pending: repeating the request
    charges again. After a failure whose outcome is unknown, read the prepaid balance changes
    before trying again.

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
    body: TopUpPrepaidCreditRequest,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
) -> Response[TopUpPrepaidCreditResponse]:
    """Buy prepaid credit, charged to the team's default payment method. **This moves money.**
    While a top-up is pending the server returns that pending change instead of starting a
    second one, but a top-up that already succeeded is not pending: repeating the request
    charges again. After a failure whose outcome is unknown, read the prepaid balance changes
    before trying again.

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
    body: TopUpPrepaidCreditRequest,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
) -> TopUpPrepaidCreditResponse:
    """Buy prepaid credit, charged to the team's default payment method. **This moves money.**
    While a top-up is pending the server returns that pending change instead of starting a
    second one, but a top-up that already succeeded is not pending: repeating the request
    charges again. After a failure whose outcome is unknown, read the prepaid balance changes
    before trying again.

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
