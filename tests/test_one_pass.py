"""One call, one pass: a generated method hands the transport its operation's description and the caller's
arguments, and the transport (_base_client and the runtime under it) checks, builds, sends and retries the
request without calling back into generated code. Traced with sys.setprofile: every function of the
package that runs during a call, in order."""

from __future__ import annotations

import asyncio
import contextlib
import sys
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from types import FrameType
from typing import Any

import httpx
import pytest

import xai_billing

ROOT = Path(__file__).resolve().parent.parent
# The hand-written runtime's modules (generator/runtime/*.py, copied into the package); every other module of
# the package but the applications (cli, fake) is generated.
RUNTIME = {f"xai_billing.{p.stem}" for p in (ROOT / "generator" / "runtime").glob("*.py") if p.stem != "__init__"}
ANSWER = {"change": {"changeOrigin": "PURCHASE", "topupStatus": "TO_CHARGE", "amount": {"val": "-500"}}}
HANDLER = "handler"  # stands for the server's answer in a trace


def _package_module(frame: FrameType) -> str | None:
    name = frame.f_globals.get("__name__", "")
    return name if isinstance(name, str) and (name == "xai_billing" or name.startswith("xai_billing.")) else None


def _generated(module: str) -> bool:
    return module not in RUNTIME and module != "xai_billing"


Handler = Callable[[httpx.Request], httpx.Response]
Call = Callable[[Handler, Callable[[], AbstractContextManager[None]]], Any]


def _trace(call: Call) -> tuple[list[str], list[str]]:
    """The package's modules whose functions are called during `call(handler, traced)` while `traced()` is
    entered (the client's method, not the client's construction), in order (HANDLER where the request
    reaches the server), and the package's frames on the stack at that moment, outermost first."""
    events: list[str] = []
    stack: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        events.append(HANDLER)
        frame: FrameType | None = sys._getframe(1)
        while frame is not None:
            module = _package_module(frame)
            if module is not None:
                stack.insert(0, module)
            frame = frame.f_back
        return httpx.Response(200, json=ANSWER)

    def profile(frame: FrameType, event: str, arg: object) -> None:
        if event == "call":
            module = _package_module(frame)
            if module is not None:
                events.append(module)

    @contextlib.contextmanager
    def traced() -> Iterator[None]:
        sys.setprofile(profile)
        try:
            yield
        finally:
            sys.setprofile(None)

    call(handler, traced)
    return events, stack


def _sync_top_up(handler: Handler, traced: Callable[[], AbstractContextManager[None]]) -> Any:
    http = httpx.Client(transport=httpx.MockTransport(handler))
    client = xai_billing.Client(api_key="k", team_id="t", base_url="https://billing.test", http_client=http)
    with traced():
        return client.top_up_prepaid_credit(amount={"val": "500"})


def _async_top_up(handler: Handler, traced: Callable[[], AbstractContextManager[None]]) -> Any:
    async def main() -> Any:
        http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
        client = xai_billing.AsyncClient(api_key="k", team_id="t", base_url="https://billing.test", http_client=http)
        with traced():
            return await client.top_up_prepaid_credit(amount={"val": "500"})

    return asyncio.run(main())


@pytest.mark.parametrize("call", [_sync_top_up, _async_top_up], ids=["sync", "async"])
def test_a_call_enters_the_transport_once_and_never_calls_generated_code_before_the_answer(call: Call) -> None:
    for _ in range(2):  # the first call of a process builds the operation's description, the second reuses it
        events, stack = _trace(call)
        assert HANDLER in events, "the request was not sent"
        before = events[: events.index(HANDLER)]
        entered = before.index("xai_billing._base_client")
        # Before the transport: the client's method, and what it looks up (the operation's description, built
        # on the first call of a process: the import of its model runs module code of the runtime too).
        assert before[0] == "xai_billing.client", before
        # From the transport's first frame to the request on the wire: no generated code at all.
        assert [m for m in before[entered:] if _generated(m)] == [], before[entered:]
        # On the stack as the request is sent: the client's method, then the transport.
        assert stack[:2] == ["xai_billing.client", "xai_billing._base_client"], stack
        assert not [m for m in stack[1:] if _generated(m)], stack
        # After the answer, the only generated code is the reader of the operation's model, handed over as data.
        after = events[events.index(HANDLER) + 1 :]
        assert {m for m in after if _generated(m)} <= {m for m in after if m.startswith("xai_billing.models.")}, after


def test_the_generated_method_hands_over_one_description_of_the_operation() -> None:
    from xai_billing import _operations
    from xai_billing._request import Operation

    top_up = _operations.TOP_UP_PREPAID_CREDIT
    assert isinstance(top_up, Operation) and top_up is _operations.TOP_UP_PREPAID_CREDIT  # built once
    assert (top_up.id, top_up.method, top_up.path) == (
        "topUpPrepaidCredit",
        "POST",
        "/v1/billing/teams/{team_id}/prepaid/top-up",
    )
    assert not top_up.idempotent and top_up.outcome_unknown is not None
    assert top_up.outcome_unknown.error is xai_billing.TopUpOutcomeUnknownError
    assert [(p.name, p.wire, p.required) for p in top_up.body] == [("amount", "amount", True)]
    usage = _operations.GET_USAGE
    assert usage.idempotent and usage.outcome_unknown is None
    invoices = _operations.LIST_INVOICES
    assert [p.wire for p in invoices.query][:2] == ["billingCycle.year", "billingCycle.month"]
    assert invoices.oneof == (
        ("billing_cycle_year", "billing_cycle_month"),
        ("since_year", "since_month"),
        ("invoice_ids",),
    )
    with pytest.raises(AttributeError):
        _operations.NO_SUCH_OPERATION  # noqa: B018
