"""Schemathesis against the local billing API on loopback: positive and negative cases of every operation,
every check, bounded in examples and time (the exceptions it needs are in tests/schemathesis.toml)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from xai_billing.fake import FakeServer

ROOT = Path(__file__).resolve().parent.parent


def test_schemathesis_finds_nothing_against_the_served_fake(fake_billing_server: FakeServer, tmp_path: Path) -> None:
    result = subprocess.run(
        [
            str(Path(sys.executable).parent / "schemathesis"),
            "--config-file",
            str(ROOT / "tests" / "schemathesis.toml"),
            "run",
            str(ROOT / "spec" / "openapi.yaml"),
            "--url",
            fake_billing_server.url,
            "--header",
            f"Authorization: Bearer {fake_billing_server.api.key}",
            "--mode",
            "all",
            "--checks",
            "all",
            "--max-examples",
            "10",
            "--max-time",
            "30",
            "--seed",
            "1",
            "--workers",
            "1",
            "--generation-database",
            "none",
            "--request-timeout",
            "5",
            "--no-color",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=240,
    )
    out = result.stdout + result.stderr
    assert result.returncode == 0, out[-6000:]
    assert "Tested: 11" in out and "failures" not in out.split("SUMMARY")[-1]
    for phase in ("Examples", "Coverage", "Fuzzing", "Stateful"):
        assert f"✅ {phase}" in out, phase
    requests = {operation for operation, _ in fake_billing_server.api.requests}
    assert len(requests) == 11  # every operation was reached with a valid key
