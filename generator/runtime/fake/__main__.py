"""``python -m xai_billing.fake``: serve the local billing API on loopback until Ctrl-C or SIGTERM."""

from __future__ import annotations

import argparse
import math
import os
import signal
import sys
from collections.abc import Callable
from types import FrameType
from typing import Any

from ._api import FAULT_KINDS, FakeBillingAPI
from ._reply import DEFAULT_MAX_CONNECTIONS, DEFAULT_TIMEOUT


def parse_fault(text: str) -> dict[str, Any]:
    """KIND[:TIMES][@OPERATION], such as ``rate-limit:3``, ``drop@topUpPrepaidCredit``, ``server-error``."""
    kind, _, operation = text.partition("@")
    kind, _, times = kind.partition(":")
    if kind not in FAULT_KINDS:
        raise argparse.ArgumentTypeError(f"unknown fault {kind!r}; the faults are {', '.join(FAULT_KINDS)}")
    if times and not times.isdigit():
        raise argparse.ArgumentTypeError(f"{text!r}: TIMES must be a whole number")
    return {"kind": kind, "times": int(times) if times else None, "operation": operation or None}


def _positive(kind: type[float] | type[int]) -> Callable[[str], float]:
    def parse(text: str) -> float:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
        if not 0 < value < math.inf:
            raise argparse.ArgumentTypeError(f"{text!r}: it must be a finite number more than 0")
        return value

    return parse


def build_parser(prog: str = "python -m xai_billing.fake") -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=prog, description="Serve the local billing API on loopback.")
    add_arguments(parser)
    return parser


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default: a free one)")
    parser.add_argument("--key", help="the management key to accept (default: $XAI_MANAGEMENT_KEY, else made up)")
    parser.add_argument("--pending-top-ups", action="store_true", help="keep top-ups pending (TO_CHARGE)")
    parser.add_argument("--latency", type=float, default=0.0, help="seconds added to every answer")
    parser.add_argument(
        "--fault",
        type=parse_fault,
        action="append",
        default=[],
        metavar="KIND[:TIMES][@OPERATION]",
        help=f"inject a fault ({', '.join(FAULT_KINDS)}); every time unless :TIMES",
    )
    parser.add_argument("--retry-after", type=float, default=1.0, help="Retry-After of a rate-limit fault, seconds")
    parser.add_argument("--status", type=int, default=503, help="status of a server-error fault")
    parser.add_argument("--quiet", action="store_true", help="do not print a line per request")
    parser.add_argument(
        "--timeout",
        type=_positive(float),
        default=DEFAULT_TIMEOUT,
        help=f"seconds a connection may be silent, or take to send a request, before it is closed "
        f"(default {DEFAULT_TIMEOUT:g})",
    )
    parser.add_argument(
        "--max-connections",
        type=_positive(int),
        default=DEFAULT_MAX_CONNECTIONS,
        help=f"connections served at once; more wait their turn (default {DEFAULT_MAX_CONNECTIONS})",
    )


def serve(args: argparse.Namespace) -> int:
    key = args.key or os.environ.get("XAI_MANAGEMENT_KEY") or None
    api = FakeBillingAPI(key=key, pending_top_ups=args.pending_top_ups, latency=args.latency)
    for fault in args.fault:
        api.inject(**fault, seconds=args.retry_after, status=args.status)
    server = api.serve(port=args.port, log=not args.quiet, timeout=args.timeout, max_connections=args.max_connections)

    def stop(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    made_up = "" if key else " (made up: pass --key or set XAI_MANAGEMENT_KEY to choose it)"
    print(f"xai-billing local API on {server.url}", flush=True)
    print(f"  XAI_MANAGEMENT_BASE_URL={server.url}", flush=True)
    print(f"  XAI_MANAGEMENT_KEY={api.key}{made_up}", flush=True)
    print("Ctrl-C stops it.", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print("stopped", file=sys.stderr, flush=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    return serve(build_parser().parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
