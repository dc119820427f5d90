"""`make bench`: the speed figures of the client, each a ratio against a baseline measured in the same run.

Not a test: pytest does not collect it, and nothing here asserts a time. It prints one table:
- typed parse (json.loads + from_dict) of three large responses, compact as a gateway sends them and
  indented as the API reference prints them, against json.loads alone, with the strict pydantic
  models (model_validate_json) and msgspec structs (decode) for comparison;
- to_dict() against json.dumps of the same wire dict;
- `import xai_billing` against `import httpx`, each in a fresh interpreter;
- `xai-billing --help` and a subcommand's, against starting Python and importing httpx;
- a call's overhead against raw httpx plus json.loads, over MockTransport and over loopback;
- an unbounded asyncio.gather of 1,000 requests through AsyncClient against raw httpx.AsyncClient, to a
  minimal keep-alive server on loopback in its own process;
- `make generate` (generate.py into a scratch folder), in seconds.
Each payload's parse (per layout) and to_dict() are measured in fresh interpreters. Times are the best
of several interleaved runs, with the garbage collector on, as a caller's program has it, and off (in
brackets), which is what the code itself costs: building a large tree of objects triggers collections
that traverse everything alive, which json.loads and json.dumps pay less.
"""

from __future__ import annotations

import gc
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import msgspec

ROOT = Path(__file__).resolve().parent.parent
sys.path.append(str(ROOT / "generated"))

import xai_billing_strict as strict  # noqa: E402
from xai_billing.models import GetPrepaidBalanceResponse, GetUsageResponse, ListInvoicesResponse  # noqa: E402

TEAM = "65c1e471-205f-4566-9c5a-07198bcdf4ce"


def balance_payload(n: int = 10_000) -> dict[str, Any]:
    rng = random.Random(1)
    changes: list[dict[str, Any]] = []
    for i in range(n):
        if i % 2:
            changes.append(
                {
                    "teamId": TEAM,
                    "changeOrigin": "SPEND",
                    "amount": {"val": str(rng.randint(1, 5000))},
                    "createTime": None,
                    "spendBpKeyYear": 2025,
                    "spendBpKeyMonth": 1 + i % 12,
                }
            )
        else:
            stamp = f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}T15:28:02.{rng.randint(0, 999999):06d}Z"
            changes.append(
                {
                    "teamId": TEAM,
                    "changeOrigin": "PURCHASE",
                    "topupStatus": "SUCCEEDED",
                    "amount": {"val": str(-rng.randint(100, 50000))},
                    "invoiceId": "7v7blf6c1G2g34OdI4N5tD1CKCdag4ZYLhn5vTBLIMM=",
                    "invoiceNumber": f"062-446-{rng.randint(100, 999)}-166",
                    "createTime": stamp,
                    "createTs": stamp,
                    "paymentProcessor": {"kind": "STRIPE", "externalParty": "", "externalInvoiceId": ""},
                }
            )
    return {"changes": changes, "total": {"val": "-123456"}}


def invoices_payload(n: int = 500, lines: int = 20) -> dict[str, Any]:
    rng = random.Random(2)
    invoices = []
    for i in range(n):
        invoices.append(
            {
                "teamId": TEAM,
                "invoiceId": f"inv-{i:06d}",
                "invoiceNumber": f"742-250-{i:03d}-721",
                "createTime": "2025-04-01T21:19:48.569466Z",
                "invoiceStatus": "PAID",
                "firstDesiredNextCycleTs": "2025-04-11T02:46:58Z",
                "chargerAttempts": [{"ticket": 0, "successful": True, "paymentMethodId": "pm_1"}],
                "lines": [
                    {
                        "clusterName": "us-east-1",
                        "description": f"Chat grok-4-{j % 5}",
                        "unitType": "Prompt text tokens",
                        "unitPrice": "20000",
                        "numUnits": str(rng.randint(1, 10**7)),
                        "amount": str(rng.randint(0, 10**5)),
                    }
                    for j in range(lines)
                ],
                "subtotal": "1234",
                "tax": "0",
                "total": "1234",
                "invoicePdfAssetKeySuffix": f"teams/{TEAM}/billing/2025-2-inv-{i}.pdf",
                "monthly": {
                    "billingCycle": {"year": 2025, "month": 1 + i % 12},
                    "defaultCreditsIssued": {"val": "0"},
                    "autoCreditsIssued": {"val": "0"},
                    "prepaidTokensToSpend": {"val": "0"},
                },
            }
        )
    return {"invoices": invoices}


def usage_payload(series: int = 10, points: int = 10_000) -> dict[str, Any]:
    rng = random.Random(3)
    return {
        "timeSeries": [
            {
                "group": [f"Chat grok-4-{s}"],
                "groupLabels": [f"Chat grok-4-{s}"],
                "dataPoints": [
                    {
                        "timestamp": f"2025-10-{1 + p // 1440 % 28:02d}T{p // 60 % 24:02d}:{p % 60:02d}:00Z",
                        "values": [round(rng.random(), 6) if p % 3 else 0],
                    }
                    for p in range(points)
                ],
            }
            for s in range(series)
        ],
        "limitReached": False,
    }


# msgspec structs of the same shapes, for comparison (int64 strings read as int with strict=False).
class MUsd(msgspec.Struct):
    val: int = 0


class MProcessor(msgspec.Struct):
    kind: str = "UNKNOWN"
    externalParty: str = ""
    externalInvoiceId: str = ""


class MChange(msgspec.Struct):
    teamId: str = ""
    changeOrigin: str = "INVALID_ORIGIN"
    topupStatus: str | None = None
    amount: MUsd | None = None
    invoiceId: str | None = None
    invoiceNumber: str | None = None
    createTime: str | None = None
    spendBpKeyYear: int | None = None
    spendBpKeyMonth: int | None = None
    createTs: str | None = None
    paymentProcessor: MProcessor | None = None


class MBalance(msgspec.Struct):
    changes: list[MChange] = []
    total: MUsd | None = None


class MLine(msgspec.Struct):
    clusterName: str = ""
    description: str = ""
    unitType: str = ""
    unitPrice: int = 0
    numUnits: int = 0
    amount: int = 0


class MAttempt(msgspec.Struct):
    ticket: int = 0
    successful: bool = False
    paymentMethodId: str = ""


class MCycle(msgspec.Struct):
    year: int = 0
    month: int = 0


class MMonthly(msgspec.Struct):
    billingCycle: MCycle | None = None
    defaultCreditsIssued: MUsd | None = None
    autoCreditsIssued: MUsd | None = None
    prepaidTokensToSpend: MUsd | None = None


class MInvoice(msgspec.Struct):
    teamId: str = ""
    invoiceId: str = ""
    invoiceNumber: str = ""
    createTime: str | None = None
    invoiceStatus: str = "INVALID"
    firstDesiredNextCycleTs: str | None = None
    chargerAttempts: list[MAttempt] = []
    lines: list[MLine] = []
    subtotal: int = 0
    tax: int = 0
    total: int = 0
    invoicePdfAssetKeySuffix: str = ""
    monthly: MMonthly | None = None


class MInvoices(msgspec.Struct):
    invoices: list[MInvoice] = []


class MPoint(msgspec.Struct):
    timestamp: str | None = None
    values: list[float] = []


class MSeries(msgspec.Struct):
    group: list[str] = []
    groupLabels: list[str] = []
    dataPoints: list[MPoint] = []


class MUsage(msgspec.Struct):
    timeSeries: list[MSeries] = []
    limitReached: bool = False


def best(runs: dict[str, Callable[[], object]], repeat: int = 15, collector: bool = True) -> dict[str, float]:
    """The best time of each run, the runs interleaved so that a drift of the machine's speed hits all alike;
    with the garbage collector on (as a program has it) or off (the code's own cost, as timeit measures)."""
    times: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(repeat):
        for name, run in runs.items():
            gc.collect()
            if not collector:
                gc.disable()
            started = time.perf_counter()
            run()
            times[name].append(time.perf_counter() - started)
            gc.enable()
    return {name: min(values) for name, values in times.items()}


def ratios(runs: dict[str, Callable[[], object]], baseline: str) -> dict[str, str]:
    """Each run's time over the baseline's, with the collector on and (in brackets) off."""
    on, off = best(runs), best(runs, collector=False)
    return {
        name: f"{on[name] / on[baseline]:.2f}x ({off[name] / off[baseline]:.2f}x)" for name in runs if name != baseline
    } | {baseline: f"{on[baseline] * 1000:.1f} ms ({off[baseline] * 1000:.1f} ms)"}


def fresh_env(pycache: str) -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"} | {"PYTHONPYCACHEPREFIX": pycache}


def import_time(module: str, pycache: str, runs: int = 25) -> float:
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    command = [sys.executable, "-c", code]
    env = fresh_env(pycache)
    subprocess.run(command, capture_output=True, check=True, env=env)  # compiles into the scratch cache
    samples = [
        float(subprocess.run(command, capture_output=True, text=True, check=True, env=env).stdout) for _ in range(runs)
    ]
    return statistics.median(samples)


# A minimal keep-alive HTTP/1.1 server on loopback, in its own process, fast enough that a client's fan-out is
# what gets measured.
FAST_SERVER = """
import asyncio
BODY = b'{"billingInfo": {"name": "Acme Inc."}}'
RESP = b"HTTP/1.1 200 OK\\r\\nContent-Type: application/json\\r\\nContent-Length: %d\\r\\n\\r\\n%s" % (len(BODY), BODY)
async def handle(reader, writer):
    try:
        while True:
            await reader.readuntil(b"\\r\\n\\r\\n")
            writer.write(RESP)
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    finally:
        writer.close()
async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=1024)
    print(server.sockets[0].getsockname()[1], flush=True)
    await server.serve_forever()
asyncio.run(main())
"""


def fan_out(requests: int = 1000) -> tuple[float, float]:
    """Seconds for an unbounded asyncio.gather of `requests` GETs: raw httpx.AsyncClient, then AsyncClient."""
    import asyncio

    import httpx

    import xai_billing

    server = subprocess.Popen([sys.executable, "-c", FAST_SERVER], stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        base = f"http://127.0.0.1:{server.stdout.readline().strip()}"

        async def run() -> tuple[float, float]:
            async with httpx.AsyncClient(timeout=120) as raw:
                started = time.perf_counter()
                await asyncio.gather(*(raw.get(f"{base}/v1/billing/teams/t/billing-info") for _ in range(requests)))
                raw_time = time.perf_counter() - started
            async with xai_billing.AsyncClient(api_key="k", team_id="t", base_url=base) as client:
                started = time.perf_counter()
                await asyncio.gather(*(client.get_billing_info() for _ in range(requests)))
                return raw_time, time.perf_counter() - started

        return asyncio.run(run())
    finally:
        server.terminate()
        server.wait()


def per_call(calls: int = 2000) -> dict[str, tuple[float, float]]:
    """Seconds per call of get_billing_info() against raw httpx plus json.loads, over MockTransport and over
    loopback (the minimal server above): (raw, ours) for each."""
    import httpx

    import xai_billing

    body = b'{"billingInfo": {"name": "Acme Inc."}}'
    results: dict[str, tuple[float, float]] = {}
    server = subprocess.Popen([sys.executable, "-c", FAST_SERVER], stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        loopback = f"http://127.0.0.1:{server.stdout.readline().strip()}"
        for name, base, transport in (
            ("MockTransport", "http://billing.test", httpx.MockTransport(lambda r: httpx.Response(200, content=body))),
            ("loopback", loopback, None),
        ):
            raw = httpx.Client(transport=transport)
            # Over loopback the client makes its own connections, as it does by default (their reads keep the
            # deadline); MockTransport can only be given through an http_client.
            client = xai_billing.Client(
                api_key="k",
                team_id="t",
                base_url=base,
                http_client=None if transport is None else httpx.Client(transport=transport),
            )
            url = f"{base}/v1/billing/teams/t/billing-info"
            times = best(
                {
                    "raw": lambda raw=raw, url=url: [json.loads(raw.get(url).content) for _ in range(calls)],
                    "ours": lambda client=client: [client.get_billing_info() for _ in range(calls)],
                },
                repeat=5,
            )
            results[name] = (times["raw"] / calls, times["ours"] / calls)
            raw.close()
            client.close()
    finally:
        server.terminate()
        server.wait()
    return results


def wall_time(command: list[str], pycache: str, runs: int = 15) -> float:
    """The median wall time of a command in a fresh process."""
    env = fresh_env(pycache)
    subprocess.run(command, capture_output=True, check=True, env=env)  # compiles into the scratch cache
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, capture_output=True, check=True, env=env)
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


CASES: list[tuple[str, Callable[[], dict[str, Any]], Any, Any, Any]] = [
    ("prepaid balance of 10,000 changes", balance_payload, GetPrepaidBalanceResponse, strict.GetPrepaidBalanceResponse, MBalance),
    ("500 invoices of 20 lines", invoices_payload, ListInvoicesResponse, strict.ListInvoicesResponse, MInvoices),
    ("usage of 100,000 data points", usage_payload, GetUsageResponse, strict.GetUsageResponse, MUsage),
]  # fmt: skip


LAYOUTS = {"compact": None, "indented": 2}


def case_rows(index: int, part: str) -> list[tuple[str, str, str]]:
    """The rows of one payload: its parse in one layout ("compact" or "indented"), or its to_dict()."""
    name, make_payload, model, strict_model, struct = CASES[index]
    if part == "to_dict":
        payload = make_payload()
        parsed = model.from_dict(payload)
        r = ratios({"json.dumps": lambda: json.dumps(payload), "to_dict": parsed.to_dict}, "json.dumps")
        return [(f"to_dict() {name}", f"json.dumps {r['json.dumps']}", r["to_dict"])]
    indent = LAYOUTS[part]
    raw = json.dumps(make_payload(), indent=indent, separators=None if indent else (",", ":")).encode()
    loads = lambda: json.loads(raw)  # noqa: E731
    # This client first, then each other library against json.loads on its own: their large frees leave the
    # allocator's pools warm or fragmented for whichever run comes next, which moved the baseline by 25%.
    r = ratios({"json.loads": loads, "ours": lambda: model.from_dict(json.loads(raw))}, "json.loads")
    for other, run in (
        ("pydantic", lambda: strict_model.model_validate_json(raw)),
        ("msgspec", lambda: msgspec.json.decode(raw, type=struct, strict=False)),
    ):
        r[other] = ratios({"json.loads": loads, other: run}, "json.loads")[other]
    return [
        (f"parse {name}, {part} ({len(raw) / 1e6:.1f} MB)", f"json.loads {r['json.loads']}", r["ours"]),
        ("  strict pydantic models (model_validate_json)", "", r["pydantic"]),
        ("  msgspec structs (decode)", "", r["msgspec"]),
    ]


def main(pycache: str) -> None:
    rows: list[tuple[str, str, str]] = []
    for index in range(len(CASES)):
        for part in (*LAYOUTS, "to_dict"):
            # Each in a fresh interpreter: what one measurement leaves behind (a larger, fragmented heap)
            # slowed the next one's parse by up to 20%.
            case = [sys.executable, __file__, "--case", str(index), part]
            rows += [tuple(row) for row in json.loads(subprocess.run(case, capture_output=True, check=True).stdout)]
    httpx_import = import_time("httpx", pycache)
    ours_import = import_time("xai_billing", pycache)
    rows.append(
        ("import xai_billing", f"import httpx {httpx_import * 1000:.1f} ms", f"{ours_import / httpx_import:.2f}x")
    )
    python = [sys.executable, "-c", "import httpx"]
    script = str(Path(sys.executable).parent / "xai-billing")
    startup = {
        "python -c 'import httpx'": python,
        "xai-billing --help": [script, "--help"],
        "xai-billing top-up --help": [script, "top-up", "--help"],
    }
    walls = {name: wall_time(command, pycache) for name, command in startup.items()}
    base_name = "python -c 'import httpx'"
    for name in ("xai-billing --help", "xai-billing top-up --help"):
        rows.append(
            (
                name,
                f"{base_name} {walls[base_name] * 1000:.0f} ms",
                f"{walls[name] / walls[base_name]:.2f}x ({walls[name] * 1000:.0f} ms)",
            )
        )
    for name, (raw_call, our_call) in per_call().items():
        rows.append(
            (
                f"a call (get_billing_info), over {name}",
                f"httpx + json.loads {raw_call * 1e6:.0f} µs",
                f"{our_call / raw_call:.2f}x",
            )
        )
    raw_gather, our_gather = fan_out()
    rows.append(
        (
            "unbounded gather of 1,000 GETs, AsyncClient",
            f"raw httpx.AsyncClient {raw_gather:.1f} s",
            f"{raw_gather / our_gather:.1f}x faster ({our_gather:.1f} s)",
        )
    )
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, str(ROOT / "generator" / "generate.py"), "--out", str(Path(tmp) / "g")],
            check=True,
            capture_output=True,
        )
        rows.append(("make generate (generate.py)", "", f"{time.perf_counter() - started:.1f} s"))
    width = max(len(r[0]) for r in rows)
    base = max(len(r[1]) for r in rows)
    print("ratios to a baseline of the same run; in brackets, with the garbage collector off")
    print(f"{'figure':<{width}}  {'baseline, same run':<{base}}  ratio")
    for figure, baseline_text, ratio in rows:
        print(f"{figure:<{width}}  {baseline_text:<{base}}  {ratio}")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--case"]:
        print(json.dumps(case_rows(int(sys.argv[2]), sys.argv[3])))
    else:
        # Fresh interpreters load compiled bytecode, as they do once pip has installed a package: whatever
        # PYTHONDONTWRITEBYTECODE says, each module is compiled once into this scratch cache, before the timed runs.
        scratch = tempfile.mkdtemp(prefix="xai-billing-bench-pycache-")
        try:
            main(scratch)
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
