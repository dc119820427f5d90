"""The maintainer's view of a changed API: `xai-billing drift` (and `record`) compare live answers with the
spec and name the spec edits they call for; `record` scrubs by allowlist, and make check's recording check
applies the same rule. The changed API is the local API with its team state edited (FakeBillingAPI.team),
served on loopback; the command runs in a real subprocess, for its exit code and output."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import check_recordings
import pytest
from conftest import KEY, TEAM

from xai_billing.fake import FakeBillingAPI, FakeServer

XAI_BILLING = Path(sys.executable).parent / "xai-billing"


@pytest.fixture
def served() -> Iterator[FakeServer]:
    with FakeBillingAPI(key=KEY).serve() as server:
        yield server


def cli(server: FakeServer, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "XAI_MANAGEMENT_KEY": KEY,
        "XAI_TEAM_ID": TEAM,
        "XAI_MANAGEMENT_BASE_URL": server.url,
        "PYTHONIOENCODING": "utf-8",
    }
    return subprocess.run([XAI_BILLING, *argv], capture_output=True, text=True, env=env, timeout=120)


def change_the_api(server: FakeServer) -> int:
    """The API as a newer server might answer: a member the spec does not list on every balance change, an
    enum value it does not list, a null and a type it forbids. Returns the number of changes."""
    changes = server.api.team(TEAM)["changes"]
    changes += [copy.deepcopy(changes[0]) for _ in range(3)]
    for change in changes:
        change["note"] = "bought at the store"
    changes[0]["changeOrigin"] = "GIFT"
    changes[-1]["teamId"] = None
    server.api.team(TEAM)["billingInfo"]["email"] = 7
    return len(changes)


def test_an_api_as_the_spec_describes_it_has_no_drift(served: FakeServer) -> None:
    result = cli(served, "drift")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "7 answers, all as the spec describes them" in result.stdout


def test_a_changed_api_is_reported_by_schema_and_field_with_the_edit_it_calls_for(served: FakeServer) -> None:
    n = change_the_api(served)
    result = cli(served, "drift")
    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert f'BalanceChange: member "note" (string) not in the spec, in {n} of {n} BalanceChange objects' in lines[0]
    assert "getPrepaidBalance: changes[].note" in lines[0]
    assert "add the property 'note' (string) to components.schemas.BalanceChange" in lines[0]
    assert any(f'BalanceChange: "teamId" is null, which the spec does not allow, in 1 of {n}' in x for x in lines)
    assert any('BillingInfo: "email" is integer, which the spec does not allow, in 1 of 2' in x for x in lines)
    assert any(f'ChangeOrigin: value "GIFT" not listed, in 1 of {n} ChangeOrigin values' in x for x in lines)
    assert any(
        "GetBillingInfoResponse: the client cannot read it: BillingInfo.email" in x for x in lines
    )  # the reader refuses an int email
    assert len(lines) == 5
    assert "5 differences from the spec in 7 answers" in result.stderr

    as_json = cli(served, "drift", "--json")
    assert as_json.returncode == 1
    report = json.loads(as_json.stdout)
    assert report["answers"] == 7
    member = next(f for f in report["findings"] if f["kind"] == "member")
    assert member == {
        "schema": "BalanceChange",
        "kind": "member",
        "name": "note",
        "found": "string",
        "count": n,
        "of": n,
        "paths": ["getPrepaidBalance: changes[].note"],
        "edit": "add the property 'note' (string) to components.schemas.BalanceChange",
    }


def test_record_says_the_answers_drifted_and_drift_reads_the_recordings(served: FakeServer, tmp_path: Path) -> None:
    n = change_the_api(served)
    served.api.team(TEAM)["billingInfo"]["email"] = "someone@example.org"  # readable: all seven are written
    recorded = cli(served, "record", "--out", str(tmp_path))
    assert recorded.returncode == 0, recorded.stderr
    assert f"3 differences from the spec: `xai-billing drift {tmp_path}` lists them" in recorded.stderr
    offline = cli(served, "drift", str(tmp_path))  # scrubbed, the members and enum values are still there
    assert offline.returncode == 1
    assert f'BalanceChange: member "note" (string) not in the spec, in {n} of {n}' in offline.stdout
    assert 'ChangeOrigin: value "GIFT" not listed' in offline.stdout
    assert "bought at the store" not in (tmp_path / "getPrepaidBalance" / "recorded.json").read_text()


# Personal data a server might send in members the spec does not list (and in ones it lists but does not
# mark safe to keep): none of it may reach a recording.
PLANTED = {
    "contact": "zoë.müller@exämple.de",
    "card": "4242 4242 4242 4242",
    "cardDigits": "4000056655665556",
    "iban": "DE89 3704 0044 0532 0130 00",
    "street": "221B Baker Street, London NW1 6XE",
    "vatId": "DE 123 456 789",
    "holder": "Jane Q. Public",
    "phone": "+1 (415) 555-0132",
    "receipt": "https://pay.example.net/receipt?token=tok_9f8e7d6c5b4a",
    "echo": f"key {KEY} accepted",
}


def test_record_keeps_no_string_the_spec_does_not_mark_safe(served: FakeServer, tmp_path: Path) -> None:
    team = served.api.team(TEAM)
    for change in team["changes"]:
        change.update(PLANTED)
    team["billingInfo"].update({"name": "Jane Q. Public", "taxNumber": "DE 123 456 789", "extra": PLANTED})
    team["billingInfo"]["address"]["line1"] = "221B Baker Street"
    team["paymentMethods"][0]["cardDetails"]["note"] = {"digits": ["4242 4242 4242 4242"], "phone": "+1 415 555 0132"}
    recorded = cli(served, "record", "--out", str(tmp_path))
    assert recorded.returncode == 0, recorded.stderr
    files = sorted(tmp_path.glob("*/recorded.json"))
    assert len(files) == 7
    text = "".join(p.read_text(encoding="utf-8") for p in files)
    for value in [*PLANTED.values(), KEY, TEAM, "4242", "Baker", "Jane", "tok_9f8e7d6c5b4a", "555", "DE89", "müller"]:
        assert value not in text, value
    # What the allowlist keeps: enum values, timestamps, int64 strings, the member names.
    balance = json.loads((tmp_path / "getPrepaidBalance" / "recorded.json").read_text(encoding="utf-8"))
    change = balance["response"]["body"]["changes"][0]
    assert change["changeOrigin"] == team["changes"][0]["changeOrigin"]
    assert change["amount"] == team["changes"][0]["amount"]
    assert change["createTime"] == team["changes"][0]["createTime"]
    assert change["invoiceNumber"] == team["changes"][0]["invoiceNumber"]  # marked x-scrub: keep
    assert set(PLANTED) <= change.keys() and change["card"].startswith("redacted-")
    # The same value, the same placeholder, across recordings.
    assert len({c["holder"] for c in balance["response"]["body"]["changes"]}) == 1
    assert check_recordings.problems(tmp_path) == []  # make check's rule accepts what record wrote


def test_make_checks_recording_check_refuses_a_recorded_answer_that_was_not_scrubbed(tmp_path: Path) -> None:
    recording: dict[str, Any] = {
        "source": "recorded from api.x.ai by hand, not scrubbed",
        "operationId": "getBillingInfo",
        "request": {"method": "GET", "path": "/v1/billing/teams/x/billing-info"},
        "response": {"status": 200, "body": {"billingInfo": {"name": "Jane Q. Public", "extra": PLANTED["iban"]}}},
    }
    (tmp_path / "getBillingInfo").mkdir()
    (tmp_path / "getBillingInfo" / "recorded.json").write_text(json.dumps(recording), encoding="utf-8")
    found = check_recordings.problems(tmp_path)
    assert len(found) == 2 and "'Jane Q. Public'" in found[0] and "'DE89 3704" in found[1]
    result = subprocess.run([sys.executable, check_recordings.__file__, str(tmp_path)], capture_output=True, text=True)
    assert result.returncode == 1 and "re-record or scrub it" in result.stderr


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"not json {", "not a recording (not JSON"),
        ("{}".encode("utf-16"), "not a recording (not UTF-8 text)"),
        (b'{"x": 1}', "not a recording (no operationId"),
        (b"[]", "not a recording (no operationId"),
    ],
)
def test_drift_on_a_file_that_is_not_a_recording_is_one_usage_line_naming_it(
    served: FakeServer, tmp_path: Path, content: bytes, says: str
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    result = cli(served, "drift", str(bad))
    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stderr == f"xai-billing: drift RECORDINGS: {bad}: {says}" + result.stderr.split(says, 1)[1]
    assert (
        result.stderr.count("\n") == 1 and "Traceback" not in result.stderr and "all as the spec" not in result.stdout
    )


def test_drift_on_a_folder_with_no_recording_or_a_missing_path_is_a_usage_error_naming_it(
    served: FakeServer, tmp_path: Path
) -> None:
    (tmp_path / "notes.json").write_text('{"x": 1}')
    folder = cli(served, "drift", str(tmp_path))
    assert folder.returncode == 2 and folder.stderr == f"xai-billing: drift RECORDINGS: {tmp_path}: holds no recording (a JSON file with operationId and response)\n"  # fmt: skip
    missing = cli(served, "drift", str(tmp_path / "nonexistent"))
    assert missing.returncode == 2, missing.stderr
    assert missing.stderr == f"xai-billing: drift RECORDINGS: {tmp_path / 'nonexistent'}: no such file or folder\n"
    assert "Invalid value for" not in missing.stderr


def test_drift_help_says_what_json_prints_and_progress_shows_the_real_path(served: FakeServer) -> None:
    help_text = " ".join(cli(served, "drift", "--help").stdout.split())
    assert "Print the drift report as JSON" in help_text and "the API's JSON" not in help_text
    result = cli(served, "drift")
    assert result.returncode == 0 and f"GET /v1/billing/teams/{TEAM}/prepaid/balance" in result.stderr
    assert "{team_id}" not in result.stderr


def test_drift_with_no_answer_is_a_failure_not_conformance(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "XAI_MANAGEMENT_KEY": KEY,
        "XAI_TEAM_ID": TEAM,
        "XAI_MANAGEMENT_BASE_URL": "http://127.0.0.1:9",
    }
    result = subprocess.run([XAI_BILLING, "drift"], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 1 and "all as the spec" not in result.stdout, result.stdout + result.stderr
    assert result.stderr.endswith("xai-billing: no operation answered: nothing to compare with the spec\n")
    assert "could not connect to http://127.0.0.1:9 (connection refused); nothing was sent" in result.stderr
