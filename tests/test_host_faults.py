"""The host-program table: what the client does inside the programs that use it (interrupts, signals,
cancelled tasks, a second event loop, os.fork(), a closed client, the caller's headers, the environment's
proxies, an answer that cannot be decoded), for the sync and the async client, for a read
(get_billing_info) and for the top-up. Each cell says what the call raises (or that it succeeds) and how
many times the server received the request. Interrupts, signals, forks and environment variables are made
in a real subprocess, as a program meets them.

The rule each row checks: an error's class follows what is known about the request. Before any byte of a
top-up may have been written, only errors that mean "not sent" (ConfigurationError, APIConnectionError,
a bare interrupt); after, TopUpOutcomeUnknownError, or the interrupt carrying the client's note ("noted").
"""

from __future__ import annotations

import asyncio
import json
import os
import select
import signal
import socket
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from conftest import KEY, TEAM

import xai_billing
from xai_billing._exceptions import interrupted_after_sending

OK = json.dumps(
    {"billingInfo": {"name": "Acme"}, "change": {"changeOrigin": "PURCHASE", "amount": {"val": "-500"}}}
).encode()
READ, TOP_UP = "get_billing_info", "top_up_prepaid_credit"
NA = "—"  # a situation that does not arise for this client


class Server:
    """HTTP/1.1 with keep-alive on 127.0.0.1, as the real API has it, so that connections are pooled.

    `mode` is "ok" (200 and a body both calls read), "stall" (hold the answer until the test ends), or
    "undecodable <status>" (that status, with a Content-Encoding its body is not in). It records each request
    received (method, path, the client's port) and stops when the `with` block ends."""

    def __init__(self, mode: str = "ok") -> None:
        self.mode = mode
        self.requests: list[tuple[str, str, int]] = []
        self.received = threading.Event()
        self.release = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            timeout = 10  # an idle or stalled connection is dropped: the test bounds its time

            def _answer(self) -> None:
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                server.requests.append((self.command, self.path, self.client_address[1]))
                server.received.set()
                status, body, headers = 200, OK, {"Content-Type": "application/json"}
                if server.mode == "stall":
                    server.release.wait(10)
                elif server.mode.startswith("undecodable"):
                    status, body = int(server.mode.split()[1]), b"this is not gzip"
                    headers["Content-Encoding"] = "gzip"
                self.send_response(status)
                for name, value in {**headers, "Content-Length": str(len(body))}.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = do_PUT = _answer

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._http.daemon_threads = True
        self.base_url = f"http://127.0.0.1:{self._http.server_address[1]}"
        self._thread = threading.Thread(target=self._http.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def __enter__(self) -> Server:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release.set()
        self._http.shutdown()
        self._http.server_close()
        self._thread.join(timeout=5)


def _kwargs(operation: str) -> dict[str, Any]:
    return {"amount": {"val": 500}} if operation == TOP_UP else {}


def _options(base_url: str, **more: Any) -> dict[str, Any]:
    return {"api_key": KEY, "team_id": TEAM, "base_url": base_url, "timeout": 5.0, "max_retries": 2} | more


def _outcome(exc: BaseException | None) -> str:
    if exc is None:
        return "succeeds"
    return f"`{type(exc).__name__}`" + (" (noted)" if interrupted_after_sending(exc) else "")


def _call(
    base_url: str, asynchronous: bool, operation: str, *, call: dict[str, Any] | None = None, **options: Any
) -> str:
    """One call in this process, with a client of its own (`options`) and the call's own arguments: its outcome."""
    kwargs = _kwargs(operation) | (call or {})
    try:
        if asynchronous:

            async def run() -> None:
                async with xai_billing.AsyncClient(**_options(base_url, **options)) as client:
                    await getattr(client, operation)(**kwargs)

            asyncio.run(run())
        else:
            with xai_billing.Client(**_options(base_url, **options)) as client:
                getattr(client, operation)(**kwargs)
    except Exception as exc:
        assert KEY not in str(exc)
        return _outcome(exc)
    return "succeeds"


# -- subprocesses: a program of the user's, in a fresh interpreter -----------------------------------------

PROGRAM = (
    textwrap.dedent(
        """
    import asyncio, os, signal, sys
    import xai_billing
    from xai_billing._exceptions import interrupted_after_sending

    situation, mode, operation, base_url = sys.argv[1:5]
    kwargs = {"amount": {"val": 500}} if operation == "top_up_prepaid_credit" else {}
    options = dict(api_key="KEY", team_id="TEAM", base_url=base_url, timeout=30.0, max_retries=0)

    def report(exc):
        name = "succeeds" if exc is None else f"`{type(exc).__name__}`"
        if exc is not None and interrupted_after_sending(exc):
            name += " (noted)"
        print("OUTCOME", name, flush=True)

    def call(client):
        print("calling", flush=True)
        if mode == "sync":
            return getattr(client, operation)(**kwargs)
        async def run():
            return await getattr(client, operation)(**kwargs)
        return asyncio.run(run())

    def make(**more):
        return (xai_billing.Client if mode == "sync" else xai_billing.AsyncClient)(**options, **more)

    if situation == "sigterm":
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(3))
    try:
        if situation in ("interrupt", "sigterm"):
            call(make())
        elif situation == "proxy":
            make()
        elif situation in ("fork", "fork-given"):
            import httpx
            http = None
            if situation == "fork-given":
                http = httpx.Client() if mode == "sync" else httpx.AsyncClient()
            client = make(http_client=http) if http is not None else make()
            if mode == "sync":
                client.get_billing_info()
            else:
                async def first():
                    await client.get_billing_info()
                asyncio.run(first())
            child = os.fork()
            if child == 0:
                try:
                    call(client)
                except BaseException as exc:
                    report(exc)
                    os._exit(0)
                report(None)
                os._exit(0)
            os.waitpid(child, 0)
            if mode == "sync":  # the parent's pool still works, on its own connection
                client.get_billing_info()
            elif http is None:  # (an http_client of the caller's belongs to the first loop)
                asyncio.run(first())
            print("parent", flush=True)
            os._exit(0)
    except BaseException as exc:
        report(exc)
        sys.exit(0)
    report(None)
    """
    )
    .replace('"KEY"', repr(KEY))
    .replace('"TEAM"', repr(TEAM))
)


@dataclass
class Program:
    process: subprocess.Popen[str]
    lines: list[str]

    def wait_for(self, line: str, seconds: float = 30.0) -> None:
        assert self.process.stdout is not None
        ends = time.monotonic() + seconds
        while line not in self.lines:
            left = ends - time.monotonic()
            assert left > 0, f"no {line!r} from the program: {self.lines}"
            ready, _, _ = select.select([self.process.stdout], [], [], left)
            if ready:
                text = self.process.stdout.readline()
                assert text, f"the program ended: {self.lines}"
                self.lines.append(text.strip())

    def outcome(self) -> str:
        out, err = self.process.communicate(timeout=30)
        self.lines += out.splitlines()
        assert self.process.returncode == 0, err
        assert KEY not in out + err
        found = [line.removeprefix("OUTCOME ") for line in self.lines if line.startswith("OUTCOME ")]
        assert len(found) == 1, (self.lines, err)
        return found[0]


def _program(situation: str, asynchronous: bool, operation: str, base_url: str, **env: str) -> Program:
    process = subprocess.Popen(
        [sys.executable, "-c", PROGRAM, situation, "async" if asynchronous else "sync", operation, base_url],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, **env},
    )
    return Program(process, [])


def _connecting(port: int) -> bool:
    """Whether a connection to 127.0.0.1:`port` is being made (SYN sent, no answer yet)."""
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            if fields[3] == "02" and int(fields[2].rsplit(":", 1)[1], 16) == port:
                return True
    return False


# -- the situations -------------------------------------------------------------------------------------------


def interrupt_in_flight(asynchronous: bool, operation: str) -> tuple[str, int]:
    with Server("stall") as server:
        program = _program("interrupt", asynchronous, operation, server.base_url)
        assert server.received.wait(30), "the request never arrived"
        program.process.send_signal(signal.SIGINT)
        return program.outcome(), len(server.requests)


def interrupt_before_writing(asynchronous: bool, operation: str) -> tuple[str, int]:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = listener.getsockname()[1]
    with socket.create_connection(("127.0.0.1", port), timeout=2):  # fills the accept queue
        program = _program("interrupt", asynchronous, operation, f"http://127.0.0.1:{port}")
        program.wait_for("calling")
        ends = time.monotonic() + 30
        while not _connecting(port):  # the client is connecting: nothing of the request can be written yet
            assert time.monotonic() < ends and program.process.poll() is None, program.lines
            time.sleep(0.01)
        program.process.send_signal(signal.SIGINT)
        outcome = program.outcome()
    listener.close()
    return outcome, 0  # the listener never accepted a connection: nothing could be received


def sigterm_in_flight(asynchronous: bool, operation: str) -> tuple[str, int]:
    with Server("stall") as server:
        program = _program("sigterm", asynchronous, operation, server.base_url)
        assert server.received.wait(30), "the request never arrived"
        program.process.send_signal(signal.SIGTERM)
        return program.outcome(), len(server.requests)


def task_cancelled_in_flight(asynchronous: bool, operation: str) -> tuple[str, int]:
    with Server("stall") as server:

        async def run() -> str:
            async with xai_billing.AsyncClient(**_options(server.base_url)) as client:
                task = asyncio.ensure_future(getattr(client, operation)(**_kwargs(operation)))
                assert await asyncio.to_thread(server.received.wait, 30)
                task.cancel()
                try:
                    await task
                except asyncio.CancelledError as exc:
                    return _outcome(exc)
                return "succeeds"

        return asyncio.run(run()), len(server.requests)


def second_event_loop(asynchronous: bool, operation: str, given: bool = False) -> tuple[str, int]:
    with Server() as server:
        http = httpx.AsyncClient() if given else None
        client = xai_billing.AsyncClient(**_options(server.base_url, http_client=http))
        asyncio.run(client.get_billing_info())  # leaves a connection of the first loop in the pool
        first = len(server.requests)

        async def again() -> None:
            await getattr(client, operation)(**_kwargs(operation))

        try:
            asyncio.run(again())
        except xai_billing.XAIBillingError as exc:
            return _outcome(exc), len(server.requests) - first
        finally:
            asyncio.run(client.aclose())
        return "succeeds", len(server.requests) - first


def second_event_loop_given(asynchronous: bool, operation: str) -> tuple[str, int]:
    return second_event_loop(asynchronous, operation, given=True)


def forked_child(asynchronous: bool, operation: str, situation: str = "fork") -> tuple[str, int]:
    with Server() as server:
        program = _program(situation, asynchronous, operation, server.base_url)
        outcome = program.outcome()
        assert "parent" in program.lines
        requests = server.requests
        read = ("GET", f"/v1/billing/teams/{TEAM}/billing-info")
        assert requests[0][:2] == read  # the parent's, before the fork
        parent_again = not (asynchronous and situation == "fork-given")
        if parent_again:  # and after the child's
            assert requests[-1][:2] == read
        child = requests[1:-1] if parent_again else requests[1:]
        if child:  # the child's request went on a connection of its own, not on the parent's
            assert child[0][2] not in (requests[0][2], requests[-1][2]), requests
        return outcome, len(child)


def forked_child_given(asynchronous: bool, operation: str) -> tuple[str, int]:
    return forked_child(asynchronous, operation, "fork-given")


def used_after_close(asynchronous: bool, operation: str) -> tuple[str, int]:
    with Server() as server:
        try:
            if asynchronous:

                async def run() -> None:
                    client = xai_billing.AsyncClient(**_options(server.base_url))
                    await client.aclose()
                    await getattr(client, operation)(**_kwargs(operation))

                asyncio.run(run())
            else:
                client = xai_billing.Client(**_options(server.base_url))
                client.close()
                getattr(client, operation)(**_kwargs(operation))
        except xai_billing.XAIBillingError as exc:
            return _outcome(exc), len(server.requests)
        return "succeeds", len(server.requests)


def framing_headers(asynchronous: bool, operation: str) -> tuple[str, int]:
    outcomes = set()
    with Server() as server:
        for name, value in (("Content-Length", "5"), ("Transfer-Encoding", "chunked"), ("Host", "elsewhere.test")):
            outcomes.add(_call(server.base_url, asynchronous, operation, call={"extra_headers": {name: value}}))
        assert len(outcomes) == 1, outcomes
        return outcomes.pop(), len(server.requests)


def unusable_proxy(asynchronous: bool, operation: str) -> tuple[str, int]:
    with Server() as server:
        program = _program("proxy", asynchronous, operation, server.base_url, HTTPS_PROXY="ftp://proxy.test:21")
        return program.outcome(), len(server.requests)


def undecodable(status: int) -> Callable[[bool, str], tuple[str, int]]:
    def situation(asynchronous: bool, operation: str) -> tuple[str, int]:
        with Server(f"undecodable {status}") as server:
            return _call(server.base_url, asynchronous, operation, max_retries=2), len(server.requests)

    return situation


@dataclass(frozen=True)
class Situation:
    name: str
    run: Callable[[bool, str], tuple[str, int]]
    # What each client and call does: sync read, sync top-up, async read, async top-up ("—": does not arise).
    expected: tuple[str, str, str, str]


def _same(outcome: str) -> tuple[str, str, str, str]:
    return (outcome, outcome, outcome, outcome)


SITUATIONS = [
    Situation(
        "Ctrl-C while the request is in flight",
        interrupt_in_flight,
        (
            "`KeyboardInterrupt`, received 1x",
            "`KeyboardInterrupt` (noted), received 1x",
            "`KeyboardInterrupt`, received 1x",
            "`KeyboardInterrupt` (noted), received 1x",
        ),
    ),
    Situation(
        "Ctrl-C while connecting, before any byte is written",
        interrupt_before_writing,
        _same("`KeyboardInterrupt`, received 0x"),
    ),
    Situation(
        "a SIGTERM handler calls sys.exit() while the request is in flight",
        sigterm_in_flight,
        ("`SystemExit`, received 1x", "`SystemExit` (noted), received 1x", NA, NA),
    ),
    Situation(
        "the task is cancelled while the request is in flight",
        task_cancelled_in_flight,
        (NA, NA, "`CancelledError`, received 1x", "`CancelledError` (noted), received 1x"),
    ),
    Situation(
        "used in a second asyncio.run()",
        second_event_loop,
        (NA, NA, "succeeds, received 1x", "succeeds, received 1x"),
    ),
    Situation(
        "used in a second asyncio.run(), with an http_client of yours",
        second_event_loop_given,
        (NA, NA, "`ConfigurationError`, received 0x", "`ConfigurationError`, received 0x"),
    ),
    Situation(
        "used in a child process after os.fork() (its own connection)",
        forked_child,
        _same("succeeds, received 1x"),
    ),
    Situation(
        "used in a child after os.fork(), with an http_client of yours used before it",
        forked_child_given,
        _same("`ConfigurationError`, received 0x"),
    ),
    Situation("used after close()", used_after_close, _same("`ConfigurationError`, received 0x")),
    Situation(
        "extra_headers with Content-Length, Transfer-Encoding or Host",
        framing_headers,
        _same("`ConfigurationError`, received 0x"),
    ),
    Situation(
        "a proxy variable it cannot use (HTTPS_PROXY=ftp://...)",
        unusable_proxy,
        _same("`ConfigurationError`, received 0x"),
    ),
    Situation(
        "200 whose Content-Encoding cannot be decoded",
        undecodable(200),
        (
            "`APIResponseValidationError`, received 1x",
            "`TopUpOutcomeUnknownError`, received 1x",
            "`APIResponseValidationError`, received 1x",
            "`TopUpOutcomeUnknownError`, received 1x",
        ),
    ),
    Situation(
        "503 whose Content-Encoding cannot be decoded",
        undecodable(503),
        (
            "`InternalServerError`, received 3x",
            "`TopUpOutcomeUnknownError`, received 1x",
            "`InternalServerError`, received 3x",
            "`TopUpOutcomeUnknownError`, received 1x",
        ),
    ),
]

CELLS = [(False, READ), (False, TOP_UP), (True, READ), (True, TOP_UP)]


@pytest.fixture(autouse=True)
def _fast_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    from xai_billing import _retries

    monkeypatch.setattr(_retries, "INITIAL_RETRY_DELAY", 0.01)


CASES = [
    pytest.param(situation, asynchronous, operation, expected, id=f"{situation.name}-{label}")
    for situation in SITUATIONS
    for (asynchronous, operation), label, expected in zip(
        CELLS, ["sync-read", "sync-top-up", "async-read", "async-top-up"], situation.expected, strict=True
    )
    if expected != NA  # a situation that does not arise for this client is not run
]


@pytest.mark.parametrize(("situation", "asynchronous", "operation", "expected"), CASES)
def test_situation(situation: Situation, asynchronous: bool, operation: str, expected: str) -> None:
    outcome, received = situation.run(asynchronous, operation)
    assert f"{outcome}, received {received}x" == expected


def test_the_note_says_what_happened_and_what_to_check() -> None:
    with Server("stall") as server:

        async def run() -> BaseException:
            async with xai_billing.AsyncClient(**_options(server.base_url)) as client:
                task = asyncio.ensure_future(client.top_up_prepaid_credit(amount={"val": 500}))
                assert await asyncio.to_thread(server.received.wait, 30)
                task.cancel()
                try:
                    await task
                except asyncio.CancelledError as exc:
                    return exc
                raise AssertionError("not cancelled")

        cancelled = asyncio.run(run())
    (note,) = cancelled.__notes__
    assert f"POST /v1/billing/teams/{TEAM}/prepaid/top-up" in note
    assert "may have reached the server" in note and "get_prepaid_balance" in note
    assert KEY not in note


def markdown_table() -> str:
    """The table above as the Reliability guide (docs/pages/guides/reliability.md) shows it."""
    rows = [
        "| situation | sync read | sync top-up | async read | async top-up |",
        "|---|---|---|---|---|",
    ]
    rows += [f"| {s.name} | " + " | ".join(s.expected) + " |" for s in SITUATIONS]
    return "\n".join(rows) + "\n"


def test_the_reliability_guide_shows_this_table() -> None:
    guide = (Path(__file__).resolve().parent.parent / "docs" / "pages" / "guides" / "reliability.md").read_text()
    assert markdown_table() in guide, (
        "the Reliability guide's host-program table is stale: paste test_host_faults.markdown_table()"
    )


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("ALL_PROXY", "socks5://user:hunter2@127.0.0.1:1080"),  # socksio is not installed
        ("HTTP_PROXY", "ftp://user:hunter2@proxy.test:21"),
        ("HTTPS_PROXY", "http://user:hunter2@proxy.test:port"),
    ],
)
@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_an_unusable_proxy_variable_is_named_at_construction(variable: str, value: str, asynchronous: bool) -> None:
    program = (
        "import xai_billing\n"
        f"make = xai_billing.{'AsyncClient' if asynchronous else 'Client'}\n"
        "try:\n"
        "    make(api_key='k', team_id='t')\n"
        "except xai_billing.ConfigurationError as exc:\n"
        "    print('ConfigurationError', exc)\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")} | {variable: value}
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0 and not done.stderr, done.stderr
    assert done.stdout.startswith(f"ConfigurationError The proxy in the environment variable {variable} cannot be used")
    assert "hunter2" not in done.stdout


def test_one_async_client_serves_loops_in_several_threads_at_once() -> None:
    # Each thread runs its own loop: each gets a pool of its own, and no call lands on another loop's.
    with Server() as server:
        client = xai_billing.AsyncClient(**_options(server.base_url))
        failures: list[BaseException] = []

        def run() -> None:
            async def calls() -> None:
                for _ in range(5):
                    await asyncio.gather(*(client.get_billing_info() for _ in range(10)))

            try:
                asyncio.run(calls())
            except BaseException as exc:
                failures.append(exc)

        threads = [threading.Thread(target=run) for _ in range(3)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        assert not failures, failures
        assert len(server.requests) == 150
