"""Shared fixtures."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.append(
    str(ROOT / "scripts")
)  # the make targets' scripts (bench, check_recordings, recordings_ts), for their tests

TEAM = "65c1e471-205f-4566-9c5a-07198bcdf4ce"
KEY = "xai-mgmt-SECRET-7f3a9c1e5b"


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test sees the developer's own configuration."""
    for name in ("XAI_MANAGEMENT_KEY", "XAI_TEAM_ID", "XAI_MANAGEMENT_BASE_URL", "XAI_BILLING_LOG"):
        monkeypatch.delenv(name, raising=False)
