# generated from spec/openapi.yaml by make generate — do not edit; source: generator/runtime/fake/_api.py
"""The local billing API: routing from the spec, request checks, per-team state, the operations, faults.

Everything here speaks the wire (bytes in, bytes out), so that the in-process transport and the
loopback server are two thin adapters over one ``FakeBillingAPI.handle``.
"""

from __future__ import annotations

import collections
import datetime
import hashlib
import json
import re
import secrets
import threading
import time
import uuid
import zoneinfo
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, unquote_to_bytes

import httpx
import jsonschema
import referencing
import referencing.jsonschema

from .._config import DEFAULT_MAX_RETRIES
from .._wire import write_timestamp
from ..client import AsyncClient, Client
from ._options import DEFAULT_MAX_CONNECTIONS, DEFAULT_TIMEOUT, FAULT_KINDS
from ._reply import MAX_BODY, REQUEST_ID_HEADER, ApiError, Reply, new_request_id
from ._seed import invoice_number, prepaid_invoice, seed_team

if TYPE_CHECKING:
    from ._server import FakeServer

JsonObject = dict[str, Any]  # a JSON object as json.loads gives it: what the operations take and answer
FAKE_BASE_URL = "http://billing.fake"
DEFAULT_TEAM = "65c1e471-205f-4566-9c5a-07198bcdf4ce"
INVALID_KEY = "Invalid bearer token. Please ensure you use a valid management key."
MAX_TEAM_ID = 256  # characters of a team ID (the API's are UUIDs, 36)
MAX_CHANGES = 10_000  # balance changes kept per team, the latest (the total still counts every one)
DEFAULT_MAX_TEAMS = 1000  # teams kept; the least recently used is forgotten beyond it
DEFAULT_MAX_RECORDED_REQUESTS = 100_000  # entries of FakeBillingAPI.requests, the latest kept
MAX_BUCKETS = 10_000  # a usage query's buckets per series


def load_spec() -> dict[str, Any]:
    """The OpenAPI document the package was generated from (spec/openapi.yaml, as JSON)."""
    text = resources.files("xai_billing").joinpath("openapi.json").read_text(encoding="utf-8")
    spec: dict[str, Any] = json.loads(text)
    return spec


@dataclass
class Fault:
    """A failure to inject: on the next ``times`` requests (None: every one) of ``operation`` (None: any)."""

    kind: str
    times: int | None = 1
    operation: str | None = None  # charge-then-fail: only operations the spec says are not idempotent
    seconds: float = 1.0  # the added latency, or the Retry-After of a rate-limit
    status: int = 503  # the status of a server-error

    def __post_init__(self) -> None:
        if self.kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault {self.kind!r}; the faults are {', '.join(FAULT_KINDS)}")


@dataclass
class Route:
    operation_id: str
    method: str
    pattern: re.Pattern[str]
    operation: dict[str, Any]
    parameters: list[dict[str, Any]]


class FakeBillingAPI:
    """The eleven billing operations over state kept per team for the life of the object.

    What it keeps is bounded, so that it can be left running: the state of at most ``max_teams`` teams
    (the least recently used one is forgotten beyond it, and starts again from the seed data if it comes
    back), the latest 10,000 balance changes of a team (MAX_CHANGES; its total counts every one), and the
    latest ``max_recorded_requests`` entries of ``requests``. A team ID is checked after
    percent-decoding: one that cannot name a team (not UTF-8, empty, longer than 256 characters, ``.`` or
    ``..``, holding ``/`` or a character that is not printable, such as NUL or another control
    character) gets 404 NOT_FOUND without being kept or echoed, as an ID no team has would.

    Args:
        key: The management key it accepts; made up (and shown as ``.key``) if not given.
        pending_top_ups: Keep a top-up pending (TO_CHARGE) instead of completing it at once; a second
            top-up then returns the pending change, as the real TopUpOrGetExistingPendingChange does.
        latency: Seconds added to every answer.
        spec: The OpenAPI document to serve (the package's own by default).
        max_teams: Teams whose state is kept (1,000 by default).
        max_recorded_requests: Entries kept in ``requests`` (100,000 by default).
    """

    def __init__(
        self,
        *,
        key: str | None = None,
        pending_top_ups: bool = False,
        latency: float = 0.0,
        spec: dict[str, Any] | None = None,
        max_teams: int = DEFAULT_MAX_TEAMS,
        max_recorded_requests: int = DEFAULT_MAX_RECORDED_REQUESTS,
    ) -> None:
        if max_teams < 1:
            raise ValueError(f"max_teams must be at least 1, not {max_teams!r}")
        self.key = key or f"xai-fake-{secrets.token_hex(12)}"
        self.pending_top_ups = pending_top_ups
        self.latency = latency
        self.spec = spec if spec is not None else load_spec()
        self.max_teams = max_teams
        self.teams: collections.OrderedDict[str, dict[str, Any]] = collections.OrderedDict()  # least recent first
        self.postpaid_teams: set[str] = set()
        self.faults: list[Fault] = []
        # (operationId, team ID) of the latest requests that were routed and authenticated
        self.requests: collections.deque[tuple[str, str]] = collections.deque(maxlen=max_recorded_requests)
        self._lock = threading.RLock()
        self._routes = list(_routes(self.spec))
        self._registry = referencing.Registry().with_resource(
            "urn:spec",
            referencing.Resource.from_contents(self.spec, default_specification=referencing.jsonschema.DRAFT202012),
        )
        # An operation's handler is the method named for it (getPrepaidBalance: _answer_get_prepaid_balance); one
        # without answers with its example (a new operation of the spec).
        self._handlers: dict[str, Callable[[str, JsonObject, JsonObject], JsonObject]] = {
            route.operation_id: handler
            for route in self._routes
            if (handler := getattr(self, "_answer_" + _snake(route.operation_id), None)) is not None
        }

    # -- in-process use --------------------------------------------------------------------------------

    @property
    def transport(self) -> httpx.MockTransport:
        """An httpx transport that answers from this API in-process (for httpx.Client and httpx.AsyncClient)."""

        def handler(request: httpx.Request) -> httpx.Response:
            reply = self.handle(request.method, request.url.raw_path.decode("ascii"), request.headers, request.read())
            if reply.drop:
                raise httpx.RemoteProtocolError(
                    "the local billing API dropped the connection (a fault)", request=request
                )
            headers = {"Content-Type": "application/json", **reply.headers}
            return httpx.Response(reply.status, content=reply.content(), headers=headers)

        return httpx.MockTransport(handler)

    def client(self, *, team_id: str = DEFAULT_TEAM, max_retries: int = DEFAULT_MAX_RETRIES, **kwargs: Any) -> Client:
        """A ``Client`` of this API in-process: its key, a team, and any other ``Client`` argument."""
        http = httpx.Client(transport=self.transport)
        return Client(
            api_key=self.key,
            team_id=team_id,
            base_url=FAKE_BASE_URL,
            max_retries=max_retries,
            http_client=http,
            **kwargs,
        )

    def async_client(
        self, *, team_id: str = DEFAULT_TEAM, max_retries: int = DEFAULT_MAX_RETRIES, **kwargs: Any
    ) -> AsyncClient:
        """An ``AsyncClient`` of this API in-process: its key, a team, and any other ``AsyncClient`` argument."""
        http = httpx.AsyncClient(transport=self.transport)
        return AsyncClient(
            api_key=self.key,
            team_id=team_id,
            base_url=FAKE_BASE_URL,
            max_retries=max_retries,
            http_client=http,
            **kwargs,
        )

    def serve(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        log: bool = False,
        timeout: float = DEFAULT_TIMEOUT,
        max_connections: int = DEFAULT_MAX_CONNECTIONS,
    ) -> FakeServer[FakeBillingAPI]:
        """This API on a loopback port, not yet started: ``with api.serve() as server: ... server.url``.

        A connection silent for ``timeout`` seconds, or whose request takes longer to arrive whole, is
        closed; at most ``max_connections`` are served at once (see ``FakeServer``).
        """
        from ._server import FakeServer

        return FakeServer(self, host=host, port=port, log=log, timeout=timeout, max_connections=max_connections)

    # -- control, for tests and the command line ------------------------------------------------------

    def inject(
        self,
        kind: str,
        *,
        times: int | None = 1,
        operation: str | None = None,
        seconds: float = 1.0,
        status: int = 503,
    ) -> Fault:
        """Fail requests on demand: ``latency`` (add ``seconds``), ``rate-limit`` (429 with Retry-After
        ``seconds``), ``server-error`` (``status``), ``drop`` (close the connection without an answer),
        ``charge-then-fail`` (a top-up that charges, then drops the connection)."""
        fault = Fault(kind, times, operation, seconds, status)
        with self._lock:
            self.faults.append(fault)
        return fault

    def clear_faults(self) -> None:
        with self._lock:
            self.faults.clear()

    def team(self, team_id: str) -> dict[str, Any]:
        """The state of a team (created from the seed data on first use), to read or change in a test.

        Beyond ``max_teams`` teams the least recently used one is forgotten.
        """
        with self._lock:
            team = self.teams.get(team_id)
            if team is not None:
                self.teams.move_to_end(team_id)
                return team
            team = self.teams[team_id] = seed_team(team_id)
            while len(self.teams) > self.max_teams:
                self.teams.popitem(last=False)
            return team

    def make_postpaid(self, team_id: str) -> None:
        """A postpaid team: its prepaid balance answers 404, as the real API does. (A team whose ID starts
        with "postpaid" is one from the start, so that a served fake has one to try.)"""
        with self._lock:
            self.postpaid_teams.add(team_id)

    # -- the wire ---------------------------------------------------------------------------------------

    def handle(self, method: str, target: str, headers: Mapping[str, str], body: bytes) -> Reply:
        """Answer one HTTP request; ``target`` is the path with its query string. Every answer carries a
        request ID (REQUEST_ID_HEADER), errors too."""
        try:
            reply = self._handle(method.upper(), target, {k.lower(): v for k, v in headers.items()}, body)
        except ApiError as exc:
            reply = exc.reply
        reply.headers.setdefault(REQUEST_ID_HEADER, new_request_id())
        return reply

    def _handle(self, method: str, target: str, headers: dict[str, str], body: bytes) -> Reply:
        path, _, query_string = target.partition("?")
        route, segment = self._route(method, path)
        if headers.get("authorization", "") != f"Bearer {self.key}":
            raise ApiError(401, INVALID_KEY)
        team_id = _team_id(segment)
        if team_id is None:  # not echoed: it may hold anything
            raise ApiError(404, "No team has this ID (a team ID is printable text without '/').")
        with self._lock:
            self.requests.append((route.operation_id, team_id))
            fault = self._take_fault(route)
        if self.latency:
            time.sleep(self.latency)
        if fault is not None and fault.kind != "charge-then-fail":
            return _fault_reply(fault)
        query = self._check_query(route, query_string)
        payload = self._check_body(route, headers, body)
        handler = self._handlers.get(route.operation_id)
        with self._lock:
            answer = self._example(route) if handler is None else handler(team_id, query, payload)
        if fault is not None:  # charge-then-fail: the top-up happened
            return Reply(drop=True)
        return Reply(200, answer)

    def _route(self, method: str, path: str) -> tuple[Route, str]:
        """The route of a request and its team_id path segment, still percent-encoded."""
        allowed = []
        for route in self._routes:
            match = route.pattern.fullmatch(path)
            if match:
                allowed.append(route.method)
                if route.method == method:
                    return route, match.group("team_id")
        if allowed:
            raise ApiError(405, f"Method {method} Not Allowed", headers={"Allow": ", ".join(allowed)})
        raise ApiError(404, "Not Found")

    def _take_fault(self, route: Route) -> Fault | None:
        for fault in self.faults:
            if fault.operation not in (None, route.operation_id):
                continue
            if fault.kind == "charge-then-fail" and route.operation.get("x-idempotent") is not False:
                continue  # it does the work, then fails: for a call that is never sent twice (a top-up)
            if fault.times is not None:
                fault.times -= 1
                if fault.times <= 0:
                    self.faults.remove(fault)
            if fault.kind == "latency":
                time.sleep(fault.seconds)
                continue
            return fault
        return None

    def _check_query(self, route: Route, query_string: str) -> dict[str, Any]:
        given: dict[str, list[str]] = {}
        for pair in filter(None, query_string.split("&")):
            key, _, text = pair.partition("=")
            given.setdefault(unquote(key.replace("+", " ")), []).append(unquote(text.replace("+", " ")))
        query: dict[str, Any] = {}
        for parameter in route.parameters:
            if parameter["in"] != "query" or parameter["name"] not in given:
                continue
            name, schema, values = parameter["name"], parameter["schema"], given[parameter["name"]]
            if schema.get("type") == "array":
                value: Any = values
            elif len(values) > 1:
                raise ApiError(400, f"query parameter {name} is given {len(values)} times; it takes one value")
            elif schema.get("type") == "integer":
                if not re.fullmatch(r"-?[0-9]+", values[0]):
                    raise ApiError(400, f"query parameter {name}: {values[0]!r} is not an integer")
                value = int(values[0])
            else:
                value = values[0]
            self._validate(schema, value, f"query parameter {name}")
            query[name] = value
        return query

    def _check_body(self, route: Route, headers: dict[str, str], body: bytes) -> dict[str, Any]:
        request_body = route.operation.get("requestBody")
        if request_body is None:
            return {}
        if len(body) > MAX_BODY:
            raise ApiError(413, f"the request body is larger than {MAX_BODY} bytes")
        media = headers.get("content-type", "").split(";")[0].strip().lower()
        if media != "application/json":
            raise ApiError(400, f"the request body must be application/json, not {media or 'missing'}")
        try:
            payload = json.loads(body)
        except (ValueError, RecursionError) as exc:
            raise ApiError(400, f"the request body is not JSON: {exc}") from None
        schema = request_body["content"]["application/json"]["schema"]
        self._validate(schema, payload, "request body")
        return dict(payload)

    def _validate(self, schema: dict[str, Any], value: Any, where: str) -> None:
        if "$ref" in schema:
            schema = {"$ref": "urn:spec" + schema["$ref"]}
        validator = jsonschema.Draft202012Validator(schema, registry=self._registry, format_checker=FORMATS)
        error = jsonschema.exceptions.best_match(validator.iter_errors(value))
        if error is not None:
            at = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
            raise ApiError(400, f"invalid {where}{' at ' + at.lstrip('.') if at else ''}: {error.message}")

    def _example(self, route: Route) -> Any:
        """An operation this fake has no code for answers with the example of its 200 response."""
        content = route.operation["responses"]["200"].get("content", {}).get("application/json", {})
        if "example" in content:
            return content["example"]
        examples = list(content.get("examples", {}).values())
        return examples[0]["value"] if examples else {}

    # -- the operations (wire JSON in and out; called under the lock) ------------------------------------

    def _answer_get_billing_info(self, team_id: str, query: JsonObject, body: JsonObject) -> JsonObject:
        return {"billingInfo": self.team(team_id)["billingInfo"]}

    def _answer_set_billing_info(self, team_id: str, query: JsonObject, body: JsonObject) -> JsonObject:
        self.team(team_id)["billingInfo"] = body["billingInfo"]
        return {}

    def _answer_list_invoices(self, team_id: str, query: JsonObject, body: JsonObject) -> JsonObject:
        invoices = self.team(team_id)["invoices"]
        filters = {name.split(".")[0] for name in query}
        if len(filters) > 1:
            raise ApiError(400, f"the filters {', '.join(sorted(filters))} are a oneof: give at most one")
        if "invoiceIds" in filters:
            wanted = set(query["invoiceIds.invoiceIds"])
            return {"invoices": [i for i in invoices if i["invoiceId"] in wanted]}
        for prefix in ("billingCycle", "since"):
            if prefix in filters:
                cycle = (query.get(f"{prefix}.year", 0), query.get(f"{prefix}.month", 0))

                def matches(invoice: dict[str, Any], prefix: str = prefix, cycle: tuple[int, int] = cycle) -> bool:
                    own = _cycle_of(invoice)
                    return own == cycle if prefix == "billingCycle" else own >= cycle

                return {"invoices": [i for i in invoices if matches(i)]}
        return {"invoices": invoices}

    def _answer_list_payment_methods(self, team_id: str, query: JsonObject, body: JsonObject) -> JsonObject:
        team = self.team(team_id)
        methods = sorted(team["paymentMethods"], key=lambda m: m["paymentMethodId"] != team["defaultPaymentMethod"])
        return {"paymentMethods": methods, "pendingPaymentMethod": team["pendingPaymentMethod"]}

    def _answer_set_default_payment_method(self, team_id: str, query: JsonObject, body: JsonObject) -> JsonObject:
        team = self.team(team_id)
        wanted = body["paymentMethodId"]
        if wanted not in {m["paymentMethodId"] for m in team["paymentMethods"]}:
            raise ApiError(404, f"Payment method {wanted} not found.")
        team["defaultPaymentMethod"] = wanted
        return {}

    def _answer_preview_postpaid_invoice(self, team_id: str, query: JsonObject, body: JsonObject) -> JsonObject:
        team = self.team(team_id)
        now = datetime.datetime.now(datetime.UTC)
        lines = [
            {
                "clusterName": "us-east-1",
                "description": model,
                "unitType": "Prompt text tokens",
                "unitPrice": "20000",
                "numUnits": str(units),
                "amount": str(units * 20000 // 1_000_000),
            }
            for model, units in _month_units(team_id, now)
        ]
        amount = sum(int(line["amount"]) for line in lines)
        limits = _limits(team)
        prepaid = team["total"]
        used = min(amount, max(-prepaid, 0))
        return {
            "coreInvoice": {
                "lines": lines,
                "amountBeforeVat": str(amount),
                "vatCost": "0",
                "amountAfterVat": str(amount),
                "autoCreditsIssued": "0",
                "defaultCreditsIssued": "0",
                "totalWithCorr": {"val": str(amount - used)},
                "prepaidCredits": {"val": str(prepaid)},
                "prepaidCreditsUsed": {"val": str(used)},
            },
            "effectiveSpendingLimit": limits["effectiveSl"]["val"],
            "defaultCredits": "0",
            "billingCycle": {"year": now.year, "month": now.month},
        }

    def _answer_get_spending_limits(self, team_id: str, query: JsonObject, body: JsonObject) -> JsonObject:
        return {"spendingLimits": _limits(self.team(team_id))}

    def _answer_set_spending_limit(self, team_id: str, query: JsonObject, body: JsonObject) -> JsonObject:
        team = self.team(team_id)
        wanted = int(body["desiredSoftSpendingLimit"].get("val", "0"))
        hard = int(_limits(team)["effectiveHardSl"]["val"])
        if wanted > hard:
            raise ApiError(400, f"The soft spending limit cannot exceed the hard limit of {hard} cents.")
        team["softSl"] = wanted
        return {"thisBpSoftSpendingLimit": {"val": str(wanted)}}

    def _answer_get_prepaid_balance(self, team_id: str, query: JsonObject, body: JsonObject) -> JsonObject:
        if team_id in self.postpaid_teams or team_id.startswith("postpaid"):
            raise ApiError(404, "The team has no prepaid balance: it is billed postpaid.")
        team = self.team(team_id)
        return {"changes": team["changes"], "total": {"val": str(team["total"])}}

    def _answer_top_up_prepaid_credit(self, team_id: str, query: JsonObject, body: JsonObject) -> JsonObject:
        team = self.team(team_id)
        pending = next((c for c in team["changes"] if c.get("topupStatus") == "TO_CHARGE"), None)
        if pending is not None:
            return {"change": pending}
        cents = abs(int(body["amount"]["val"]))  # the proto disregards the sign
        now = write_timestamp(datetime.datetime.now(datetime.UTC))
        change = {
            "teamId": team_id,
            "changeOrigin": "PURCHASE",
            "topupStatus": "TO_CHARGE" if self.pending_top_ups else "SUCCEEDED",
            "amount": {"val": str(-cents)},
            "invoiceId": uuid.uuid4().hex,
            "invoiceNumber": invoice_number(team_id, secrets.token_hex(8)),
            "createTime": now,
            "createTs": now,
            "paymentProcessor": {"kind": "STRIPE"},
        }
        team["changes"].append(change)
        del team["changes"][:-MAX_CHANGES]
        team["invoices"].append(prepaid_invoice(change))  # the top-up's invoice, as the real API issues one
        del team["invoices"][:-MAX_CHANGES]
        if not self.pending_top_ups:
            team["total"] -= cents
        return {"change": change}

    def complete_pending_top_ups(self, team_id: str) -> int:
        """Charge a team's pending top-ups (pending_top_ups=True): they succeed and the total moves."""
        with self._lock:
            team = self.team(team_id)
            done = 0
            for change in team["changes"]:
                if change.get("topupStatus") == "TO_CHARGE":
                    change["topupStatus"] = "SUCCEEDED"
                    team["total"] += int(change["amount"]["val"])
                    for invoice in team["invoices"]:
                        if invoice["invoiceId"] == change["invoiceId"]:
                            invoice["invoiceStatus"] = "PAID"
                    done += 1
            return done

    def _answer_get_usage(self, team_id: str, query: JsonObject, body: JsonObject) -> JsonObject:
        request = body["analyticsRequest"]
        time_range = request["timeRange"]
        try:
            zone = zoneinfo.ZoneInfo(time_range.get("timezone") or "UTC")
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            raise ApiError(400, f"unknown time zone {time_range.get('timezone')!r}") from None
        try:
            start = datetime.datetime.strptime(time_range["startTime"], "%Y-%m-%d %H:%M:%S").replace(tzinfo=zone)
            end = datetime.datetime.strptime(time_range["endTime"], "%Y-%m-%d %H:%M:%S").replace(tzinfo=zone)
        except ValueError as exc:
            raise ApiError(400, f"invalid time range: {exc}") from None
        if end <= start:
            raise ApiError(400, "the time range is empty: endTime must be after startTime")
        buckets = list(_buckets(start, end, request.get("timeUnit", "TIME_UNIT_INVALID")))
        values = request.get("values") or [{"name": "usd", "aggregation": "AGGREGATION_SUM"}]
        groups = _groups(request.get("groupBy", []))
        series = []
        for group in groups:
            points = []
            for bucket in buckets:
                numbers = [_usage_value(team_id, group, bucket, v) for v in values]
                points.append({"timestamp": write_timestamp(bucket.astimezone(datetime.UTC)), "values": numbers})
            series.append({"group": list(group), "groupLabels": list(group), "dataPoints": points})
        return {"timeSeries": series, "limitReached": False}


# The spec's formats, checked: date-time and the rest as jsonschema does, and the integer ranges of the proto.
FORMATS = jsonschema.FormatChecker()


@FORMATS.checks("int32")
def _int32(value: object) -> bool:
    return not isinstance(value, int) or -(2**31) <= value < 2**31


@FORMATS.checks("int64")
def _int64(value: object) -> bool:
    if isinstance(value, str) and re.fullmatch(r"-?[0-9]+", value):
        return -(2**63) <= int(value) < 2**63
    return not isinstance(value, int) or -(2**63) <= value < 2**63


def _routes(spec: dict[str, Any]) -> Iterable[Route]:
    for path, item in spec["paths"].items():
        pattern = re.compile(re.sub(r"\\\{([a-z_]+)\\\}", r"(?P<\1>[^/]+)", re.escape(path)))
        for method, operation in item.items():
            if method in ("get", "post", "put", "patch", "delete"):
                parameters = [
                    _resolve(spec, p) for p in [*item.get("parameters", []), *operation.get("parameters", [])]
                ]
                yield Route(operation["operationId"], method.upper(), pattern, operation, parameters)


def _team_id(segment: str) -> str | None:
    """The team ID a path segment names, percent-decoded (RFC 3986 section 2.1) as UTF-8; None for one that
    cannot name a team. The spec allows any non-empty string, so such an ID is one no team has: 404."""
    try:
        team_id = unquote_to_bytes(segment).decode("utf-8")
    except UnicodeDecodeError:
        return None
    if not 0 < len(team_id) <= MAX_TEAM_ID or team_id in (".", "..") or "/" in team_id:
        return None
    if not team_id.isprintable():  # NUL, other control characters, line and paragraph separators, ...
        return None
    return team_id


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    if "$ref" not in node:
        return node
    found: dict[str, Any] = spec
    for part in node["$ref"].lstrip("#/").split("/"):
        found = found[part]
    return found


def _snake(name: str) -> str:
    """The Python name of an operationId: getPrepaidBalance -> get_prepaid_balance (as the generator names
    the client's methods)."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


def _fault_reply(fault: Fault) -> Reply:
    if fault.kind == "drop":
        return Reply(drop=True)
    if fault.kind == "rate-limit":
        return ApiError(429, "Too many requests.", headers={"Retry-After": f"{fault.seconds:g}"}).reply
    return ApiError(fault.status, "Injected server error.").reply


def _cycle_of(invoice: dict[str, Any]) -> tuple[int, int]:
    cycle = (invoice.get("monthly") or {}).get("billingCycle") or {}
    if cycle:
        return cycle.get("year", 0), cycle.get("month", 0)
    created = invoice.get("createTime", "0000-00")
    return int(created[:4]), int(created[5:7])


def _limits(team: dict[str, Any]) -> dict[str, Any]:
    auto, override, soft = team["hardSlAuto"], team["hardSlOverride"], team["softSl"]
    hard = override if override is not None else auto
    limits: dict[str, Any] = {
        "hardSlAuto": {"val": str(auto)},
        "effectiveHardSl": {"val": str(hard)},
        "softSl": {"val": str(soft)},
        "effectiveSl": {"val": str(min(soft, hard))},
    }
    if override is not None:
        limits = {"hardSlOverride": {"val": str(override)}, **limits}
    return limits


MODELS = ("Chat grok-4-0709", "Chat grok-4-fast-non-reasoning", "grok-2-image-1212")


def _groups(group_by: list[str]) -> list[tuple[str, ...]]:
    """The groups of a usage query: one series per model for `description`, else one series in all."""
    if "description" in group_by:
        return [(model,) for model in MODELS]
    return [()]


def _buckets(start: datetime.datetime, end: datetime.datetime, unit: str) -> Iterable[datetime.datetime]:
    if unit in ("TIME_UNIT_NONE", "TIME_UNIT_INVALID"):
        yield start
        return
    step = {
        "TIME_UNIT_SECOND": datetime.timedelta(seconds=1),
        "TIME_UNIT_MINUTE": datetime.timedelta(minutes=1),
        "TIME_UNIT_QUARTER_HOUR": datetime.timedelta(minutes=15),
        "TIME_UNIT_HOUR": datetime.timedelta(hours=1),
        "TIME_UNIT_DAY": datetime.timedelta(days=1),
        "TIME_UNIT_CALENDAR_WEEK": datetime.timedelta(weeks=1),
    }.get(unit)
    count = 0
    current = start
    while current < end:
        count += 1
        if count > MAX_BUCKETS:
            raise ApiError(400, f"the time range holds more than {MAX_BUCKETS} buckets of {unit}")
        yield current
        if step is None:  # TIME_UNIT_MONTH: calendar months
            current = current.replace(year=current.year + current.month // 12, month=current.month % 12 + 1)
        else:
            current += step


def _usage_value(team_id: str, group: tuple[str, ...], bucket: datetime.datetime, value: dict[str, Any]) -> float:
    """A usage figure that is the same for the same team, group, bucket and value (and often 0)."""
    digest = hashlib.sha256(f"{team_id}|{'/'.join(group)}|{bucket.isoformat()}|{value.get('name')}".encode()).digest()
    roll = int.from_bytes(digest[:4], "big") / 2**32
    return 0.0 if roll < 0.5 else round(roll * 2.0, 6)


def _month_units(team_id: str, now: datetime.datetime) -> list[tuple[str, int]]:
    digest = hashlib.sha256(f"{team_id}|{now.year}-{now.month}".encode()).digest()
    return [(model, 1000 + digest[i] * 997) for i, model in enumerate(MODELS)]
