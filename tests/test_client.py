"""The client as a user meets it: configuration, methods, typed errors, raw responses, logging, secrets."""

from __future__ import annotations

import importlib
import inspect
import json
import logging
import traceback
from typing import Any

import httpx
import pytest
from conftest import KEY, TEAM
from contract import Replier, mock_client, operations, snake

import xai_billing
from xai_billing.models import (
    AnalyticsRequest,
    ChangeOrigin,
    GetPrepaidBalanceResponse,
    NonNegativeUsdCents,
    PositiveUsdCents,
    TimeRange,
    TimeUnit,
)

BALANCE = {"changes": [{"changeOrigin": "PURCHASE", "amount": {"val": "-1000"}}], "total": {"val": "-1000"}}


def _client(handler: Any, **kwargs: Any) -> xai_billing.Client:
    kwargs.setdefault("team_id", TEAM)
    kwargs.setdefault("max_retries", 0)
    return mock_client(handler, api_key=KEY, **kwargs)


def _ok(body: Any = BALANCE, status: int = 200, headers: dict[str, str] | None = None) -> Any:
    return lambda request: httpx.Response(status, json=body, headers=headers)


# Configuration


def test_reads_key_team_and_base_url_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XAI_MANAGEMENT_KEY", KEY)
    monkeypatch.setenv("XAI_TEAM_ID", "team-from-env")
    monkeypatch.setenv("XAI_MANAGEMENT_BASE_URL", "http://127.0.0.1:9/base/")
    handler = Replier(BALANCE)
    seen = handler.requests

    client = xai_billing.Client(http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    client.get_prepaid_balance()
    assert str(seen[0].url) == "http://127.0.0.1:9/base/v1/billing/teams/team-from-env/prepaid/balance"
    assert seen[0].headers["authorization"] == f"Bearer {KEY}"


def test_explicit_arguments_win_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XAI_MANAGEMENT_KEY", "env-key")
    monkeypatch.setenv("XAI_TEAM_ID", "env-team")
    monkeypatch.setenv("XAI_MANAGEMENT_BASE_URL", "http://env.invalid")
    handler = Replier(BALANCE)
    seen = handler.requests

    client = xai_billing.Client(
        api_key="arg-key",
        team_id="arg-team",
        base_url="https://arg.test",
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
    )
    client.get_prepaid_balance()
    client.get_prepaid_balance(team_id="call-team")
    assert [str(r.url) for r in seen] == [
        "https://arg.test/v1/billing/teams/arg-team/prepaid/balance",
        "https://arg.test/v1/billing/teams/call-team/prepaid/balance",
    ]
    assert seen[0].headers["authorization"] == "Bearer arg-key"


def test_base_url_can_be_changed_and_is_checked_again() -> None:
    handler = Replier(BALANCE)
    client = _client(handler, base_url="http://one.test/prefix/")
    client.get_prepaid_balance()
    client.base_url = "http://two.test"
    client.get_prepaid_balance()
    assert [str(r.url) for r in handler.requests] == [
        f"http://one.test/prefix/v1/billing/teams/{TEAM}/prepaid/balance",
        f"http://two.test/v1/billing/teams/{TEAM}/prepaid/balance",
    ]
    with pytest.raises(xai_billing.ConfigurationError):
        client.base_url = "http://"
    assert client.base_url == httpx.URL("http://two.test")


def test_default_base_url_is_production() -> None:
    assert str(xai_billing.Client(api_key=KEY).base_url) == "https://management-api.x.ai"


def test_missing_key_is_a_clear_error_naming_the_variable() -> None:
    with pytest.raises(xai_billing.ConfigurationError, match="XAI_MANAGEMENT_KEY"):
        xai_billing.Client()
    with pytest.raises(xai_billing.ConfigurationError, match="XAI_MANAGEMENT_KEY"):
        xai_billing.AsyncClient(api_key="")


def test_missing_team_is_a_clear_error_and_sends_nothing() -> None:
    handler = Replier()
    calls = handler.requests
    client = _client(handler, team_id=None)
    with pytest.raises(xai_billing.ConfigurationError, match="XAI_TEAM_ID"):
        client.get_billing_info()
    with pytest.raises(xai_billing.ConfigurationError, match="team_id"):
        client.get_billing_info(team_id="")
    assert calls == []


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"timeout": -1}, "timeout"),
        ({"timeout": "soon"}, "timeout"),
        ({"max_retries": -1}, "max_retries"),
        ({"max_retries": 1.5}, "max_retries"),
        ({"base_url": "ftp://x"}, "http"),
        ({"base_url": "https://x/?a=1"}, "query"),
        ({"api_key": "key\nInjected: header"}, "not a valid bearer token"),
        ({"api_key": "xai-key\x0bwith-vt"}, "not a valid bearer token"),
        ({"api_key": "xai-key\x0c"}, "not a valid bearer token"),
        ({"api_key": "two words"}, "not a valid bearer token"),
        ({"timeout": 1e10}, "timeout"),
        ({"timeout": float("inf")}, "timeout"),
        ({"timeout": float("nan")}, "timeout"),
        ({"timeout": httpx.Timeout(float("inf"))}, "timeout's connect"),
        ({"timeout": httpx.Timeout(-1)}, "timeout's connect"),
        ({"timeout": httpx.Timeout(5.0, read=float("nan"))}, "timeout's read"),
        ({"base_url": "http://h/?"}, "query"),
        ({"base_url": "http://"}, "no host"),
        ({"base_url": "http://:80"}, "no host"),
        ({"http_client": httpx.AsyncClient()}, "httpx.Client"),
    ],
)
def test_bad_arguments_are_configuration_errors(kwargs: dict[str, Any], match: str) -> None:
    kwargs.setdefault("api_key", KEY)
    with pytest.raises(xai_billing.ConfigurationError, match=match):
        xai_billing.Client(**kwargs)


def test_the_key_is_never_echoed_when_refused() -> None:
    with pytest.raises(xai_billing.ConfigurationError) as info:
        xai_billing.Client(api_key="xai-SECRET\x0b123")
    assert "SECRET" not in str(info.value)


def test_team_ids_that_are_dot_segments_are_refused_and_others_are_encoded() -> None:
    handler = Replier(BALANCE)
    client = _client(handler)
    for team in (".", ".."):
        with pytest.raises(xai_billing.ConfigurationError, match="not a team ID"):
            client.get_prepaid_balance(team_id=team)
    client.get_prepaid_balance(team_id="../x")
    assert handler.requests[0].url.raw_path == b"/v1/billing/teams/..%2Fx/prepaid/balance"


def test_repr_is_safe_half_built_and_hides_a_password_in_the_base_url() -> None:
    client = _client(_ok(), base_url="https://user:hunter2@billing.test/prefix")
    assert "hunter2" not in repr(client) and "billing.test/prefix" in repr(client)
    assert "hunter2" not in str(vars(client))
    with pytest.raises(xai_billing.ConfigurationError) as info:
        _client(_ok(), base_url="https://user:hunter2@billing.test:99999")
    assert "hunter2" not in str(info.value)
    half = object.__new__(xai_billing.Client)
    assert repr(half) == "Client(base_url=None, team_id=None, max_retries=None)"


def test_calls_after_close_and_a_sync_client_with_an_async_http_client_are_clear_errors() -> None:
    client = xai_billing.Client(api_key=KEY, team_id=TEAM)
    client.close()
    with pytest.raises(xai_billing.ConfigurationError, match="closed"):
        client.get_billing_info()
    closed_http = httpx.Client(transport=httpx.MockTransport(_ok()))
    closed_http.close()
    with pytest.raises(xai_billing.ConfigurationError, match="closed"):
        xai_billing.Client(api_key=KEY, team_id=TEAM, http_client=closed_http).get_billing_info()
    with pytest.raises(xai_billing.ConfigurationError, match="httpx.AsyncClient"):
        xai_billing.AsyncClient(api_key=KEY, http_client=httpx.Client())  # type: ignore[arg-type]


def test_server_text_in_an_error_message_cannot_inject_lines_or_escapes() -> None:
    body = {"code": 3, "message": "bad\nFAKE LOG LINE\x1b[31m red"}
    with pytest.raises(xai_billing.BadRequestError) as info:
        _client(_ok(body, status=400)).get_billing_info()
    assert "\n" not in str(info.value) and "\x1b" not in str(info.value)
    assert "bad\\nFAKE LOG LINE\\x1b[31m red" in str(info.value)
    assert info.value.grpc_message == body["message"]  # the attribute keeps what the server sent


def test_the_package_logger_prints_nothing_unless_configured(capsys: pytest.CaptureFixture[str]) -> None:
    import subprocess
    import sys

    code = (
        "import httpx, xai_billing, logging\n"
        "c = xai_billing.Client(api_key='k', team_id='t', max_retries=0, http_client=httpx.Client("
        "transport=httpx.MockTransport(lambda r: httpx.Response(503))))\n"
        "logging.getLogger('xai_billing').warning('a warning')\n"
        "try: c.top_up_prepaid_credit(amount={'val': 5})\n"
        "except xai_billing.TopUpOutcomeUnknownError: pass\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stderr == ""


def test_bad_per_call_timeout_is_a_configuration_error() -> None:
    with pytest.raises(xai_billing.ConfigurationError, match="timeout"):
        _client(_ok()).get_prepaid_balance(timeout=0)


# Methods


def test_one_keyword_only_method_per_operation_on_both_clients() -> None:
    for operation_id in operations():
        name = snake(operation_id)
        for cls in (xai_billing.Client, xai_billing.AsyncClient):
            method = getattr(cls, name)
            params = list(inspect.signature(method).parameters.values())[1:]
            assert params and all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in params), (cls, name)
            assert {"team_id", "timeout"} <= {p.name for p in params}
        sync_params = inspect.signature(getattr(xai_billing.Client, name)).parameters
        async_params = inspect.signature(getattr(xai_billing.AsyncClient, name)).parameters
        assert list(sync_params) == list(async_params)
        assert inspect.iscoroutinefunction(getattr(xai_billing.AsyncClient, name))


def test_returns_the_typed_model_with_int_money() -> None:
    balance = _client(_ok()).get_prepaid_balance()
    assert isinstance(balance, GetPrepaidBalanceResponse)
    assert balance.total is not None and balance.total.val == -1000
    assert balance.changes[0].change_origin is ChangeOrigin.PURCHASE


@pytest.mark.parametrize(
    "limit",
    [{"val": 20000}, {"val": "20000"}, NonNegativeUsdCents(val=20000)],
    ids=["dict-int", "dict-wire-string", "model"],
)
def test_a_body_member_is_a_keyword_argument_taking_a_model_or_a_wire_dict(limit: Any) -> None:
    handler = Replier({"thisBpSoftSpendingLimit": {"val": "20000"}})
    result = _client(handler).set_spending_limit(desired_soft_spending_limit=limit)
    assert json.loads(handler.requests[0].content) == {"desiredSoftSpendingLimit": {"val": "20000"}}
    assert result.this_bp_soft_spending_limit is not None and result.this_bp_soft_spending_limit.val == 20000


def test_a_body_is_the_same_bytes_on_every_httpx() -> None:
    # Compact and UTF-8, as protobuf's JSON printer writes it: whatever httpx the package runs with.
    handler = Replier({"billingInfo": {"name": "Müller GmbH, Zürich"}})
    _client(handler).set_billing_info(billing_info={"name": "Müller GmbH, Zürich", "email": "a@b.example"})
    assert (
        handler.requests[0].content == '{"billingInfo":{"name":"Müller GmbH, Zürich","email":"a@b.example"}}'.encode()
    )
    assert handler.requests[0].headers["Content-Type"] == "application/json"


def test_nested_values_may_be_models_or_dicts_and_enums_members_or_names() -> None:
    handler = Replier({"limitReached": True})
    client = _client(handler)
    as_model = AnalyticsRequest(
        time_range=TimeRange(start_time="2025-10-01 00:00:00", end_time="2025-10-02 00:00:00"),
        time_unit=TimeUnit.TIME_UNIT_DAY,
    )
    as_dict = {
        "timeRange": {"startTime": "2025-10-01 00:00:00", "endTime": "2025-10-02 00:00:00"},
        "timeUnit": "TIME_UNIT_DAY",
    }
    assert client.get_usage(analytics_request=as_model).limit_reached is True
    client.get_usage(analytics_request=as_dict)
    from_model, from_dict = (json.loads(r.content)["analyticsRequest"] for r in handler.requests)
    assert from_dict == as_dict
    # the model writes its defaults too; on the wire that is the same message
    assert from_model["timeRange"] == {**as_dict["timeRange"], "timezone": ""}  # type: ignore[dict-item]
    assert from_model["timeUnit"] == "TIME_UNIT_DAY" and from_model["values"] == []


@pytest.mark.parametrize(
    ("call", "named"),
    [
        (lambda c: c.top_up_prepaid_credit(amount="500"), r"^amount must be a PositiveUsdCents or a dict"),
        (lambda c: c.top_up_prepaid_credit(amount=None), r"^amount must be .* not None"),
        (lambda c: c.top_up_prepaid_credit(amount={"value": 500}), r"^amount has an unknown member 'value'"),
        (lambda c: c.top_up_prepaid_credit(amount={}), r"^amount\.val is required"),
        (lambda c: c.top_up_prepaid_credit(amount={"val": True}), r"^amount\.val must be a whole number"),
        (lambda c: c.top_up_prepaid_credit(amount={"val": 5.0}), r"^amount\.val must be a whole number"),
        (lambda c: c.top_up_prepaid_credit(amount={"val": None}), r"^amount\.val is None"),
        (lambda c: c.top_up_prepaid_credit(amount={"val": 2**63}), r"^amount\.val is out of the int64 range"),
        (
            lambda c: c.top_up_prepaid_credit(amount=PositiveUsdCents(val=5.0)),
            r"^amount\.val must be a whole number.*'5\.0'",
        ),
        (
            lambda c: c.get_usage(analytics_request={"time_range": {}}),
            r"^analytics_request has an unknown member 'time_range'; did you mean 'timeRange'\?",
        ),
        (
            lambda c: c.get_usage(analytics_request={"timeRange": {"startTime": "2025-10-01 00:00:00"}}),
            r"^analytics_request\.timeRange\.endTime is required",
        ),
        (
            lambda c: c.get_usage(
                analytics_request={
                    "timeRange": {"startTime": "2025-10-01 00:00:00", "endTime": "2025-10-02 00:00:00"},
                    "values": [{"name": "usd", "aggregation": "AGGREGATION_TOTAL"}],
                }
            ),
            r"^analytics_request\.values\[0\]\.aggregation must be one of AGGREGATION_NONE",
        ),
        (
            lambda c: c.get_usage(
                analytics_request={
                    "timeRange": {"startTime": "2025-10-01 00:00:00", "endTime": "2025-10-02 00:00:00"},
                    "groupBy": "description",
                }
            ),
            r"^analytics_request\.groupBy must be a list",
        ),
        (lambda c: c.set_billing_info(billing_info={"address": {"line1": 5}}), r"^billing_info\.address\.line1"),
        (lambda c: c.set_default_payment_method(payment_method_id=7), r"^payment_method_id must be a string"),
        (lambda c: c.list_invoices(invoice_ids="inv_1"), r"^invoice_ids must be a list"),
        (lambda c: c.list_invoices(billing_cycle_month=13), r"^billing_cycle_month must be from 1 to 12"),
        (lambda c: c.list_invoices(since_year="2025"), r"^since_year must be an int"),
    ],
)
def test_a_bad_argument_at_any_depth_is_a_configuration_error_naming_it_and_sends_nothing(
    call: Any, named: str
) -> None:
    handler = Replier()
    with pytest.raises(xai_billing.ConfigurationError, match=named):
        call(_client(handler))
    assert handler.requests == []


def test_parameter_names_say_what_they_are() -> None:
    params = inspect.signature(xai_billing.Client.list_invoices).parameters
    assert [
        p for p in params if p not in ("self", "team_id", "extra_headers", "extra_query", "timeout", "deadline")
    ] == [
        "billing_cycle_year",
        "billing_cycle_month",
        "since_year",
        "since_month",
        "invoice_ids",
    ]
    handler = Replier({"invoices": []})
    _client(handler).list_invoices(invoice_ids=["a", "b"])
    assert handler.requests[0].url.query == b"invoiceIds.invoiceIds=a&invoiceIds.invoiceIds=b"


def test_each_method_docstring_carries_the_operations_description() -> None:
    for operation_id, (_, _, op) in operations().items():
        for cls in (xai_billing.Client, xai_billing.AsyncClient):
            doc = inspect.getdoc(getattr(cls, snake(operation_id))) or ""
            assert " ".join(op["description"].split())[:60] in " ".join(doc.split()), (cls, operation_id)
    top_up = inspect.getdoc(xai_billing.Client.top_up_prepaid_credit) or ""
    assert "This moves money" in top_up and "amount:" in top_up


def test_with_options_returns_a_configured_copy_sharing_the_pool() -> None:
    handler = Replier(BALANCE)
    client = _client(handler, max_retries=2)
    copy = client.with_options(timeout=3.0, max_retries=0, team_id="other-team")
    assert type(copy) is xai_billing.Client and copy is not client
    assert (copy.max_retries, copy.timeout, copy.team_id) == (0, 3.0, "other-team")
    assert (client.max_retries, client.team_id) == (2, TEAM)
    assert copy._http is client._http
    copy.get_prepaid_balance()
    copy.close()  # closing the copy leaves the shared pool open
    client.get_prepaid_balance()
    assert [r.url.path.split("/")[4] for r in handler.requests] == ["other-team", TEAM]
    assert handler.requests[0].extensions["timeout"]["read"] == 3.0
    with pytest.raises(xai_billing.ConfigurationError, match="max_retries"):
        client.with_options(max_retries=-1)


def test_extra_headers_and_extra_query_are_sent() -> None:
    handler = Replier({"invoices": []})
    _client(handler).list_invoices(
        since_year=2025, since_month=1, extra_headers={"X-Trace": "t-1"}, extra_query={"debug": "1"}
    )
    request = handler.requests[0]
    assert request.headers["x-trace"] == "t-1"
    assert request.url.query == b"since.year=2025&since.month=1&debug=1"
    with pytest.raises(xai_billing.ConfigurationError, match="extra_headers"):
        _client(handler).list_invoices(extra_headers={"X-Bad": "line\nbreak"})
    with pytest.raises(xai_billing.ConfigurationError, match="Authorization is the client's api_key"):
        _client(handler).list_invoices(extra_headers={"authorization": "Bearer someone-else"})


@pytest.mark.parametrize(
    ("call", "expected"),
    [
        ({"extra_query": {"q": "x" * 70_000}}, "cannot build the request"),  # a URL over httpx's 64 KiB
        ({"team_id": "t" * 70_000}, "cannot build the request"),
        ({"extra_headers": [("X-A", "b")]}, "extra_headers must be a mapping"),
        ({"extra_headers": {"Authorization ": "x"}}, "not a header name"),
        ({"extra_headers": {"X A": "x"}}, "not a header name"),
    ],
)
def test_a_request_httpx_cannot_build_is_a_configuration_error(call: dict[str, Any], expected: str) -> None:
    handler = Replier({"invoices": []})
    with pytest.raises(xai_billing.ConfigurationError, match=expected):
        _client(handler).list_invoices(**call)
    assert handler.requests == []


@pytest.mark.parametrize("base_url", ["http://xn--a.com", "http://127.0.0.1:99999", "http://h:0", "http://:80"])
def test_a_base_url_that_cannot_be_used_is_refused_by_the_constructor_and_the_setter(base_url: str) -> None:
    with pytest.raises(xai_billing.ConfigurationError):
        xai_billing.Client(api_key=KEY, base_url=base_url)
    client = xai_billing.Client(api_key=KEY, base_url="http://billing.test")
    with pytest.raises(xai_billing.ConfigurationError):
        client.base_url = base_url
    assert client.base_url == httpx.URL("http://billing.test")


def test_nothing_replaces_the_management_key_in_the_authorization_header() -> None:
    # Neither the http_client's own auth nor credentials in the base URL, which httpx would otherwise send.
    handler = Replier({"invoices": []})
    http = httpx.Client(transport=httpx.MockTransport(handler), auth=("user", "password"))
    xai_billing.Client(api_key=KEY, team_id=TEAM, http_client=http).list_invoices()
    xai_billing.Client(
        api_key=KEY, team_id=TEAM, base_url="http://user:password@billing.test", http_client=http
    ).list_invoices()
    assert [r.headers["authorization"] for r in handler.requests] == [f"Bearer {KEY}"] * 2


async def test_async_client_has_parity() -> None:
    handler = Replier(BALANCE, headers={"x-request-id": "req-1"})
    seen = handler.requests

    async with xai_billing.AsyncClient(
        api_key=KEY, team_id=TEAM, http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler))
    ) as client:
        balance = await client.get_prepaid_balance()
        raw = await client.with_raw_response.get_prepaid_balance()
    assert balance.total is not None and balance.total.val == -1000
    assert raw.status_code == 200 and raw.request_id == "req-1" and raw.parsed.total == balance.total
    assert seen[0].url.path == f"/v1/billing/teams/{TEAM}/prepaid/balance"


def test_the_client_methods_are_the_one_public_way_to_call_an_operation() -> None:
    with pytest.raises(ImportError):
        importlib.import_module("xai_billing.api")
    assert not [name for name in xai_billing.__all__ if name in ("RequestOptions", "UNSET", "Unset")]


# Raw responses


def test_raw_response_keeps_status_headers_and_body() -> None:
    body = json.dumps(BALANCE).encode()
    client = _client(lambda r: httpx.Response(200, content=body, headers={"x-request-id": "abc", "x-extra": "1"}))
    raw = client.with_raw_response.get_prepaid_balance()
    assert raw.status_code == 200
    assert raw.headers["x-extra"] == "1"
    assert raw.request_id == "abc"
    assert raw.content == body
    assert isinstance(raw.parsed, GetPrepaidBalanceResponse)


# Errors


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, xai_billing.BadRequestError),
        (401, xai_billing.AuthenticationError),
        (403, xai_billing.PermissionDeniedError),
        (404, xai_billing.NotFoundError),
        (409, xai_billing.ConflictError),
        (429, xai_billing.RateLimitError),
        (500, xai_billing.InternalServerError),
        (503, xai_billing.InternalServerError),
        (520, xai_billing.InternalServerError),
        (402, xai_billing.UnexpectedStatusError),
        (499, xai_billing.UnexpectedStatusError),
        (418, xai_billing.UnexpectedStatusError),
    ],
)
def test_each_status_raises_its_own_class(status: int, cls: type[xai_billing.APIStatusError]) -> None:
    body = {"code": 16, "message": "Invalid bearer token. Please ensure you use a valid management key.", "details": []}
    client = _client(_ok(body, status=status, headers={"x-request-id": "req-42"}))
    with pytest.raises(cls) as info:
        client.get_billing_info()
    error = info.value
    assert type(error) is cls
    assert isinstance(error, xai_billing.APIStatusError) and isinstance(error, xai_billing.XAIBillingError)
    assert error.status_code == status
    assert error.grpc_code == 16
    assert error.grpc_message == body["message"]
    assert json.loads(error.body) == body
    assert error.request_id == "req-42"
    assert error.response.status_code == status
    assert str(status) in str(error) and "Invalid bearer token" in str(error) and "req-42" in str(error)


def test_error_body_that_is_not_a_grpc_status_is_still_a_typed_error() -> None:
    client = _client(lambda r: httpx.Response(502, content=b"<html>Bad gateway</html>"))
    with pytest.raises(xai_billing.InternalServerError) as info:
        client.get_billing_info()
    assert info.value.grpc_code is None and info.value.grpc_message is None
    assert info.value.body == b"<html>Bad gateway</html>"
    assert "Bad gateway" in str(info.value)


def test_non_json_success_body_is_a_response_error() -> None:
    with pytest.raises(xai_billing.APIResponseValidationError, match="not JSON"):
        _client(lambda r: httpx.Response(200, content=b"<html>")).get_billing_info()


# Logging and secrets


def test_logging_reports_requests_and_retries_without_the_key(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("XAI_BILLING_LOG", "debug")
    monkeypatch.setattr("xai_billing._retries.INITIAL_RETRY_DELAY", 0.0)
    responses = iter(
        [httpx.Response(503, json={"code": 14, "message": "unavailable"}), httpx.Response(200, json=BALANCE)]
    )
    caplog.set_level(logging.DEBUG, logger="xai_billing")
    client = _client(lambda r: next(responses), max_retries=1)
    assert logging.getLogger("xai_billing").level == logging.DEBUG
    client.get_prepaid_balance()
    text = caplog.text
    assert f"GET /v1/billing/teams/{TEAM}/prepaid/balance -> 503" in text
    assert f"GET /v1/billing/teams/{TEAM}/prepaid/balance -> 200" in text
    assert " ms" in text
    assert "retrying GET" in text and "status 503" in text
    assert KEY not in text


def test_the_key_is_in_no_repr_message_or_formatted_traceback() -> None:
    client = _client(lambda r: httpx.Response(401, json={"code": 16, "message": "bad key"}))
    assert KEY not in repr(client) and KEY not in str(vars(client))
    with pytest.raises(xai_billing.AuthenticationError) as info:
        client.get_billing_info()
    error = info.value
    assert KEY not in str(error) and KEY not in repr(error)
    assert KEY not in "".join(traceback.format_exception(error))
    assert KEY not in repr(error.response.request.headers)  # httpx masks Authorization in reprs

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    with pytest.raises(xai_billing.APIConnectionError) as conn_info:
        _client(refuse).get_billing_info()
    assert KEY not in "".join(traceback.format_exception(conn_info.value))


def test_an_undecodable_body_is_a_typed_error_not_an_httpx_one() -> None:
    client = _client(lambda r: httpx.Response(200, content=b"not gzip", headers={"content-encoding": "gzip"}))
    with pytest.raises(xai_billing.APIConnectionError, match="DecodingError"):
        client.get_billing_info()


def test_a_pathologically_nested_body_is_a_response_error() -> None:
    deep = b'{"billingInfo": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    with pytest.raises(xai_billing.APIResponseValidationError):
        _client(lambda r: httpx.Response(200, content=deep)).get_billing_info()


@pytest.mark.parametrize("amount", ["-500", "0", "5.00", "", "1e3", "500\n", " 500", "99999999999999999999", -5, 0])
def test_a_top_up_amount_the_spec_forbids_is_refused_before_sending(amount: Any) -> None:
    handler = Replier()
    client = _client(handler)
    with pytest.raises(xai_billing.ConfigurationError, match=r"amount\.val"):
        client.top_up_prepaid_credit(amount={"val": amount})
    with pytest.raises(xai_billing.ConfigurationError, match=r"amount\.val"):
        client.top_up_prepaid_credit(amount=PositiveUsdCents(val=amount))
    assert handler.requests == []


def test_request_constraints_of_the_other_setters_are_checked_before_sending() -> None:
    handler = Replier()
    calls = handler.requests
    client = _client(handler)
    with pytest.raises(xai_billing.ConfigurationError, match=r"desired_soft_spending_limit\.val"):
        client.set_spending_limit(desired_soft_spending_limit={"val": -1})
    with pytest.raises(xai_billing.ConfigurationError, match="payment_method_id must not be empty"):
        client.set_default_payment_method(payment_method_id="")
    iso = TimeRange(start_time="2025-10-01T00:00:00Z", end_time="2025-10-02 00:00:00")
    with pytest.raises(xai_billing.ConfigurationError, match="startTime.*YYYY-MM-DD HH:MM:SS"):
        client.get_usage(analytics_request=AnalyticsRequest(time_range=iso))
    assert calls == []
    client.set_spending_limit(desired_soft_spending_limit=NonNegativeUsdCents(val=0))
    assert json.loads(calls[0].content) == {"desiredSoftSpendingLimit": {"val": "0"}}


def test_two_invoice_filters_at_once_are_refused_before_sending() -> None:
    handler = Replier({"invoices": []})
    with pytest.raises(xai_billing.ConfigurationError, match="since_year, since_month and invoice_ids are one filter"):
        _client(handler).list_invoices(since_year=2025, since_month=1, invoice_ids=["a"])
    assert handler.requests == []
    _client(handler).list_invoices(billing_cycle_year=2025, billing_cycle_month=2)
    assert len(handler.requests) == 1


@pytest.mark.parametrize(
    ("body", "code", "message"),
    [
        ({"code": 16, "message": "bad key"}, 16, "bad key"),
        ({"code": "UNAUTHENTICATED", "message": "bad key"}, 16, "bad key"),
        ({"code": "16", "error": "bad key"}, 16, "bad key"),
        ({"error": "bad key"}, None, "bad key"),
        ({"code": True, "message": 5}, None, None),
    ],
)
def test_error_envelopes_of_every_gateway_are_read(body: Any, code: int | None, message: str | None) -> None:
    with pytest.raises(xai_billing.AuthenticationError) as info:
        _client(_ok(body, status=401)).get_billing_info()
    assert (info.value.grpc_code, info.value.grpc_message) == (code, message)


async def test_async_client_holds_an_unbounded_gather_to_its_pool() -> None:
    import asyncio

    from xai_billing import _transport

    in_flight = peak = 0

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0.005)
        in_flight -= 1
        return httpx.Response(200, json=BALANCE)

    async with xai_billing.AsyncClient(
        api_key=KEY, team_id=TEAM, http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler))
    ) as client:
        results = await asyncio.gather(*(client.get_prepaid_balance() for _ in range(300)))
    assert len(results) == 300 and peak == _transport.MAX_IN_FLIGHT
