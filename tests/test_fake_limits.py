"""The local billing API is safe to leave running: request framing is checked before a body is read, idle and
slow connections are closed after a timeout while the handler threads stay bounded, team IDs are checked
after percent-decoding, and the state it keeps is bounded. Every server here is on loopback, bounded in
connections and time, and stopped."""

from __future__ import annotations

import http.client
import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from typing import Any

import pytest
from conftest import TEAM

import xai_billing
from xai_billing.fake import FakeBillingAPI, FakeServer
from xai_billing.fake import _api as fake_api
from xai_billing.fake._api import MAX_BODY

BALANCE = f"/v1/billing/teams/{TEAM}/prepaid/balance"


def _connect(server: FakeServer) -> socket.socket:
    return socket.create_connection((server.host, server.port), timeout=10)


def _exchange(server: FakeServer, request: bytes) -> tuple[int, dict[str, str], bytes]:
    """Send raw bytes, read the answer until the server closes the connection: status, headers, body."""
    with _connect(server) as sock:
        sock.sendall(request)
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    status_line, *lines = head.decode("latin-1").split("\r\n")
    headers = {name.strip().lower(): value.strip() for name, _, value in (line.partition(":") for line in lines)}
    return int(status_line.split()[1]), headers, body


def _closed(sock: socket.socket) -> bool:
    """Whether the server has closed ``sock`` (end of stream or reset), without waiting."""
    sock.setblocking(False)
    try:
        return sock.recv(1) == b""
    except BlockingIOError:
        return False
    except ConnectionError:
        return True
    finally:
        sock.setblocking(True)


def _wait_until_closed(sockets: list[socket.socket], within: float) -> float:
    """Seconds until every socket was closed by the server; fails the test after ``within`` seconds."""
    started = time.monotonic()
    open_ = list(sockets)
    while open_:
        open_ = [sock for sock in open_ if not _closed(sock)]
        elapsed = time.monotonic() - started
        assert elapsed < within, f"{len(open_)} of {len(sockets)} connections still open after {elapsed:.1f} s"
        time.sleep(0.05)
    return time.monotonic() - started


@contextmanager
def _served(api: FakeBillingAPI, **options: Any) -> Iterator[FakeServer]:
    with api.serve(**options) as server:
        yield server


# A request's framing (RFC 9112 section 6): checked before any body is read.


def _post_with_length(*lengths: str) -> bytes:
    fields = "".join(f"Content-Length: {length}\r\n" for length in lengths)
    return (
        f"POST /v1/billing/teams/{TEAM}/prepaid/top-up HTTP/1.1\r\nHost: fake\r\n"
        f"Content-Type: application/json\r\n{fields}\r\n"
    ).encode() + b'{"amount": {"val": "500"}}'


@pytest.mark.timeout(60)
@pytest.mark.parametrize(
    "lengths",
    [("-1",), ("abc",), ("1, 2",), ("+26",), ("0x1a",), (" ",), ("26", "27"), ("26", "26")],
    ids=["negative", "letters", "list", "plus-sign", "hex", "blank", "two-fields", "repeated"],
)
def test_a_malformed_content_length_gets_a_400_and_nothing_is_charged(lengths: tuple[str, ...]) -> None:
    api = FakeBillingAPI()
    with _served(api, timeout=5.0) as server:
        status, headers, body = _exchange(server, _post_with_length(*lengths))
    assert status == 400 and headers["content-type"] == "application/json"
    error = json.loads(body)
    assert error["code"] == 3 and "Content-Length" in error["message"], error
    assert headers["connection"] == "close"
    assert not api.requests and len(api.team(TEAM)["changes"]) == 1  # only the seed's change


@pytest.mark.timeout(60)
@pytest.mark.parametrize("length", ["26", " 26\t", "0026"])
def test_a_content_length_of_decimal_digits_is_read(length: str) -> None:
    api = FakeBillingAPI()
    request = _post_with_length(length).replace(b"\r\n\r\n", f"\r\nAuthorization: Bearer {api.key}\r\n\r\n".encode(), 1)
    with _served(api, timeout=5.0) as server, _connect(server) as sock:
        sock.sendall(request)
        response = http.client.HTTPResponse(sock)
        response.begin()
        assert response.status == 200, response.read()
        assert json.loads(response.read())["change"]["amount"] == {"val": "-500"}


@pytest.mark.timeout(60)
@pytest.mark.parametrize("length", [str(MAX_BODY + 1), "9" * 5000], ids=["one-past-the-cap", "five-thousand-digits"])
def test_a_body_over_the_cap_gets_a_413_without_being_read(length: str) -> None:
    api = FakeBillingAPI()
    with _served(api, timeout=5.0) as server, _connect(server) as sock:
        sock.sendall(_post_with_length(length)[: -len(b'{"amount": {"val": "500"}}')])  # the head only
        answer = b""
        while chunk := sock.recv(65536):  # answered and closed without waiting for a body that never comes
            answer += chunk
    assert answer.startswith(b"HTTP/1.1 413 ")
    assert json.loads(answer.partition(b"\r\n\r\n")[2])["code"] == 3
    assert not api.requests


@pytest.mark.timeout(60)
def test_a_chunked_body_is_refused_rather_than_read_as_the_next_request() -> None:
    api = FakeBillingAPI()
    chunked = (
        f"POST /v1/billing/teams/{TEAM}/prepaid/top-up HTTP/1.1\r\nHost: fake\r\nContent-Type: application/json\r\n"
        f"Transfer-Encoding: chunked\r\nAuthorization: Bearer {api.key}\r\n\r\n"
        f'1a\r\n{{"amount": {{"val": "500"}}}}\r\n0\r\n\r\n'
    ).encode()
    with _served(api, timeout=5.0) as server:
        status, headers, body = _exchange(server, chunked)
    assert status == 411 and headers["connection"] == "close" and "Content-Length" in json.loads(body)["message"]
    assert not api.requests


@pytest.mark.timeout(60)
def test_the_standard_librarys_own_errors_are_json_too() -> None:
    with _served(FakeBillingAPI(), timeout=5.0) as server:
        status, headers, body = _exchange(server, b"NOT A REQUEST LINE AT ALL\r\n\r\n")
    assert status == 400 and headers["content-type"] == "application/json"
    assert json.loads(body)["code"] == 3


# Idle and slow connections: closed after the timeout; handler threads bounded.


@pytest.mark.timeout(120)
def test_two_hundred_idle_connections_hold_no_thread_are_closed_after_the_timeout_and_a_client_is_served() -> None:
    api = FakeBillingAPI()
    with _served(api, timeout=5.0, max_connections=8) as server, ExitStack() as stack:
        before = threading.active_count()
        idle = [stack.enter_context(_connect(server)) for _ in range(200)]
        time.sleep(0.5)  # the server has accepted them
        assert threading.active_count() <= before + 8
        with xai_billing.Client(api_key=api.key, team_id=TEAM, base_url=server.url, max_retries=0) as client:
            assert client.get_prepaid_balance().total is not None  # served while all 200 are still open
        still_open = sum(not _closed(sock) for sock in idle)
        assert threading.active_count() <= before + 8
        took = _wait_until_closed(idle, within=30)
    assert still_open > 0  # the client was served "meanwhile", not after the idle ones were gone
    print(f"200 idle connections closed {took:.1f} s after the client's answer (timeout 5 s)")


@pytest.mark.timeout(120)
def test_a_trickled_request_is_closed_at_the_timeout_and_threads_stay_under_the_cap() -> None:
    api = FakeBillingAPI()
    request = f"GET {BALANCE} HTTP/1.1\r\nHost: fake\r\nAuthorization: Bearer {api.key}\r\n\r\n".encode()
    with _served(api, timeout=1.0, max_connections=4) as server, ExitStack() as stack:
        before = threading.active_count()
        slow = [stack.enter_context(_connect(server)) for _ in range(12)]
        most_threads = 0
        started = time.monotonic()
        sent = 0
        open_ = list(slow)
        while open_ and time.monotonic() - started < 30:
            for sock in list(open_):  # one byte each, every 0.2 s: never idle for the timeout
                try:
                    sock.sendall(request[sent : sent + 1])
                except OSError:
                    open_.remove(sock)
                    continue
                if _closed(sock):
                    open_.remove(sock)
            sent = min(sent + 1, len(request) - 3)  # never the whole request
            most_threads = max(most_threads, threading.active_count())
            time.sleep(0.2)
        took = time.monotonic() - started
    assert not open_, f"{len(open_)} trickling connections still open after {took:.1f} s"
    assert most_threads <= before + 4
    assert not api.requests


@pytest.mark.timeout(60)
def test_a_kept_alive_connection_is_closed_after_the_timeout_between_requests() -> None:
    api = FakeBillingAPI()
    request = f"GET {BALANCE} HTTP/1.1\r\nHost: fake\r\nAuthorization: Bearer {api.key}\r\n\r\n".encode()
    with _served(api, timeout=1.0) as server, _connect(server) as sock:
        for _ in range(2):  # kept alive: a second request on the same connection is answered
            sock.sendall(request)
            response = http.client.HTTPResponse(sock)
            response.begin()
            assert response.status == 200 and json.loads(response.read())["total"]
        _wait_until_closed([sock], within=20)
    assert len(api.requests) == 2


# Team IDs: checked after percent-decoding.


@pytest.mark.parametrize(
    "segment",
    ["..", "%2e%2e", "%2E", "a%2Fb", "%2F", "%00", "x%00y", "x%0Ay", "%1b%5b31m", "%7F", "%C2%85", "%C3%28", "a" * 257],
)
def test_a_team_id_that_cannot_name_a_team_is_a_404_and_keeps_no_state(segment: str) -> None:
    api = FakeBillingAPI()
    reply = api.handle(
        "GET", f"/v1/billing/teams/{segment}/prepaid/balance", {"Authorization": f"Bearer {api.key}"}, b""
    )
    assert reply.status == 404 and reply.body["code"] == 5
    assert segment not in reply.body["message"] and "\x00" not in reply.body["message"]
    assert api.teams == {} and not api.requests


def test_a_team_id_is_checked_after_the_key() -> None:
    api = FakeBillingAPI()
    assert api.handle("GET", "/v1/billing/teams/%00/prepaid/balance", {}, b"").status == 401


def test_ordinary_team_ids_still_work() -> None:
    api = FakeBillingAPI()
    for team_id in (TEAM, "team-1", "postpaid-x", "équipe", "a" * 256, "x%20y"):
        reply = api.handle(
            "GET", f"/v1/billing/teams/{team_id}/billing-info", {"Authorization": f"Bearer {api.key}"}, b""
        )
        assert reply.status == 200, (team_id, reply.body)
    assert "x y" in api.teams


@pytest.mark.timeout(60)
def test_served_from_the_command_line_the_log_escapes_control_characters_and_timeout_closes_idle_connections() -> None:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "xai_billing.fake", "--port", "0", "--key", "k", "--timeout", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    try:
        assert process.stdout is not None and process.stderr is not None
        url = process.stdout.readline() and process.stdout.readline().decode().split("=", 1)[1].strip()
        port = int(url.rsplit(":", 1)[1])
        with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
            sock.sendall(b"GET /v1/billing/teams/\x1b[31mred/billing-info HTTP/1.1\r\nAuthorization: Bearer k\r\n\r\n")
            assert sock.recv(65536).startswith(b"HTTP/1.1 404 ")
        line = process.stderr.readline()
        with socket.create_connection(("127.0.0.1", port), timeout=10) as idle:
            _wait_until_closed([idle], within=20)
    finally:
        process.terminate()
        process.wait(timeout=10)
    assert b"\x1b" not in line and b"\\x1b[31mred" in line, line


@pytest.mark.parametrize("option", ["--timeout=0", "--timeout=nan", "--timeout=inf", "--max-connections=0"])
def test_a_timeout_or_cap_that_is_not_positive_is_a_usage_error(option: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "xai_billing.fake", option], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 2 and "more than 0" in result.stderr and "Traceback" not in result.stderr


# State: bounded.


def test_teams_beyond_the_cap_evict_the_least_recently_used() -> None:
    api = FakeBillingAPI(max_teams=3)
    client = api.client(team_id="a", max_retries=0)
    client.top_up_prepaid_credit(amount={"val": 700})
    for team_id in ("b", "c"):
        api.client(team_id=team_id, max_retries=0).get_billing_info()
    client.get_billing_info()  # "a" is used again: "b" is now the least recently used
    api.client(team_id="d", max_retries=0).get_billing_info()
    assert list(api.teams) == ["c", "a", "d"]
    total = client.get_prepaid_balance().total
    assert total is not None and total.val == -1700  # "a" kept its top-up
    for n in range(100):
        api.team(f"team-{n}")
    assert len(api.teams) == 3


def test_the_recorded_requests_are_the_latest_ones() -> None:
    api = FakeBillingAPI(max_recorded_requests=5)
    client = api.client(max_retries=0)
    for _ in range(20):
        client.get_billing_info()
    client.get_prepaid_balance()
    assert len(api.requests) == 5 and api.requests[-1] == ("getPrepaidBalance", api.requests[-1][1])


def test_a_team_keeps_its_latest_balance_changes_and_a_total_of_all(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fake_api, "MAX_CHANGES", 4)
    api = FakeBillingAPI()
    client = api.client(max_retries=0)
    for cents in range(1, 11):
        client.top_up_prepaid_credit(amount={"val": cents})
    balance = client.get_prepaid_balance()
    assert [c.amount.val for c in balance.changes if c.amount] == [-7, -8, -9, -10]
    assert balance.total is not None and balance.total.val == -1000 - sum(range(1, 11))
