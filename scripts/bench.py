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
A figure that cannot be measured (a comparison library missing or failing, a run past its time limit on a
busy machine) is a row saying why, and the rest of the table is still measured and printed; the exit
status is 1 when one of this client's own figures is missing, not for a comparison library.
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

from xai_billing.models import GetPrepaidBalanceResponse, GetUsageResponse, ListInvoicesResponse

ROOT = Path(__file__).resolve().parent.parent
REPEAT = 15  # runs of each measurement, the best taken
RUN_TIMEOUT = 900.0  # seconds for each measurement in a fresh interpreter, generous for a busy machine
Row = tuple[str, str, str]

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


try:  # msgspec is a comparison only: without it, its rows say so
    from msgspec import Struct
except Exception:
    Struct = object  # type: ignore[assignment,misc]


# msgspec structs of the same shapes, for comparison (int64 strings read as int with strict=False).
class MUsd(Struct):
    val: int = 0


class MProcessor(Struct):
    kind: str = "UNKNOWN"
    externalParty: str = ""
    externalInvoiceId: str = ""


class MChange(Struct):
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


class MBalance(Struct):
    changes: list[MChange] = []
    total: MUsd | None = None


class MLine(Struct):
    clusterName: str = ""
    description: str = ""
    unitType: str = ""
    unitPrice: int = 0
    numUnits: int = 0
    amount: int = 0


class MAttempt(Struct):
    ticket: int = 0
    successful: bool = False
    paymentMethodId: str = ""


class MCycle(Struct):
    year: int = 0
    month: int = 0


class MMonthly(Struct):
    billingCycle: MCycle | None = None
    defaultCreditsIssued: MUsd | None = None
    autoCreditsIssued: MUsd | None = None
    prepaidTokensToSpend: MUsd | None = None


class MInvoice(Struct):
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


class MInvoices(Struct):
    invoices: list[MInvoice] = []


class MPoint(Struct):
    timestamp: str | None = None
    values: list[float] = []


class MSeries(Struct):
    group: list[str] = []
    groupLabels: list[str] = []
    dataPoints: list[MPoint] = []


class MUsage(Struct):
    timeSeries: list[MSeries] = []
    limitReached: bool = False


STRUCTS = [MBalance, MInvoices, MUsage]  # of CASES, in turn


def best(runs: dict[str, Callable[[], object]], repeat: int | None = None, collector: bool = True) -> dict[str, float]:
    """The best time of each run, the runs interleaved so that a drift of the machine's speed hits all alike;
    with the garbage collector on (as a program has it) or off (the code's own cost, as timeit measures)."""
    times: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(REPEAT if repeat is None else repeat):
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
    run = lambda: subprocess.run(command, capture_output=True, text=True, check=True, env=env, timeout=RUN_TIMEOUT)  # noqa: E731
    run()  # compiles into the scratch cache
    samples = [float(run().stdout) for _ in range(runs)]
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


def loopback_port(server: subprocess.Popen[str]) -> int:
    """The port FAST_SERVER printed once listening."""
    assert server.stdout is not None
    line = server.stdout.readline().strip()
    if not line.isdigit():
        raise RuntimeError(f"the loopback server did not start (exit status {server.wait(timeout=10)})")
    return int(line)


def fan_out(requests: int = 1000) -> tuple[float, float]:
    """Seconds for an unbounded asyncio.gather of `requests` GETs: raw httpx.AsyncClient, then AsyncClient."""
    import asyncio

    import httpx

    import xai_billing

    server = subprocess.Popen([sys.executable, "-c", FAST_SERVER], stdout=subprocess.PIPE, text=True)
    try:
        base = f"http://127.0.0.1:{loopback_port(server)}"

        async def run() -> tuple[float, float]:
            async with httpx.AsyncClient(timeout=120) as raw:
                started = time.perf_counter()
                await asyncio.gather(*(raw.get(f"{base}/v1/billing/teams/t/billing-info") for _ in range(requests)))
                raw_time = time.perf_counter() - started
            async with xai_billing.AsyncClient(api_key="k", team_id="t", base_url=base) as client:
                started = time.perf_counter()
                await asyncio.gather(*(client.get_billing_info() for _ in range(requests)))
                return raw_time, time.perf_counter() - started

        return asyncio.run(asyncio.wait_for(run(), RUN_TIMEOUT))
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
        loopback = f"http://127.0.0.1:{loopback_port(server)}"
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
    run = lambda: subprocess.run(command, capture_output=True, text=True, check=True, env=env, timeout=RUN_TIMEOUT)  # noqa: E731
    run()  # compiles into the scratch cache
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        run()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


CASES: list[tuple[str, Callable[[], dict[str, Any]], Any]] = [
    ("prepaid balance of 10,000 changes", balance_payload, GetPrepaidBalanceResponse),
    ("500 invoices of 20 lines", invoices_payload, ListInvoicesResponse),
    ("usage of 100,000 data points", usage_payload, GetUsageResponse),
]


def not_measured(exc: BaseException) -> str:
    """A row's ratio for a figure that could not be measured: why, on one line."""
    if isinstance(exc, subprocess.TimeoutExpired):
        return f"not measured: timed out after {exc.timeout:.0f} s"
    if isinstance(exc, ModuleNotFoundError):
        return f"not measured: {exc.name} is not installed"
    if isinstance(exc, subprocess.CalledProcessError):
        lines = (exc.stderr or "").strip().splitlines() or [f"exit status {exc.returncode}"]
        return f"not measured: {lines[-1][:160]}"
    return f"not measured: {type(exc).__name__}: {str(exc).splitlines()[0][:160] if str(exc) else ''}".rstrip(": ")


def comparisons(index: int, raw: bytes) -> dict[str, Callable[[], object]]:
    """The other libraries' parse of CASES[index]'s payload: each a run, or the exception that stopped it."""
    runs: dict[str, Any] = {}
    try:
        # The strict pydantic models of the contract tests, which datamodel-code-generator writes into build/.
        sys.path.insert(0, str(ROOT / "tests"))
        from contract import strict_models

        model = getattr(strict_models(), CASES[index][2].__name__)
        runs["pydantic"] = lambda: model.model_validate_json(raw)
    except Exception as exc:
        runs["pydantic"] = exc
    try:
        import msgspec

        struct = STRUCTS[index]
        runs["msgspec"] = lambda: msgspec.json.decode(raw, type=struct, strict=False)
    except Exception as exc:
        runs["msgspec"] = exc
    return runs


LAYOUTS = {"compact": None, "indented": 2}


def case_rows(index: int, part: str) -> list[Row]:
    """The rows of one payload: its parse in one layout ("compact" or "indented"), or its to_dict(). A
    comparison library that is missing or fails is a row saying so."""
    name, make_payload, model = CASES[index]
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
    for other, run in comparisons(index, raw).items():
        try:
            if isinstance(run, BaseException):
                raise run
            r[other] = ratios({"json.loads": loads, other: run}, "json.loads")[other]
        except Exception as exc:
            r[other] = not_measured(exc)
    return [
        (f"parse {name}, {part} ({len(raw) / 1e6:.1f} MB)", f"json.loads {r['json.loads']}", r["ours"]),
        ("  strict pydantic models (model_validate_json)", "", r["pydantic"]),
        ("  msgspec structs (decode)", "", r["msgspec"]),
    ]


class Table:
    """The rows measured so far; a figure that raises is a row saying why, and the next one is measured."""

    def __init__(self) -> None:
        self.rows: list[Row] = []
        self.missing = False  # one of this client's own figures could not be measured

    def measure(self, figure: str, rows: Callable[[], list[Row]]) -> None:
        try:
            self.rows += rows()
        except Exception as exc:
            self.rows.append((figure, "", not_measured(exc)))
            self.missing = True

    def print(self) -> None:
        width = max(len(r[0]) for r in self.rows)
        base = max(len(r[1]) for r in self.rows)
        print("ratios to a baseline of the same run; in brackets, with the garbage collector off")
        print(f"{'figure':<{width}}  {'baseline, same run':<{base}}  ratio")
        for figure, baseline_text, ratio in self.rows:
            print(f"{figure:<{width}}  {baseline_text:<{base}}  {ratio}")


def fresh_case(index: int, part: str) -> list[Row]:
    # Each in a fresh interpreter: what one measurement leaves behind (a larger, fragmented heap) slowed the
    # next one's parse by up to 20%.
    case = [sys.executable, __file__, "--case", str(index), part]
    done = subprocess.run(case, capture_output=True, text=True, check=True, timeout=RUN_TIMEOUT)
    return [(str(a), str(b), str(c)) for a, b, c in json.loads(done.stdout)]


def import_rows(pycache: str) -> list[Row]:
    httpx_import = import_time("httpx", pycache)
    ours_import = import_time("xai_billing", pycache)
    return [("import xai_billing", f"import httpx {httpx_import * 1000:.1f} ms", f"{ours_import / httpx_import:.2f}x")]


def startup_rows(pycache: str) -> list[Row]:
    python = [sys.executable, "-c", "import httpx"]
    script = str(Path(sys.executable).parent / "xai-billing")
    startup = {
        "python -c 'import httpx'": python,
        "xai-billing --help": [script, "--help"],
        "xai-billing top-up --help": [script, "top-up", "--help"],
    }
    walls = {name: wall_time(command, pycache) for name, command in startup.items()}
    base_name = "python -c 'import httpx'"
    return [
        (
            name,
            f"{base_name} {walls[base_name] * 1000:.0f} ms",
            f"{walls[name] / walls[base_name]:.2f}x ({walls[name] * 1000:.0f} ms)",
        )
        for name in ("xai-billing --help", "xai-billing top-up --help")
    ]


def per_call_rows() -> list[Row]:
    return [
        (f"a call (get_billing_info), over {name}", f"httpx + json.loads {raw * 1e6:.0f} µs", f"{ours / raw:.2f}x")
        for name, (raw, ours) in per_call().items()
    ]


def fan_out_rows() -> list[Row]:
    raw_gather, our_gather = fan_out()
    return [
        (
            "unbounded gather of 1,000 GETs, AsyncClient",
            f"raw httpx.AsyncClient {raw_gather:.1f} s",
            f"{raw_gather / our_gather:.1f}x faster ({our_gather:.1f} s)",
        )
    ]


def generate_rows() -> list[Row]:
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, str(ROOT / "generator" / "generate.py"), "--out", str(Path(tmp) / "g")],
            check=True,
            capture_output=True,
            text=True,
            timeout=RUN_TIMEOUT,
        )
        return [("make generate (generate.py)", "", f"{time.perf_counter() - started:.1f} s")]


def main(pycache: str) -> int:
    table = Table()
    try:
        for index, (name, _, _) in enumerate(CASES):
            for part in (*LAYOUTS, "to_dict"):
                figure = f"to_dict() {name}" if part == "to_dict" else f"parse {name}, {part}"
                table.measure(figure, lambda index=index, part=part: fresh_case(index, part))
        table.measure("import xai_billing", lambda: import_rows(pycache))
        table.measure("xai-billing --help", lambda: startup_rows(pycache))
        table.measure("a call (get_billing_info)", per_call_rows)
        table.measure("unbounded gather of 1,000 GETs, AsyncClient", fan_out_rows)
        table.measure("make generate (generate.py)", generate_rows)
    finally:  # an interrupt too prints what was measured
        if table.rows:
            table.print()
    return 1 if table.missing else 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--case"]:
        print(json.dumps(case_rows(int(sys.argv[2]), sys.argv[3])))
    else:
        # Fresh interpreters load compiled bytecode, as they do once pip has installed a package: whatever
        # PYTHONDONTWRITEBYTECODE says, each module is compiled once into this scratch cache, before the timed runs.
        scratch = tempfile.mkdtemp(prefix="xai-billing-bench-pycache-")
        try:
            status = main(scratch)
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
        sys.exit(status)
