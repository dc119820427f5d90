# generated from spec/openapi.yaml by make generate — do not edit
"""Set the default payment method: POST /v1/billing/teams/{team_id}/payment-method/default"""

from typing import Any
from urllib.parse import quote

from ..._base_client import AsyncAPIClient, RequestOptions, StringConstraint, SyncAPIClient, check_body
from ..._exceptions import ConfigurationError
from ...models.empty import Empty
from ...models.set_default_payment_method_request import SetDefaultPaymentMethodRequest
from ...types import NOT_GIVEN, NotGiven, Response, TimeoutTypes

OPERATION_ID = "setDefaultPaymentMethod"
IDEMPOTENT = True
# The spec's constraints on the body's strings, checked before sending.
BODY_CONSTRAINTS = (
    StringConstraint(
        path=("paymentMethodId",), pattern=None, min_length=1, description="ID of a payment method on file."
    ),
)


def _request_options(
    *,
    team_id: str,
    body: SetDefaultPaymentMethodRequest,
) -> RequestOptions:
    if not isinstance(body, SetDefaultPaymentMethodRequest):
        raise ConfigurationError(f"body must be a SetDefaultPaymentMethodRequest, not {type(body).__name__}")

    json_body = body.to_dict()
    check_body(json_body, BODY_CONSTRAINTS)
    return RequestOptions(
        operation_id=OPERATION_ID,
        method="POST",
        path="/v1/billing/teams/{team_id}/payment-method/default".format(
            team_id=quote(team_id, safe=""),
        ),
        idempotent=IDEMPOTENT,
        json=json_body,
    )


def _parse(data: dict[str, Any]) -> Empty:
    response_200 = Empty.from_dict(data)

    return response_200


def sync_detailed(
    *,
    client: SyncAPIClient,
    team_id: str | None = None,
    body: SetDefaultPaymentMethodRequest,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
) -> Response[Empty]:
    """Make an existing payment method on file the team's default one.

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
    body: SetDefaultPaymentMethodRequest,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
) -> Empty:
    """Make an existing payment method on file the team's default one.

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
    body: SetDefaultPaymentMethodRequest,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
) -> Response[Empty]:
    """Make an existing payment method on file the team's default one.

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
    body: SetDefaultPaymentMethodRequest,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
) -> Empty:
    """Make an existing payment method on file the team's default one.

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
