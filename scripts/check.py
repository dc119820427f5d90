"""`make check`: every check in one pass, each failure printed with its location and the command that fixes
it, the breaking-change verdict first.

The checks: the breaking-change gate (generator/breaking.py); the spec valid (openapi-spec-validator) and
linted (Spectral, Redocly: warnings fail too, each with its line); spec/openapi.json and the typed
recordings (tests/typescript/recordings.ts) the same as a fresh build; the recordings type-checked by tsc
against the spec's TypeScript types; generated/ the same as a fresh regeneration; the recordings
scrubbed (scripts/check_recordings.py); the spec's fields and enums the same as the vendored proto's
(scripts/check_proto.py); mypy --strict; ruff. They run side by side (they read, never write, the
working tree; their build output goes to build/), and the report comes when all have finished.
Exit 0 when all pass, 1 when any fails.
"""

from __future__ import annotations

import concurrent.futures
import filecmp
import os
import re
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
NODE_BIN = ROOT / "spec" / "node_modules" / ".bin"
BUILD = ROOT / "build"
LINTED = ["generated", "generator", "scripts", "tests"]
STYLISH = re.compile(r"^\s+(\d+):(\d+)\s+(error|warning)\s+(\S+)\s+(.*)$")  # Redocly's --format=stylish


@dataclass
class Outcome:
    problems: list[str] = field(default_factory=list)  # each with its location
    note: str = ""  # what a passing check says
    seconds: float = 0.0


@dataclass
class Check:
    name: str
    run: Callable[[], Outcome]
    fix: str


def _run(*command: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true", "NO_COLOR": "1"}
    return subprocess.run([str(c) for c in command], cwd=ROOT, capture_output=True, text=True, env=env)


def _lines(text: str) -> list[str]:
    return [line.rstrip() for line in text.splitlines() if line.strip()]


def _command(*command: str | Path, note: Callable[[str], str] = lambda out: "") -> Callable[[], Outcome]:
    """A check that is one command: it fails when the command does, with what the command printed."""

    def run() -> Outcome:
        result = _run(*command)
        if result.returncode != 0:
            return Outcome(_lines(result.stdout + result.stderr) or [f"exit status {result.returncode}"])
        return Outcome(note=note(result.stdout + result.stderr))

    return run


def _last_line(out: str) -> str:
    lines = _lines(out)
    return lines[-1] if lines else ""


def redocly() -> Outcome:
    result = _run(
        NODE_BIN / "redocly", "lint", "spec/openapi.yaml", "--config", "spec/redocly.yaml", "--format=stylish"
    )
    problems = []
    for line in result.stdout.splitlines():
        match = STYLISH.match(line)
        if match:
            row, column, severity, rule, message = match.groups()
            problems.append(f"spec/openapi.yaml:{row}:{column}: {severity} {rule}: {message}")
    if result.returncode != 0 and not problems:
        problems = _lines(result.stdout + result.stderr)
    return Outcome(problems, note="no errors or warnings")


def bundle() -> Outcome:
    BUILD.mkdir(exist_ok=True)
    result = _run(NODE_BIN / "redocly", "bundle", "spec/openapi.yaml", "--ext", "json", "-o", BUILD / "openapi.json")
    if result.returncode != 0:
        return Outcome(_lines(result.stderr))
    if not filecmp.cmp(BUILD / "openapi.json", ROOT / "spec" / "openapi.json", shallow=False):
        return Outcome(["spec/openapi.json: stale (not the bundle of spec/openapi.yaml)"])
    return Outcome(note="spec/openapi.json is the bundle of spec/openapi.yaml")


def typescript() -> Outcome:
    types = BUILD / "typescript"
    result = _run(NODE_BIN / "openapi-typescript", "spec/openapi.yaml", "-o", types / "schema.d.ts")
    if result.returncode != 0:
        return Outcome(_lines(result.stdout + result.stderr))
    result = _run(sys.executable, "scripts/recordings_ts.py", types / "recordings.ts")
    if result.returncode != 0:
        return Outcome(_lines(result.stdout + result.stderr))
    problems = []
    if not filecmp.cmp(types / "recordings.ts", ROOT / "tests" / "typescript" / "recordings.ts", shallow=False):
        problems.append("tests/typescript/recordings.ts: stale (not written from tests/recordings): run make spec")
    result = _run(NODE_BIN / "tsc", "-p", "tests/typescript/tsconfig.json")
    if result.returncode != 0:
        problems += [_recording_of(line) for line in _lines(result.stdout + result.stderr)]
    return Outcome(problems, note="the recordings type-check with the spec's TypeScript types")


def _recording_of(line: str) -> str:
    """A tsc error in recordings.ts, with the recording it comes from (the comment above its line)."""
    match = re.match(r"tests/typescript/recordings\.ts\((\d+),\d+\): error", line)
    if match is None:
        return line
    written = (ROOT / "tests" / "typescript" / "recordings.ts").read_text(encoding="utf-8").splitlines()
    above = [x for x in written[: int(match.group(1))] if x.startswith("// tests/recordings/")]
    source = above[-1].removeprefix("// ") if above else "tests/recordings"
    return f"{line}\n      in {source}: a recording holds what the spec does not allow: fix the spec or the recording"


def checks() -> list[Check]:
    python = sys.executable
    return [
        Check(
            "breaking-change gate",
            _command(python, "generator/breaking.py", note=_last_line),
            "make the edits it names (the major version bumps and changelog entries)",
        ),
        Check(
            "spec valid (openapi-spec-validator)",
            _command(BIN / "openapi-spec-validator", "spec/openapi.yaml", note=_last_line),
            "edit spec/openapi.yaml where it says",
        ),
        Check(
            "spec linted (Spectral)",
            _command(
                NODE_BIN / "spectral",
                "lint",
                "spec/openapi.yaml",
                "--ruleset",
                "spec/.spectral.yaml",
                "--fail-severity=warn",
                "--quiet",
                note=lambda out: "no errors or warnings",
            ),
            "edit spec/openapi.yaml at the lines it names",
        ),
        Check("spec linted (Redocly)", redocly, "edit spec/openapi.yaml at the lines it names"),
        Check("spec/openapi.json", bundle, "make spec"),
        Check(
            "recordings in TypeScript (tsc)",
            typescript,
            "make spec (it writes recordings.ts); then make each recording tsc names what the spec allows, or the spec",
        ),
        Check(
            "generated/ (make generate --check)",
            _command(python, "generator/generate.py", "--check", note=_last_line),
            "make generate",
        ),
        Check(
            "scripts/check_recordings.py",
            _command(python, "scripts/check_recordings.py", note=_last_line),
            "re-record with xai-billing record, or scrub the strings it names",
        ),
        Check(
            "spec against the proto (spec/proto)",
            _command(python, "scripts/check_proto.py", note=_last_line),
            "make the spec follow the proto, or mark what the proto lacks x-not-in-proto",
        ),
        Check(
            "mypy --strict",
            _command(BIN / "mypy", "--strict", "generated/xai_billing", note=_last_line),
            "make generate if generated/ is stale, else fix generator/ at the lines it names",
        ),
        Check(
            "ruff check",
            _command(BIN / "ruff", "check", "--config", "pyproject.toml", *LINTED, note=_last_line),
            f"{BIN.relative_to(ROOT) if BIN.is_relative_to(ROOT) else BIN}/ruff check --fix {' '.join(LINTED)}",
        ),
        Check(
            "ruff format",
            _command(BIN / "ruff", "format", "--config", "pyproject.toml", "--check", *LINTED, note=_last_line),
            f"{BIN.relative_to(ROOT) if BIN.is_relative_to(ROOT) else BIN}/ruff format {' '.join(LINTED)}",
        ),
    ]


def _timed(check: Check) -> Outcome:
    started = time.monotonic()
    outcome = check.run()
    outcome.seconds = time.monotonic() - started
    return outcome


def main() -> int:
    started = time.monotonic()
    todo = checks()
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(2, min(4, os.cpu_count() or 2))) as pool:
        outcomes = list(pool.map(_timed, todo))
    failed = [(check, outcome) for check, outcome in zip(todo, outcomes, strict=True) if outcome.problems]
    for check, outcome in zip(todo, outcomes, strict=True):  # the gate first: its verdict leads the report
        if outcome.problems:
            print(f"FAILED  {check.name} ({outcome.seconds:.0f} s)")
            print("\n".join(f"    {line}" for line in outcome.problems))
            print(f"  fix: {check.fix}")
        else:
            print(f"ok      {check.name}{f': {outcome.note}' if outcome.note else ''}")
    took = f"{time.monotonic() - started:.0f} s"
    if failed:
        print(f"\nmake check: {len(failed)} of {len(todo)} checks failed ({took}); the fixes, in order:")
        fixes = list(dict.fromkeys(check.fix for check, _ in failed))
        print("\n".join(f"  {i}. {fix}" for i, fix in enumerate(fixes, 1)))
        return 1
    print(f"\nmake check: all {len(todo)} checks passed ({took})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
