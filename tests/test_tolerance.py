"""The tolerant reader: what servers really do (new enum values, new fields, nulls, omitted defaults, the other
spellings proto3 JSON allows) parses with proto3 field semantics; a value of the wrong JSON type raises the
package's response error, for every recording and every operation."""

from __future__ import annotations

import copy
import json
import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import httpx
import pytest
from contract import (
    RECORDINGS,
    RECORDINGS_DIR,
    SPEC,
    call_kwargs,
    enum_values,
    load,
    mock_client,
    normalize,
    operations,
    response_schema,
    snake,
)

import xai_billing
from xai_billing.models import (
    BillingCycle,
    ChangeOrigin,
    DataPoint,
    GetPrepaidBalanceResponse,
    GetSpendingLimitsResponse,
    Invoice,
    InvoiceStatus,
    UsdCents,
)

IDS = [f"{p.parent.name}/{p.stem}" for p in RECORDINGS]


def _enum_fields() -> set[str]:
    """The names of the properties whose schema is an enum."""
    schemas = SPEC["components"]["schemas"]
    enums = {f"#/components/schemas/{name}" for name, s in schemas.items() if enum_values(s) is not None}
    return {
        prop
        for schema in schemas.values()
        for prop, spec in schema.get("properties", {}).items()
        if spec.get("$ref") in enums
    }


ENUM_FIELDS = _enum_fields()


def _objects(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _objects(value)
    elif isinstance(node, list):
        for value in node:
            yield from _objects(value)


def _paths(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """The path of every member of every object."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield (*path, key)
            yield from _paths(value, (*path, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _paths(value, (*path, i))


def _call(recording: dict[str, Any], content: bytes) -> Any:
    client = mock_client(lambda request: httpx.Response(200, content=content), max_retries=0)
    team_id = recording["request"]["path"].split("/")[4]
    return getattr(client, snake(recording["operationId"]))(team_id=team_id, **call_kwargs(recording))


def test_the_recordings_exercise_enums() -> None:
    assert {"changeOrigin", "topupStatus", "kind", "invoiceStatus"} <= ENUM_FIELDS
    with_enums = [p for p in RECORDINGS if any(ENUM_FIELDS & set(o) for o in _objects(load(p)["response"]["body"]))]
    assert len(with_enums) >= 5


@pytest.mark.parametrize("path", RECORDINGS, ids=IDS)
def test_unknown_enum_values_parse_keep_the_raw_string_and_are_told_apart(path: Path) -> None:
    recording = load(path)
    body = copy.deepcopy(recording["response"]["body"])
    replaced = 0
    for obj in _objects(body):
        for field in ENUM_FIELDS & set(obj):
            obj[field] = f"NEW_{field.upper()}_VALUE"
            replaced += 1
    parsed = _call(recording, json.dumps(body).encode())
    assert _written(recording, parsed) == normalize(response_schema(recording["operationId"]), body)
    unknown = [v for v in _values(parsed) if getattr(v, "is_unknown", False)]
    assert len(unknown) == replaced
    assert all(str(v).startswith("NEW_") and v.value == str(v) for v in unknown)


def _written(recording: dict[str, Any], parsed: Any) -> Any:
    """What to_dict() writes, as JSON, with the defaults proto3 JSON may leave out left out."""
    return normalize(response_schema(recording["operationId"]), json.loads(json.dumps(parsed.to_dict())))


def _values(model: Any) -> Iterator[Any]:
    """Every attribute value in a parsed model tree."""
    for field in attrs.fields(type(model)):
        value = getattr(model, field.name)
        yield value
        items = value if isinstance(value, list) else [value]
        for item in items:
            if hasattr(item, "__attrs_attrs__"):
                yield from _values(item)


def test_known_enum_values_are_not_unknown() -> None:
    from xai_billing.models import ChangeOrigin, TopupStatus

    assert not ChangeOrigin.PURCHASE.is_unknown
    assert ChangeOrigin("PURCHASE") is ChangeOrigin.PURCHASE
    assert TopupStatus("FAILED_TO_GEMNERATE_INVOICE") is TopupStatus.FAILED_TO_GEMNERATE_INVOICE
    new = ChangeOrigin("GIFT")
    assert new.is_unknown and new == "GIFT" and new not in list(ChangeOrigin)


@pytest.mark.parametrize("path", RECORDINGS, ids=IDS)
def test_unknown_fields_at_every_level_are_kept_and_written_back(path: Path) -> None:
    recording = load(path)
    body = copy.deepcopy(recording["response"]["body"])
    objects = list(_objects(body))
    for i, obj in enumerate(objects):
        obj[f"futureField{i}"] = {"nested": [1, "two", None], "n": i}
    parsed = _call(recording, json.dumps(body).encode())
    assert _written(recording, parsed) == normalize(response_schema(recording["operationId"]), body)
    assert parsed.additional_properties["futureField0"] == {"nested": [1, "two", None], "n": 0}


@pytest.mark.parametrize("path", RECORDINGS, ids=IDS)
def test_null_on_any_field_parses(path: Path) -> None:
    recording = load(path)
    original = recording["response"]["body"]
    paths = list(_paths(original))
    for member in paths:
        body = copy.deepcopy(original)
        parent = body
        for key in member[:-1]:
            parent = parent[key]
        parent[member[-1]] = None
        _call(recording, json.dumps(body).encode())  # must not raise
    # and every field of the top-level object null at once
    _call(recording, json.dumps({key: None for key in original}).encode())


def test_null_and_absent_read_as_the_default_or_as_not_set() -> None:
    recording = load(RECORDINGS_DIR / "getPrepaidBalance" / "reference.json")
    body = copy.deepcopy(recording["response"]["body"])
    body["total"] = None  # a message: not set
    body["changes"][0]["amount"] = None
    body["changes"][0]["teamId"] = None  # a string: ""
    body["changes"][0]["changeOrigin"] = None  # an enum: its zero value
    body["changes"][0]["invoiceId"] = None  # proto3 `optional`: not set
    del body["changes"][0]["topupStatus"]  # proto3 `optional`: not set
    parsed = _call(recording, json.dumps(body).encode())
    change = parsed.changes[0]
    assert parsed.total is None and change.amount is None
    assert change.team_id == "" and change.invoice_id is None and change.topup_status is None
    assert change.change_origin is ChangeOrigin.INVALID_ORIGIN


def test_an_empty_response_reads_as_zero_values_not_absent_ones() -> None:
    recording = load(RECORDINGS_DIR / "getPrepaidBalance" / "empty.json")  # {"total": {}}
    parsed = _call(recording, json.dumps(recording["response"]["body"]).encode())
    assert parsed.changes == [] and parsed.total is not None and parsed.total.val == 0
    limits = GetSpendingLimitsResponse.from_dict({"spendingLimits": {"softSl": {}}}).spending_limits
    assert limits is not None and limits.soft_sl == UsdCents(val=0) and limits.hard_sl_override is None
    invoice = Invoice.from_dict({})
    assert (invoice.total, invoice.invoice_status, invoice.lines, invoice.monthly) == (
        0,
        InvoiceStatus.INVALID,
        [],
        None,
    )


def test_a_left_out_field_with_an_unknown_one_in_its_place_is_told_apart_from_a_whole_message() -> None:
    # The reader takes a message with as many members as it has fields without presence as the API writes
    # it (all of them, nothing else) and reads them in one lookup; the same count made up otherwise must
    # still read the left-out field as its default and keep the unknown one.
    line = {"clusterName": "c", "description": "d", "unitType": "u", "unitPrice": "2", "numUnits": "3", "amount": "6"}
    swapped = {k: v for k, v in line.items() if k != "amount"} | {"futureAmount": "6"}
    grown = line | {"futureField": [1]}
    invoice = Invoice.from_dict({"lines": [line, swapped, grown, {"amount": None}]})
    whole, left_out, added, null = invoice.lines
    assert (whole.amount, dict(whole.additional_properties)) == (6, {})
    assert (left_out.amount, left_out.num_units, dict(left_out.additional_properties)) == (0, 3, {"futureAmount": "6"})
    assert (added.amount, dict(added.additional_properties)) == (6, {"futureField": [1]})
    assert (null.amount, null.cluster_name, dict(null.additional_properties)) == (0, "", {})
    assert UsdCents.from_dict({"cents": "5"}) == UsdCents(val=0, additional_properties={"cents": "5"})
    assert UsdCents.from_dict({"val": None}) == UsdCents(val=0)
    assert invoice.to_dict()["lines"][1] == swapped | {"amount": "0"}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"total": {"val": "-1000"}}, -1000),
        ({"total": {"val": -1000}}, -1000),  # an int64 may arrive as a number
        ({"total": {"val": 1e3}}, 1000),
        ({"total": {"val": "9223372036854775807"}}, 2**63 - 1),
    ],
)
def test_int64_reads_as_int_from_a_string_or_a_number(body: Any, expected: int) -> None:
    parsed = GetPrepaidBalanceResponse.from_dict(body)
    assert parsed.total is not None and parsed.total.val == expected and type(parsed.total.val) is int
    assert parsed.to_dict() == {"changes": [], "total": {"val": str(expected)}}


def test_doubles_read_as_float_from_numbers_and_proto3_strings() -> None:
    point = DataPoint.from_dict({"values": [0, 1, 1.5, "2.5", "NaN", "Infinity", "-Infinity"]})
    assert all(type(v) is float for v in point.values)
    assert point.values[:4] == [0.0, 1.0, 1.5, 2.5] and math.isnan(point.values[4])
    assert point.values[5:] == [math.inf, -math.inf]
    assert point.to_dict()["values"] == [0.0, 1.0, 1.5, 2.5, "NaN", "Infinity", "-Infinity"]
    assert DataPoint.from_dict({"values": [0.25]}).values == [0.25]


def test_int32_reads_from_a_number_or_a_string() -> None:
    assert BillingCycle.from_dict({"year": "2025", "month": 11}) == BillingCycle(year=2025, month=11)


@pytest.mark.parametrize(
    ("total", "named"),
    [
        ({"val": {"x": 1}}, "UsdCents.val: expected an int64"),
        ({"val": True}, "UsdCents.val: expected an int64"),
        ({"val": "not-a-number"}, "UsdCents.val: expected an int64"),
        ({"val": 1.5}, "UsdCents.val: expected an int64"),
        (["va"], "GetPrepaidBalanceResponse.total: expected an object, got a list"),
        ("x", "GetPrepaidBalanceResponse.total: expected an object, got a string"),
        (7, "GetPrepaidBalanceResponse.total: expected an object, got a number"),
    ],
)
def test_a_value_of_the_wrong_json_type_is_a_response_error_naming_the_field(total: Any, named: str) -> None:
    recording = load(RECORDINGS_DIR / "getPrepaidBalance" / "reference.json")
    with pytest.raises(xai_billing.APIResponseValidationError, match=named):
        _call(recording, json.dumps({"total": total}).encode())


@pytest.mark.parametrize(
    ("member", "value", "named"),
    [
        ("teamId", {"a": 1}, "BalanceChange.teamId: expected a string, got an object"),
        ("teamId", False, "BalanceChange.teamId: expected a string, got a boolean"),
        ("invoiceId", 5, "BalanceChange.invoiceId: expected a string, got a number"),
        ("changeOrigin", ["PURCHASE"], "BalanceChange.changeOrigin: expected an enum name"),
        ("createTime", "yesterday", "BalanceChange.createTime: expected an RFC 3339 timestamp"),
        ("createTime", 1700000000, "BalanceChange.createTime: expected an RFC 3339 timestamp string"),
        ("spendBpKeyYear", "twenty", "BalanceChange.spendBpKeyYear: expected an int32"),
        ("spendBpKeyYear", True, "BalanceChange.spendBpKeyYear: expected an int32"),
        ("paymentProcessor", [], "BalanceChange.paymentProcessor: expected an object, got a list"),
    ],
)
def test_wrong_types_inside_a_list_item_name_the_field(member: str, value: Any, named: str) -> None:
    recording = load(RECORDINGS_DIR / "getPrepaidBalance" / "reference.json")
    body = copy.deepcopy(recording["response"]["body"])
    body["changes"][0][member] = value
    with pytest.raises(xai_billing.APIResponseValidationError, match=named):
        _call(recording, json.dumps(body).encode())


def test_a_list_of_the_wrong_type_is_a_response_error() -> None:
    recording = load(RECORDINGS_DIR / "getUsage" / "reference.json")
    for body, named in [
        ({"timeSeries": {}}, "GetUsageResponse.timeSeries: expected a list"),
        ({"timeSeries": [[]]}, r"GetUsageResponse.timeSeries\[0\]: expected an object"),
        ({"timeSeries": [{"group": "a"}]}, "TimeSeries.group: expected a list"),
        ({"timeSeries": [{"group": [1]}]}, r"TimeSeries.group\[0\]: expected a string"),
        ({"timeSeries": [{"dataPoints": [{"values": [True]}]}]}, r"DataPoint.values\[0\]: expected a double"),
        ({"timeSeries": [{"dataPoints": [{"values": ["many"]}]}]}, r"DataPoint.values\[0\]: expected a double"),
        ({"limitReached": "yes"}, "GetUsageResponse.limitReached: expected a boolean"),
    ]:
        with pytest.raises(xai_billing.APIResponseValidationError, match=named):
            _call(recording, json.dumps(body).encode())


REFERENCES = [p for p in RECORDINGS if p.stem == "reference"]


def _first_object_field(body: Any) -> tuple[Any, ...] | None:
    for member in _paths(body):
        node = body
        for key in member:
            node = node[key]
        if isinstance(node, dict):
            return member
    return None


@pytest.mark.parametrize("path", REFERENCES, ids=[p.parent.name for p in REFERENCES])
def test_malformed_bodies_raise_the_response_error(path: Path) -> None:
    recording = load(path)
    good = json.dumps(recording["response"]["body"]).encode()
    malformed = [
        b"not json",
        b"",
        b"[]",
        b'[{"a": 1}]',
        b'"a string"',
        b"42",
        b"null",
        b"\xff\xfe",
        good[: max(1, len(good) // 2)],
    ]
    member = _first_object_field(recording["response"]["body"])
    if member is not None:  # a string where an object belongs
        body = copy.deepcopy(recording["response"]["body"])
        parent = body
        for key in member[:-1]:
            parent = parent[key]
        parent[member[-1]] = "a string"
        malformed.append(json.dumps(body).encode())
    idempotent = operations()[recording["operationId"]][2]["x-idempotent"]
    for content in malformed:
        if not idempotent:  # a top-up answered 2xx happened: its error says so, and is not a response error
            with pytest.raises(xai_billing.TopUpOutcomeUnknownError, match="the charge happened") as unknown:
                _call(recording, content)
            assert isinstance(unknown.value.__cause__, xai_billing.APIResponseValidationError)
            continue
        with pytest.raises(xai_billing.APIResponseValidationError) as info:
            _call(recording, content)
        assert info.value.status_code == 200 and info.value.body == content


def test_string_where_a_nullable_object_belongs_is_a_response_error() -> None:
    recording = load(RECORDINGS_DIR / "listPaymentMethods" / "reference.json")
    body = copy.deepcopy(recording["response"]["body"])
    body["paymentMethods"][0]["cardDetails"] = "visa"
    with pytest.raises(xai_billing.APIResponseValidationError, match="PaymentMethod.cardDetails: expected an object"):
        _call(recording, json.dumps(body).encode())
