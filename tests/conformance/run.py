"""`make conformance`: the spec in other languages' generators, with their stock settings.

For each generator (one row): generate a client from spec/openapi.json, compile it where the compiler
is on this machine, decode every payload (tests/conformance/payloads.py: the recordings plus payloads
with unlisted enum values, nulls, `{}` messages and int64 beyond 2^53) and compare the int64 and enum
values read with the originals; the Go, Java, openapi-fetch and openapi-python-client rows also call
every read operation of the local billing API (`python -m xai_billing.fake`, loopback, a free port).
Kotlin, C# and Swift are generated only (no compiler here): the row fails on a warning of the generator
about the spec.

Usage: run.py [--spec FILE] [--only ROW,...] [--work DIR]. The tools are installed by the Makefile's
`conformance` target (tests/conformance/setup.sh); the rows are in tests/conformance/rows.py. Exits 1
when a row is not green, and prints the matrix, one row per generator, as the README's table reads it.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import payloads  # noqa: E402
import rows  # noqa: E402

ROOT = payloads.ROOT


def start_fake(python: Path) -> tuple[subprocess.Popen[str], str, str]:
    key = "xai-conformance-key"
    proc = subprocess.Popen(
        [str(python), "-m", "xai_billing.fake", "--port", "0", "--key", key, "--quiet"],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert proc.stdout is not None
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if "XAI_MANAGEMENT_BASE_URL=" in line:
            url = line.split("=", 1)[1].strip()
            if not url.startswith("http://127.0.0.1:"):
                proc.terminate()
                raise SystemExit(f"the local API is not on loopback: {url}")
            return proc, url, key
        if not line and proc.poll() is not None:
            break
    proc.terminate()
    raise SystemExit("the local billing API did not start")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=ROOT / "spec" / "openapi.json")
    parser.add_argument("--only", default="", help="comma-separated row names")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "conformance")
    args = parser.parse_args()
    spec = payloads.load_spec(args.spec)
    work: Path = args.work.resolve()
    if work.exists():
        shutil.rmtree(work)
    (work / "payloads").mkdir(parents=True)
    manifest = []
    for p in payloads.payloads(spec):
        file = work / "payloads" / f"{p['id']}.json"
        file.write_text(json.dumps(p["body"], indent=1), encoding="utf-8")
        manifest.append({"id": p["id"], "schema": p["schema"], "file": str(file)})
    (work / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    wanted = [r for r in rows.ROWS if not args.only or r.name in args.only.split(",")]
    print(
        f"{len(manifest)} payloads ({sum(1 for m in manifest if '.' in m['id'] and m['id'][0].islower())} recordings); "
        f"{len(wanted)} generators; spec {args.spec}",
        flush=True,
    )
    fake, url, key = start_fake(Path(sys.executable))
    env = rows.Env(root=ROOT, spec_path=args.spec.resolve(), spec=spec, work=work, manifest=manifest, url=url, key=key)
    results = []
    try:
        for row in wanted:
            start = time.monotonic()
            print(f"-- {row.name}", flush=True)
            try:
                result = row.run(env)
            except rows.RowFailed as exc:
                result = rows.Result(failed=[str(exc)])
            result.seconds = time.monotonic() - start
            results.append((row, result))
            print(f"   {result.summary(len(manifest))} ({result.seconds:.0f} s)", flush=True)
            for line in result.failed[:12]:
                print(f"   ! {line}", flush=True)
            if len(result.failed) > 12:
                print(f"   ! ... {len(result.failed) - 12} more", flush=True)
    finally:
        fake.send_signal(signal.SIGTERM)
        try:
            fake.wait(timeout=10)
        except subprocess.TimeoutExpired:
            fake.kill()
    print()
    print(
        "| generator | version | compiles | payloads read | API calls | unlisted enum | null message | omitted default |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for row, r in results:
        print(
            f"| {row.name} | {row.version(env)} | {r.compiles} | {r.read}/{len(manifest) if r.decodes else '-'} | "
            f"{r.api} | {r.unlisted} | {r.null} | {r.omitted} |"
        )
    green = sum(1 for _, r in results if r.green)
    print(f"\nconformance: {green} green, {len(results) - green} red")
    return 0 if green == len(results) else 1


if __name__ == "__main__":
    os.environ.setdefault("PYTHONDONTWRITEBYTECODE", "1")
    sys.exit(main())
