"""The maintainer's worked example (CONTRIBUTING.md's "Changing the API"), end to end in a shallow clone: after a
release, a field is removed from the spec (a breaking change) with a bad example beside it, and make check
runs. Its first run names every failure with its location and fix; the maintainer makes them all; the
second run passes. One failing round, and no reinstall for the version bump. make check runs for real
(make, Node tools and all), with the worktree's venv and node_modules linked in."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RECORDING = "tests/recordings/listPaymentMethods/bank-account-and-pending.json"


def _make(clone: Path, *targets: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["make", "--no-print-directory", *targets], cwd=clone, capture_output=True, text=True, timeout=900
    )


def _edit(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) >= count, old
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def _clone(tmp_path: Path) -> Path:
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{ROOT}", str(clone)], check=True, timeout=120)
    (clone / ".venv").symlink_to(ROOT / ".venv")
    (clone / "spec" / "node_modules").symlink_to(ROOT / "spec" / "node_modules")
    for name in ("package.json", "package-lock.json"):  # older than node_modules' stamp: no npm ci
        os.utime(clone / "spec" / name, (0, 0))
    return clone


@pytest.mark.timeout(1200)  # two runs of make check, make spec and make generate, on a busy machine
def test_a_breaking_edit_takes_one_round_of_make_check(tmp_path: Path) -> None:
    clone = _clone(tmp_path)
    python = str(ROOT / ".venv" / "bin" / "python")
    released = subprocess.run([python, "generator/breaking.py", "--release"], cwd=clone, capture_output=True, text=True)
    assert released.returncode == 0, released.stderr  # as just after releasing 0.3.0 (spec 3.0.0)

    # The edit: PaymentMethod.addedTs removed, and a new example of the wrong type on another field.
    spec = clone / "spec" / "openapi.yaml"
    text = spec.read_text(encoding="utf-8")
    removed = re.search(r"\n        addedTs:\n(?:          .*\n)+", text)
    assert removed is not None
    text = text.replace(removed.group(0), "\n", 1)
    spec.write_text(text.replace("        invoiceNumber:\n", "        invoiceNumber:\n          example: 5\n", 1))

    rounds = 0
    first = _make(clone, "check")
    rounds += first.returncode != 0
    report = first.stdout
    assert first.returncode != 0
    lines = [line for line in report.splitlines() if line.startswith(("ok ", "FAILED "))]
    assert lines[0].startswith("FAILED  breaking-change gate")  # the verdict first
    for expected in [
        "  spec: schema PaymentMethod: field addedTs removed",
        "  Python: xai_billing.models.payment_method.PaymentMethod.added_ts: Public object was removed",
        "spec/openapi.yaml: info.version 3.0.0 -> 4.0.0 (a major version bump)",
        'spec/CHANGELOG.md: an entry "## 4.0.0" naming what breaks: PaymentMethod.addedTs',
        "pyproject.toml: version 0.3.0 -> 0.4.0",
        'CHANGELOG.md: an entry "## 0.4.0" naming what breaks: PaymentMethod.added_ts',
        "FAILED  spec linted (Spectral)",
        "FAILED  spec linted (Redocly)",
        "warning no-invalid-schema-examples: Example value must conform to the schema",
        "FAILED  spec/openapi.json",
        "  fix: make spec",
        "FAILED  generated/ (make generate --check)",
        "  fix: make generate",
        "FAILED  recordings in TypeScript (tsc)",
        f"in {RECORDING}: a recording holds what the spec does not allow",
    ]:
        assert expected in report, (expected, report)
    # Every failure with its location: Redocly's warning names its line.
    assert re.search(r"spec/openapi\.yaml:\d+:\d+: warning no-invalid-schema-examples", report), report
    assert "make check: 6 of 12 checks failed" in report, report

    # The maintainer makes every fix the first run named, in one go.
    _edit(spec, "          example: 5\n", "")
    _edit(spec, "  version: 3.0.0", "  version: 4.0.0")
    _edit(clone / "spec" / "CHANGELOG.md", "## 3.0.0", "## 4.0.0\n\n- `PaymentMethod.addedTs` removed.\n\n## 3.0.0")
    _edit(clone / "pyproject.toml", 'version = "0.3.0"', 'version = "0.4.0"')
    _edit(  # the new release's entry above the last one's
        clone / "CHANGELOG.md",
        "\n## 0.3.0 ",
        "\n## 0.4.0 (spec 4.0.0) — unreleased\n- `PaymentMethod.added_ts` removed.\n\n## 0.3.0 ",
    )
    # The recording as the API now answers: without the member.
    _edit(clone / RECORDING, '"us_bank_account",\n          "addedTs": "2025-06-01T12:00:00Z"\n', '"us_bank_account"\n')
    assert _make(clone, "-q", ".venv/.installed").returncode == 0  # the version bump reinstalls nothing
    for target in ("spec", "generate"):
        done = _make(clone, target)
        assert done.returncode == 0, done.stdout + done.stderr
        assert "Deprecation warning" not in done.stdout + done.stderr  # Redocly's Node.js 20 banner, kept in a log

    second = _make(clone, "check")
    rounds += second.returncode != 0
    assert second.returncode == 0, second.stdout + second.stderr
    assert "make check: all 12 checks passed" in second.stdout
    assert rounds == 1


def test_the_venv_is_reinstalled_for_a_dependency_not_for_a_version(tmp_path: Path) -> None:
    clone = _clone(tmp_path)
    assert _make(clone, "-q", ".venv/.installed").returncode == 0
    _edit(clone / "pyproject.toml", 'version = "0.3.0"', 'version = "9.9.9"')
    assert _make(clone, "-q", ".venv/.installed").returncode == 0
    _edit(clone / "pyproject.toml", '"attrs>=23.1"', '"attrs>=23.2"')  # what the venv is installed from changed
    assert _make(clone, "-q", ".venv/.installed").returncode != 0
