"""``xai-billing record`` and ``xai-billing drift``: what a live API answers, written as scrubbed recordings
and compared with the spec.

Both walk an answer with the spec's own schemas (the package's ``openapi.json``, the document the client
was generated from), member by member:

- **drift**: what the spec does not allow, counted per schema and named as the spec edit it calls for: a
  member the schema does not list (the client keeps it in ``additional_properties``), an enum value it
  does not list (the client keeps it as an ``is_unknown`` member), a JSON type or a null it forbids, and
  an answer the client's reader (``from_dict``) refuses.
- **scrubbing, by allowlist**: every string is replaced by a stable placeholder (the same value, the same
  placeholder) unless its field is safe to keep: an enum value, a timestamp (``format: date-time``), an
  integer written as a string (``format: int64``) or a field the spec marks ``x-scrub: keep``
  (non-personal codes and IDs). Strings in members the spec does not list are always replaced. The
  management key and anything that looks like a bearer token or a key are replaced wherever they appear,
  kept fields and member names included. ``scripts/check_recordings.py`` (``make check``) applies the
  same rule to recordings a server wrote.
"""

from __future__ import annotations

import collections
import datetime
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import xai_billing
import xai_billing.models

from ._exit import error_line

EMAIL = re.compile(r"[\w.%+-]+@([\w-]+(?:\.[\w-]+)*\.\w{2,})")
SAFE_EMAIL_DOMAINS = ("example.com", "example.org", "example.net")  # RFC 2606: never anyone's
SECRET = re.compile(r"bearer\s+\S+|xai-(?:mgmt|fake)-[A-Za-z0-9]+", re.I)
ENUM_VALUE = re.compile(r"[A-Z][A-Z0-9_]*")  # an unlisted value of an enum field is kept in this shape only
TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)?", re.ASCII)
INTEGER = re.compile(r"-?[0-9]+", re.ASCII)
INDEX = re.compile(r"\[\d+\]")
SCRUB_MARKER = "x-scrub"  # on a schema or property of the spec: `keep` marks its strings safe to record


def load_spec() -> dict[str, Any]:
    """The OpenAPI document the package was generated from (spec/openapi.yaml, bundled as JSON)."""
    spec: dict[str, Any] = json.loads(resources.files("xai_billing").joinpath("openapi.json").read_text("utf-8"))
    return spec


def response_schema(spec: dict[str, Any], operation_id: str, status: int) -> dict[str, Any] | None:
    """The schema of an operation's answer with this status (its `default` answer if the status has none)."""
    for item in spec["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                responses = operation.get("responses", {})
                answer = responses.get(str(status)) or responses.get("default") or {}
                if "$ref" in answer:
                    answer = spec["components"]["responses"][answer["$ref"].rsplit("/", 1)[-1]]
                schema: dict[str, Any] | None = answer.get("content", {}).get("application/json", {}).get("schema")
                return schema
    return None


def json_type(value: Any) -> str:
    """The JSON Schema type of a value as json.loads gives it."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


class Walk:
    """One pass over a JSON value beside the schema that describes it; returns the value, each string as
    ``string()`` gives it back. ``owner`` is the nearest named schema, ``local`` the field path inside it,
    ``path`` the path from the answer's root. Subclasses hear what the schema does not allow."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.schemas: dict[str, Any] = spec["components"]["schemas"]
        self.entered: collections.Counter[str] = collections.Counter()  # named schemas met, for "n of m"

    # what subclasses hear
    def member(self, owner: str, local: str, value: Any, path: str) -> None: ...
    def value(self, owner: str, local: str, value: str, path: str) -> None: ...
    def mismatch(self, owner: str, local: str, found: str, allowed: list[str], path: str) -> None: ...

    def string(self, node: dict[str, Any] | None, key: str, value: str) -> str:
        return value

    def name(self, member: str) -> str:
        """A member's name, as the walk gives it back."""
        return member

    def unlisted(self, value: Any, key: str) -> Any:
        """A value under a member the spec does not list (no schema to walk it with)."""
        return value

    def walk(self, node: dict[str, Any], value: Any, owner: str = "", local: str = "", path: str = "") -> Any:
        if "$ref" in node:
            name = node["$ref"].rsplit("/", 1)[-1]
            if value is not None:
                self.entered[name] += 1
            return self.walk(self.schemas[name], value, name, "", path)
        key = local.rsplit(".", 1)[-1].removesuffix("[]")
        if "anyOf" in node:
            branches = node["anyOf"]
            listed = [v for b in branches for v in b.get("enum", [])]
            if listed:  # an open enum: anyOf its values and any string
                return self._scalar({"type": "string", "x-extensible-enum": listed}, value, owner, local, path, key)
            if value is None:
                if not any(b.get("type") == "null" for b in branches):
                    self.mismatch(owner, local, "null", _types(branches), path)
                return None
            candidates = [b for b in branches if b.get("type") != "null"]
            chosen = next((b for b in candidates if _fits(self.schemas, b, value)), None)
            if chosen is None:
                self.mismatch(owner, local, json_type(value), _types(candidates), path)
                return self.unlisted(value, key)
            return self.walk(chosen, value, owner, local, path)
        return self._scalar(node, value, owner, local, path, key)

    def _scalar(self, node: dict[str, Any], value: Any, owner: str, local: str, path: str, key: str) -> Any:
        allowed = node.get("type")
        allowed = [allowed] if isinstance(allowed, str) else allowed
        found = json_type(value)
        if allowed is None:  # any JSON value (Status.code: `not` the other types)
            return self._any(node, value, key)
        if found not in allowed and not (found == "integer" and "number" in allowed):
            self.mismatch(owner, local, found, allowed, path)
            return None if value is None else self.unlisted(value, key)
        enum = node.get("enum") or node.get("x-extensible-enum")
        if enum is not None and isinstance(value, str) and value not in enum:
            self.value(owner, local, value, path)
        if isinstance(value, str):
            return self.string(node, key, value)
        if isinstance(value, list):
            items = node.get("items", {})
            return [self.walk(items, v, owner, f"{local}[]", f"{path}[{i}]") for i, v in enumerate(value)]
        if isinstance(value, dict):
            properties, extra = node.get("properties", {}), node.get("additionalProperties", False)
            out = {}
            for k, v in value.items():
                at, there = f"{local}.{k}" if local else k, f"{path}.{k}" if path else k
                if k in properties:
                    out[k] = self.walk(properties[k], v, owner, at, there)
                elif extra is not False:
                    out[self.name(k)] = self._any({} if extra is True else extra, v, k)
                else:
                    self.member(owner, at, v, there)
                    out[self.name(k)] = self.unlisted(v, k)
            return out
        return value

    def _any(self, node: dict[str, Any], value: Any, key: str) -> Any:
        if isinstance(value, str):
            return self.string(node, key, value)
        if isinstance(value, list):
            return [self._any(node, v, key) for v in value]
        if isinstance(value, dict):
            return {self.name(k): self._any({}, v, k) for k, v in value.items()}
        return value


def _types(branches: list[dict[str, Any]]) -> list[str]:
    return [b["$ref"].rsplit("/", 1)[-1] if "$ref" in b else str(b.get("type", "any")) for b in branches]


def _fits(schemas: dict[str, Any], node: dict[str, Any], value: Any) -> bool:
    if "$ref" in node:
        node = schemas[node["$ref"].rsplit("/", 1)[-1]]
    allowed = node.get("type")
    if allowed is None:
        return True
    found = json_type(value)
    allowed = [allowed] if isinstance(allowed, str) else allowed
    return found in allowed or (found == "integer" and "number" in allowed)


# -- drift: what the answers hold that the spec does not allow ------------------------------------------------


@dataclass
class Finding:
    """One difference between the answers and the spec, and the spec edit it calls for."""

    schema: str
    kind: str  # member, value, type, null, unreadable
    name: str  # the member's path in the schema, the enum value, or the field whose type differs
    found: str  # the JSON type (or the reader's message)
    count: int = 0
    of: int = 0
    paths: set[str] = field(default_factory=set)  # operationId: path, list indexes as []

    @property
    def edit(self) -> str:
        where = f"components.schemas.{self.schema}"
        if self.kind == "member":
            return f"add the property {self.name!r} ({self.found}) to {where}"
        if self.kind == "value":
            return f"add {self.name!r} to {where}'s enum values (x-extensible-enum)"
        if self.kind == "null":
            return f"allow null for {self.name!r} in {where} (anyOf: [..., {{type: 'null'}}])"
        if self.kind == "type":
            return f"allow {self.found} for {self.name!r} in {where}"
        return f"make {where} describe what the server sends"

    def line(self) -> str:
        seen = f"in {self.count} of {self.of} {self.schema} {'values' if self.kind == 'value' else 'objects'}"
        if self.kind == "member":
            what = f'member "{self.name}" ({self.found}) not in the spec'
        elif self.kind == "value":
            what = f'value "{self.name}" not listed'
        elif self.kind == "null":
            what = f'"{self.name}" is null, which the spec does not allow'
        elif self.kind == "type":
            what = f'"{self.name}" is {self.found}, which the spec does not allow'
        else:
            what, seen = f"the client cannot read it: {self.found}", f"in {self.count} of {self.of} answers"
        return f"{self.schema}: {what}, {seen} (at {', '.join(sorted(self.paths)[:3])}) -> {self.edit}"

    def as_json(self) -> dict[str, Any]:
        keys = ("schema", "kind", "name", "found", "count", "of")
        return {**{k: getattr(self, k) for k in keys}, "paths": sorted(self.paths), "edit": self.edit}


class Drift(Walk):
    """The findings of every answer given to ``add``, counted across them."""

    def __init__(self, spec: dict[str, Any] | None = None) -> None:
        self.spec = spec if spec is not None else load_spec()
        super().__init__(self.spec)
        self.found: dict[tuple[str, str, str, str], Finding] = {}
        self.answers: collections.Counter[str] = collections.Counter()
        self._operation = ""

    def add(self, operation_id: str, status: int, body: Any) -> None:
        """Compare one answer (a JSON body as json.loads gives it) with the spec and the client's reader."""
        schema = response_schema(self.spec, operation_id, status)
        if schema is None:
            return
        self._operation = operation_id
        name = schema.get("$ref", "").rsplit("/", 1)[-1]
        self.answers[name] += 1
        self.walk(schema, body)
        model = getattr(xai_billing.models, name, None) if 200 <= status < 300 else None
        if model is not None and isinstance(body, dict):
            try:
                model.from_dict(body)
            except xai_billing.WireFormatError as exc:
                self._add(name, "unreadable", "", str(exc).splitlines()[0], "")

    def _add(self, owner: str, kind: str, name: str, found: str, path: str) -> None:
        finding = self.found.setdefault((owner, kind, name, found), Finding(owner, kind, name, found))
        finding.count += 1
        finding.paths.add(f"{self._operation}: {INDEX.sub('[]', path) or '(the answer)'}")

    def member(self, owner: str, local: str, value: Any, path: str) -> None:
        self._add(owner, "member", local, json_type(value), path)

    def value(self, owner: str, local: str, value: str, path: str) -> None:
        self._add(owner, "value", value, "string", path)

    def mismatch(self, owner: str, local: str, found: str, allowed: list[str], path: str) -> None:
        self._add(owner, "null" if found == "null" else "type", local, found, path)

    def findings(self) -> list[Finding]:
        for finding in self.found.values():
            finding.of = (self.answers if finding.kind == "unreadable" else self.entered)[finding.schema]
        return sorted(self.found.values(), key=lambda f: (f.schema, f.kind, f.name))


class NotRecordings(ValueError):
    """A path given to drift that holds no recording: missing, not JSON in UTF-8, or JSON of another shape.
    The message names the path and is meant for a person."""


def read_recordings(paths: Iterable[str | Path]) -> Iterable[tuple[str, int, Any]]:
    """(operationId, status, body) of every recording in these files and folders (``**/*.json``).

    Raises NotRecordings for a path that does not exist, a file that is not UTF-8 JSON, a file given by name
    that is not a recording, and a folder with no recording in it (its other JSON files are skipped)."""
    for given in paths:
        path = Path(given)
        if not path.exists():
            raise NotRecordings(f"{given}: no such file or folder")
        found = 0
        for file in sorted(path.rglob("*.json")) if path.is_dir() else [path]:
            try:
                recording = json.loads(file.read_text(encoding="utf-8"))
            except UnicodeDecodeError:
                raise NotRecordings(f"{file}: not a recording (not UTF-8 text)") from None
            except json.JSONDecodeError as exc:
                raise NotRecordings(f"{file}: not a recording (not JSON: {exc.msg} at line {exc.lineno})") from None
            except OSError as exc:
                raise NotRecordings(f"{file}: cannot be read ({exc.strerror or exc})") from None
            response = recording.get("response") if isinstance(recording, dict) else None
            if not (isinstance(response, dict) and "operationId" in recording and "status" in response):
                if not path.is_dir():
                    raise NotRecordings(f"{file}: not a recording (no operationId and response.status)")
                continue
            found += 1
            yield recording["operationId"], response["status"], response.get("body")
        if not found:
            raise NotRecordings(f"{given}: holds no recording (a JSON file with operationId and response)")


# -- scrubbing: an allowlist of fields whose strings may be kept ------------------------------------------------


def _email(n: int) -> str:
    return f"person{n}@example.com"


# The placeholder of a member's strings, by member name: what its field looks like, so that a scrubbed
# recording still reads as one; any other member's strings become "redacted-<n>".
PLACEHOLDERS: dict[str, Callable[[int], str]] = {
    "teamId": lambda n: f"00000000-0000-4000-8000-{n:012d}",
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
# What a placeholder looks like (a string already in this shape is kept, so scrubbing twice changes nothing).
PLACEHOLDER = re.compile(
    r"redacted-\d+|person\d+@example\.com|00000000-0000-4000-8000-\d{12}|Customer \d+|\d+ Example Street|Unit \d+"
    r"|Example (?:City|State)|00[0-9]{2,7}|00-\d{7}|pm_placeholder_\d+|https://example\.com/verify/\d+",
    re.ASCII,
)


def safe(node: dict[str, Any] | None, value: str) -> bool:
    """Whether a string of this schema node may be kept in a recording (see the module's docstring)."""
    if node is None:
        return False
    if node.get(SCRUB_MARKER) == "keep":
        return True
    if "enum" in node or "x-extensible-enum" in node:
        return ENUM_VALUE.fullmatch(value) is not None
    if node.get("format") == "date-time":
        return TIMESTAMP.fullmatch(value) is not None
    if node.get("format") in ("int64", "int32", "uint64"):
        return INTEGER.fullmatch(value) is not None
    return False


class Scrubber(Walk):
    """Replaces every string a recording may not keep with a stable placeholder (see the module's docstring).

    Args:
        secrets: Strings removed wherever they appear (the management key).
        spec: The OpenAPI document (the package's own by default).
    """

    def __init__(self, secrets: Iterable[str] = (), spec: dict[str, Any] | None = None) -> None:
        self.spec = spec if spec is not None else load_spec()
        super().__init__(self.spec)
        self.secrets = [s for s in secrets if s]
        self.seen: dict[tuple[str, str], str] = {}
        self.replaced: list[str] = []  # the strings replaced, for check_recordings

    def placeholder(self, key: str, value: str) -> str:
        kind = key if key in PLACEHOLDERS else "redacted"
        if (kind, value) not in self.seen:
            n = sum(1 for k in self.seen if k[0] == kind) + 1
            self.seen[kind, value] = PLACEHOLDERS[kind](n) if kind in PLACEHOLDERS else f"redacted-{n}"
        return self.seen[kind, value]

    def secret(self, value: str) -> bool:
        return SECRET.search(value) is not None or any(s in value for s in self.secrets)

    def string(self, node: dict[str, Any] | None, key: str, value: str) -> str:
        if value == "" or PLACEHOLDER.fullmatch(value) or (safe(node, value) and not self.secret(value)):
            return value
        self.replaced.append(value)
        return self.placeholder(key, value)

    def name(self, member: str) -> str:
        return self.placeholder("", member) if self.secret(member) else member

    def unlisted(self, value: Any, key: str) -> Any:
        return self._any({}, value, key)

    def scrub(self, operation_id: str, status: int, body: Any) -> Any:
        """An answer's body, scrubbed by the schema of its operation and status."""
        schema = response_schema(self.spec, operation_id, status)
        return self.walk(schema, body) if schema is not None else self._any({}, body, "")

    def scrub_text(self, text: str) -> str:
        """A string outside the answer's body (the request's path): secrets and real emails replaced."""
        text = SECRET.sub("[REDACTED]", text)
        for secret in self.secrets:
            text = text.replace(secret, "[REDACTED]")
        return EMAIL.sub(lambda m: m.group(0) if _safe_email(m.group(0)) else self.placeholder("email", m[0]), text)


def _safe_email(email: str) -> bool:
    return email.lower().rsplit("@", 1)[-1] in SAFE_EMAIL_DOMAINS


def problems(recording: dict[str, Any], where: str) -> list[str]:
    """What keeps a recording from being committed: a credential or a real email anywhere in it, and, for
    one a server answered (its source says "recorded"), any string the allowlist would replace."""
    found = []
    text = json.dumps(recording, ensure_ascii=False)
    for match in SECRET.finditer(text):
        found.append(f"{where}: holds a credential ({match.group(0)[:12]}...)")
    for match in EMAIL.finditer(text):
        if not _safe_email(match.group(0)):
            found.append(f"{where}: holds an email that is not a placeholder ({match.group(0)})")
    if str(recording.get("source", "")).startswith("recorded") and "response" in recording:
        scrubber = Scrubber()
        response = recording["response"]
        scrubber.scrub(recording.get("operationId", ""), response.get("status", 200), response.get("body"))
        for value in scrubber.replaced:
            found.append(f"{where}: holds a string its field may not keep ({value[:20]!r}): re-record or scrub it")
    return found


# -- recording ---------------------------------------------------------------------------------------------


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


def call_all(
    client: xai_billing.Client, operations: list[dict[str, Any]], progress: Callable[[str], None]
) -> Iterable[tuple[dict[str, Any], dict[str, Any], Any]]:
    """Call each read-only operation once: (operation, its arguments, the raw response) of each that answered
    (one the client cannot read included). The progress shows each request's path with the team in it."""
    team = client.resolve_team_id(None)
    for i, operation in enumerate(operations, 1):
        if not operation["read_only"]:
            raise ValueError(f"{operation['operation_id']} is not read-only: the recorder never calls it")
        kwargs = default_arguments(operation["operation_id"])
        progress(f"[{i}/{len(operations)}] {operation['command']}: {operation['http'].replace('{team_id}', team)}")
        try:
            response = getattr(client.with_raw_response, operation["method"])(**kwargs)
        except xai_billing.APIResponseValidationError as exc:  # an answer the reader refuses: drift's to report
            progress(f"    the client cannot read it: {str(exc).splitlines()[0]}")
            response = exc.response
        except xai_billing.XAIBillingError as exc:
            progress(f"    skipped: {error_line(exc)}")
            continue
        yield operation, kwargs, response


def key_of(client: xai_billing.Client) -> str:
    """The client's management key (to remove wherever a server echoes it)."""
    return str(client._authorization.header).removeprefix("Bearer ")


def record_all(
    client: xai_billing.Client,
    out: str,
    operations: list[dict[str, Any]],
    progress: Callable[[str], None],
    drift: Drift | None = None,
) -> list[str]:
    """Call each read-only operation once and write ``out/<operationId>/recorded.json``, scrubbed; returns
    the paths. Each answer is also given to ``drift``, before scrubbing, if one is given."""
    team = client.resolve_team_id(None)
    scrubber = Scrubber(secrets=[key_of(client), team])
    placeholder = scrubber.placeholder("teamId", team)
    written = []
    stamp = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d")
    for operation, kwargs, response in call_all(client, operations, progress):
        method, path = operation["http"].split(" ", 1)
        request: dict[str, Any] = {"method": method, "path": path.replace("{team_id}", placeholder)}
        body = {
            a["wire"]: kwargs[a["name"]] for a in operation["arguments"] if a["in"] == "body" and a["name"] in kwargs
        }
        if body:
            request["body"] = body
        answer = json.loads(response.content)
        if drift is not None:
            drift.add(operation["operation_id"], response.status_code, answer)
        recording = {
            "source": f"recorded from {client.base_url.host} by xai-billing record on {stamp}, scrubbed",
            "operationId": operation["operation_id"],
            "request": request,
            "response": {
                "status": response.status_code,
                "body": scrubber.scrub(operation["operation_id"], response.status_code, answer),
            },
        }
        target = Path(out) / operation["operation_id"] / "recorded.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(recording, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        written.append(str(target))
        progress(f"    {response.status_code}, {len(response.content):,} bytes -> {target}")
    return written
