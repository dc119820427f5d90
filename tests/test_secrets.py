"""A secret audit: a recognisable management key through every operation and every failure path, with the
package's, httpx's and httpcore's loggers at DEBUG, appears in no log line, repr, exception string,
traceback or recorded file."""

from __future__ import annotations

import logging
import traceback
from pathlib import Path
from typing import Any

import httpx
import pytest
from conftest import TEAM
from loopback import LoopbackServer, refused_port

import xai_billing
from xai_billing.cli import main
from xai_billing.fake import FakeBillingAPI

KEY = "xai-mgmt-AUDIT4f9c2b7e1d0a53"
USAGE = {"timeRange": {"startTime": "2025-10-01 00:00:00", "endTime": "2025-10-03 00:00:00"}}


def _every_call(client: Any) -> None:
    client.get_billing_info()
    client.set_billing_info(billing_info={"name": "Acme"})
    client.list_invoices()
    client.list_payment_methods()
    client.set_default_payment_method(payment_method_id="pm_1Rlink")
    client.preview_postpaid_invoice()
    client.get_spending_limits()
    client.set_spending_limit(desired_soft_spending_limit={"val": 100})
    client.get_prepaid_balance()
    client.top_up_prepaid_credit(amount={"val": 100})
    client.get_usage(analytics_request=USAGE)


def test_the_key_appears_nowhere(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: Any
) -> None:
    for name in ("xai_billing", "httpx", "httpcore"):
        caplog.set_level(logging.DEBUG, logger=name)
    monkeypatch.setattr("xai_billing._retries.INITIAL_RETRY_DELAY", 0.0)
    seen: list[str] = []
    api = FakeBillingAPI(key=KEY)
    with api.serve() as server:
        client = xai_billing.Client(api_key=KEY, team_id=TEAM, base_url=server.url)
        seen.append(repr(client))
        _every_call(client)
        raw = client.with_raw_response.get_prepaid_balance()
        seen += [repr(raw), str(raw.headers), repr(raw.parsed)]
        failures: list[Any] = [
            lambda: xai_billing.Client(api_key="wrong-key", team_id=TEAM, base_url=server.url).get_billing_info(),
            lambda: client.get_billing_info(team_id=".."),
            lambda: client.top_up_prepaid_credit(amount={"val": 0}),
        ]
        for fault in ("rate-limit", "server-error", "drop", "charge-then-fail"):
            failures.append(
                lambda fault=fault: (api.inject(fault, seconds=0), client.top_up_prepaid_credit(amount={"val": 5}))
            )
            failures.append(lambda fault=fault: (api.inject(fault, seconds=0), client.get_billing_info()))
        client.close()
    port = refused_port()
    failures.append(
        lambda: xai_billing.Client(api_key=KEY, team_id=TEAM, base_url=f"http://127.0.0.1:{port}").get_billing_info()
    )
    with LoopbackServer(lambda request: ("sleep", 2.0)) as hung:
        failures.append(
            lambda: xai_billing.Client(
                api_key=KEY, team_id=TEAM, base_url=hung.base_url, timeout=0.2, max_retries=0
            ).top_up_prepaid_credit(amount={"val": 5})
        )
        failures.append(lambda: xai_billing.Client(api_key=KEY + "\x0b", team_id=TEAM))
        raised = 0
        for failure in failures:
            try:
                failure()
            except xai_billing.XAIBillingError as exc:
                raised += 1
                seen += [str(exc), repr(exc), "".join(traceback.format_exception(exc))]
                seen += [repr(getattr(exc, "request", None)), repr(getattr(exc, "response", None))]
    assert raised >= len(failures) - 4  # the non-top-up drop and rate-limit reads may recover on a retry
    # The recorder's output, and the command line's.
    monkeypatch.setenv("XAI_MANAGEMENT_KEY", KEY)
    api = FakeBillingAPI(key=KEY)
    with api.serve() as server:
        monkeypatch.setenv("XAI_MANAGEMENT_BASE_URL", server.url)
        monkeypatch.setenv("XAI_TEAM_ID", TEAM)
        assert main(["record", "--out", str(tmp_path)]) == 0
        assert main(["top-up", "1", "--yes"]) == 0
        main(["limits", "--team-id", "..", "--json"])
    seen += [p.read_text() for p in tmp_path.rglob("*.json")]
    seen += list(capsys.readouterr())
    seen += [record.getMessage() for record in caplog.records]
    assert caplog.records and any("xai_billing" == r.name for r in caplog.records)
    leaks = [text for text in seen if "AUDIT4f9c2b7e1d0a53" in text]
    assert leaks == []


def test_httpx_masks_the_header_in_the_request_repr() -> None:
    request = httpx.Request("GET", "https://x.test", headers={"Authorization": f"Bearer {KEY}"})
    assert KEY not in repr(request.headers)
