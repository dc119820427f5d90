"""The README's code blocks pass mypy --strict as written, and run on every recording (empty ones included)
against a loopback server that plays it."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from contract import RECORDINGS, ROOT, load
from loopback import LoopbackServer

README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```python\n(.*?)```", README, flags=re.S)
IDS = [f"{p.parent.name}/{p.stem}" for p in RECORDINGS]


def _route(method: str, path: str) -> str:
    return f"{method} {re.sub(r'teams/[^/]+', 'teams/T', path)}"


def _body(recording: dict[str, Any]) -> bytes:
    return json.dumps(recording["response"]["body"]).encode()


# Every operation answers with its public reference recording, unless a test plays another.
REFERENCES = {
    _route(r["request"]["method"], r["request"]["path"]): _body(r)
    for r in (load(p) for p in RECORDINGS if p.stem == "reference")
}


def test_the_readme_follows_the_order_users_know() -> None:
    sections = re.findall(r"^## (.+)$", README, flags=re.M)
    order = ["Install", "Usage", "Async", "Errors", "Retries", "Timeouts", "Advanced"]
    assert [s for s in sections if s in order] == order
    assert len(BLOCKS) >= 7


def test_every_code_block_passes_mypy_strict(tmp_path: Path) -> None:
    for i, block in enumerate(BLOCKS):
        (tmp_path / f"readme_block_{i}.py").write_text(block, encoding="utf-8")
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


def test_the_readme_test_passes_under_pytest_with_the_packages_fixture(tmp_path: Path) -> None:
    (block,) = [b for b in BLOCKS if "def test_" in b]
    (tmp_path / "test_from_readme.py").write_text(block, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0 and "2 passed" in result.stdout, result.stdout + result.stderr
