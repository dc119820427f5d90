"""`make check`: no recording holds a bearer token, a management key or an email that is not a placeholder.

Recordings may come from a real server (`xai-billing record`), which scrubs them; this is the guard that
a hand-made or edited one did not skip that. Usage: check_recordings.py [DIR] (default tests/recordings).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

SECRET = re.compile(r"bearer\s+\S+|xai-(?:mgmt|fake)-[A-Za-z0-9]+", re.I)
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+\.[A-Za-z]{2,})")
PLACEHOLDER_DOMAINS = {"example.com", "example.org", "example.net"}  # RFC 2606


def problems(folder: Path) -> list[str]:
    found = []
    for path in sorted(folder.rglob("*.json")):
        text = path.read_text(encoding="utf-8")
        for match in SECRET.finditer(text):
            found.append(f"{path}: holds a credential ({match.group(0)[:12]}...)")
        for match in EMAIL.finditer(text):
            if match.group(1).lower() not in PLACEHOLDER_DOMAINS:
                found.append(f"{path}: holds an email that is not a placeholder ({match.group(0)})")
    return found


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else Path(__file__).resolve().parent.parent / "tests" / "recordings"
    found = problems(folder)
    for line in found:
        print(line, file=sys.stderr)
    if found:
        print("Scrub these recordings (xai-billing record does) before committing them.", file=sys.stderr)
        return 1
    print(f"recordings scrubbed: {sum(1 for _ in folder.rglob('*.json'))} files, no credential or real email")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
