"""The breaking-change gate: the classifier catches each kind of breaking change to the spec and stays quiet
on additive ones, griffe catches the Python API's, and make check stops on one without its version bump
and changelog entry."""

from __future__ import annotations

import copy
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "generator"))
import breaking  # noqa: E402

SPEC: dict[str, Any] = yaml.safe_load((ROOT / "spec" / "openapi.yaml").read_text(encoding="utf-8"))
SCHEMAS = "components", "schemas"
TOP_UP = "/v1/billing/teams/{team_id}/prepaid/top-up"
INVOICES = "/v1/billing/teams/{team_id}/invoices"


def _changed(change: Any) -> dict[str, Any]:
    spec = copy.deepcopy(SPEC)
    change(spec)
    return spec


def _schemas(spec: dict[str, Any]) -> dict[str, Any]:
    return spec["components"]["schemas"]  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("change", "says"),
    [
        (lambda s: s["paths"][TOP_UP].pop("post"), "operation topUpPrepaidCredit removed"),
        (lambda s: _schemas(s)["BalanceChange"]["properties"].pop("invoiceId"), "field invoiceId removed"),
        (lambda s: _schemas(s)["ChangeOrigin"]["x-extensible-enum"].remove("REFUND"), "enum values ['REFUND'] removed"),
        (
            lambda s: _schemas(s)["InvoiceLine"]["properties"]["amount"].update(type="integer", format="int32"),
            "field amount changed type",
        ),
        (
            lambda s: _schemas(s)["BalanceChange"]["properties"].update(
                amount={"$ref": "#/components/schemas/UsdCents", "description": "no null"}
            ),
            "field amount no longer allows null",
        ),
        (
            lambda s: _schemas(s).update(ChangeOrigin={"type": "string", "enum": ["PURCHASE"], "description": "x"}),
            "enum closed",
        ),
        (
            lambda s: _schemas(s)["TimeRange"]["required"].append("timezone"),
            "field timezone newly required in requests",
        ),
        (
            lambda s: s["paths"][INVOICES]["get"]["parameters"][0].update(required=True),
            "parameter billingCycle.year newly required",
        ),
        (lambda s: s["paths"][INVOICES]["get"]["parameters"].pop(), "parameter invoiceIds.invoiceIds removed"),
    ],
    ids=[
        "removed-operation",
        "removed-field",
        "removed-enum-value",
        "changed-type",
        "null-forbidden",
        "enum-closed",
        "newly-required-field",
        "newly-required-parameter",
        "removed-parameter",
    ],
)
def test_the_classifier_catches_each_kind_of_breaking_change(change: Any, says: str) -> None:
    found = breaking.spec_breaks(SPEC, _changed(change))
    assert any(says in line for line in found), found


def _additive(spec: dict[str, Any]) -> None:
    _schemas(spec)["BalanceChange"]["properties"]["note"] = {
        "type": "string",
        "x-proto3-default": "",
        "description": "A note.",
    }
    _schemas(spec)["ChangeOrigin"]["x-extensible-enum"].append("GIFT")
    spec["paths"]["/v1/billing/teams/{team_id}/credits"] = copy.deepcopy(spec["paths"][TOP_UP])
    spec["paths"]["/v1/billing/teams/{team_id}/credits"]["post"]["operationId"] = "grantCredits"
    _schemas(spec)["TopUpPrepaidCreditResponse"]["properties"]["change"]["description"] = "reworded"


def test_the_classifier_is_quiet_on_additive_changes() -> None:
    assert breaking.spec_breaks(SPEC, SPEC) == []
    assert breaking.spec_breaks(SPEC, _changed(_additive)) == []


def test_an_open_enum_written_either_way_is_open() -> None:
    """`anyOf` of the known values and any string (spec 2.x) and `x-extensible-enum` (3.x) are both open."""

    def as_any_of(spec: dict[str, Any]) -> None:
        schema = _schemas(spec)["ChangeOrigin"]
        schema["anyOf"] = [{"type": "string", "enum": schema.pop("x-extensible-enum")}, {"type": "string"}]
        del schema["type"]

    old = _changed(as_any_of)
    assert breaking._open(_schemas(old)["ChangeOrigin"]) and breaking._open(_schemas(SPEC)["ChangeOrigin"])
    assert [line for line in breaking.spec_breaks(old, SPEC) if "ChangeOrigin" in line] == []
    _schemas(old)["ChangeOrigin"]["anyOf"][0]["enum"].append("GIFT")
    assert any("enum values ['GIFT'] removed" in line for line in breaking.spec_breaks(old, SPEC))


def _package(tmp: Path, name: str, body: str) -> Path:
    package = tmp / name / "xai_billing"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text(body, encoding="utf-8")
    return package


def test_griffe_catches_a_breaking_change_to_the_python_api(tmp_path: Path) -> None:
    old = _package(
        tmp_path, "old", "class Client:\n    def get_balance(self, *, team_id: str | None = None) -> int: ...\n"
    )
    same = _package(
        tmp_path,
        "same",
        "class Client:\n    def get_balance(self, *, team_id: str | None = None) -> int: ...\n    def new(self) -> None: ...\n",
    )
    removed = _package(tmp_path, "removed", "class Client:\n    pass\n")
    required = _package(tmp_path, "required", "class Client:\n    def get_balance(self, *, team_id: str) -> int: ...\n")
    assert breaking.python_breaks(old, same) == []
    assert any("get_balance" in line for line in breaking.python_breaks(old, removed))
    assert breaking.python_breaks(old, required)


RELEASED = {"package": "0.2.0", "spec": "2.0.0"}
NAMED_SPEC = "## 3.0.0 — date\n- `topUpPrepaidCredit` removed.\n"
NAMED_PACKAGE = "## 0.3.0 — date\n- `Client.top_up_prepaid_credit()` removed.\n"


@pytest.mark.parametrize(
    ("spec_version", "package_version", "spec_log", "package_log", "stops"),
    [
        ("2.0.0", "0.2.0", "", "", True),  # no bump
        ("2.1.0", "0.2.1", "## 2.1.0", "## 0.2.1", True),  # a minor bump is not enough
        ("3.0.0", "0.3.0", "", "## 0.3.0", True),  # a major bump without a spec changelog entry
        ("3.0.0", "0.3.0", "## 3.0.0", "", True),  # ... without a package changelog entry
        ("3.0.0", "0.3.0", "## 3.0.0", 'add "## 0.3.0" to CHANGELOG.md', True),  # quoted, not a heading
        ("3.0.0", "0.3.0", "## 3.0.0 — date", "## 0.3.0 — date", True),  # entries that do not name the breaks
        ("3.0.0", "0.3.0", NAMED_SPEC, NAMED_PACKAGE, False),
    ],
)
def test_the_gate_stops_a_breaking_change_without_its_version_and_changelog(
    spec_version: str, package_version: str, spec_log: str, package_log: str, stops: bool
) -> None:
    problems = breaking.gate(
        ["operation topUpPrepaidCredit removed"],
        ["xai_billing.Client.top_up_prepaid_credit: Public object was removed"],
        released=RELEASED,
        spec_version=spec_version,
        package_version=package_version,
        spec_changelog=spec_log,
        package_changelog=package_log,
    )
    assert bool(problems) is stops
    assert all("breaking" in p for p in problems if not p.startswith("  "))
    if stops:  # the message names every edit the release still needs, and the Python names that break
        edits = [e.strip() for e in problems[problems.index("  to release it, edit:") + 1 :]]
        assert (f"spec/openapi.yaml: info.version {spec_version} -> 3.0.0 (a major version bump)" in edits[0]) is (
            spec_version != "3.0.0"
        )
        assert ('spec/CHANGELOG.md: an entry "## 3.0.0" naming what breaks: topUpPrepaidCredit' in edits) is (
            not spec_log.startswith("## 3.0.0")
        )
        assert ('CHANGELOG.md: an entry "## 0.3.0" naming what breaks: Client.top_up_prepaid_credit' in edits) is (
            not package_log.startswith("## 0.3.0")
        )
        assert (
            'spec/CHANGELOG.md: the entry "## 3.0.0" does not name what breaks: add topUpPrepaidCredit' in edits
        ) is (spec_log.startswith("## 3.0.0"))
        assert ('CHANGELOG.md: the entry "## 0.3.0" does not name what breaks: add Client.top_up_prepaid_credit'
                in edits) is package_log.startswith("## 0.3.0")  # fmt: skip


@pytest.mark.parametrize(
    ("found", "python", "name"),
    [
        ("schema BalanceChange: field invoiceId removed", False, "BalanceChange.invoiceId"),
        ("schema DataPoint: field values changed type", False, "DataPoint.values"),
        ("schema ChangeOrigin: enum values ['REFUND'] removed", False, "ChangeOrigin"),
        ("schema Invoice removed", False, "Invoice"),
        ("operation listInvoices: parameter invoiceIds.invoiceIds removed", False, "listInvoices"),
        ("operation topUpPrepaidCredit removed", False, "topUpPrepaidCredit"),
        ("xai_billing.models.payment_method.PaymentMethod.added_ts: Public object was removed", True,
         "PaymentMethod.added_ts"),
        ("xai_billing.cli.RENDER: Public object was removed", True, "cli.RENDER"),
    ],
)  # fmt: skip
def test_each_break_has_the_name_its_changelog_entry_gives(found: str, python: bool, name: str) -> None:
    assert (breaking.python_name if python else breaking.spec_name)(found) == name


def _gate_on_this_repository(found_spec: list[str], found_python: list[str], spec_log: str | None = None) -> list[str]:
    released = tomllib.loads((ROOT / "generator" / "released.toml").read_text(encoding="utf-8"))
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    return breaking.gate(
        found_spec,
        found_python,
        released=released,
        spec_version=str(SPEC["info"]["version"]),
        package_version=version,
        spec_changelog=spec_log or (ROOT / "spec" / "CHANGELOG.md").read_text(encoding="utf-8"),
        package_changelog=(ROOT / "CHANGELOG.md").read_text(encoding="utf-8"),
    )


def test_a_break_made_while_a_major_version_is_in_preparation_needs_its_own_changelog_line() -> None:
    """3.0.0 / 0.3.0 are bumped already (the release is 2.0.0 / 0.2.0): removing `BalanceChange.invoiceId`
    now is a new break the bumped versions do not excuse; the entries must name it."""
    released_spec = yaml.safe_load((breaking.RELEASE / "openapi.yaml").read_text(encoding="utf-8"))
    today = breaking.spec_breaks(released_spec, SPEC)
    assert _gate_on_this_repository(today, ["xai_billing.cli.RENDER: Public object was removed"]) == []
    found = breaking.spec_breaks(
        released_spec, _changed(lambda s: _schemas(s)["BalanceChange"]["properties"].pop("invoiceId"))
    )
    assert "schema BalanceChange: field invoiceId removed" in found
    python = "xai_billing.models.balance_change.BalanceChange.invoice_id: Public object was removed"
    problems = _gate_on_this_repository(found, ["xai_billing.cli.RENDER: Public object was removed", python])
    edits = problems[problems.index("  to release it, edit:") + 1 :]
    assert edits == [
        '    spec/CHANGELOG.md: the entry "## 3.0.0" does not name what breaks: add BalanceChange.invoiceId',
        '    CHANGELOG.md: the entry "## 0.3.0" does not name what breaks: add BalanceChange.invoice_id',
    ]
    spec_log = (ROOT / "spec" / "CHANGELOG.md").read_text(encoding="utf-8")
    named = spec_log.replace(
        "### Breaking for generated clients\n",
        "### Breaking for generated clients\n- `BalanceChange.invoiceId` removed.\n",
        1,
    )
    assert named != spec_log
    assert not any("spec/CHANGELOG.md" in e for e in _gate_on_this_repository(found, [], named))
    # A name under another version's heading does not count: the entry is the version's section.
    elsewhere = spec_log + "\n## 2.0.0\n- `BalanceChange.invoiceId` removed.\n"
    assert any("add BalanceChange.invoiceId" in e for e in _gate_on_this_repository(found, [], elsewhere))


def test_the_gate_works_in_a_shallow_clone_and_names_a_removed_field(tmp_path: Path) -> None:
    """The release is kept in the repository (generator/released/), so a `git clone --depth 1`, as most CI
    systems clone, has what the gate compares with."""
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{ROOT}", str(clone)], check=True, timeout=120)
    shallow = subprocess.run(["git", "-C", clone, "rev-parse", "--is-shallow-repository"], capture_output=True)
    assert shallow.stdout.strip() == b"true"
    gate = [sys.executable, str(clone / "generator" / "breaking.py")]
    passed = subprocess.run(gate, capture_output=True, text=True, timeout=300)
    assert passed.returncode == 0 and "no unannounced breaking change" in passed.stdout, passed.stderr
    released = subprocess.run([*gate, "--release"], capture_output=True, text=True, timeout=120)  # as at a release
    assert released.returncode == 0 and "release 0.3.0 (spec 3.0.0)" in released.stdout, released.stderr
    spec = clone / "spec" / "openapi.yaml"
    spec.write_text(spec.read_text(encoding="utf-8").replace("        invoiceNumber:\n", "        invoiceNumbr:\n", 1))
    stopped = subprocess.run(gate, capture_output=True, text=True, timeout=300)
    assert stopped.returncode == 1, stopped.stderr
    assert "  spec: schema Invoice: field invoiceNumber removed" in stopped.stderr
    assert "  Python: xai_billing.models.invoice.Invoice.invoice_number: Public object was removed" in stopped.stderr
    assert "info.version 3.0.0 -> 4.0.0 (a major version bump)" in stopped.stderr
    assert "version 0.3.0 -> 0.4.0" in stopped.stderr
    assert 'CHANGELOG.md: an entry "## 0.4.0" naming what breaks: Invoice.invoice_number' in stopped.stderr
    assert 'spec/CHANGELOG.md: an entry "## 4.0.0" naming what breaks: Invoice.invoiceNumber' in stopped.stderr


def test_the_gate_is_quiet_with_no_breaking_change_and_passes_on_this_repository() -> None:
    quiet = breaking.gate(
        [],
        [],
        released=RELEASED,
        spec_version="2.0.0",
        package_version="0.2.0",
        spec_changelog="",
        package_changelog="",
    )
    assert quiet == []
    result = subprocess.run(
        [sys.executable, str(ROOT / "generator" / "breaking.py")], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0 and "no unannounced breaking change" in result.stdout, result.stderr
