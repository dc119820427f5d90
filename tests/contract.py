"""The contract checks, shared by the contract tests and by the test that proves they can fail.

Each payload is read three ways: by jsonschema against the spec, by strict pydantic models that
datamodel-code-generator writes from spec/openapi.json at test time (into build/strict/; they are not
part of the package), and by the generated client. The strict models are an independent reader, and
the one that refuses a member the spec does not declare (jsonschema on the spec accepts it, as the
spec leaves objects open for the server's future fields): a recording with such a member means the
spec is missing a field.

A recording (tests/recordings/<operationId>/<name>.json) is one exchange with the server:
{"source": where it came from, "operationId", "request": {"method", "path", "query"?, "body"?},
 "response": {"status", "body"}}. The path holds a real team ID; the query is a list of [name, value]
pairs in the order they are sent.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.metadata
import importlib.util
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import jsonschema
import pydantic
import referencing
import referencing.jsonschema
import yaml

import xai_billing

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "generator"))
import generate  # noqa: E402

SPEC: dict[str, Any] = yaml.safe_load((ROOT / "spec" / "openapi.yaml").read_text(encoding="utf-8"))
PLAN = generate.build_plan(SPEC)
enum_values = generate.enum_values  # a closed or open (x-extensible-enum) string enum's values
# XAI_BILLING_RECORDINGS points the suite at another folder of recordings (the test that proves the
# contract can fail uses it to run the suite on a broken copy).
RECORDINGS_DIR = Path(os.environ.get("XAI_BILLING_RECORDINGS") or ROOT / "tests" / "recordings")
RECORDINGS = sorted(RECORDINGS_DIR.glob("*/*.json"))
_REGISTRY = referencing.Registry().with_resource(
    "urn:spec", referencing.Resource.from_contents(SPEC, default_specification=referencing.jsonschema.DRAFT202012)
)


class ContractError(AssertionError):
    """A recording breaks the contract; the message names where."""


def load(path: Path) -> dict[str, Any]:
    recording: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return recording


def operations() -> dict[str, tuple[str, str, dict[str, Any]]]:
    """operationId -> (METHOD, path template, operation object)."""
    return {
        op["operationId"]: (method.upper(), path, op)
        for path, item in SPEC["paths"].items()
        for method, op in item.items()
        if isinstance(op, dict) and "operationId" in op
    }


def snake(name: str) -> str:
    """The Python name of an operationId: getPrepaidBalance -> get_prepaid_balance."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


def arguments(operation_id: str) -> dict[str, str]:
    """Wire name -> keyword argument of the operation's client method (body members and query parameters)."""
    op = next(o for o in PLAN.operations if o.id == operation_id)
    return {a.wire: a.name for a in [*op.body, *op.query]}


def _schema(node: dict[str, Any]) -> dict[str, Any] | None:
    """The object schema a property holds (through $ref, a nullable anyOf, or an array's items), if any."""
    if "anyOf" in node:
        node = next(b for b in node["anyOf"] if b.get("type") != "null")
    if node.get("type") == "array":
        node = node["items"]
    if "$ref" in node:
        target: dict[str, Any] = SPEC["components"]["schemas"][_ref_name(node["$ref"])]
        return target if target.get("type") == "object" else None
    return None


def normalize(schema_name: str, body: Any) -> Any:
    """A body with what proto3 JSON lets a writer leave out left out: nulls, and fields holding the default
    the spec gives them. Both sides of a round trip are compared this way, so that `{"total": {}}` and
    `{"total": {"val": "0"}}` are the same message, while a renamed, retyped or lost field still differs."""
    schema = SPEC["components"]["schemas"][schema_name]
    if not isinstance(body, dict):
        return body
    out: dict[str, Any] = {}
    for key, value in body.items():
        prop = schema.get("properties", {}).get(key)
        if value is None or (prop is not None and generate.DEFAULT in prop and value == prop[generate.DEFAULT]):
            continue
        target = None if prop is None else _schema(prop)
        if target is not None:
            name = next(n for n, s in SPEC["components"]["schemas"].items() if s is target)
            value = [normalize(name, v) for v in value] if isinstance(value, list) else normalize(name, value)
        out[key] = value
    return out


def _ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


def response_schema(operation_id: str) -> str:
    op = operations()[operation_id][2]
    return _ref_name(op["responses"]["200"]["content"]["application/json"]["schema"]["$ref"])


def request_schema(operation_id: str) -> str | None:
    op = operations()[operation_id][2]
    if "requestBody" not in op:
        return None
    return _ref_name(op["requestBody"]["content"]["application/json"]["schema"]["$ref"])


def check_spec(schema_name: str, instance: Any) -> None:
    """The instance validates against the spec's schema (JSON Schema 2020-12, formats checked)."""
    validator = jsonschema.Draft202012Validator(
        {"$ref": f"urn:spec#/components/schemas/{schema_name}"},
        registry=_REGISTRY,
        format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER,
    )
    errors = sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path))
    if errors:
        lines = [f"{e.json_path}: {e.message}" for e in map(_deepest, errors)]
        raise ContractError(f"{schema_name} (spec): " + "; ".join(lines))


def _deepest(error: jsonschema.ValidationError) -> jsonschema.ValidationError:
    """Inside an anyOf (a nullable message, an open enum), the error of the branch that was meant."""
    while error.context:
        error = max(error.context, key=lambda e: (len(e.absolute_path), e.validator_value != "null"))
    return error


# datamodel-code-generator's settings for the strict models: no undeclared member, no coercion of a
# JSON type into another, timestamps with their offset.
STRICT_OPTIONS = [
    "--input-file-type", "openapi",
    "--output-model-type", "pydantic_v2.BaseModel",
    "--target-python-version", "3.11",
    "--extra-fields", "forbid",
    "--strict-types", "str", "int", "bool", "float",
    "--field-constraints",
    "--use-annotated",
    "--use-standard-collections",
    "--use-union-operator",
    "--use-schema-description",
    "--use-field-description",
    "--output-datetime-class", "AwareDatetime",
    "--disable-timestamp",
    # an enum property's default as its member (InvoiceStatus.INVALID), not the bare string
    "--deserialize-default-values", "enum",
]  # fmt: skip


@cache
def strict_models() -> ModuleType:
    """The strict pydantic models of spec/openapi.json, written by datamodel-code-generator (a dev tool)
    into build/strict/, once per spec and tool version, and imported from there."""
    spec = ROOT / "spec" / "openapi.json"
    version = importlib.metadata.version("datamodel-code-generator")
    key = hashlib.sha256(spec.read_bytes() + version.encode() + " ".join(STRICT_OPTIONS).encode()).hexdigest()[:16]
    target = ROOT / "build" / "strict" / key / "xai_billing_strict.py"
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f"{target.stem}.{os.getpid()}.py")
        tool = Path(sys.executable).parent / "datamodel-codegen"
        subprocess.run(
            [str(tool), "--input", str(spec), "--output", str(partial), *STRICT_OPTIONS],
            check=True,
            capture_output=True,
            timeout=300,
        )
        os.replace(partial, target)  # whole or not at all, should two test runs write it at once
    spec_ = importlib.util.spec_from_file_location("xai_billing_strict", target)
    assert spec_ is not None and spec_.loader is not None
    module = importlib.util.module_from_spec(spec_)
    sys.modules["xai_billing_strict"] = module
    spec_.loader.exec_module(module)
    return module


def check_strict(schema_name: str, instance: Any) -> None:
    """The instance validates against the strict pydantic models: no undeclared member, no other JSON type."""
    model: type[pydantic.BaseModel] = getattr(strict_models(), schema_name)
    try:
        model.model_validate(instance)
    except pydantic.ValidationError as exc:
        lines = [f"$.{'.'.join(str(p) for p in e['loc'])}: {e['msg']} ({e['type']})" for e in exc.errors()]
        raise ContractError(f"{schema_name} (strict models): " + "; ".join(lines)) from None


def model_class(schema_name: str) -> type[Any]:
    cls: type[Any] = getattr(importlib.import_module("xai_billing.models"), schema_name)
    return cls


class Replier:
    """A MockTransport handler that answers every request with one JSON response and keeps the requests."""

    def __init__(self, body: Any = None, *, status: int = 200, headers: dict[str, str] | None = None) -> None:
        self.body = {} if body is None else body
        self.status = status
        self.headers = headers
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(self.status, json=self.body, headers=self.headers)


def mock_client(handler: Callable[[httpx.Request], httpx.Response], **kwargs: Any) -> xai_billing.Client:
    """A client whose requests go to `handler` through httpx's MockTransport."""
    kwargs.setdefault("api_key", "test-key")
    kwargs.setdefault("base_url", "https://billing.test")
    return xai_billing.Client(http_client=httpx.Client(transport=httpx.MockTransport(handler)), **kwargs)


def call_kwargs(recording: dict[str, Any]) -> dict[str, Any]:
    """The keyword arguments of the client method that sends the recorded request: each body member as
    the plain dict the recording holds, each query parameter as the Python value it stands for."""
    operation_id = recording["operationId"]
    op = operations()[operation_id][2]
    names = arguments(operation_id)
    kwargs: dict[str, Any] = {names[k]: v for k, v in recording["request"].get("body", {}).items()}
    params = {p["name"]: p for p in op.get("parameters", [])}
    for name, value in recording["request"].get("query", []):
        schema = params[name]["schema"]
        if schema["type"] == "array":
            kwargs.setdefault(names[name], []).append(value)
        else:
            kwargs[names[name]] = int(value) if schema["type"] == "integer" else value
    return kwargs


def check_client(recording: dict[str, Any]) -> Any:
    """Through the generated client: the body parses into the operation's model and to_dict() gives it back."""
    operation_id = recording["operationId"]
    body = recording["response"]["body"]
    content = json.dumps(body).encode()
    client = mock_client(lambda request: httpx.Response(recording["response"]["status"], content=content))
    team_id = recording["request"]["path"].split("/")[4]
    method = getattr(client, snake(operation_id))
    parsed = method(team_id=team_id, **call_kwargs(recording))
    expected = model_class(response_schema(operation_id))
    if type(parsed) is not expected:
        raise ContractError(f"{operation_id}: parsed into {type(parsed).__name__}, not {expected.__name__}")
    schema = response_schema(operation_id)
    written, recorded = normalize(schema, json.loads(json.dumps(parsed.to_dict()))), normalize(schema, body)
    if written != recorded:
        raise ContractError(
            f"{operation_id}: to_dict() gave {written!r}, not the recorded {recorded!r} (defaults dropped)"
        )
    return parsed


def check_response(recording: dict[str, Any]) -> Any:
    """All three readings of a recorded response; returns the client's."""
    schema = response_schema(recording["operationId"])
    check_spec(schema, recording["response"]["body"])
    check_strict(schema, recording["response"]["body"])
    return check_client(recording)
