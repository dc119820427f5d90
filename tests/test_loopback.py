"""Timeouts, retries, deadlines and body caps on a real socket at 127.0.0.1 (the table of faults, for both
clients and both kinds of call, is test_faults.py)."""

from __future__ import annotations

import json
import socket
import threading
import time
from typing import Any

import httpx
import pytest
from conftest import KEY, TEAM
from loopback import SLACK, LoopbackServer, refused_port

import xai_billing
from xai_billing import _config, _response, _retries, _transport

BALANCE = json.dumps({"total": {"val": "-1000"}}).encode()
CHANGE = json.dumps({"change": {"changeOrigin": "PURCHASE", "amount": {"val": "-500"}}}).encode()
AMOUNT = {"val": 500}  # a top-up of 5.00 USD


@pytest.fixture(autouse=True)
def _fast_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_retries, "INITIAL_RETRY_DELAY", 0.01)


def _client(base_url: str, **kwargs: Any) -> xai_billing.Client:
    return xai_billing.Client(api_key=KEY, team_id=TEAM, base_url=base_url, **kwargs)


def test_a_hung_server_times_out_at_the_read_timeout() -> None:
    with LoopbackServer(lambda request: ("sleep", 30.0)) as server:  # until the test ends
        started = time.monotonic()
        with pytest.raises(xai_billing.APITimeoutError):
            _client(server.base_url, timeout=0.3, max_retries=0).get_prepaid_balance()
        elapsed = time.monotonic() - started
        server.settle()
        assert len(server.requests) == 1
    assert elapsed < 0.3 + SLACK


def test_per_call_timeout_overrides_the_clients() -> None:
    with LoopbackServer(lambda request: ("sleep", 30.0)) as server:
        client = _client(server.base_url, timeout=30.0, max_retries=0)
        started = time.monotonic()
        with pytest.raises(xai_billing.APITimeoutError):
            client.get_prepaid_balance(timeout=0.3)
        assert time.monotonic() - started < 0.3 + SLACK


def test_timed_out_reads_are_retried_and_counted_by_the_server() -> None:
    answers = iter([("sleep", 2.0), ("respond", 200, BALANCE)])
    with LoopbackServer(lambda request: next(answers)) as server:
        balance = _client(server.base_url, timeout=0.3, max_retries=2).get_prepaid_balance()
        assert balance.total is not None and balance.total.val == -1000
        assert len(server.requests) == 2


def test_a_refused_connection_is_a_connection_error_after_the_retries() -> None:
    port = refused_port()
    with pytest.raises(xai_billing.APIConnectionError) as info:
        _client(f"http://127.0.0.1:{port}", max_retries=1).get_prepaid_balance()
    assert not isinstance(info.value, xai_billing.APITimeoutError)


def test_a_reset_connection_is_retried_for_reads() -> None:
    answers = iter([("reset",), ("close",), ("respond", 200, BALANCE)])
    with LoopbackServer(lambda request: next(answers)) as server:
        total = _client(server.base_url).get_prepaid_balance().total
        assert total is not None and total.val == -1000
        assert len(server.requests) == 3


def test_a_520_from_a_proxy_is_an_internal_server_error() -> None:
    with LoopbackServer(lambda request: ("respond", 520, b"origin error")) as server:
        with pytest.raises(xai_billing.InternalServerError) as info:
            _client(server.base_url, max_retries=0).get_prepaid_balance()
        assert info.value.status_code == 520


async def test_async_client_times_out_and_reports_the_same_errors() -> None:
    with LoopbackServer(lambda request: ("sleep", 3.0)) as server:
        async with xai_billing.AsyncClient(
            api_key=KEY, team_id=TEAM, base_url=server.base_url, timeout=0.3, max_retries=0
        ) as client:
            with pytest.raises(xai_billing.APITimeoutError):
                await client.get_prepaid_balance()


async def test_a_call_waiting_for_a_slot_ends_by_its_deadline_unsent(monkeypatch: pytest.MonkeyPatch) -> None:
    # One slot, held by a call the server answers later than the bound below: a top-up queued behind it
    # with a 0.3 s deadline ends by then, and as it never reached the wire it says so (not "outcome unknown").
    import asyncio

    monkeypatch.setattr(_transport, "MAX_IN_FLIGHT", 1)
    answers = iter([("delay", 0.2 + 0.3 + SLACK + 1.0, 200, BALANCE)])
    with LoopbackServer(lambda request: next(answers)) as server:
        async with xai_billing.AsyncClient(api_key=KEY, team_id=TEAM, base_url=server.base_url) as client:
            first = asyncio.ensure_future(client.get_prepaid_balance())
            await asyncio.sleep(0.2)  # the first holds the slot
            started = time.monotonic()
            with pytest.raises(xai_billing.APITimeoutError, match="was not sent") as info:
                await client.top_up_prepaid_credit(amount=AMOUNT, deadline=0.3)
            assert time.monotonic() - started < 0.3 + SLACK
            assert not isinstance(info.value, xai_billing.TopUpOutcomeUnknownError)
            balance = await first
        assert balance.total is not None and len(server.requests) == 1


def test_a_name_is_looked_up_within_the_deadline_and_each_address_tried(monkeypatch: pytest.MonkeyPatch) -> None:
    # With a deadline, the sync client looks the name up itself (so that the lookup ends by it), then
    # tries each address in turn as socket.create_connection would: 127.0.0.2 refuses, 127.0.0.1 serves.
    real = socket.getaddrinfo
    asked: list[str] = []

    def getaddrinfo(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
        asked.append(host)
        if host == "billing.test":
            return [*real("127.0.0.2", port, *args, **kwargs), *real("127.0.0.1", port, *args, **kwargs)]
        if host == "nowhere.test":
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    with LoopbackServer(lambda request: ("respond", 200, BALANCE)) as server:
        url = server.base_url.replace("127.0.0.1", "billing.test")
        total = _client(url, deadline=5.0).get_prepaid_balance().total
        assert total is not None and total.val == -1000 and len(server.requests) == 1
        assert b"host: billing.test:" in server.requests[0].lower()  # the name, not an address, as the Host
        started = time.monotonic()
        with pytest.raises(xai_billing.APIConnectionError, match="Name or service not known") as info:
            _client(url.replace("billing.test", "nowhere.test"), deadline=30.0, max_retries=0).get_prepaid_balance()
        # at once, not by the deadline
        assert not isinstance(info.value, xai_billing.APITimeoutError) and time.monotonic() - started < SLACK
    assert asked[0] == "billing.test" and "nowhere.test" in asked


def test_keep_alive_transport_against_real_server_sends_auth_and_user_agent() -> None:
    with LoopbackServer(lambda request: ("respond", 200, BALANCE)) as server:
        with _client(server.base_url) as client:
            client.get_prepaid_balance()
        head = server.requests[0].split(b"\r\n\r\n")[0].decode().lower()
        assert f"authorization: bearer {KEY.lower()}" in head
        assert "user-agent: xai-billing-python/" in head
        assert httpx.URL(server.base_url).host == "127.0.0.1"


# The deadline: a whole call ends by then, however the server trickles.


def test_a_large_body_drained_slowly_is_cut_at_the_deadline() -> None:
    # The server reads 64 KiB every 50 ms: each send() is quick, the whole body takes over ten seconds.
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        listener.settimeout(5)
        stop = threading.Event()

        def drain() -> None:
            conn, _ = listener.accept()
            with conn:
                conn.settimeout(0.5)
                while not stop.is_set():
                    time.sleep(0.05)
                    try:
                        if not conn.recv(64 * 1024):
                            return
                    except OSError:
                        return

        server = threading.Thread(target=drain)
        server.start()
        client = _client(f"http://127.0.0.1:{listener.getsockname()[1]}", max_retries=0)
        started = time.monotonic()
        try:
            with pytest.raises(xai_billing.APITimeoutError):
                client.set_billing_info(billing_info={"name": "x" * 20_000_000}, deadline=0.5)
            elapsed = time.monotonic() - started
        finally:
            stop.set()
            client.close()
            server.join(timeout=5)
    assert elapsed < 0.5 + SLACK, elapsed


def test_the_sync_client_goes_through_the_environments_proxy_and_keeps_its_deadline(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy", "HTTPS_PROXY", "https_proxy"):
        monkeypatch.delenv(name, raising=False)
    answers = iter([("respond", 200, b'{"billingInfo": {"name": "via the proxy"}}'), ("trickle", 0.05, True)])
    with LoopbackServer(lambda request: next(answers)) as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.base_url)
        with _client("http://billing.invalid", max_retries=0) as client:
            assert client.get_billing_info().billing_info.name == "via the proxy"  # type: ignore[union-attr]
            started = time.monotonic()
            with pytest.raises(xai_billing.APITimeoutError):
                client.get_billing_info(deadline=0.5)
            assert time.monotonic() - started < 0.5 + SLACK  # the trickle would last 500 s
        assert proxy.requests[0].startswith(b"GET http://billing.invalid/v1/billing/teams/")


def test_retries_stop_at_the_deadline() -> None:
    with LoopbackServer(lambda request: ("respond", 503, b"{}"), max_connections=100) as server:
        started = time.monotonic()
        with pytest.raises((xai_billing.APITimeoutError, xai_billing.InternalServerError)):
            _client(server.base_url, max_retries=50).with_options(deadline=1.0).get_billing_info()
        assert time.monotonic() - started < 1.0 + SLACK
        assert len(server.requests) < 50


def test_the_deadline_is_checked_and_documented() -> None:
    assert xai_billing.Client(api_key=KEY).deadline == _config.DEFAULT_DEADLINE == 300.0
    for bad in (0, -1, float("inf"), "soon"):
        with pytest.raises(xai_billing.ConfigurationError, match="deadline"):
            xai_billing.Client(api_key=KEY, deadline=bad)  # type: ignore[arg-type]
    assert xai_billing.Client(api_key=KEY, deadline=None).deadline is None


# Bodies have a size cap.


def test_a_success_body_over_the_cap_is_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_response, "MAX_BODY", 1000)
    with LoopbackServer(
        lambda request: ("respond", 200, b'{"billingInfo": {"name": "' + b"x" * 5000 + b'"}}')
    ) as server:
        with pytest.raises(xai_billing.APIResponseValidationError, match="larger than 1000 bytes"):
            _client(server.base_url, max_retries=0).get_billing_info()
        with pytest.raises(xai_billing.TopUpOutcomeUnknownError, match="the charge happened"):
            _client(server.base_url, max_retries=0).top_up_prepaid_credit(amount=AMOUNT)


def test_an_error_body_is_kept_up_to_its_cap() -> None:
    body = json.dumps({"code": 13, "message": "x" * 200_000}).encode()
    with LoopbackServer(lambda request: ("respond", 500, body)) as server:
        with pytest.raises(xai_billing.InternalServerError) as info:
            _client(server.base_url, max_retries=0).get_billing_info()
    assert len(info.value.body) == _response.MAX_ERROR_BODY
