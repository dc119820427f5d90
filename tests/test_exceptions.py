"""The exceptions' shape: errors about a request share one base, APIError (request, response, status_code,
request_id, body), as openai-python's do; and no exception the client raises keeps the management key,
in itself, in the request or response it keeps, or anywhere down its chain of causes."""

from __future__ import annotations

import asyncio
import copy
import pickle
import traceback
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import xai_billing
from xai_billing import models

KEY = "xai-mgmt-AUDIT-3c9d7e1f0a"
TOP_UP = "/v1/billing/teams/t/prepaid/top-up"


def _subclasses(cls: type[BaseException]) -> set[type[BaseException]]:
    found = set(cls.__subclasses__())
    for sub in list(found):
        found |= _subclasses(sub)
    return found


def _status(code: int) -> Callable[[httpx.Request], httpx.Response]:
    # The body as bytes: httpx's json= writes it with spaces on 0.27 and without on 0.28.
    body = b'{"code":3,"message":"no"}'
    headers = {"x-request-id": "r-1", "content-type": "application/json"}
    return lambda request: httpx.Response(code, content=body, headers=headers)


def _raise(exc: type[httpx.TransportError]) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        raise exc("failed", request=request)

    return handler


def _not_json(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, content=b"<html>", headers={"x-request-id": "r-2"})


def _echo(code: int) -> Callable[[httpx.Request], httpx.Response]:
    """A gateway that echoes the request's headers in its error page and in a header of its own."""

    def answer(request: httpx.Request) -> httpx.Response:
        echoed = request.headers["authorization"]
        page = f"<html>Bad gateway. Your request headers: authorization: {echoed}</html>"
        return httpx.Response(code, text=page, headers={"x-echo-authorization": echoed})

    return answer


def _chained(request: httpx.Request) -> httpx.Response:
    """A transport whose error has a cause and, on the other branch, a context holding the request."""
    try:
        raise httpx.ReadError("first", request=request)
    except httpx.ReadError:
        raise httpx.ReadError("second", request=request) from ValueError("the cause")


def _grouped(request: httpx.Request) -> httpx.Response:
    raise ExceptionGroup("transport", [httpx.ReadError("in a group", request=request)])


# Each way a call fails with an exception that carries a request: (what is called, the server, the class).
READ, TOP = "read", "top-up"
SCENARIOS: list[tuple[str, Callable[[httpx.Request], httpx.Response], type[xai_billing.XAIBillingError]]] = [
    (READ, _status(400), xai_billing.BadRequestError),
    (READ, _status(401), xai_billing.AuthenticationError),
    (READ, _status(403), xai_billing.PermissionDeniedError),
    (READ, _status(404), xai_billing.NotFoundError),
    (READ, _status(409), xai_billing.ConflictError),
    (READ, _status(429), xai_billing.RateLimitError),
    (READ, _status(503), xai_billing.InternalServerError),
    (READ, _status(402), xai_billing.UnexpectedStatusError),
    (READ, _raise(httpx.ReadError), xai_billing.APIConnectionError),
    (READ, _raise(httpx.ConnectError), xai_billing.APIConnectionError),
    (READ, _raise(httpx.ReadTimeout), xai_billing.APITimeoutError),
    (READ, _not_json, xai_billing.APIResponseValidationError),
    (TOP, _status(503), xai_billing.TopUpOutcomeUnknownError),
    (TOP, _raise(httpx.ReadError), xai_billing.TopUpOutcomeUnknownError),
    (TOP, _raise(httpx.WriteTimeout), xai_billing.TopUpOutcomeUnknownError),
    (TOP, _not_json, xai_billing.TopUpOutcomeUnknownError),
    (TOP, _status(400), xai_billing.BadRequestError),
    (READ, _echo(502), xai_billing.InternalServerError),
    (TOP, _echo(502), xai_billing.TopUpOutcomeUnknownError),
    (TOP, _echo(200), xai_billing.TopUpOutcomeUnknownError),
    (READ, _chained, xai_billing.APIConnectionError),
    (TOP, _chained, xai_billing.TopUpOutcomeUnknownError),
    (READ, _grouped, xai_billing.APIConnectionError),
    (TOP, _grouped, xai_billing.TopUpOutcomeUnknownError),
]
# Exceptions about no request at all: a bad argument or setting, a model read from a dict by hand.
WITHOUT_REQUEST = {xai_billing.ConfigurationError, xai_billing.WireFormatError}
# The bases, raised only as one of their subclasses.
BASES = {xai_billing.APIError, xai_billing.OutcomeUnknownError, xai_billing.APIStatusError}


def _call(kind: str, handler: Callable[[httpx.Request], httpx.Response], *, use_async: bool) -> BaseException:
    options: dict[str, Any] = {"api_key": KEY, "team_id": "t", "base_url": "https://billing.test", "max_retries": 0}
    if use_async:

        async def main() -> None:
            http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
            async with xai_billing.AsyncClient(http_client=http, **options) as client:
                if kind == TOP:
                    await client.top_up_prepaid_credit(amount={"val": "500"})
                else:
                    await client.get_billing_info()

        with pytest.raises(xai_billing.XAIBillingError) as info:
            asyncio.run(main())
        return info.value
    with xai_billing.Client(http_client=httpx.Client(transport=httpx.MockTransport(handler)), **options) as client:
        with pytest.raises(xai_billing.XAIBillingError) as info:
            if kind == TOP:
                client.top_up_prepaid_credit(amount={"val": "500"})
            else:
                client.get_billing_info()
    return info.value


def _chain(exc: BaseException) -> list[BaseException]:
    """`exc` and every exception reachable from it: causes, contexts and the members of exception groups."""
    found: list[BaseException] = []
    pending: list[BaseException | None] = [exc]
    while pending:
        current = pending.pop()
        if current is None or any(current is seen for seen in found):
            continue
        found.append(current)
        pending += [current.__cause__, current.__context__, *getattr(current, "exceptions", ())]
    return found


def _requests_in(exc: BaseException) -> list[httpx.Request]:
    """Every request reachable from `exc` and the exceptions of its chain: their ``request``,
    ``response.request``, and what httpx's own exceptions keep."""
    found: list[httpx.Request] = []
    for current in _chain(exc):
        for holder in (current, getattr(current, "response", None)):
            request = getattr(holder, "_request", None) if holder is not None else None
            if isinstance(request, httpx.Request):
                found.append(request)
            try:
                request = getattr(holder, "request", None)
            except RuntimeError:  # httpx: the request is not set
                request = None
            if isinstance(request, httpx.Request):
                found.append(request)
    return found


def test_every_exception_class_the_client_can_raise_is_audited() -> None:
    raised = {cls for _, _, cls in SCENARIOS}
    every = _subclasses(xai_billing.XAIBillingError)
    assert every - WITHOUT_REQUEST - BASES == raised, "add a scenario for each new exception class"


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize(
    ("kind", "handler", "cls"), SCENARIOS, ids=[f"{k}-{c.__name__}-{i}" for i, (k, _, c) in enumerate(SCENARIOS)]
)
def test_no_exception_keeps_the_key_anywhere_in_its_chain(
    kind: str, handler: Callable[[httpx.Request], httpx.Response], cls: type[Exception], use_async: bool
) -> None:
    exc = _call(kind, handler, use_async=use_async)
    assert type(exc) is cls
    assert isinstance(exc, xai_billing.APIError)
    assert isinstance(exc.request, httpx.Request)
    requests = _requests_in(exc)
    assert requests, "the exception keeps its request"
    for request in requests:
        assert KEY not in str(request.headers.raw), (type(exc).__name__, request)
        assert request.headers.get("Authorization") in (None, "[redacted]")
    text = "".join(traceback.format_exception(exc))
    assert KEY not in text and KEY not in repr(exc)
    assert KEY.encode() not in pickle.dumps(exc)
    for current in _chain(exc):  # an answer that echoed the key keeps it in no body and no header
        response = getattr(current, "response", None)
        if isinstance(response, httpx.Response):
            assert KEY.encode() not in response.content, type(current).__name__
            assert KEY not in str(response.headers.raw), type(current).__name__
        body = getattr(current, "body", None)
        assert not isinstance(body, bytes) or KEY.encode() not in body, type(current).__name__


def test_errors_about_a_request_share_the_api_error_base_and_keep_their_old_bases() -> None:
    error = xai_billing.APIError
    for cls in (
        xai_billing.APIConnectionError,
        xai_billing.APITimeoutError,
        xai_billing.OutcomeUnknownError,
        xai_billing.TopUpOutcomeUnknownError,
        xai_billing.APIResponseValidationError,
        xai_billing.APIStatusError,
        xai_billing.RateLimitError,
    ):
        assert issubclass(cls, error) and issubclass(cls, xai_billing.XAIBillingError)
    assert issubclass(xai_billing.APITimeoutError, xai_billing.APIConnectionError)
    assert issubclass(xai_billing.TopUpOutcomeUnknownError, xai_billing.OutcomeUnknownError)
    assert not issubclass(xai_billing.ConfigurationError, error) and not issubclass(xai_billing.WireFormatError, error)


@pytest.mark.parametrize(
    ("kind", "handler", "status", "body"),
    [
        (READ, _status(429), 429, b'{"code":3,"message":"no"}'),
        (READ, _raise(httpx.ReadError), None, None),
        (TOP, _status(503), 503, b'{"code":3,"message":"no"}'),
        (TOP, _raise(httpx.ReadError), None, None),
        (READ, _not_json, 200, b"<html>"),
    ],
)
def test_every_api_error_carries_request_response_status_request_id_and_body(
    kind: str, handler: Callable[[httpx.Request], httpx.Response], status: int | None, body: bytes | None
) -> None:
    exc = _call(kind, handler, use_async=False)
    assert isinstance(exc, xai_billing.APIError)
    assert exc.request is not None and exc.request.url.path.startswith("/v1/billing/teams/t/")
    assert exc.status_code == status and exc.body == body
    if status is None:
        assert exc.response is None and exc.request_id is None
    else:
        assert exc.response is not None and exc.response.status_code == status
        assert exc.request_id in ("r-1", "r-2")
        assert exc.response.request is exc.request


def test_the_top_up_error_takes_its_wording_from_the_spec() -> None:
    exc = _call(TOP, _status(503), use_async=False)
    assert isinstance(exc, xai_billing.TopUpOutcomeUnknownError)
    assert exc.operation_id == "topUpPrepaidCredit"
    assert exc.check is not None and "get_prepaid_balance()" in exc.check and "PURCHASE" in exc.check
    assert "the charge may have happened" in str(exc) and exc.check in str(exc)
    unreadable = _call(TOP, _not_json, use_async=False)
    assert "so the charge happened" in str(unreadable) and "Do not send it again" in str(unreadable)


def test_a_model_error_and_a_configuration_error_keep_no_request() -> None:
    with pytest.raises(xai_billing.WireFormatError) as wire:
        models.UsdCents.from_dict({"val": []})
    with pytest.raises(xai_billing.ConfigurationError) as config:
        xai_billing.Client(api_key=KEY, team_id="t").top_up_prepaid_credit(amount={"val": "-1"})
    for exc in (wire.value, config.value):
        assert not _requests_in(exc) and KEY not in str(exc)


def _top_up_op(spec: dict[str, Any]) -> dict[str, Any]:
    op: dict[str, Any] = spec["paths"]["/v1/billing/teams/{team_id}/prepaid/top-up"]["post"]
    return op


@pytest.mark.parametrize(
    ("break_it", "named"),
    [
        (lambda op: op.pop("x-outcome-unknown"), r"x-idempotent is false, so x-outcome-unknown must say"),
        (lambda op: op["x-outcome-unknown"].pop("lookFor"), r"x-idempotent is false, so x-outcome-unknown must say"),
        (
            lambda op: op["x-outcome-unknown"].update(check="noSuchOperation"),
            r"'noSuchOperation' is not an operationId",
        ),
        (lambda op: op["x-outcome-unknown"].update(pythonError="ValueError"), r"pythonError must name an Outcome"),
        (
            lambda op: op.update({"x-idempotent": True}),
            r"x-outcome-unknown is for an operation with x-idempotent: false",
        ),
    ],
    ids=["missing", "no-look-for", "unknown-check", "not-an-outcome-error", "idempotent"],
)
def test_the_plan_reads_what_an_unknown_outcome_means_from_the_spec(break_it: Any, named: str) -> None:
    from contract import SPEC, generate

    spec = copy.deepcopy(SPEC)
    plan = generate.build_plan(spec)
    top_up = next(op for op in plan.operations if op.id == "topUpPrepaidCredit")
    assert top_up.outcome_unknown is not None and top_up.outcome_unknown.effect == "the charge"
    assert top_up.outcome_unknown.error == "TopUpOutcomeUnknownError"
    assert all(op.outcome_unknown is None for op in plan.operations if op.idempotent)
    break_it(_top_up_op(spec))
    with pytest.raises(generate.SpecError, match=named):
        generate.build_plan(spec)
