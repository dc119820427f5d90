"""Property-based tests from the spec's own schemas (hypothesis, hypothesis-jsonschema): any valid response
parses and to_dict() gives it back after proto3 normalisation; any JSON value with any status parses or
raises the package's own error; any valid request body is accepted by the client and sent as the spec
wants. A fixed seed and a small budget in `make test`; `make fuzz` runs a large one (XAI_BILLING_FUZZ=1)."""

from __future__ import annotations

import datetime
import json
import math
import os
import re
from typing import Any

import httpx
import pytest
from contract import SPEC, check_spec, mock_client, operations, request_schema, response_schema, snake
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

import xai_billing
import xai_billing.models

settings.register_profile(
    "suite", max_examples=12, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck)
)
settings.register_profile("fuzz", max_examples=600, deadline=None, suppress_health_check=list(HealthCheck))
settings.load_profile("fuzz" if os.environ.get("XAI_BILLING_FUZZ") else "suite")

SCHEMAS = SPEC["components"]["schemas"]
DEFAULT = "x-proto3-default"  # generate.DEFAULT: what absent or null means on a field with implicit presence
RESPONSES = sorted({response_schema(op) for op in operations()})
INT64_MAX = 2**63 - 1


def _int32_range(node: Any) -> None:
    """hypothesis-jsonschema knows no formats: an int32 (OpenAPI's "signed 32 bits") gets its range as bounds."""
    if isinstance(node, dict):
        if node.get("format") == "int32":
            node.setdefault("minimum", -(2**31))
            node.setdefault("maximum", 2**31 - 1)
        for child in node.values():
            _int32_range(child)
    elif isinstance(node, list):
        for child in node:
            _int32_range(child)


def _strategy(name: str, *, request: bool = False) -> st.SearchStrategy[Any]:
    components = json.loads(json.dumps(SPEC["components"]))
    _int32_range(components)
    if request:  # the client's own rule for requests: no member the spec does not name
        for schema in components["schemas"].values():
            if schema.get("type") == "object":
                schema["additionalProperties"] = False
    return from_schema({"$ref": f"#/components/schemas/{name}", "components": components})


def _branches(node: dict[str, Any]) -> list[dict[str, Any]]:
    return [b for b in node.get("anyOf", [node]) if b.get("type") != "null"]


def canonical(node: dict[str, Any], value: Any) -> Any:
    """A value as proto3 JSON means it: defaults and nulls left out, an int64 as its integer, a timestamp as
    its instant (to the microsecond Python keeps), a double's NaN as one value."""
    if value is None:
        return None
    branches = _branches(node)
    branch = branches[0] if branches else {}
    if "$ref" in branch:
        target = SCHEMAS[branch["$ref"].rsplit("/", 1)[-1]]
        if isinstance(value, dict) and target.get("type") == "object":
            out = {}
            for key, item in value.items():
                prop = target.get("properties", {}).get(key)
                if prop is None:
                    out[key] = item
                    continue
                if item is None or (DEFAULT in prop and canonical(prop, item) == canonical(prop, prop[DEFAULT])):
                    continue
                out[key] = canonical(prop, item)
            return out
        return value
    if branch.get("type") == "array" and isinstance(value, list):
        return [canonical(branch.get("items", {}), item) for item in value]
    if branch.get("format") == "int64" and isinstance(value, str):
        return int(value)
    if branch.get("format") == "date-time" and isinstance(value, str):
        moment = datetime.datetime.fromisoformat(value)
        return (moment if moment.tzinfo else moment.replace(tzinfo=datetime.UTC)).astimezone(datetime.UTC)
    if any(b.get("type") == "number" or b.get("format") == "double" for b in branches):
        number = float(value)
        return "NaN" if math.isnan(number) else number
    return value


def _in_int64(node: dict[str, Any], value: Any) -> bool:
    """hypothesis-jsonschema knows the int64 pattern, not its range: keep to values a server can send."""
    if isinstance(value, dict):
        return all(_in_int64(node, v) for v in value.values())
    if isinstance(value, list):
        return all(_in_int64(node, v) for v in value)
    if isinstance(value, str) and re.fullmatch(r"-?[0-9]+", value):
        return abs(int(value)) <= INT64_MAX
    return True


def proto3_spelling(node: dict[str, Any], value: Any) -> Any:
    """A generated value with each int64 string spelt as it is on the wire: hypothesis-jsonschema follows the
    spec's pattern, which allows leading zeros ("007"), and an int64 string holds a JSON number (RFC 8259),
    which has none, so the client refuses them."""
    branches = _branches(node)
    branch = branches[0] if branches else {}
    if "$ref" in branch:
        target = SCHEMAS[branch["$ref"].rsplit("/", 1)[-1]]
        if isinstance(value, dict) and target.get("type") == "object":
            properties = target.get("properties", {})
            return {k: proto3_spelling(properties.get(k, {}), v) for k, v in value.items()}
        return value
    if branch.get("type") == "array" and isinstance(value, list):
        return [proto3_spelling(branch.get("items", {}), item) for item in value]
    if branch.get("format") == "int64" and isinstance(value, str) and re.fullmatch(r"-?[0-9]+", value):
        return str(int(value)) if len(value) < 100 else value
    return value


@pytest.mark.parametrize("name", RESPONSES)
def test_any_valid_response_parses_and_to_dict_gives_it_back(name: str) -> None:
    model = getattr(xai_billing.models, name)

    @given(_strategy(name))
    def check(body: dict[str, Any]) -> None:
        assume(_in_int64({}, body))
        body = proto3_spelling({"$ref": f"#/components/schemas/{name}"}, body)
        parsed = model.from_dict(body)
        written = json.loads(json.dumps(parsed.to_dict()))
        check_spec(name, written)  # what the client writes is what the spec allows
        ref = {"$ref": f"#/components/schemas/{name}"}
        assert canonical(ref, written) == canonical(ref, body)
        assert model.from_dict(written).to_dict() == parsed.to_dict()  # and it reads back the same

    check()


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=30,
)
STATUSES = st.sampled_from([200, 201, 204, 299, 301, 307, 400, 401, 403, 404, 408, 409, 418, 429, 499, 500, 503, 520])
CALLS = {
    "read": lambda c: c.get_prepaid_balance(),
    "top-up": lambda c: c.top_up_prepaid_credit(amount={"val": 500}),
    "usage": lambda c: c.get_usage(
        analytics_request={"timeRange": {"startTime": "2025-10-01 00:00:00", "endTime": "2025-10-02 00:00:00"}}
    ),
}


@pytest.mark.parametrize("call", sorted(CALLS))
def test_any_json_with_any_status_parses_or_raises_the_packages_own_error(call: str) -> None:
    @given(JSON, STATUSES, st.booleans())
    def check(body: Any, status: int, as_json: bool) -> None:
        content = json.dumps(body).encode() if as_json else str(body).encode()
        received = 0

        def handler(request: httpx.Request) -> httpx.Response:
            nonlocal received
            received += 1
            return httpx.Response(status, content=content)

        client = mock_client(handler, team_id="t", max_retries=1)
        try:
            CALLS[call](client)
        except xai_billing.XAIBillingError:
            pass
        if call == "top-up":
            assert received == 1  # whatever came back, a top-up is never sent twice

    check()


@pytest.mark.parametrize("operation_id", sorted(op for op in operations() if request_schema(op)))
def test_any_valid_request_is_accepted_and_sent_as_the_spec_wants(operation_id: str) -> None:
    name = request_schema(operation_id)
    assert name is not None
    members = {
        a.wire: a.name for op in __import__("contract").PLAN.operations if op.id == operation_id for a in op.body
    }

    @given(_strategy(name, request=True))
    def check(body: dict[str, Any]) -> None:
        assume(_in_int64({}, body))
        sent: list[httpx.Request] = []

        def handler(request: httpx.Request) -> httpx.Response:
            sent.append(request)
            return httpx.Response(200, json={})

        client = mock_client(handler, team_id="t", max_retries=0)
        getattr(client, snake(operation_id))(**{members[k]: v for k, v in body.items()})
        assert len(sent) == 1
        check_spec(name, json.loads(sent[0].content))

    check()
