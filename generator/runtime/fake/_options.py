"""The local billing API's command line, described once for ``python -m xai_billing.fake`` (argparse) and
``xai-billing fake`` (click): its options and their defaults. Imports nothing of the local API itself, so
that the xai-billing tool can show them without loading the request checks (jsonschema)."""

from __future__ import annotations

import argparse
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

# Served on loopback (FakeServer): seconds a connection may stay silent or take to send a request, longer than
# httpx's 5 s keep-alive expiry so that the server does not close a pooled connection as its client reuses it;
# and connections served at once, above httpx's default pool of 100.
DEFAULT_TIMEOUT = 10.0
DEFAULT_MAX_CONNECTIONS = 256
FAULT_KINDS = ("latency", "rate-limit", "server-error", "drop", "charge-then-fail")


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


@dataclass(frozen=True)
class Option:
    """An option of the local API's command line, described once for argparse (``python -m xai_billing.fake``)
    and for click (``xai-billing fake``)."""

    name: str  # the flag, --name; its dest is the name with _ for -
    help: str
    type: Callable[[str], Any] | None = None  # None: a flag (store_true)
    default: Any = None
    metavar: str | None = None
    repeated: bool = False  # may be given more than once (append)

    @property
    def dest(self) -> str:
        return self.name.replace("-", "_")


OPTIONS = (
    Option("port", "Port on 127.0.0.1 (default: a free one).", int, 0, "PORT"),
    Option("key", "The management key to accept (default: $XAI_MANAGEMENT_KEY, else made up).", str, None, "KEY"),
    Option("pending-top-ups", "Keep top-ups pending (TO_CHARGE) instead of completing them at once."),
    Option("latency", "Seconds added to every answer.", float, 0.0, "SECONDS"),
    Option(
        "fault",
        f"Inject a fault ({', '.join(FAULT_KINDS)}); every time unless :TIMES, on any operation unless @OPERATION.",
        parse_fault,
        (),
        "KIND[:TIMES][@OPERATION]",
        repeated=True,
    ),
    Option("retry-after", "Retry-After of a rate-limit fault, in seconds.", float, 1.0, "SECONDS"),
    Option("status", "HTTP status of a server-error fault.", int, 503, "STATUS"),
    Option("quiet", "Do not print a line per request."),
    Option(
        "timeout",
        f"Seconds a connection may be silent, or take to send a request, before it is closed "
        f"(default {DEFAULT_TIMEOUT:g}).",
        _positive(float),
        DEFAULT_TIMEOUT,
        "SECONDS",
    ),
    Option(
        "max-connections",
        f"Connections served at once; more wait their turn (default {DEFAULT_MAX_CONNECTIONS}).",
        _positive(int),
        DEFAULT_MAX_CONNECTIONS,
        "N",
    ),
)
DESCRIPTION = "Serve the local billing API on loopback (127.0.0.1) until Ctrl-C or SIGTERM."


def build_parser(prog: str = "python -m xai_billing.fake") -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=prog, description=DESCRIPTION)
    add_arguments(parser)
    return parser


def add_arguments(parser: argparse.ArgumentParser) -> None:
    for option in OPTIONS:
        if option.type is None:
            parser.add_argument(f"--{option.name}", action="store_true", help=option.help)
        else:
            parser.add_argument(
                f"--{option.name}",
                type=option.type,
                default=list(option.default) if option.repeated else option.default,
                action="append" if option.repeated else "store",
                metavar=option.metavar,
                help=option.help,
            )
