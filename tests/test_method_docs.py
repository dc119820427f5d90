"""The client's method docstrings (issue 17): Args, Returns and Raises in Python terms, from the spec
through the plan; continuation lines indented once; money in cents; the top-up's Raises names its
outcome-unknown error and what to check."""

from __future__ import annotations

import inspect
import re

import pytest
from contract import PLAN

import xai_billing

METHODS = [op.name for op in PLAN.operations]
SECTIONS = ("Args:", "Returns:", "Raises:")


def _doc(cls: type, name: str) -> str:
    doc = inspect.getdoc(getattr(cls, name))
    assert doc is not None
    return doc


def _section(doc: str, title: str) -> list[str]:
    lines = doc.splitlines()
    start = lines.index(title) + 1
    end = next((i for i in range(start, len(lines)) if not lines[i].startswith(" ")), len(lines))
    return lines[start:end]


def _entries(lines: list[str]) -> dict[str, str]:
    """The entries of a section: `name: text`, continuation lines joined."""
    entries: dict[str, str] = {}
    name = ""
    for line in lines:
        match = re.fullmatch(r"    (\w+): (.*)", line)
        if match:
            name = match[1]
            entries[name] = match[2]
        else:
            assert re.fullmatch(r"        \S.*", line), f"a continuation line is indented once: {line!r}"
            entries[name] += " " + line.strip()
    return entries


@pytest.mark.parametrize("cls", [xai_billing.Client, xai_billing.AsyncClient])
@pytest.mark.parametrize("name", METHODS)
def test_every_method_has_args_returns_and_raises_indented_once(cls: type, name: str) -> None:
    doc = _doc(cls, name)
    lines = doc.splitlines()
    for title in SECTIONS:
        assert title in lines, f"{name}: no {title} section"
    # The description's lines start where the summary does: getdoc() removes one indentation, and no more.
    description = lines[: lines.index("Args:")]
    assert all(not line.startswith(" ") for line in description), description
    args = _entries(_section(doc, "Args:"))
    parameters = [p for p in inspect.signature(getattr(cls, name)).parameters if p != "self"]
    assert list(args) == parameters
    returns = _entries(_section(doc, "Returns:"))
    annotation = inspect.signature(getattr(cls, name)).return_annotation
    assert list(returns) == [annotation], (returns, annotation)
    raises = _entries(_section(doc, "Raises:"))
    for error in raises:
        assert issubclass(getattr(xai_billing, error), xai_billing.XAIBillingError), error
    assert "ConfigurationError" in raises


@pytest.mark.parametrize("name", METHODS)
def test_docstrings_speak_python_not_the_wire(name: str) -> None:
    doc = _doc(xai_billing.Client, name)
    for wire in ("`billingCycle", "`since.", "invoiceIds", "x-oneof", "dotted names", "int64 string", '`"-'):
        assert wire not in doc, (name, wire)
    args = _entries(_section(doc, "Args:"))
    op = next(op for op in PLAN.operations if op.name == name)
    for a in op.body + op.query:
        if "UsdCents" in a.annotation:
            assert "cents" in args[a.name], (name, a.name)


def test_reads_name_the_api_errors_that_apply_and_the_top_up_its_outcome_unknown_error() -> None:
    read = _entries(_section(_doc(xai_billing.Client, "get_usage"), "Raises:"))
    for error in ("APIStatusError", "APIConnectionError", "APITimeoutError", "APIResponseValidationError"):
        assert error in read
    assert "TopUpOutcomeUnknownError" not in read
    top_up = _entries(_section(_doc(xai_billing.Client, "top_up_prepaid_credit"), "Raises:"))
    unknown = top_up["TopUpOutcomeUnknownError"]
    assert "the charge may have happened" in unknown and "get_prepaid_balance()" in unknown
    assert "did not send it again" in unknown
    assert "APIResponseValidationError" not in top_up  # an unreadable answer to a top-up is outcome-unknown
    assert "never sent" in top_up["APIConnectionError"]
    balance = _doc(xai_billing.Client, "get_prepaid_balance")
    assert "`total.val` of `-1000`" in balance
    invoices = _doc(xai_billing.Client, "list_invoices")
    assert "`billing_cycle_year` and `billing_cycle_month`" in " ".join(invoices.split())
