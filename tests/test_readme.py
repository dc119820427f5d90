"""Every Python block of the README, CONTRIBUTING.md and the documentation site (docs/pages) passes
mypy --strict as written and runs: each docs block as a script of its own in a subprocess (a pytest test
block under pytest, with the package's fixtures) against the local billing API served on loopback, and the
README's on every recording (empty ones included) against a loopback server that plays it. An example that
moves money or changes settings says so in a comment."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from contract import RECORDINGS, ROOT, load
from loopback import LoopbackServer

from xai_billing.fake import FakeBillingAPI

README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```python\n(.*?)```", README, flags=re.S)
IDS = [f"{p.parent.name}/{p.stem}" for p in RECORDINGS]
DOC_FILES = [ROOT / "README.md", ROOT / "CONTRIBUTING.md", *sorted((ROOT / "docs" / "pages").rglob("*.md"))]
# Every Python block of every page, as (where, code).
DOC_BLOCKS = [
    (f"{path.relative_to(ROOT)}, python block {i}", block)
    for path in DOC_FILES
    for i, block in enumerate(re.findall(r"```python\n(.*?)```", path.read_text(encoding="utf-8"), flags=re.S))
]
# The calls that move money or change a team's settings, and the comment each block holding one must carry.
ANNOUNCED = {
    "top_up_prepaid_credit(": "moves money",
    "set_spending_limit(": "changes settings",
    "set_billing_info(": "changes settings",
    "set_default_payment_method(": "changes settings",
}


def _route(method: str, path: str) -> str:
    return f"{method} {re.sub(r'teams/[^/]+', 'teams/T', path)}"


def _body(recording: dict[str, Any]) -> bytes:
    return json.dumps(recording["response"]["body"]).encode()


# Every operation answers with its public reference recording, unless a test plays another.
REFERENCES = {
    _route(r["request"]["method"], r["request"]["path"]): _body(r)
    for r in (load(p) for p in RECORDINGS if p.stem == "reference")
}


def test_the_readme_is_short_and_in_the_order_users_know() -> None:
    sections = re.findall(r"^## (.+)$", README, flags=re.M)
    assert sections == ["Install", "Quick start", "Errors", "Documentation", "License"]
    assert len(README.encode()) <= 11_000 and len(BLOCKS) == 2
    assert "make demo" in README and "make test" in README


def test_the_pages_hold_python_blocks() -> None:
    # A page whose blocks went missing (a fence written ```py, say) would pass every test below unseen.
    where = {w.split(",")[0] for w, _ in DOC_BLOCKS}
    assert {"README.md", "docs/pages/index.md", "docs/pages/guides/testing.md"} <= where
    assert len(DOC_BLOCKS) >= 13


@pytest.mark.parametrize(("where", "block"), DOC_BLOCKS, ids=[w for w, _ in DOC_BLOCKS])
def test_an_example_that_moves_money_or_changes_settings_says_so(where: str, block: str) -> None:
    comments = " ".join(re.findall(r"#(.*)$", block, flags=re.M)).lower()
    for call, words in ANNOUNCED.items():
        if call in block:
            assert words in comments, f"{where} calls {call.rstrip('(')} without a comment saying it {words}"


def test_every_code_block_passes_mypy_strict(tmp_path: Path) -> None:
    for i, (_, block) in enumerate(DOC_BLOCKS):
        (tmp_path / f"doc_block_{i}.py").write_text(block, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", *sorted(str(p) for p in tmp_path.glob("*.py"))],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("path", RECORDINGS, ids=IDS)
def test_every_code_block_runs_on_the_recording(
    path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    recording = load(path)
    replies = {**REFERENCES, _route(recording["request"]["method"], recording["request"]["path"]): _body(recording)}

    def replay(request: bytes) -> tuple[object, ...]:
        method, target = request.split(b" ", 2)[:2]
        body = replies.get(_route(method.decode(), target.split(b"?")[0].decode()))
        if body is None:
            return ("respond", 404, b'{"code": 5, "message": "no recording"}')
        return ("respond", 200, body)

    with LoopbackServer(replay, max_connections=200) as server:
        monkeypatch.setenv("XAI_MANAGEMENT_KEY", "readme-key")
        monkeypatch.setenv("XAI_TEAM_ID", "65c1e471-205f-4566-9c5a-07198bcdf4ce")
        monkeypatch.setenv("XAI_MANAGEMENT_BASE_URL", server.base_url)
        for i, block in enumerate(BLOCKS):
            exec(compile(block, f"README.md, python block {i}", "exec"), {"__name__": f"readme_{i}"})
        assert len(server.requests) >= len(BLOCKS)
    out = capsys.readouterr().out
    balance = json.loads(replies[_route("GET", "/v1/billing/teams/T/prepaid/balance")])
    left = -int(balance.get("total", {}).get("val", "0"))
    assert f"credit left: {Decimal(left).scaleb(-2)} USD" in out


@pytest.fixture(scope="module")
def local_api() -> Iterator[tuple[str, str]]:
    """The local billing API served on loopback for the module: its URL and key."""
    api = FakeBillingAPI()
    with api.serve() as server:
        yield server.url, api.key


@pytest.mark.parametrize(("where", "block"), DOC_BLOCKS, ids=[w for w, _ in DOC_BLOCKS])
def test_every_code_block_runs_against_the_local_api(
    where: str, block: str, local_api: tuple[str, str], tmp_path: Path
) -> None:
    url, key = local_api
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XAI_", "PYTEST"))}
    env |= {"XAI_MANAGEMENT_KEY": key, "XAI_TEAM_ID": "docs-team", "XAI_MANAGEMENT_BASE_URL": url}
    if "def test_" in block:
        # A test from the docs, run as a user's project runs it: pytest with the package's fixtures.
        (tmp_path / "test_from_docs.py").write_text(block, encoding="utf-8")
        argv = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_from_docs.py"]
        expected = f"{block.count('def test_')} passed"
    else:
        (tmp_path / "example.py").write_text(block, encoding="utf-8")
        argv, expected = [sys.executable, "example.py"], ""
    result = subprocess.run(argv, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and expected in result.stdout, f"{where}:\n{result.stdout}{result.stderr}"
    assert "Traceback" not in result.stderr, f"{where}:\n{result.stderr}"


def test_make_demo_runs_the_demo_only_and_generates_when_the_spec_changed() -> None:
    """`make demo`, the README's main job: no checks and no Node.js tools (those are make test's); generated/
    is rewritten only when the spec or the generator is newer than the last generation."""

    def dry_run(*args: str) -> str:
        result = subprocess.run(["make", "-n", *args, "demo"], cwd=ROOT, capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, result.stderr
        return result.stdout

    for commands in (dry_run(), dry_run("-W", "spec/openapi.yaml")):
        assert "demo.py" in commands
        for tool in ("node", "npm", "redocly", "spectral", "tsc", "mypy", "ruff", "pytest", "breaking.py"):
            assert tool not in commands, f"make demo runs {tool}:\n{commands}"
    assert "generator/generate.py" in dry_run("-W", "spec/openapi.yaml")
