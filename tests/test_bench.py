"""`make bench` finishes with its table on any machine: a comparison library that is missing or fails, a
figure that raises, a run past its time limit, each is a row saying so (scripts/bench.py, which pytest does not collect)."""

from __future__ import annotations

import gc
import sys
from types import SimpleNamespace

import bench
import pytest
from contract import strict_models

from xai_billing.models import GetPrepaidBalanceResponse


@pytest.fixture
def small_case(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bench, "REPEAT", 2)
    # No full collection before each run: in pytest's large heap each takes seconds, and no time is asserted.
    monkeypatch.setattr(bench, "gc", SimpleNamespace(collect=lambda: 0, enable=gc.enable, disable=gc.disable))
    monkeypatch.setattr(
        bench, "CASES", [("balance of 10", lambda: bench.balance_payload(10), GetPrepaidBalanceResponse)]
    )


def test_a_missing_or_failing_comparison_library_is_a_row_saying_so(
    small_case: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "msgspec", None)  # as if not installed: import msgspec raises

    def fails(data: bytes) -> None:
        raise ValueError("a pydantic that cannot read it")

    monkeypatch.setattr(strict_models().GetPrepaidBalanceResponse, "model_validate_json", fails)
    rows = bench.case_rows(0, "compact")
    assert [row[0] for row in rows] == [
        "parse balance of 10, compact (0.0 MB)",
        "  strict pydantic models (model_validate_json)",
        "  msgspec structs (decode)",
    ]
    assert rows[0][1].startswith("json.loads ") and rows[0][2].endswith("x)")  # this client's own figure
    assert rows[1][2] == "not measured: ValueError: a pydantic that cannot read it"
    assert rows[2][2] == "not measured: msgspec is not installed"


def test_the_comparison_libraries_are_measured_when_present(small_case: None) -> None:
    rows = bench.case_rows(0, "indented")
    assert len(rows) == 3 and all(row[2].endswith("x)") for row in rows), rows


def test_a_figure_that_raises_or_times_out_is_a_row_and_the_table_goes_on(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(bench, "RUN_TIMEOUT", 0.05)  # the real case, in its fresh interpreter, takes longer
    table = bench.Table()
    table.measure("parse a payload", lambda: bench.fresh_case(0, "compact"))
    table.measure("a broken figure", lambda: [("never", "", str(1 / 0))])
    table.measure("a figure", lambda: [("a figure", "baseline 1 ms", "1.00x")])
    table.print()
    assert table.missing
    printed = capsys.readouterr().out.splitlines()
    assert printed[2].split() == ["parse", "a", "payload", "not", "measured:", "timed", "out", "after", "0", "s"]
    assert printed[3].split() == [
        "a",
        "broken",
        "figure",
        "not",
        "measured:",
        "ZeroDivisionError:",
        "division",
        "by",
        "zero",
    ]
    assert printed[4].split() == ["a", "figure", "baseline", "1", "ms", "1.00x"]
