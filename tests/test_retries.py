"""Retries, backoff, Retry-After, and the top-up that is never sent twice. The server counts what it receives."""

from __future__ import annotations

import asyncio
import email.utils
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from conftest import KEY, TEAM
from contract import mock_client

import xai_billing
from xai_billing import _base_client, _retries
from xai_billing.models import AnalyticsRequest, TimeRange

AMOUNT = {"val": 500}  # a top-up of 5.00 USD
CHANGE = {"change": {"changeOrigin": "PURCHASE", "topupStatus": "TO_CHARGE", "amount": {"val": "-500"}}}


class Server:
    """A MockTransport handler that plays a script of outcomes and counts the requests that reached it."""

    def __init__(self, *script: Any) -> None:
        self.script = list(script)
        self.received = 0  # requests that reached the server
        self.attempts = 0  # connection attempts, refused ones included

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.attempts += 1
        outcome = self.script.pop(0) if len(self.script) > 1 else self.script[0]
        if isinstance(outcome, type) and issubclass(outcome, httpx.TransportError):
            if not issubclass(outcome, (httpx.ConnectError, httpx.ConnectTimeout)):
                self.received += 1  # the request went out before the failure
            raise outcome("injected", request=request)
        self.received += 1
        if isinstance(outcome, httpx.Response):
            return outcome
        return outcome(request)  # type: ignore[no-any-return]


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Record the backoff delays instead of sleeping them."""
    delays: list[float] = []
    monkeypatch.setattr(_base_client.time, "sleep", delays.append)
    return delays


def _client(server: Callable[[httpx.Request], httpx.Response], **kwargs: Any) -> xai_billing.Client:
    return mock_client(server, api_key=KEY, team_id=TEAM, **kwargs)


def _ok(body: Any = None) -> httpx.Response:
    return httpx.Response(200, json={} if body is None else body)


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504, 520])
def test_retryable_statuses_are_retried_then_succeed(status: int, sleeps: list[float]) -> None:
    server = Server(httpx.Response(status, json={"code": 14}), httpx.Response(status), _ok())
    _client(server).get_billing_info()
    assert server.received == 3
    assert len(sleeps) == 2


@pytest.mark.parametrize(
    "error", [httpx.ConnectError, httpx.ConnectTimeout, httpx.ReadTimeout, httpx.RemoteProtocolError, httpx.ReadError]
)
def test_transport_errors_of_reads_are_retried(error: type[httpx.TransportError], sleeps: list[float]) -> None:
    server = Server(error, _ok())
    _client(server).get_billing_info()
    assert server.attempts == 2


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 499])
def test_other_statuses_are_not_retried(status: int, sleeps: list[float]) -> None:
    server = Server(httpx.Response(status, json={"code": 3, "message": "no"}))
    with pytest.raises(xai_billing.APIStatusError):
        _client(server).get_billing_info()
    assert server.received == 1 and sleeps == []


def test_default_is_two_retries_then_the_error(sleeps: list[float]) -> None:
    server = Server(httpx.Response(503))
    with pytest.raises(xai_billing.InternalServerError):
        _client(server).get_spending_limits()
    assert server.received == 3


@pytest.mark.parametrize("max_retries", [0, 1, 5])
def test_max_retries_is_settable(max_retries: int, sleeps: list[float]) -> None:
    server = Server(httpx.ConnectError)
    with pytest.raises(xai_billing.APIConnectionError):
        _client(server, max_retries=max_retries).get_prepaid_balance()
    assert server.attempts == max_retries + 1


def test_timeouts_raise_the_timeout_error_after_retries(sleeps: list[float]) -> None:
    server = Server(httpx.ReadTimeout)
    with pytest.raises(xai_billing.APITimeoutError):
        _client(server).get_prepaid_balance()
    assert server.attempts == 3


def test_backoff_grows_exponentially_with_jitter(sleeps: list[float]) -> None:
    server = Server(httpx.Response(500))
    with pytest.raises(xai_billing.InternalServerError):
        _client(server, max_retries=6).get_billing_info()
    bounds = [(0.375, 0.5), (0.75, 1.0), (1.5, 2.0), (3.0, 4.0), (6.0, 8.0), (6.0, 8.0)]
    assert len(sleeps) == 6
    for delay, (low, high) in zip(sleeps, bounds, strict=True):
        assert low <= delay <= high


def test_retry_after_seconds_is_honoured(sleeps: list[float]) -> None:
    server = Server(httpx.Response(429, headers={"Retry-After": "3"}), _ok())
    _client(server).get_billing_info()
    assert sleeps == [3.0]


def test_retry_after_http_date_is_honoured(sleeps: list[float]) -> None:
    # The wait is the date less the time when the client read it, between `before` and `after` (which a
    # busy machine can set seconds apart); the date is in whole seconds.
    before = time.time()
    when = int(before) + 10
    server = Server(httpx.Response(503, headers={"Retry-After": email.utils.formatdate(when, usegmt=True)}), _ok())
    _client(server).get_billing_info()
    after = time.time()
    assert when - after <= sleeps[0] <= when - before


def test_retry_after_is_capped(sleeps: list[float]) -> None:
    server = Server(httpx.Response(429, headers={"Retry-After": "86400"}), _ok())
    _client(server).get_billing_info()
    assert sleeps == [_retries.MAX_RETRY_AFTER]


@pytest.mark.parametrize(
    ("headers", "low", "high"),
    [
        ({"retry-after-ms": "nan", "Retry-After": "3"}, 3.0, 3.0),  # a bad ms header hides nothing
        ({"retry-after-ms": "-5", "Retry-After": "2"}, 2.0, 2.0),
        ({"Retry-After": "-4"}, 0.375, 0.5),  # a negative wait is no wait: back off as usual
        ({"retry-after-ms": "1500"}, 1.5, 1.5),
    ],
)
def test_retry_after_headers_that_cannot_be_used_fall_back(
    headers: dict[str, str], low: float, high: float, sleeps: list[float]
) -> None:
    server = Server(httpx.Response(429, headers=headers), _ok())
    _client(server).get_billing_info()
    assert low <= sleeps[0] <= high


def test_backoff_never_overflows(sleeps: list[float]) -> None:
    assert _retries.backoff(5000) <= _retries.MAX_RETRY_DELAY


def test_unreadable_retry_after_falls_back_to_backoff(sleeps: list[float]) -> None:
    server = Server(httpx.Response(429, headers={"Retry-After": "soon-ish"}), _ok())
    _client(server).get_billing_info()
    assert 0.375 <= sleeps[0] <= 0.5


def test_idempotent_post_is_retried(sleeps: list[float]) -> None:
    server = Server(httpx.Response(503), httpx.ReadTimeout, _ok({"limitReached": False}))
    query = AnalyticsRequest(time_range=TimeRange(start_time="2025-10-01 00:00:00", end_time="2025-10-02 00:00:00"))
    assert _client(server).get_usage(analytics_request=query).limit_reached is False
    assert server.received == 3


# The top-up: retried only when it provably never reached the server; otherwise never repeated.


@pytest.mark.parametrize("error", [httpx.ConnectError, httpx.ConnectTimeout])
def test_top_up_is_retried_when_the_connection_was_never_made(
    error: type[httpx.TransportError], sleeps: list[float]
) -> None:
    server = Server(error, error, httpx.Response(200, json=CHANGE))
    change = _client(server).top_up_prepaid_credit(amount=AMOUNT)
    assert change.change is not None and change.change.amount is not None
    assert change.change.amount.val == -500
    assert server.attempts == 3 and server.received == 1


FAILURES_AFTER_SENDING: list[Any] = [
    httpx.ReadTimeout,
    httpx.WriteTimeout,
    httpx.ReadError,
    httpx.WriteError,
    httpx.RemoteProtocolError,
    httpx.Response(500),
    httpx.Response(502, content=b"bad gateway"),
    httpx.Response(503, headers={"Retry-After": "1"}),
    httpx.Response(504),
    httpx.Response(520),
    httpx.Response(408),
]


@pytest.mark.parametrize(
    "failure", FAILURES_AFTER_SENDING, ids=lambda f: getattr(f, "__name__", None) or str(f.status_code)
)
def test_top_up_after_an_ambiguous_failure_raises_outcome_unknown_and_is_never_repeated(
    failure: Any, sleeps: list[float]
) -> None:
    server = Server(failure, httpx.Response(200, json=CHANGE))
    with pytest.raises(xai_billing.TopUpOutcomeUnknownError) as info:
        _client(server, max_retries=5).top_up_prepaid_credit(amount=AMOUNT)
    assert server.received <= 1 and server.attempts == 1
    assert sleeps == []
    message = str(info.value)
    assert "may have happened" in message and "get_prepaid_balance" in message
    assert isinstance(info.value, xai_billing.XAIBillingError)


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 429])
def test_top_up_rejected_by_the_server_raises_the_status_error_once(status: int, sleeps: list[float]) -> None:
    server = Server(httpx.Response(status, json={"code": 9, "message": "rejected"}), httpx.Response(200, json=CHANGE))
    with pytest.raises(xai_billing.APIStatusError) as info:
        _client(server).top_up_prepaid_credit(amount=AMOUNT)
    assert info.value.status_code == status
    assert server.received == 1 and sleeps == []


def test_fault_injection_top_up_reaches_the_server_at_most_once_in_every_failure_mode(sleeps: list[float]) -> None:
    """Every failure mode, each followed by a server that would succeed: the POST is received at most once."""
    modes: list[Any] = [
        *FAILURES_AFTER_SENDING,
        httpx.Response(400),
        httpx.Response(401),
        httpx.Response(429, headers={"Retry-After": "0"}),
        httpx.Response(200, content=b"not json"),
        httpx.Response(200, content=b'{"change": "oops"}'),
        httpx.ConnectError,
        httpx.ConnectTimeout,
    ]
    for mode in modes:
        server = Server(mode, httpx.Response(200, json=CHANGE))
        try:
            _client(server, max_retries=3).top_up_prepaid_credit(amount=AMOUNT)
        except xai_billing.XAIBillingError:
            pass
        assert server.received <= 1, mode
        assert server.received == 1 or server.attempts > 1, mode  # never sent at all only if it then succeeded


@pytest.mark.parametrize("content", [b"{", b"", b'{"change": "oops"}', b"[]"])
def test_a_top_up_answered_2xx_with_an_unreadable_body_says_the_charge_happened(
    content: bytes, sleeps: list[float]
) -> None:
    server = Server(httpx.Response(200, content=content), httpx.Response(200, json=CHANGE))
    with pytest.raises(xai_billing.TopUpOutcomeUnknownError, match="the charge happened") as info:
        _client(server, max_retries=3).top_up_prepaid_credit(amount=AMOUNT)
    assert not isinstance(info.value, xai_billing.APIResponseValidationError)  # a retry-on-bad-response loop skips it
    assert isinstance(info.value.__cause__, xai_billing.APIResponseValidationError)
    assert server.received == 1


@pytest.mark.parametrize("error", [httpx.PoolTimeout, httpx.UnsupportedProtocol, httpx.ConnectError])
def test_a_top_up_that_never_left_is_not_an_unknown_outcome(error: type[Exception], sleeps: list[float]) -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        raise error("never sent", request=request)  # type: ignore[call-arg]

    with pytest.raises(xai_billing.APIConnectionError) as info:
        _client(fail, max_retries=0).top_up_prepaid_credit(amount=AMOUNT)
    assert not isinstance(info.value, xai_billing.TopUpOutcomeUnknownError)


@pytest.mark.parametrize("error", [httpx.LocalProtocolError, httpx.DecodingError, RuntimeError, ValueError])
def test_a_top_up_failing_after_it_was_handed_over_is_an_unknown_outcome(
    error: type[Exception], sleeps: list[float]
) -> None:
    # A transport that does not trace (MockTransport) cannot say how far the request got: h11 raises
    # LocalProtocolError after writing the headers, a decoder after the response arrived, anything else anywhere.
    received = 0

    def fail(request: httpx.Request) -> httpx.Response:
        nonlocal received
        received += 1
        raise (error("broken", request=request) if issubclass(error, httpx.RequestError) else error("broken"))

    with pytest.raises(xai_billing.TopUpOutcomeUnknownError) as info:
        _client(fail, max_retries=3).top_up_prepaid_credit(amount=AMOUNT)
    assert type(info.value.__cause__) is error
    assert received == 1


@pytest.mark.parametrize("status", [301, 302, 307, 308])
def test_a_redirect_is_never_followed_so_a_top_up_is_sent_once(status: int) -> None:
    class Redirecting:
        received = 0

        def __call__(self, request: httpx.Request) -> httpx.Response:
            self.received += 1
            return httpx.Response(status, headers={"Location": str(request.url)})

    server = Redirecting()
    http = httpx.Client(transport=httpx.MockTransport(server), follow_redirects=True)
    client = xai_billing.Client(api_key=KEY, team_id=TEAM, base_url="https://billing.test", http_client=http)
    with pytest.raises(xai_billing.APIStatusError) as info:
        client.top_up_prepaid_credit(amount=AMOUNT)
    assert info.value.status_code == status and server.received == 1


def test_a_top_up_answered_500_with_a_pathological_body_still_says_outcome_unknown(sleeps: list[float]) -> None:
    server = Server(httpx.Response(500, content=b"[" * 100_000))
    with pytest.raises(xai_billing.TopUpOutcomeUnknownError):
        _client(server).top_up_prepaid_credit(amount=AMOUNT)


async def test_async_client_retries_the_same_way(monkeypatch: pytest.MonkeyPatch) -> None:
    delays: list[float] = []

    async def no_sleep(delay: float) -> None:
        delays.append(delay)

    monkeypatch.setattr(asyncio, "sleep", no_sleep)
    server = Server(httpx.Response(503), httpx.ConnectError, _ok({"total": {"val": "-1"}}))
    async with xai_billing.AsyncClient(
        api_key=KEY, team_id=TEAM, http_client=httpx.AsyncClient(transport=httpx.MockTransport(server))
    ) as client:
        balance = await client.get_prepaid_balance()
    assert balance.total is not None and balance.total.val == -1
    assert server.attempts == 3 and len(delays) == 2

    top_up_server = Server(httpx.Response(502), httpx.Response(200, json=CHANGE))
    async with xai_billing.AsyncClient(
        api_key=KEY, team_id=TEAM, http_client=httpx.AsyncClient(transport=httpx.MockTransport(top_up_server))
    ) as client:
        with pytest.raises(xai_billing.TopUpOutcomeUnknownError):
            await client.top_up_prepaid_credit(amount=AMOUNT)
    assert top_up_server.received == 1
