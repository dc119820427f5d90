# generated from spec/openapi.yaml by make generate — do not edit; source: generator/runtime/fake/__main__.py
"""``python -m xai_billing.fake``: serve the local billing API on loopback until Ctrl-C or SIGTERM."""

from __future__ import annotations

import argparse
import os
import signal
import sys
from types import FrameType

from ._api import FakeBillingAPI
from ._options import add_arguments, build_parser, parse_fault

__all__ = ["add_arguments", "build_parser", "main", "parse_fault", "serve"]  # the first three live in _options


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
