"""`make docs`: the HTML reference Redocly renders from the spec, opened in headless Chromium (Debian's
chromium package): every operation must be on the rendered page, and a screenshot is saved beside it.

Not a pytest test: it needs a browser, which `make test` does not (CI installs one and runs `make docs`).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "build" / "docs" / "index.html"
SCREENSHOT = ROOT / "build" / "docs" / "screenshot.png"
# Headless, and quiet on a machine with no network but loopback (no update or sync calls).
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--virtual-time-budget=10000",
]


def main() -> int:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        print("make docs needs Debian's chromium to check the page: apt-get install chromium", file=sys.stderr)
        return 1
    spec = yaml.safe_load((ROOT / "spec" / "openapi.yaml").read_text(encoding="utf-8"))
    summaries = [op["summary"] for item in spec["paths"].values() for op in item.values() if isinstance(op, dict)]
    with tempfile.TemporaryDirectory() as profile:
        flags = [*FLAGS, f"--user-data-dir={profile}"]
        dom = subprocess.run(
            [chromium, *flags, "--dump-dom", PAGE.as_uri()], capture_output=True, text=True, timeout=120, check=True
        ).stdout
        subprocess.run(
            [chromium, *flags, "--window-size=1400,1800", f"--screenshot={SCREENSHOT}", PAGE.as_uri()],
            capture_output=True,
            timeout=120,
            check=True,
        )
    missing = [summary for summary in summaries if summary not in dom]
    if len(summaries) != 11 or missing:
        print(f"the rendered reference lacks: {missing} (of {len(summaries)} operations)", file=sys.stderr)
        return 1
    image = SCREENSHOT.read_bytes()
    if not image.startswith(b"\x89PNG") or len(image) < 20_000:
        print(f"the screenshot {SCREENSHOT} is empty or not a PNG", file=sys.stderr)
        return 1
    print(f"docs: all {len(summaries)} operations on the rendered page; screenshot {SCREENSHOT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
