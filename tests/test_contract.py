"""The contract: the spec, the strict models and the generated client agree with every recording."""

from __future__ import annotations

import copy
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from contract import (
    RECORDINGS,
    RECORDINGS_DIR,
    ROOT,
    SPEC,
    ContractError,
    Replier,
    call_kwargs,
    check_client,
    check_response,
    check_spec,
    check_strict,
    enum_values,
    load,
    mock_client,
    operations,
    request_schema,
    snake,
)
from openapi_spec_validator import validate

PUBLISHED = ROOT / "tests" / "published"
IDS = [f"{p.parent.name}/{p.stem}" for p in RECORDINGS]


def test_spec_is_valid_openapi_3_1() -> None:
    assert SPEC["openapi"].startswith("3.1")
    validate(SPEC)


def test_spec_has_the_eleven_operations_with_tag_summary_description_and_errors() -> None:
    ops = operations()
    assert sorted(ops) == sorted(
        [
            "getBillingInfo", "setBillingInfo", "listInvoices", "listPaymentMethods", "setDefaultPaymentMethod",
            "previewPostpaidInvoice", "getSpendingLimits", "setSpendingLimit", "getPrepaidBalance",
            "topUpPrepaidCredit", "getUsage",
        ]
    )  # fmt: skip
    for operation_id, (_, _, op) in ops.items():
        assert op["tags"] == ["billing"], operation_id
        assert op["summary"] and op["description"], operation_id
        assert {"200", "401", "default"} <= set(op["responses"]), operation_id
        assert isinstance(op["x-idempotent"], bool), operation_id
    assert [name for name, (_, _, op) in ops.items() if not op["x-idempotent"]] == ["topUpPrepaidCredit"]


def test_int64_fields_are_strings_and_int32_fields_integers() -> None:
    def walk(node: Any, path: str) -> None:
        if isinstance(node, dict):
            if node.get("format") == "int64":
                assert node["type"] == "string" and node["pattern"], path
            if node.get("format") == "int32":
                assert node["type"] == "integer", path
            for key, value in node.items():
                walk(value, f"{path}/{key}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, f"{path}/{i}")

    walk(SPEC, "#")


def test_no_response_schema_forbids_unknown_fields() -> None:
    request_only = {request_schema(op) for op in operations()} | {"PositiveUsdCents", "NonNegativeUsdCents"}
    for name, schema in SPEC["components"]["schemas"].items():
        if name not in request_only:
            assert schema.get("additionalProperties") is not False, name


def test_every_operation_has_its_public_reference_recording() -> None:
    assert len(list(PUBLISHED.glob("*.json"))) == 11, f"the public examples are expected in {PUBLISHED}"
    for operation_id in operations():
        recording = RECORDINGS_DIR / operation_id / "reference.json"
        assert recording.exists(), operation_id
    for example in sorted(PUBLISHED.glob("*.json")):
        published = json.loads(example.read_text())
        matches = [load(p) for p in RECORDINGS if load(p)["source"].endswith(f"tests/published/{example.name})")]
        assert len(matches) == 1, example.name
        assert matches[0]["response"]["body"] == published["response"]
        assert matches[0]["request"].get("body") == published.get("request")


def test_every_recording_says_where_it_came_from() -> None:
    for path in RECORDINGS:
        recording = load(path)
        assert recording["operationId"] == path.parent.name
        assert len(recording["source"]) > 20, path


@pytest.mark.parametrize("path", RECORDINGS, ids=IDS)
def test_recorded_response_meets_the_contract(path: Path) -> None:
    check_response(load(path))


def test_spec_examples_validate_against_their_schemas() -> None:
    for _, _, op in operations().values():
        for response in op["responses"].values():
            content = response.get("content", {}).get("application/json")
            if content is None:  # a $ref to components/responses
                name = response["$ref"].rsplit("/", 1)[-1]
                content = SPEC["components"]["responses"][name]["content"]["application/json"]
            schema = content["schema"]["$ref"].rsplit("/", 1)[-1]
            for example in content.get("examples", {}).values():
                check_spec(schema, example["value"])
                check_strict(schema, example["value"])
        if "requestBody" in op:
            content = op["requestBody"]["content"]["application/json"]
            schema = content["schema"]["$ref"].rsplit("/", 1)[-1]
            for example in content["examples"].values():
                check_spec(schema, example["value"])
                check_strict(schema, example["value"])


REQUESTS = [p for p in RECORDINGS if "body" in load(p)["request"] or "query" in load(p)["request"]]


@pytest.mark.parametrize("path", REQUESTS, ids=[f"{p.parent.name}/{p.stem}" for p in REQUESTS])
def test_recorded_request_validates_against_the_spec(path: Path) -> None:
    recording = load(path)
    schema = request_schema(recording["operationId"])
    if schema is not None:
        check_spec(schema, recording["request"]["body"])
        check_strict(schema, recording["request"]["body"])


@pytest.mark.parametrize(
    "path",
    RECORDINGS,
    ids=IDS,
)
def test_client_sends_the_recorded_request_byte_for_byte(path: Path) -> None:
    recording = load(path)
    handler = Replier(recording["response"]["body"])
    sent = handler.requests

    client = mock_client(handler)
    team_id = recording["request"]["path"].split("/")[4]
    getattr(client, snake(recording["operationId"]))(team_id=team_id, **call_kwargs(recording))

    assert len(sent) == 1
    request = sent[0]
    expected_query = "&".join(
        f"{quote(k, safe='.')}={quote(v, safe='')}" for k, v in recording["request"].get("query", [])
    )
    assert request.method == recording["request"]["method"]
    assert request.url.raw_path.decode() == recording["request"]["path"] + (
        f"?{expected_query}" if expected_query else ""
    )
    if "body" in recording["request"]:
        assert request.headers["content-type"] == "application/json"
        assert (
            request.content
            == json.dumps(recording["request"]["body"], separators=(",", ":"), ensure_ascii=False).encode()
        )
    else:
        assert request.content == b""
    assert request.headers["authorization"] == "Bearer test-key"


def test_team_id_is_percent_encoded_in_the_path() -> None:
    handler = Replier()
    sent = handler.requests

    mock_client(handler).get_prepaid_balance(team_id="team/../x y?")
    assert sent[0].url.raw_path == b"/v1/billing/teams/team%2F..%2Fx%20y%3F/prepaid/balance"


# The contract can fail: each of these breaks a good recording and must be caught, with the culprit named.


def _broken(mutate: Any) -> dict[str, Any]:
    recording = copy.deepcopy(load(RECORDINGS_DIR / "getPrepaidBalance" / "reference.json"))
    mutate(recording["response"]["body"])
    return recording


def test_contract_fails_on_an_undeclared_field() -> None:
    recording = _broken(lambda body: body["changes"][0].update(surpriseField="x"))
    with pytest.raises(ContractError, match="surpriseField"):
        check_response(recording)


def test_contract_fails_on_a_wrong_type() -> None:
    recording = _broken(lambda body: body["total"].update(val=-1000))  # int64 must travel as a string
    with pytest.raises(ContractError, match=r"total.*val|val.*string"):
        check_response(recording)


def test_an_unlisted_enum_value_meets_the_contract_because_enums_are_open() -> None:
    recording = _broken(lambda body: body["changes"][0].update(changeOrigin="GIFT", topupStatus="REVERSED"))
    parsed = check_response(recording)  # the spec, the strict models and the client all accept it
    assert parsed.changes[0].change_origin.is_unknown and parsed.changes[0].topup_status.is_unknown


def test_contract_fails_on_an_enum_of_the_wrong_type() -> None:
    recording = _broken(lambda body: body["changes"][0].update(changeOrigin=7))
    with pytest.raises(ContractError, match="changeOrigin"):
        check_response(recording)


def test_contract_fails_when_to_dict_does_not_round_trip() -> None:
    # A timestamp with 9 fractional digits is legal RFC 3339, but Python keeps microseconds: the
    # client's round trip cannot give it back, and the contract says so.
    recording = _broken(lambda body: body["changes"][0].update(createTime="2025-02-24T15:28:02.308840123Z"))
    with pytest.raises(ContractError, match="to_dict"):
        check_response(recording)


def test_contract_fails_when_the_client_loses_or_retypes_a_field(monkeypatch: pytest.MonkeyPatch) -> None:
    # The response's writer calls each change's writer (a module-level function, as the readers are).
    from xai_billing.models import balance_change, get_prepaid_balance_response

    recording = load(RECORDINGS_DIR / "getPrepaidBalance" / "reference.json")
    written = balance_change._write_balance_change
    monkeypatch.setattr(
        get_prepaid_balance_response,
        "_write_balance_change",
        lambda self: {k: v for k, v in written(self).items() if k != "invoiceId"},
    )
    with pytest.raises(ContractError, match="to_dict"):
        check_client(recording)
    monkeypatch.setattr(
        get_prepaid_balance_response, "_write_balance_change", lambda self: {**written(self), "teamId": 7}
    )
    with pytest.raises(ContractError, match="to_dict"):
        check_client(recording)


@pytest.mark.parametrize(
    "mutate",
    [
        lambda body: body["total"].update(val=-1000),
        lambda body: body["changes"][0].update(changeOrigin=7),
        lambda body: body["changes"][0]["amount"].update(val="ten"),
    ],
    ids=["wrong-type", "enum-of-wrong-type", "pattern"],
)
def test_strict_models_alone_catch_what_the_spec_forbids(mutate: Any) -> None:
    with pytest.raises(ContractError, match=r"\(strict models\): \$\.(total|changes)"):
        check_strict("GetPrepaidBalanceResponse", _broken(mutate)["response"]["body"])


def test_the_strict_models_refuse_an_undeclared_member_that_jsonschema_on_the_spec_accepts() -> None:
    """Why the strict pydantic models stay in the contract: the spec leaves its objects open (the server may
    add fields), so jsonschema accepts a member the spec does not declare, and the client keeps it in
    additional_properties and writes it back; only the strict models (extra="forbid") refuse it. A
    recording with such a member means the spec misses a field. (Measured against formats too: int64
    strings, timestamps, enums, nulls; there jsonschema on the spec refuses at least as much.)"""
    recording = _broken(lambda body: body["changes"][0].update(refundReason="duplicate"))
    body = recording["response"]["body"]
    check_spec("GetPrepaidBalanceResponse", body)  # jsonschema on the spec: accepted
    check_client(recording)  # the client: read, kept and written back
    with pytest.raises(ContractError, match=r"\(strict models\): \$\.changes\.0\.refundReason: Extra inputs"):
        check_strict("GetPrepaidBalanceResponse", body)
    with pytest.raises(ContractError, match=r"\(strict models\)"):
        check_response(recording)  # the contract's reading of a recording refuses it


def test_every_schema_property_and_parameter_has_a_description() -> None:
    for name, schema in SPEC["components"]["schemas"].items():
        assert schema.get("description") or name.endswith(("Request", "Response")), name
        for prop, spec in schema.get("properties", {}).items():
            assert spec.get("description"), f"{name}.{prop}"
    for _, _, op in operations().values():
        for parameter in op.get("parameters", []):
            assert parameter.get("description"), parameter["name"]


@pytest.mark.parametrize(
    ("mutate", "named"),
    [
        (lambda body: body["changes"][0].update(surpriseField="x"), "surpriseField"),
        (lambda body: body["total"].update(val=-1000), "total.val"),
        (lambda body: body["changes"][0].update(changeOrigin=7), "changeOrigin"),
    ],
    ids=["undeclared-field", "wrong-type", "enum-of-wrong-type"],
)
def test_a_broken_recording_makes_the_suite_fail_naming_the_culprit(mutate: Any, named: str, tmp_path: Path) -> None:
    copy_dir = tmp_path / "recordings"
    shutil.copytree(RECORDINGS_DIR, copy_dir)
    target = copy_dir / "getPrepaidBalance" / "reference.json"
    recording = load(target)
    mutate(recording["response"]["body"])
    target.write_text(json.dumps(recording), encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            str(ROOT / "tests" / "test_contract.py"),
            "-k",
            "recorded_response",
        ],
        env={**os.environ, "XAI_BILLING_RECORDINGS": str(copy_dir)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1, result.stdout
    assert "1 failed" in result.stdout and named in result.stdout


# The spec is true on the wire for a strict consumer in any language.


def _response_schemas() -> set[str]:
    """The schemas a response can reach."""
    found: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref", "")
            if ref.startswith("#/components/schemas/") and ref.rsplit("/", 1)[-1] not in found:
                found.add(ref.rsplit("/", 1)[-1])
                walk(SPEC["components"]["schemas"][ref.rsplit("/", 1)[-1]])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for _, _, op in operations().values():
        walk(op["responses"])
    walk(SPEC["components"]["responses"])
    return found


def test_every_enum_a_response_can_hold_is_open_and_requests_enums_are_closed() -> None:
    schemas = SPEC["components"]["schemas"]
    responses = _response_schemas()
    for name, schema in schemas.items():
        if enum_values(schema) is None:
            continue
        if name in responses:
            # a plain string whose known values are listed aside: open, and every generator reads it as a string
            assert schema.get("type") == "string" and "enum" not in schema and "anyOf" not in schema, name
            assert schema["x-extensible-enum"], f"{name} must accept a value it does not list"
        else:
            assert schema.get("type") == "string" and "enum" in schema, f"{name} (requests only) stays closed"
    topup = enum_values(schemas["TopupStatus"]) or []
    assert {"FAILED_TO_GENERATE_INVOICE", "FAILED_TO_GEMNERATE_INVOICE"} <= set(topup)


def test_every_message_or_timestamp_a_response_can_hold_may_be_null() -> None:
    schemas = SPEC["components"]["schemas"]
    for name in _response_schemas():
        for prop, node in schemas[name].get("properties", {}).items():
            target = node.get("$ref", "").rsplit("/", 1)[-1]
            is_message = bool(target) and enum_values(schemas[target]) is None
            is_timestamp = node.get("format") == "date-time"
            assert not (is_message or is_timestamp), f"{name}.{prop} must allow null (anyOf with type null)"
            if "anyOf" in node and any(b.get("type") == "null" for b in node["anyOf"]):
                assert len(node["anyOf"]) == 2, f"{name}.{prop}"


def test_the_wire_details_strict_consumers_trip_on() -> None:
    schemas = SPEC["components"]["schemas"]
    assert schemas["CardDetails"]["properties"]["brand"]["type"] == "string"
    # A double: a number or one of proto3 JSON's three strings, written without `type` (spec 3.0.0)
    check_spec("DataPoint", {"values": [1.5, 0, -2, "NaN", "Infinity", "-Infinity"]})
    for bad in ("nan", "1.5", None, {}, [], True):
        with pytest.raises(ContractError):
            check_spec("DataPoint", {"values": [bad]})
    check_spec("PositiveUsdCents", {"val": "9223372036854775807"})  # 19 digits
    check_spec("SetSpendingLimitRequest", {"desiredSoftSpendingLimit": {}})  # a zero limit, as proto3 writes it
    with pytest.raises(ContractError):
        check_spec("TopUpPrepaidCreditRequest", {"amount": {}})  # this client's rule: a top-up is positive
    for body in ({"code": 16, "message": "m"}, {"code": "UNAUTHENTICATED", "error": "e"}, {"code": "16"}):
        check_spec("Status", body)
    for bad in (True, {}, [16]):
        with pytest.raises(ContractError):
            check_spec("Status", {"code": bad})
    assert "unverified" in schemas["Status"]["description"]
    assert SPEC["components"]["securitySchemes"]["managementKey"]["bearerFormat"]
    list_invoices = operations()["listInvoices"][2]
    assert [g[0] for g in list_invoices["x-oneof"]] == ["billingCycle.year", "since.year", "invoiceIds.invoiceIds"]


def test_every_operation_documents_429_and_the_known_404s() -> None:
    for operation_id, (_, _, op) in operations().items():
        assert op["responses"]["429"] == {"$ref": "#/components/responses/RateLimited"}, operation_id
    assert "postpaid" in operations()["getPrepaidBalance"][2]["responses"]["404"]["description"]
    assert "404" in operations()["setDefaultPaymentMethod"][2]["responses"]


def test_every_schema_traces_to_the_proto_or_says_it_is_not_there() -> None:
    for name, schema in SPEC["components"]["schemas"].items():
        assert schema.get("description"), name
        assert "x-proto-message" in schema or schema.get("x-not-in-proto") is True, name
    core = SPEC["components"]["schemas"]["CoreInvoice"]["properties"]
    assert core["amountBeforeVatLimited"]["x-not-in-proto"] is True and "x-not-in-proto" not in core["vatCost"]
    assert SPEC["components"]["schemas"]["ChangeOrigin"]["x-not-in-proto"] == ["AUTO_PURCHASE"]
