"""`make check`: no recording holds a credential or a real email, and none a server answered keeps a string
its field may not keep.

The rule is xai-billing record's own (xai_billing.cli._record: scrubbing by allowlist, the spec's
`x-scrub: keep` marker): this is the guard that a hand-made or edited recording did not skip it.
Usage: check_recordings.py [DIR] (default tests/recordings).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from xai_billing.cli._record import problems as recording_problems


def problems(folder: Path) -> list[str]:
    found = []
    for path in sorted(folder.rglob("*.json")):
        found += recording_problems(json.loads(path.read_text(encoding="utf-8")), str(path))
    return found


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else Path(__file__).resolve().parent.parent / "tests" / "recordings"
    found = problems(folder)
    for line in found:
        print(line, file=sys.stderr)
    if found:
        print(f"{folder}: scrub these recordings (xai-billing record does) before committing them.", file=sys.stderr)
        return 1
    print(f"recordings scrubbed: {sum(1 for _ in folder.rglob('*.json'))} files, no credential or real email")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
