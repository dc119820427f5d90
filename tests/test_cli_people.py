"""xai-billing as a person meets it (issue 17): the tool's options before or after the command, messages in
the tool's terms, set-billing-info that changes only what is given, help that says what an amount looks like,
`fake --help` in the style of the others, and a usage chart read at a glance. Run as the console script, in a
subprocess, against the local API on loopback."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import KEY, TEAM

from xai_billing.cli import _app
from xai_billing.fake import FakeBillingAPI, FakeServer

XAI_BILLING = str(Path(sys.executable).parent / "xai-billing")


@pytest.fixture
def served() -> Iterator[FakeServer]:
    with FakeBillingAPI(key=KEY).serve() as server:
        yield server


def xai_billing(
    server: FakeServer | None, *argv: str, team: bool = True, **env: str
) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("XAI_")}
    environ |= {"XAI_MANAGEMENT_KEY": KEY, "COLUMNS": "120", **env}
    if server is not None:
        environ["XAI_MANAGEMENT_BASE_URL"] = server.url
    if team:
        environ["XAI_TEAM_ID"] = TEAM
    return subprocess.run([XAI_BILLING, *argv], capture_output=True, text=True, env=environ, timeout=60)


@pytest.mark.parametrize("argv", [["--team-id", "t-before", "balance"], ["balance", "--team-id", "t-before"]])
def test_the_tools_options_go_before_or_after_the_command(served: FakeServer, argv: list[str]) -> None:
    result = xai_billing(served, *argv, team=False)
    assert result.returncode == 0 and "Prepaid credit left: $10.00" in result.stdout, result.stderr
    assert served.api.requests[-1] == ("getPrepaidBalance", "t-before")
    before = xai_billing(None, "--base-url", served.url, "--json", "limits")
    assert before.returncode == 0 and before.stdout.lstrip().startswith("{"), before.stderr


def test_an_option_after_the_command_wins_over_one_before(served: FakeServer) -> None:
    result = xai_billing(served, "--team-id", "first", "limits", "--team-id", "second", team=False)
    assert result.returncode == 0 and served.api.requests[-1] == ("getSpendingLimits", "second")


@pytest.mark.parametrize(
    ("env", "says"),
    [
        ({"XAI_MANAGEMENT_KEY": ""}, "xai-billing: no management key: set XAI_MANAGEMENT_KEY\n"),
        ({}, "xai-billing: no team: pass --team-id or set XAI_TEAM_ID\n"),
        ({"XAI_TEAM_ID": "t", "XAI_MANAGEMENT_BASE_URL": "ftp://x"}, "XAI_MANAGEMENT_BASE_URL: "),
        ({"XAI_TEAM_ID": ".."}, "xai-billing: --team-id or XAI_TEAM_ID: '..' is not a team ID.\n"),
    ],
)
def test_configuration_errors_speak_the_tools_terms(env: dict[str, str], says: str) -> None:
    result = xai_billing(None, "balance", team=False, **env)
    assert result.returncode == 2 and says in result.stderr and result.stderr.count("\n") == 1
    for python in ("api_key=", "team_id=", "base_url=", "Traceback"):
        assert python not in result.stderr


def test_set_billing_info_changes_only_the_fields_given_and_shows_before_and_after(served: FakeServer) -> None:
    result = xai_billing(served, "set-billing-info", "--email", "new@example.com", "--yes")
    assert result.returncode == 0, result.stderr
    info = served.api.team(TEAM)["billingInfo"]
    assert info["email"] == "new@example.com" and info["name"] == "Acme Inc." and info["taxNumber"] == "12-3456789"
    assert info["address"]["line1"] == "123 Main St." and info["address"]["country"] == "US"
    rows = {
        next(w for w in line.split() if w.startswith("--")): line for line in result.stdout.splitlines() if "--" in line
    }
    assert (
        rows["--email"].startswith("*")
        and "foo@example.com" in rows["--email"]
        and "new@example.com" in rows["--email"]
    )
    assert not rows["--name"].startswith("*") and rows["--name"].count("Acme Inc.") == 2
    result = xai_billing(served, "set-billing-info", "--postal-code", "10115", "--city", "Berlin", "--yes")
    address = served.api.team(TEAM)["billingInfo"]["address"]
    assert result.returncode == 0 and (address["city"], address["postalCode"], address["line1"]) == (
        "Berlin", "10115", "123 Main St."
    )  # fmt: skip
    result = xai_billing(served, "set-billing-info", "--name", "Solo", "--replace", "--yes")
    assert result.returncode == 0 and served.api.team(TEAM)["billingInfo"] == {"name": "Solo"}
    nothing = xai_billing(served, "set-billing-info", "--yes")
    assert nothing.returncode == 2 and "give at least one field" in nothing.stderr
    sent = len(served.api.requests)
    unconfirmed = xai_billing(served, "set-billing-info", "--name", "Other")  # no terminal, no --yes
    assert unconfirmed.returncode == 2 and "pass --yes" in unconfirmed.stderr
    assert len(served.api.requests) == sent  # nothing sent, not even the read


def test_the_confirmation_shows_the_record_before_and_after(served: FakeServer, monkeypatch: Any) -> None:
    import click.testing

    from xai_billing.cli._app import cli

    monkeypatch.setenv("XAI_MANAGEMENT_KEY", KEY)
    monkeypatch.setattr("xai_billing.cli._app.interactive", lambda: True)
    result = click.testing.CliRunner().invoke(
        cli, ["--base-url", served.url, "--team-id", TEAM, "set-billing-info", "--name", "New Co"], input="n\n"
    )
    table, _, question = result.output.partition("Set billing information for team")
    assert "Before" in table and "After" in table and "Acme Inc." in table and "New Co" in table
    assert question.startswith(f" {TEAM}?") and served.api.team(TEAM)["billingInfo"]["name"] == "Acme Inc."


def test_help_says_what_an_amount_looks_like_and_fake_help_looks_like_the_others() -> None:
    top_up = xai_billing(None, "top-up", "--help")
    text = " ".join(top_up.stdout.split())
    assert top_up.returncode == 0 and "Usage: xai-billing top-up [OPTIONS] AMOUNT_USD" in top_up.stdout
    assert "AMOUNT_USD is an amount in US dollars" in text and "5, 12.50 or $25" in text
    fake = xai_billing(None, "fake", "--help")
    assert fake.returncode == 0 and fake.stdout.startswith("Usage: xai-billing fake [OPTIONS]\n"), fake.stdout
    assert "\nOptions:\n" in fake.stdout and "-h, --help" in fake.stdout and "--pending-top-ups" in fake.stdout
    assert "usage:" not in fake.stdout  # argparse's style
    bad = xai_billing(None, "fake", "--timeout", "-1")
    assert bad.returncode == 2 and bad.stderr.startswith("xai-billing: Invalid value for '--timeout'"), bad.stderr


def test_the_usage_chart_is_stacked_bars_in_dollars_titled_with_team_and_range(
    served: FakeServer, tmp_path: Path
) -> None:
    chart = tmp_path / "usage.png"
    argv = ["usage", "--start", "2026-10-01", "--end", "2026-10-08", "--chart", str(chart)]
    result = xai_billing(served, *argv)
    assert result.returncode == 0 and chart.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", result.stderr
    client = served.api.client(team_id=TEAM)
    usage = client.get_usage(
        analytics_request={
            "timeRange": {"startTime": "2026-10-01 00:00:00", "endTime": "2026-10-08 00:00:00", "timezone": "Etc/GMT"},
            "timeUnit": "TIME_UNIT_DAY",
            "values": [{"name": "usd", "aggregation": "AGGREGATION_SUM"}],
            "groupBy": ["description"],
        }
    )
    given = {"value": "usd:sum", "unit": "day", "start": "2026-10-01", "end": "2026-10-08", "timezone": "Etc/GMT"}
    figure = _app.usage_figure(usage, _app.Shown(given, TEAM))
    axes = figure.axes[0]
    in_all = sum(p.values[0] for s in usage.time_series for p in s.data_points)
    assert axes.get_title() == f"Usage of team {TEAM}, 2026-10-01 to 2026-10-08 (Etc/GMT): ${in_all:,.2f} in all"
    assert [t.get_text() for t in axes.get_xticklabels()][:2] == ["Thu 2026-10-01", "Fri 2026-10-02"]
    assert axes.get_ylabel().startswith("USD") and axes.yaxis.get_major_formatter()(1.5, 0) == "$1.50"
    series = usage.time_series
    bars = axes.patches
    assert len(bars) == len(series) * 7  # a bar per series per day
    for day in range(7):  # stacked: each series' bar starts where the one below it ends
        stack = [bars[s * 7 + day] for s in range(len(series))]
        for below, above in zip(stack, stack[1:], strict=False):
            assert above.get_y() == pytest.approx(below.get_y() + below.get_height())
        assert stack[-1].get_y() + stack[-1].get_height() == pytest.approx(
            sum(s.data_points[day].values[0] for s in series)
        )
    assert [t.get_text() for t in axes.get_legend().get_texts()] == [s.group_labels[0] for s in series]


def test_a_connection_refused_is_one_line_in_the_tools_terms() -> None:
    result = xai_billing(None, "balance", XAI_MANAGEMENT_BASE_URL="http://127.0.0.1:9")
    assert result.returncode == 1, result.stderr
    assert result.stderr == (
        "xai-billing: could not connect to http://127.0.0.1:9 (connection refused); nothing was sent\n"
    )


@pytest.mark.parametrize(
    ("argv", "option"),
    [
        (["invoices", "--since", "2026-13"], "'--since'"),
        (["usage", "--start", "yesterday", "--end", "2026-10-08"], "'--start'"),
        (["usage", "--start", "2026-10-01", "--end", "soon"], "'--end'"),
    ],
)
def test_a_bad_month_or_time_names_its_option(served: FakeServer, argv: list[str], option: str) -> None:
    result = xai_billing(served, *argv)
    assert result.returncode == 2 and result.stderr.startswith(f"xai-billing: Invalid value for {option}: ")
    assert not served.api.requests  # nothing sent


@pytest.mark.parametrize("amount", ["0", "-5", "1,50", "0.00"])
def test_top_up_amount_errors_name_the_argument_the_same_way(served: FakeServer, amount: str) -> None:
    result = xai_billing(served, "top-up", amount, "--yes")
    assert result.returncode == 2 and result.stderr.startswith("xai-billing: Invalid value for 'AMOUNT_USD': ")
    assert not served.api.requests


@pytest.mark.parametrize(
    ("chart", "says"),
    [
        ("{tmp}/nonexistent/u.png", "does not exist"),
        ("{tmp}/u.pdf", "does not end in .png or .svg"),
        ("{tmp}/u", "does not end in .png or .svg"),
    ],
)
def test_a_chart_that_cannot_be_written_is_refused_before_the_api_is_called(
    served: FakeServer, tmp_path: Path, chart: str, says: str
) -> None:
    argv = ["usage", "--start", "2026-10-01", "--end", "2026-10-08", "--chart", chart.format(tmp=tmp_path)]
    result = xai_billing(served, *argv)
    assert result.returncode == 2 and result.stderr.startswith("xai-billing: Invalid value for '--chart': ")
    assert says in result.stderr and result.stdout == "" and not served.api.requests
    svg = tmp_path / "u.SVG"
    drawn = xai_billing(served, "usage", "--start", "2026-10-01", "--end", "2026-10-08", "--chart", str(svg))
    assert drawn.returncode == 0 and b"<svg" in svg.read_bytes()[:500], drawn.stderr


def test_set_billing_info_help_speaks_the_tools_terms_with_the_specs_formats() -> None:
    result = xai_billing(None, "set-billing-info", "--help")
    text = " ".join(result.stdout.split())
    assert result.returncode == 0
    for wire in ("taxIdType", "postalCode", "taxNumber", "The line1", "The line2"):
        assert wire not in text
    assert "--country CODE Country, as an ISO 3166-1 alpha-2 code" in text
    assert "--tax-id-type TYPE Type of the tax ID, for example us_ein" in text
    assert "--postal-code TEXT Postal code. Left out: unchanged." in text


def test_top_level_help_gives_every_command_a_line_that_fits() -> None:
    result = xai_billing(None, "--help", COLUMNS="100")
    commands = result.stdout.split("\nCommands:\n", 1)[1].splitlines()
    assert result.returncode == 0 and len(commands) >= 14
    for line in commands:  # a line per command: not cut short, not wrapped onto a second line
        assert not line.rstrip().endswith("...") and line.startswith("  ") and line[2] != " ", line
    lines = {line.split()[0]: line for line in commands}
    assert lines["drift"].endswith("Compare the API's answers (live or recorded) with the spec")
    assert lines["record"].endswith("Record the read-only answers, scrubbed, for contract tests")


def test_make_demo_ends_with_one_line_for_the_stopped_local_api() -> None:
    demo = Path(__file__).resolve().parents[1] / "scripts" / "demo.py"
    result = subprocess.run([sys.executable, str(demo)], capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    assert result.stdout.endswith("commands)\nlocal billing API stopped\n")
    assert result.stderr == ""  # the local API's own "stopped" is not printed beside it
