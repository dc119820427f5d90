"""The README's Quick start and Async examples run as written, against a loopback server playing the recordings."""

from __future__ import annotations

import json
import re

import pytest
from contract import RECORDINGS, ROOT, load
from loopback import LoopbackServer

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _section_code(title: str) -> str:
    section = README.split(f"\n## {title}\n", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", section, flags=re.S)
    assert blocks, title
    return blocks[0]


def _route(path: str) -> str:
    return re.sub(r"teams/[^/]+", "teams/T", path)


# "METHOD path-with-team-T" -> the reference response body of that operation.
REPLIES = {
    f"{r['request']['method']} {_route(r['request']['path'])}": json.dumps(r["response"]["body"]).encode()
    for r in (load(p) for p in RECORDINGS if p.stem == "reference")
}


def _replay(request: bytes) -> tuple[object, ...]:
    method, target = request.split(b" ", 2)[:2]
    body = REPLIES.get(f"{method.decode()} {_route(target.split(b'?')[0].decode())}")
    if body is None:
        return ("respond", 404, b'{"code": 5, "message": "no recording"}')
    return ("respond", 200, body)


@pytest.mark.parametrize("section", ["Quick start", "Async"])
def test_readme_example_runs(section: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    with LoopbackServer(_replay) as server:
        monkeypatch.setenv("XAI_MANAGEMENT_KEY", "readme-key")
        monkeypatch.setenv("XAI_TEAM_ID", "65c1e471-205f-4566-9c5a-07198bcdf4ce")
        monkeypatch.setenv("XAI_MANAGEMENT_BASE_URL", server.base_url)
        exec(compile(_section_code(section), f"README.md ({section})", "exec"), {"__name__": "readme"})
        assert server.requests
    assert "-1000" in capsys.readouterr().out
