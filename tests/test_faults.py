"""The fault table: each fault on a real loopback socket, for the sync and the async client, for a read
(get_billing_info, retried where safe) and for the top-up (never sent twice). Each row says what the call
raises (or that it succeeds) and how many times the server received the request.

A top-up is received at most once, unless the connection was never made (then zero).
"""

from __future__ import annotations

import asyncio
import json
import socket
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from conftest import KEY, TEAM
from loopback import SLACK, Action, LoopbackServer, refused_port

import xai_billing
from xai_billing import _response, _retries

# One body both calls can read: unknown members are tolerated, so each takes its own.
OK = json.dumps(
    {"billingInfo": {"name": "Acme"}, "change": {"changeOrigin": "PURCHASE", "amount": {"val": "-500"}}}
).encode()
RATE_LIMITED = ("respond", 429, b'{"code": 8, "message": "slow down"}', {"Retry-After": "0.01"})
X = xai_billing


@dataclass(frozen=True)
class Fault:
    name: str
    answers: list[Action] | None  # the server's answers in turn, the last one repeated; None: nothing listens
    read: type[Exception] | None  # what get_billing_info raises; None: it succeeds
    reads: int  # how many times the server received it
    top_up: type[Exception] | None
    top_ups: int
    client: dict[str, Any] = field(default_factory=dict)  # client options beyond the table's defaults
    lookup: float = 0.0  # seconds the server's name takes to look up (0: the URL names 127.0.0.1)


FAULTS = [
    Fault("refused connection", None, X.APIConnectionError, 0, X.APIConnectionError, 0),
    Fault("reset before the response", [("reset",)], X.APIConnectionError, 3, X.TopUpOutcomeUnknownError, 1),
    Fault("reset after the whole body", [("respond-then-reset", 200, OK)], None, 1, None, 1),
    Fault("closed without an answer", [("close",)], X.APIConnectionError, 3, X.TopUpOutcomeUnknownError, 1),
    Fault("not HTTP", [("raw", b"SSH-2.0-OpenSSH\r\n\r\n")], X.APIConnectionError, 3, X.TopUpOutcomeUnknownError, 1),
    Fault("truncated body", [("truncate", 200, OK)], X.APIConnectionError, 3, X.TopUpOutcomeUnknownError, 1),
    Fault(
        "truncated chunked body",
        [("truncate-chunked", 200, OK)],
        X.APIConnectionError,
        3,
        X.TopUpOutcomeUnknownError,
        1,
    ),
    Fault(
        "stall past the read timeout",
        [("sleep", 2.0)],
        X.APITimeoutError,
        3,
        X.TopUpOutcomeUnknownError,
        1,
        {"timeout": 0.3},
    ),
    Fault(
        "body trickled past the deadline",
        [("trickle", 0.05, False)],
        X.APITimeoutError,
        1,
        X.TopUpOutcomeUnknownError,
        1,
        {"deadline": 0.6},
    ),
    Fault(
        "headers trickled past the deadline",
        [("trickle", 0.05, True)],
        X.APITimeoutError,
        1,
        X.TopUpOutcomeUnknownError,
        1,
        {"deadline": 0.6},
    ),
    Fault(
        "name lookup slower than the deadline",
        [("respond", 200, OK)],
        X.APITimeoutError,
        0,
        X.APITimeoutError,
        0,
        {"deadline": 0.6},
        lookup=0.6 + SLACK + 2.0,  # well past the bound below
    ),
    Fault("429 storm with Retry-After", [RATE_LIMITED], X.RateLimitError, 3, X.RateLimitError, 1),
    Fault("429 then success", [RATE_LIMITED, ("respond", 200, OK)], None, 2, X.RateLimitError, 1),
    Fault("503 storm", [("respond", 503, b"")], X.InternalServerError, 3, X.TopUpOutcomeUnknownError, 1),
    Fault(
        "503 once, then success",
        [("respond", 503, b""), ("respond", 200, OK)],
        None,
        2,
        X.TopUpOutcomeUnknownError,
        1,
    ),
    Fault(
        "500 with JSON nested 10,000 deep",
        [("respond", 500, b"[" * 10_000)],
        X.InternalServerError,
        3,
        X.TopUpOutcomeUnknownError,
        1,
    ),
    Fault(
        "2xx body that is not JSON",
        [("respond", 200, b"<html>OK</html>")],
        X.APIResponseValidationError,
        1,
        X.TopUpOutcomeUnknownError,
        1,
    ),
    Fault(
        "2xx body over the size cap",
        [("respond", 200, OK + b" " * 5000)],
        X.APIResponseValidationError,
        1,
        X.TopUpOutcomeUnknownError,
        1,
    ),
    Fault(
        "307 to itself, via an http_client that follows redirects",
        [("respond", 307, b"", {"Location": "/v1/billing/teams/t/billing-info"})],
        X.UnexpectedStatusError,
        1,
        X.UnexpectedStatusError,
        1,
        {"follow_redirects": True},
    ),
]


@pytest.fixture(autouse=True)
def _small_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_retries, "INITIAL_RETRY_DELAY", 0.01)
    monkeypatch.setattr(_response, "MAX_BODY", 4096)


def _options(fault: Fault, base_url: str, asynchronous: bool) -> dict[str, Any]:
    # A generous read timeout but where a row sets its own: a server thread the machine keeps waiting
    # must not turn a row's fault into a timeout.
    options: dict[str, Any] = {"timeout": 5.0, "max_retries": 2, "deadline": 10.0} | fault.client
    if options.pop("follow_redirects", False):
        options["http_client"] = (httpx.AsyncClient if asynchronous else httpx.Client)(follow_redirects=True)
    return {"api_key": KEY, "team_id": TEAM, "base_url": base_url} | options


def _call(fault: Fault, base_url: str, operation: str, asynchronous: bool) -> tuple[Exception | None, float]:
    """Make the call: the exception it raised (or None), and when, in seconds from the start."""
    options = _options(fault, base_url, asynchronous)
    kwargs: dict[str, Any] = {"amount": {"val": 500}} if operation == "top_up_prepaid_credit" else {}
    started = time.monotonic()
    raised: Exception | None = None
    ended = 0.0
    if asynchronous:

        async def run() -> None:
            nonlocal raised, ended
            try:
                async with xai_billing.AsyncClient(**options) as client:
                    await getattr(client, operation)(**kwargs)
            except Exception as exc:
                raised = exc
            finally:
                ended = time.monotonic()  # asyncio.run then waits for a lookup it abandoned
                if "http_client" in options:  # the caller's to close
                    await options["http_client"].aclose()

        asyncio.run(run())
    else:
        try:
            with xai_billing.Client(**options) as client:
                getattr(client, operation)(**kwargs)
        except Exception as exc:
            raised = exc
        finally:
            ended = time.monotonic()
            if "http_client" in options:
                options["http_client"].close()
    return raised, ended - started


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("operation", ["get_billing_info", "top_up_prepaid_credit"], ids=["read", "top-up"])
@pytest.mark.parametrize("fault", FAULTS, ids=[f.name for f in FAULTS])
def test_fault(fault: Fault, operation: str, asynchronous: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    expected, received = (fault.read, fault.reads) if operation == "get_billing_info" else (fault.top_up, fault.top_ups)
    if fault.answers is None:
        raised, elapsed = _call(fault, f"http://127.0.0.1:{refused_port()}", operation, asynchronous)
        requests: list[bytes] = []
    else:
        answers = fault.answers

        def answer(request: bytes) -> Action:
            return answers[min(len(server.requests), len(answers)) - 1]

        with LoopbackServer(answer) as server:
            base_url = server.base_url
            if fault.lookup:
                base_url = base_url.replace("127.0.0.1", "billing.test")
                _slow_lookup(monkeypatch, "billing.test", fault.lookup)
            raised, elapsed = _call(fault, base_url, operation, asynchronous)
            server.settle()  # every request the client sent is counted, however busy the machine
            requests = list(server.requests)
    if expected is None:
        assert raised is None, f"{type(raised).__name__}: {raised}"
    else:
        assert type(raised) is expected, f"{type(raised).__name__}: {raised}"
        assert KEY not in str(raised)
    assert len(requests) == received
    # A row with a deadline ends by it; the others by the read timeouts and backoffs of their three attempts.
    assert elapsed < fault.client.get("deadline", 4.0) + SLACK


def _slow_lookup(monkeypatch: pytest.MonkeyPatch, name: str, seconds: float) -> None:
    """`name` resolves to 127.0.0.1, after `seconds`, as a resolver that does not answer at once would."""
    real = socket.getaddrinfo

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if host in (name, name.encode()):  # anyio asks with the name encoded
            time.sleep(seconds)
            host = "127.0.0.1"
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)


def markdown_table() -> str:
    """The table above as the Reliability guide (docs/pages/guides/reliability.md) shows it."""

    def outcome(raised: type[Exception] | None, received: int) -> str:
        return f"{'succeeds' if raised is None else f'`{raised.__name__}`'}, received {received}x"

    rows = ["| fault | read (`get_billing_info`) | top-up |", "|---|---|---|"]
    rows += [f"| {f.name} | {outcome(f.read, f.reads)} | {outcome(f.top_up, f.top_ups)} |" for f in FAULTS]
    return "\n".join(rows) + "\n"


def test_the_reliability_guide_shows_this_table() -> None:
    guide = (Path(__file__).resolve().parent.parent / "docs" / "pages" / "guides" / "reliability.md").read_text()
    assert markdown_table() in guide, (
        "the Reliability guide's fault table is stale: paste tests/test_faults.py's markdown_table()"
    )
