# generated from spec/openapi.yaml by make generate — do not edit; source: generator/runtime/cli/_record.py
"""``xai-billing record``: the read-only operations of an API, written as recordings the contract tests read.

It never calls a setter or the top-up (only operations the spec marks read-only). What it writes is
scrubbed: no Authorization header is kept, and team IDs, names, emails, addresses, tax numbers, card and
bank digits and payment-method IDs are replaced by placeholders that stay the same for the same value.
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import xai_billing

EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
SAFE_EMAIL_DOMAINS = ("example.com", "example.org", "example.net")  # RFC 2606: never anyone's


def default_arguments(operation_id: str) -> dict[str, Any]:
    """What a read takes when recorded: everything, or (for usage) the last seven days by day and model."""
    if operation_id != "getUsage":
        return {}
    today = datetime.datetime.now(datetime.UTC).date()
    return {
        "analytics_request": {
            "timeRange": {
                "startTime": f"{today - datetime.timedelta(days=7)} 00:00:00",
                "endTime": f"{today} 00:00:00",
                "timezone": "Etc/GMT",
            },
            "timeUnit": "TIME_UNIT_DAY",
            "values": [{"name": "usd", "aggregation": "AGGREGATION_SUM"}],
            "groupBy": ["description"],
        }
    }


class Scrubber:
    """Replaces what identifies a customer with stable placeholders (the same value, the same placeholder)."""

    def __init__(self) -> None:
        self.seen: dict[tuple[str, str], str] = {}
        self.team_ids: dict[str, str] = {}

    def _stable(self, kind: str, value: str, make: Callable[[int], str]) -> str:
        key = (kind, value)
        if key not in self.seen:
            self.seen[key] = make(sum(1 for k in self.seen if k[0] == kind) + 1)
        return self.seen[key]

    def team(self, team_id: str) -> str:
        placeholder = self._stable("team", team_id, lambda n: f"00000000-0000-4000-8000-{n:012d}")
        self.team_ids[team_id] = placeholder
        return placeholder

    def scrub(self, node: Any, key: str = "") -> Any:
        if isinstance(node, dict):
            return {k: self.scrub(v, k) for k, v in node.items()}
        if isinstance(node, list):
            return [self.scrub(v, key) for v in node]
        if not isinstance(node, str) or node == "":
            return node
        rule = FIELDS.get(key)
        if rule is not None:
            return self._stable(key, node, rule)
        if key == "teamId":
            return self.team(node)
        for real, placeholder in self.team_ids.items():
            node = node.replace(real, placeholder)
        return EMAIL.sub(lambda m: m.group(0) if _safe(m.group(0)) else self._stable("email", m.group(0), _email), node)


def _email(n: int) -> str:
    return f"person{n}@example.com"


def _safe(email: str) -> bool:
    return email.lower().rsplit("@", 1)[-1] in SAFE_EMAIL_DOMAINS


# Members whose every value identifies someone: member name -> placeholder maker.
FIELDS: dict[str, Callable[[int], str]] = {
    "name": lambda n: f"Customer {n}",
    "email": _email,
    "line1": lambda n: f"{n} Example Street",
    "line2": lambda n: f"Unit {n}",
    "city": lambda n: "Example City",
    "postalCode": lambda n: f"{n:05d}",
    "state": lambda n: "Example State",
    "taxNumber": lambda n: f"00-{n:07d}",
    "last4": lambda n: f"{n:04d}",
    "routingNumber": lambda n: f"{n:09d}",
    "paymentMethodId": lambda n: f"pm_placeholder_{n}",
    "achMicrodepositHostedVerificationUrl": lambda n: f"https://example.com/verify/{n}",
}


def record_all(
    client: xai_billing.Client, out: str, operations: list[dict[str, Any]], progress: Callable[[str], None]
) -> list[str]:
    """Call each read-only operation once and write ``out/<operationId>/recorded.json``; returns the paths."""
    scrubber = Scrubber()
    team = client.resolve_team_id(None)
    placeholder = scrubber.team(team)
    written = []
    stamp = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d")
    for i, operation in enumerate(operations, 1):
        if not operation["read_only"]:
            raise ValueError(f"{operation['operation_id']} is not read-only: the recorder never calls it")
        kwargs = default_arguments(operation["operation_id"])
        progress(f"[{i}/{len(operations)}] {operation['command']}: {operation['http']}")
        try:
            response = getattr(client.with_raw_response, operation["method"])(**kwargs)
        except xai_billing.XAIBillingError as exc:
            progress(f"    skipped: {str(exc).splitlines()[0]}")
            continue
        method, path = operation["http"].split(" ", 1)
        request: dict[str, Any] = {"method": method, "path": path.replace("{team_id}", placeholder)}
        body = {
            a["wire"]: kwargs[a["name"]] for a in operation["arguments"] if a["in"] == "body" and a["name"] in kwargs
        }
        if body:
            request["body"] = body
        recording = {
            "source": f"recorded from {client.base_url.host} by xai-billing record on {stamp}, scrubbed",
            "operationId": operation["operation_id"],
            "request": request,
            "response": {"status": response.status_code, "body": scrubber.scrub(json.loads(response.content))},
        }
        target = Path(out) / operation["operation_id"] / "recorded.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(recording, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        written.append(str(target))
        progress(f"    {response.status_code}, {len(response.content):,} bytes -> {target}")
    return written
