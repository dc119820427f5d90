"""The xai-billing command-line tool, driven against the local billing API on loopback."""

from __future__ import annotations

import datetime
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import check_recordings
import pytest
from conftest import KEY, TEAM
from contract import check_response, load

from xai_billing.cli import EXIT_API_ERROR, EXIT_OUTCOME_UNKNOWN, EXIT_USAGE, main
from xai_billing.cli._app import RENDERERS, money, sparkline, usd_to_cents
from xai_billing.fake import FakeBillingAPI, FakeServer
from xai_billing.models import TopUpPrepaidCreditResponse


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeServer]:
    api = FakeBillingAPI(key=KEY)
    with api.serve() as server:
        monkeypatch.setenv("XAI_MANAGEMENT_KEY", KEY)
        monkeypatch.setenv("XAI_TEAM_ID", TEAM)
        monkeypatch.setenv("XAI_MANAGEMENT_BASE_URL", server.url)
        yield server


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_reads_print_tables_with_dollars_and_credit_as_positive(served: FakeServer, capsys: Any) -> None:
    code, out, _ = run(capsys, "balance")
    assert code == 0 and "PURCHASE" in out and "$10.00" in out and "Prepaid credit left: $10.00" in out
    assert "-$10.00" not in out  # the ledger's -1000 is 10.00 of credit
    code, out, _ = run(capsys, "limits")
    assert code == 0 and "$200.00" in out and "$225.00" in out
    last_month = _months_ago(1)
    code, out, _ = run(capsys, "invoices", "--since", last_month)
    assert code == 0 and "1 invoice(s)" in out and f"{last_month}  PENDING" in out
    code, out, _ = run(capsys, "payment-methods")
    assert code == 0 and "mastercard •••• 4444" in out
    code, out, _ = run(capsys, "billing-info")
    assert code == 0 and "Acme Inc." in out
    code, out, _ = run(capsys, "preview")
    assert code == 0 and "Spending limit in force" in out and "$200.00" in out


def test_json_prints_the_apis_json(served: FakeServer, capsys: Any) -> None:
    code, out, _ = run(capsys, "balance", "--json")
    assert code == 0 and json.loads(out)["total"] == {"val": "-1000"}


def test_setters_and_top_up_need_yes_without_a_terminal_and_change_the_account(served: FakeServer, capsys: Any) -> None:
    code, _, err = run(capsys, "top-up", "5")
    assert code == EXIT_USAGE and "--yes" in err and err.count("\n") == 1
    assert served.api.team(TEAM)["total"] == -1000  # nothing was sent
    code, out, _ = run(capsys, "top-up", "5.50", "--yes")
    assert code == 0 and "Top-up of $5.50: SUCCEEDED" in out
    assert served.api.team(TEAM)["total"] == -1550
    code, out, _ = run(capsys, "set-limit", "150", "--yes")
    assert code == 0 and "$150.00" in out
    assert run(capsys, "set-default-payment-method", "pm_1Rlink", "-y")[0] == 0
    assert served.api.team(TEAM)["defaultPaymentMethod"] == "pm_1Rlink"
    assert run(capsys, "set-billing-info", "--name", "New Co", "--country", "DE", "--yes", "--replace")[0] == 0
    assert served.api.team(TEAM)["billingInfo"] == {"name": "New Co", "address": {"country": "DE"}}


def test_confirmation_is_asked_on_a_terminal(served: FakeServer, monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    import click.testing

    runner = click.testing.CliRunner()
    monkeypatch.setattr("xai_billing.cli._app.interactive", lambda: True)
    from xai_billing.cli._app import cli

    result = runner.invoke(cli, ["top-up", "5"], input="n\n")
    assert f"Top up prepaid credit for team {TEAM}: $5.00, charged to the default payment method?" in result.output
    assert result.exit_code != 0
    assert served.api.team(TEAM)["total"] == -1000
    result = runner.invoke(cli, ["top-up", "5"], input="y\n")
    assert result.exit_code == 0 and served.api.team(TEAM)["total"] == -1500


@pytest.mark.parametrize(
    ("argv", "code", "says"),
    [
        (["top-up", "5.001", "--yes"], EXIT_USAGE, "not an amount in dollars"),
        (["top-up", "five", "--yes"], EXIT_USAGE, "not an amount in dollars"),
        (["top-up", "0", "--yes"], EXIT_USAGE, "Invalid value for 'AMOUNT_USD': the amount must be more than $0.00"),
        (["invoices", "--since", "2025-13"], EXIT_USAGE, "YYYY-MM"),
        (["invoices", "--since", "2025-01", "--id", "x"], EXIT_USAGE, "one filter"),
        (["usage", "--start", "yesterday", "--end", "2025-10-02"], EXIT_USAGE, "YYYY-MM-DD"),
        (["no-such-command"], EXIT_USAGE, "No such command"),
        (["set-default-payment-method", "pm_nope", "--yes"], EXIT_API_ERROR, "404 Not Found: Payment method pm_nope"),
    ],
)
def test_errors_print_one_line_and_exit_with_their_kind(
    served: FakeServer, capsys: Any, argv: list[str], code: int, says: str
) -> None:
    got, out, err = run(capsys, *argv)
    assert got == code and says in err and err.count("\n") == 1 and "Traceback" not in err + out


def test_no_key_is_a_usage_error(served: FakeServer, monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    monkeypatch.delenv("XAI_MANAGEMENT_KEY")
    code, _, err = run(capsys, "balance")
    assert code == EXIT_USAGE and "XAI_MANAGEMENT_KEY" in err


def test_an_unknown_top_up_outcome_says_what_to_check(served: FakeServer, capsys: Any) -> None:
    served.api.inject("charge-then-fail")
    code, _, err = run(capsys, "top-up", "7", "--yes")
    assert code == EXIT_OUTCOME_UNKNOWN
    assert "may have been charged" in err and "xai-billing balance" in err and "$7.00" in err
    assert served.api.team(TEAM)["total"] == -1700  # charged once, never repeated


def test_usage_prints_a_sparkline_per_series_and_draws_a_chart(served: FakeServer, capsys: Any, tmp_path: Path) -> None:
    chart = tmp_path / "usage.svg"
    code, out, _ = run(capsys, "usage", "--start", "2025-10-01", "--end", "2025-10-08", "--chart", str(chart))
    assert code == 0 and "Chat grok-4-0709" in out and any(c in out for c in "▂▃▄▅▆▇█")
    assert chart.read_text().lstrip().startswith("<?xml") and "<svg" in chart.read_text()
    png = tmp_path / "usage.png"
    assert run(capsys, "usage", "--start", "2025-10-01", "--end", "2025-10-03", "--chart", str(png))[0] == 0
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def _months_ago(months: int) -> str:
    today = datetime.date.today()
    index = today.year * 12 + today.month - 1 - months
    return f"{index // 12}-{index % 12 + 1:02d}"


def test_money_and_sparkline_helpers() -> None:
    assert [usd_to_cents(t) for t in ("5", "5.5", "$1000.25", "0.01", "7.", "$0")] == [500, 550, 100025, 1, 700, 0]
    assert usd_to_cents("92233720368547758.07") == 2**63 - 1  # the API's largest int64, exactly
    assert (money(-1050), money(0), money(123456)) == ("-$10.50", "$0.00", "$1,234.56")
    assert sparkline([0, 1, 2, 4]) == "▁▃▅█" and sparkline([0.0, 0.0]) == "▁▁"
    assert sparkline([0, 1, 2, 4], "_.-:=+*#") == "_-=#"


@pytest.mark.parametrize("cents", [2**53 + 1, 2**63 - 1, -(2**53) - 3, 12345678901234567])
def test_money_is_exact_beyond_what_a_float_holds(cents: int) -> None:
    dollars, rest = str(abs(cents))[:-2], str(abs(cents))[-2:]
    assert money(cents) == ("-" if cents < 0 else "") + f"${int(dollars):,}.{rest}"
    if cents > 0:
        assert usd_to_cents(money(cents).replace(",", "")) == cents


@pytest.mark.parametrize(
    "text",
    ["1,50", "1e3", "1E3", "1e5000", "-5", "+5", "5.001", ".5", "", " 5", "5 ", "$", "$$5", "5$", "0x10", "1_000",
     "١٢", "５", "inf", "NaN", "5.5.5", "€5", "9" * 5000, "92233720368547758.08"],
)  # fmt: skip
def test_an_amount_is_digits_an_optional_dot_with_two_decimals_and_an_optional_dollar(text: str) -> None:
    with pytest.raises(ValueError, match="is not an amount in dollars|more than the largest amount"):
        usd_to_cents(text)


def test_record_writes_scrubbed_recordings_the_contract_accepts(
    served: FakeServer, capsys: Any, tmp_path: Path
) -> None:
    served.api.team(TEAM)["billingInfo"]["email"] = "jane.doe@acme-corp.io"
    served.api.team(TEAM)["billingInfo"]["name"] = "Jane Doe"
    code, _, err = run(capsys, "record", "--out", str(tmp_path))
    assert code == 0 and "[7/7]" in err  # the progress of the seven read-only operations
    called = {operation for operation, _ in served.api.requests}
    assert called == {
        "getBillingInfo", "listInvoices", "listPaymentMethods", "previewPostpaidInvoice",
        "getSpendingLimits", "getPrepaidBalance", "getUsage",
    }  # fmt: skip
    files = sorted(tmp_path.glob("*/recorded.json"))
    assert len(files) == 7
    text = "".join(p.read_text() for p in files)
    for secret in (KEY, "jane.doe", "Jane Doe", TEAM, "Bearer", "4444", "123 Main St."):
        assert secret not in text, secret
    assert check_recordings.problems(tmp_path) == []
    for path in files:
        check_response(load(path))  # the spec, the strict models and the client all accept it


def test_the_guard_catches_a_bearer_token_and_a_real_email(tmp_path: Path) -> None:
    (tmp_path / "op").mkdir()
    (tmp_path / "op" / "a.json").write_text(
        '{"h": "Bearer xai-mgmt-abc123", "e": "someone@gmail.com", "ok": "x@example.com"}'
    )
    found = check_recordings.problems(tmp_path)
    assert len(found) == 2 and "credential" in found[0] and "someone@gmail.com" in found[1]
    result = subprocess.run([sys.executable, str(Path(check_recordings.__file__)), str(tmp_path)], capture_output=True)
    assert result.returncode == 1


def test_the_console_script_and_fake_help(capsys: Any) -> None:
    result = subprocess.run([Path(sys.executable).parent / "xai-billing", "--help"], capture_output=True, text=True)
    assert result.returncode == 0 and "top-up" in result.stdout and "set-default-payment-method" in result.stdout
    assert main(["fake", "--help"]) == 0
    assert "--pending-top-ups" in capsys.readouterr().out


def test_every_command_has_complete_help(capsys: Any) -> None:
    from xai_billing.cli._commands import OPERATIONS

    for operation in OPERATIONS:
        assert main([operation["command"], "--help"]) == 0
        text = capsys.readouterr().out
        assert operation["summary"] in text and operation["http"] in text and "--json" in text
        assert ("--yes" in text) is (not operation["read_only"])
    assert main(["record", "--help"]) == 0 and "--out" in capsys.readouterr().out


def test_a_top_up_interrupted_after_its_answer_is_not_reported_unsent(
    served: FakeServer, capsys: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(result: Any, given: dict[str, Any]) -> None:
        raise KeyboardInterrupt

    monkeypatch.setitem(RENDERERS, TopUpPrepaidCreditResponse, interrupted)
    code, _, err = run(capsys, "top-up", "5", "--yes")
    assert code == 130 and "interrupted after the top-up of $5.00 was answered (200)" in err
    assert "nothing was sent" not in err and served.api.team(TEAM)["total"] == -1500
