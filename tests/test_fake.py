"""The local billing API: one implementation in-process and on loopback, every request checked against the
spec, state per team, top-ups that are safe under concurrency, and faults on demand."""

from __future__ import annotations

import concurrent.futures
import datetime
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
from typing import Any

import httpx
import pytest
from conftest import TEAM

import xai_billing
from xai_billing.fake import INVALID_KEY, FakeBillingAPI, FakeServer, load_spec
from xai_billing.models import ChangeOrigin, TopupStatus

WEEK = {
    "timeRange": {"startTime": "2025-10-01 00:00:00", "endTime": "2025-10-08 00:00:00", "timezone": "Etc/GMT"},
    "timeUnit": "TIME_UNIT_DAY",
    "values": [{"name": "usd", "aggregation": "AGGREGATION_SUM"}, {"name": "tokens", "aggregation": "AGGREGATION_SUM"}],
    "groupBy": ["description"],
}


@pytest.fixture
def client(fake_billing: FakeBillingAPI) -> xai_billing.Client:
    return fake_billing.client(team_id=TEAM, max_retries=0)


def test_every_operation_answers_with_realistic_data(client: xai_billing.Client) -> None:
    assert client.get_billing_info().billing_info is not None
    assert client.list_invoices().invoices
    assert client.list_payment_methods().payment_methods
    assert client.preview_postpaid_invoice().core_invoice is not None
    limits = client.get_spending_limits().spending_limits
    assert limits is not None and limits.soft_sl is not None and limits.soft_sl.val == 20000
    balance = client.get_prepaid_balance()
    assert balance.total is not None and balance.total.val == -1000 and len(balance.changes) == 1
    assert client.get_usage(analytics_request=WEEK).time_series
    client.set_billing_info(billing_info={"name": "Acme"})
    client.set_default_payment_method(payment_method_id="pm_1Rlink")
    client.set_spending_limit(desired_soft_spending_limit={"val": 0})
    client.top_up_prepaid_credit(amount={"val": 500})


def test_setters_change_what_the_reads_return(client: xai_billing.Client, fake_billing: FakeBillingAPI) -> None:
    client.set_billing_info(billing_info={"name": "New Co", "address": {"country": "DE"}, "email": "ap@example.com"})
    info = client.get_billing_info().billing_info
    assert info is not None and (info.name, info.email, info.tax_number) == ("New Co", "ap@example.com", "")
    assert info.address is not None and info.address.country == "DE"

    client.set_default_payment_method(payment_method_id="pm_1Rlink")
    assert client.list_payment_methods().payment_methods[0].payment_method_id == "pm_1Rlink"  # the default first
    with pytest.raises(xai_billing.NotFoundError, match="pm_unknown") as info404:
        client.set_default_payment_method(payment_method_id="pm_unknown")
    assert info404.value.grpc_code == 5

    assert client.set_spending_limit(desired_soft_spending_limit={"val": 12345}).this_bp_soft_spending_limit == (
        client.get_spending_limits().spending_limits.soft_sl  # type: ignore[union-attr]
    )
    limits = client.get_spending_limits().spending_limits
    assert limits is not None and limits.effective_sl is not None and limits.effective_sl.val == 12345
    other = client.get_spending_limits(team_id="another-team").spending_limits
    assert other is not None and other.soft_sl is not None and other.soft_sl.val == 20000  # state is per team


def test_a_top_up_completes_at_once_and_moves_the_total(client: xai_billing.Client) -> None:
    change = client.top_up_prepaid_credit(amount={"val": 2500}).change
    assert change is not None and change.amount is not None
    assert (change.change_origin, change.topup_status, change.amount.val) == (
        ChangeOrigin.PURCHASE,
        TopupStatus.SUCCEEDED,
        -2500,
    )
    balance = client.get_prepaid_balance()
    assert balance.total is not None and balance.total.val == -3500
    assert balance.changes[-1] == change


def test_a_pending_top_up_is_returned_again_instead_of_charging_twice() -> None:
    api = FakeBillingAPI(pending_top_ups=True)
    client = api.client(max_retries=0)
    first = client.top_up_prepaid_credit(amount={"val": 500}).change
    second = client.top_up_prepaid_credit(amount={"val": 900}).change
    assert first is not None and first.topup_status is TopupStatus.TO_CHARGE and second == first
    total = client.get_prepaid_balance().total
    assert total is not None and total.val == -1000  # nothing charged yet
    assert api.complete_pending_top_ups(api.requests[0][1]) == 1
    total = client.get_prepaid_balance().total
    assert total is not None and total.val == -1500


def test_a_postpaid_team_has_no_prepaid_balance(client: xai_billing.Client, fake_billing: FakeBillingAPI) -> None:
    fake_billing.make_postpaid(TEAM)
    with pytest.raises(xai_billing.NotFoundError, match="postpaid"):
        client.get_prepaid_balance()
    with pytest.raises(xai_billing.NotFoundError):
        client.get_prepaid_balance(team_id="postpaid-team-7")  # by its ID, for a served fake
    assert client.get_spending_limits(team_id="postpaid-team-7").spending_limits is not None


def test_usage_is_dense_over_the_range_unit_and_grouping(client: xai_billing.Client) -> None:
    usage = client.get_usage(analytics_request=WEEK)
    assert len(usage.time_series) == 3  # one series per model, grouped by description
    for series in usage.time_series:
        assert [p.timestamp.day for p in series.data_points if p.timestamp] == list(range(1, 8))
        assert all(len(p.values) == 2 for p in series.data_points)
    hourly = client.get_usage(analytics_request={**WEEK, "timeUnit": "TIME_UNIT_HOUR", "groupBy": []})
    assert len(hourly.time_series) == 1 and len(hourly.time_series[0].data_points) == 7 * 24
    assert client.get_usage(analytics_request=WEEK) == usage  # the same query, the same figures


def _months_ago(months: int) -> tuple[int, int]:
    today = datetime.date.today()
    index = today.year * 12 + today.month - 1 - months
    return index // 12, index % 12 + 1


def test_invoice_filters(client: xai_billing.Client) -> None:
    every = client.list_invoices().invoices
    year, month = _months_ago(2)
    assert [i.invoice_number for i in client.list_invoices(since_year=year, since_month=month).invoices] == [
        i.invoice_number for i in every[2:]
    ]
    year, month = _months_ago(3)  # the cycle of the seed's top-up: its invoice and the month's
    assert len(client.list_invoices(billing_cycle_year=year, billing_cycle_month=month).invoices) == 2
    assert [i.invoice_id for i in client.list_invoices(invoice_ids=[every[2].invoice_id]).invoices] == [
        every[2].invoice_id
    ]


def test_a_new_team_has_the_invoices_of_the_months_before_today(client: xai_billing.Client) -> None:
    year, month = _months_ago(1)
    since_last_month = client.list_invoices(since_year=year, since_month=month).invoices
    assert [(i.monthly.billing_cycle.year, i.monthly.billing_cycle.month) for i in since_last_month if i.monthly] == [
        (year, month)
    ]
    assert since_last_month[0].invoice_status.value == "PENDING"
    cycles = [
        (i.monthly.billing_cycle.year, i.monthly.billing_cycle.month)
        for i in client.list_invoices().invoices
        if i.monthly and i.monthly.billing_cycle
    ]
    assert cycles == [_months_ago(3), _months_ago(2), _months_ago(1)]
    for invoice in client.list_invoices().invoices:  # none in the future, none older than four months
        assert invoice.create_time is not None
        age = datetime.datetime.now(datetime.UTC) - invoice.create_time
        assert datetime.timedelta(0) <= age < datetime.timedelta(days=125), invoice.create_time


def test_any_new_team_gets_state_of_its_own(fake_billing: FakeBillingAPI) -> None:
    one, other = (fake_billing.client(team_id=t, max_retries=0) for t in ("team-a", "8c7d1e0f-new-team"))
    invoices = [c.list_invoices().invoices for c in (one, other)]
    numbers = [{i.invoice_number for i in found} for found in invoices]
    assert not numbers[0] & numbers[1] and all(len(n) == 4 for n in numbers)  # their own numbers
    assert all(re.fullmatch(r"[0-9]{3}(-[0-9]{3}){3}", n) for n in numbers[0] | numbers[1])
    assert {i.team_id for i in invoices[1]} == {"8c7d1e0f-new-team"}
    limits = other.get_spending_limits().spending_limits
    assert limits is not None and limits.effective_sl is not None
    for invoice in invoices[1]:  # each a month's bill under the spending limit, and more than nothing
        assert 0 < invoice.total <= limits.effective_sl.val and invoice.total == sum(
            line.amount for line in invoice.lines
        )
    assert [c.list_invoices().invoices for c in (one, other)] == invoices  # the same state on every read


@pytest.mark.parametrize("pending", [False, True])
def test_a_top_ups_invoice_is_listed(pending: bool) -> None:
    api = FakeBillingAPI(pending_top_ups=pending)
    client = api.client(team_id=TEAM, max_retries=0)
    change = client.top_up_prepaid_credit(amount={"val": 2550}).change
    assert change is not None
    listed = client.list_invoices(invoice_ids=[change.invoice_id]).invoices
    assert len(listed) == 1 and listed[0].prepaid is not None and listed[0].monthly is None
    assert (listed[0].invoice_number, listed[0].total) == (change.invoice_number, 2550)
    assert listed[0].invoice_status.value == ("PENDING" if pending else "PAID")
    assert listed[0] in client.list_invoices().invoices
    if pending:
        api.complete_pending_top_ups(TEAM)
        assert client.list_invoices(invoice_ids=[change.invoice_id]).invoices[0].invoice_status.value == "PAID"


def test_every_answer_carries_a_request_id(fake_billing: FakeBillingAPI) -> None:
    seen = []
    with fake_billing.serve() as server, httpx.Client(base_url=server.url) as http:
        good = {"Authorization": f"Bearer {fake_billing.key}"}
        for method, path, headers, content in [
            ("GET", f"/v1/billing/teams/{TEAM}/billing-info", good, b""),  # 200
            ("GET", f"/v1/billing/teams/{TEAM}/billing-info", {}, b""),  # 401
            ("GET", "/nowhere", good, b""),  # 404
            ("POST", f"/v1/billing/teams/{TEAM}/prepaid/top-up", good, b"{"),  # 400
        ]:
            response = http.request(method, path, headers=headers, content=content)
            seen.append(response.headers.get("x-request-id"))
        # a request whose framing the server refuses before reading it (400)
        with socket.create_connection((server.host, server.port), timeout=10) as raw:
            raw.sendall(b"POST /v1/billing/teams/t/usage HTTP/1.1\r\nHost: x\r\nContent-Length: x\r\n\r\n")
            head = raw.recv(65536).decode("latin-1").lower()
        assert head.startswith("http/1.1 400")
        seen.append(re.search(r"x-request-id: (\S+)", head).group(1))  # type: ignore[union-attr]
        # in-process too, and the client reads it
        client = fake_billing.client(team_id=TEAM, max_retries=0)
        raw = client.with_raw_response.get_billing_info()
        seen.append(raw.headers.get("x-request-id"))
        with pytest.raises(xai_billing.NotFoundError) as error:
            client.set_default_payment_method(payment_method_id="pm_unknown")
        seen.append(error.value.request_id)
    assert all(seen) and len(set(seen)) == len(seen), seen
    assert all(re.fullmatch(r"[0-9a-f-]{36}", str(s)) for s in seen)


def test_a_missing_or_wrong_key_gets_the_real_401(fake_billing: FakeBillingAPI) -> None:
    for headers in ({}, {"Authorization": "Bearer not-the-key"}, {"Authorization": fake_billing.key}):
        with httpx.Client(transport=fake_billing.transport) as http:
            response = http.get(f"http://fake/v1/billing/teams/{TEAM}/billing-info", headers=headers)
        assert response.status_code == 401
        assert response.json() == {"code": 16, "message": INVALID_KEY}
    with pytest.raises(xai_billing.AuthenticationError) as info:
        xai_billing.Client(
            api_key="wrong", team_id=TEAM, http_client=httpx.Client(transport=fake_billing.transport)
        ).get_billing_info()
    assert info.value.grpc_code == 16


def _raw(api: FakeBillingAPI, method: str, path: str, **kwargs: Any) -> httpx.Response:
    with httpx.Client(transport=api.transport, headers={"Authorization": f"Bearer {api.key}"}) as http:
        return http.request(method, f"http://fake/v1/billing/teams/{TEAM}{path}", **kwargs)


@pytest.mark.parametrize(
    ("method", "path", "kwargs", "named"),
    [
        ("POST", "/prepaid/top-up", {"json": {"amount": {"val": 500}}}, r"amount\.val: 500 is not of type 'string'"),
        ("POST", "/prepaid/top-up", {"json": {"amount": {"val": "-5"}}}, r"amount\.val: '-5' does not match"),
        ("POST", "/prepaid/top-up", {"json": {}}, "'amount' is a required property"),
        ("POST", "/prepaid/top-up", {"json": {"amount": {"val": "5"}, "extra": 1}}, "'extra' was unexpected"),
        ("POST", "/prepaid/top-up", {"content": b"{", "headers": {"content-type": "application/json"}}, "not JSON"),
        ("POST", "/prepaid/top-up", {"content": b"{}", "headers": {"content-type": "text/plain"}}, "application/json"),
        (
            "POST",
            "/usage",
            {"json": {"analyticsRequest": {"timeRange": {"startTime": "x", "endTime": "y"}}}},
            "startTime",
        ),
        ("GET", "/invoices?billingCycle.month=13&billingCycle.year=2025", {}, r"billingCycle\.month: 13 is greater"),
        ("GET", "/invoices?since.year=soon", {}, "since.year: 'soon' is not an integer"),
        ("GET", "/invoices?since.year=2025&invoiceIds.invoiceIds=a", {}, "oneof"),
    ],
)
def test_a_request_the_spec_forbids_gets_a_400_naming_the_problem(
    fake_billing: FakeBillingAPI, method: str, path: str, kwargs: dict[str, Any], named: str
) -> None:
    response = _raw(fake_billing, method, path, **kwargs)
    assert response.status_code == 400, response.text
    body = response.json()
    assert body["code"] == 3
    assert re.search(named, body["message"]), body["message"]
    assert fake_billing.team(TEAM)["total"] == -1000  # nothing was charged


def test_unknown_routes_and_methods(fake_billing: FakeBillingAPI, fake_billing_server: FakeServer) -> None:
    assert _raw(fake_billing, "GET", "/nothing-here").status_code == 404
    response = _raw(fake_billing, "DELETE", "/billing-info")
    assert response.status_code == 405 and response.headers["allow"] == "GET, POST"
    with httpx.Client() as http:  # served: any method, even one the standard library does not know
        served = http.request("QUERY", f"{fake_billing_server.url}/v1/billing/teams/{TEAM}/usage")
    assert served.status_code == 405 and served.headers["allow"] == "POST" and served.json()["code"] == 12


def test_concurrent_top_ups_each_appear_once(fake_billing: FakeBillingAPI) -> None:
    client = fake_billing.client(max_retries=0)
    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        changes = list(pool.map(lambda cents: client.top_up_prepaid_credit(amount={"val": cents}).change, range(1, 51)))
    balance = client.get_prepaid_balance()
    ids = [c.invoice_id for c in balance.changes[1:]]
    assert sorted(ids, key=str) == sorted((c.invoice_id for c in changes if c), key=str) and len(set(ids)) == 50
    assert balance.total is not None and balance.total.val == -1000 - sum(range(1, 51))


# Faults on demand.


def test_a_rate_limit_fault_answers_429_with_retry_after_and_the_client_retries(
    fake_billing: FakeBillingAPI, monkeypatch: pytest.MonkeyPatch
) -> None:
    slept: list[float] = []
    monkeypatch.setattr("xai_billing._base_client.time.sleep", slept.append)
    fake_billing.inject("rate-limit", times=2, seconds=3)
    assert fake_billing.client(max_retries=2).get_billing_info().billing_info is not None
    assert slept == [3.0, 3.0]
    fake_billing.inject("rate-limit", times=1, seconds=7)
    with pytest.raises(xai_billing.RateLimitError) as info:
        fake_billing.client(max_retries=0).get_billing_info()
    assert info.value.response.headers["retry-after"] == "7" and info.value.grpc_code == 8


def test_server_errors_and_dropped_connections(fake_billing: FakeBillingAPI) -> None:
    client = fake_billing.client(max_retries=0)
    fake_billing.inject("server-error", status=502, operation="getSpendingLimits")
    client.get_billing_info()  # another operation is not affected
    with pytest.raises(xai_billing.InternalServerError) as info:
        client.get_spending_limits()
    assert info.value.status_code == 502
    fake_billing.inject("drop")
    with pytest.raises(xai_billing.APIConnectionError):
        client.get_spending_limits()
    fake_billing.inject("drop", operation="topUpPrepaidCredit")
    with pytest.raises(xai_billing.TopUpOutcomeUnknownError):
        client.top_up_prepaid_credit(amount={"val": 500})
    assert fake_billing.team(TEAM)["total"] == -1000  # dropped before charging


def test_a_top_up_that_fails_after_charging_is_charged_once(fake_billing: FakeBillingAPI) -> None:
    fake_billing.inject("charge-then-fail")
    client = fake_billing.client(max_retries=5)
    with pytest.raises(xai_billing.TopUpOutcomeUnknownError):
        client.top_up_prepaid_credit(amount={"val": 700})
    balance = client.get_prepaid_balance()
    assert balance.total is not None and balance.total.val == -1700
    assert [c.amount.val for c in balance.changes if c.amount] == [-1000, -700]


def test_latency_is_added(fake_billing: FakeBillingAPI) -> None:
    fake_billing.inject("latency", seconds=0.3)
    started = time.monotonic()
    fake_billing.client().get_billing_info()
    assert time.monotonic() - started >= 0.3


def test_an_operation_without_code_answers_from_its_spec_example() -> None:
    spec = load_spec()
    spec["paths"]["/v1/billing/teams/{team_id}/credits"] = {
        "parameters": [{"$ref": "#/components/parameters/TeamId"}],
        "get": {
            "operationId": "getCredits",
            "responses": {"200": {"content": {"application/json": {"example": {"credits": [{"val": "5"}]}}}}},
        },
    }
    api = FakeBillingAPI(spec=spec)
    response = _raw(api, "GET", "/credits")
    assert response.status_code == 200 and response.json() == {"credits": [{"val": "5"}]}


# Served on loopback.


def test_the_same_api_served_on_loopback(fake_billing_server: FakeServer) -> None:
    assert httpx.URL(fake_billing_server.url).host == "127.0.0.1"
    with xai_billing.Client(
        api_key=fake_billing_server.api.key, team_id=TEAM, base_url=fake_billing_server.url
    ) as client:
        client.top_up_prepaid_credit(amount={"val": 100})
        total = client.get_prepaid_balance().total
        assert total is not None and total.val == -1100
        fake_billing_server.api.inject("drop")
        with pytest.raises(xai_billing.APIConnectionError):
            client.with_options(max_retries=0).get_billing_info()


async def test_async_client_in_process(fake_billing: FakeBillingAPI) -> None:
    async with fake_billing.async_client() as client:
        change = (await client.top_up_prepaid_credit(amount={"val": 300})).change
        assert change is not None and change.topup_status is TopupStatus.SUCCEEDED


def test_python_m_serves_prints_url_and_key_and_stops_on_sigterm() -> None:
    env = {k: v for k, v in os.environ.items() if k != "XAI_MANAGEMENT_KEY"}
    process = subprocess.Popen(
        [sys.executable, "-m", "xai_billing.fake", "--port", "0", "--quiet"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline() for _ in range(3)]
        url = lines[1].split("=", 1)[1].strip()
        key = lines[2].split("=", 1)[1].split()[0]
        assert url.startswith("http://127.0.0.1:") and key.startswith("xai-fake-") and "made up" in lines[2]
        with xai_billing.Client(api_key=key, team_id=TEAM, base_url=url) as client:
            assert client.get_billing_info().billing_info is not None
    finally:
        process.send_signal(signal.SIGTERM)
        code = process.wait(timeout=10)
    assert code == 0


def test_the_spec_travels_in_the_package() -> None:
    spec = load_spec()
    assert spec["x-generated"].startswith("generated from spec/openapi.yaml")
    assert (
        len(
            [
                op
                for item in spec["paths"].values()
                for op in item.values()
                if isinstance(op, dict) and "operationId" in op
            ]
        )
        == 11
    )
    assert json.dumps(spec)  # plain JSON data
