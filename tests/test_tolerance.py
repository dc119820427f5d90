"""The tolerant reader: what servers really do (new enum values, new fields, nulls) parses; malformed bodies raise
the package's response error, for every recording and every operation."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import httpx
import pytest
from contract import RECORDINGS, RECORDINGS_DIR, SPEC, call_kwargs, load, mock_client, snake

import xai_billing

IDS = [f"{p.parent.name}/{p.stem}" for p in RECORDINGS]


def _enum_fields() -> set[str]:
    """The names of the properties whose schema is an enum."""
    schemas = SPEC["components"]["schemas"]
    enums = {f"#/components/schemas/{name}" for name, s in schemas.items() if "enum" in s}
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
    assert {"changeOrigin", "topupStatus", "kind", "invoiceStatus", "brand"} <= ENUM_FIELDS
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
    assert parsed.to_dict() == body
    unknown = [v for v in _values(parsed) if getattr(v, "is_unknown", False)]
    assert len(unknown) == replaced
    assert all(str(v).startswith("NEW_") and v.value == str(v) for v in unknown)


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
    assert parsed.to_dict() == body


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


def test_null_reads_as_absent_where_the_spec_allows_no_null() -> None:
    recording = load(RECORDINGS_DIR / "getPrepaidBalance" / "reference.json")
    body = copy.deepcopy(recording["response"]["body"])
    body["total"] = None
    body["changes"][0]["amount"] = None
    body["changes"][0]["teamId"] = None
    parsed = _call(recording, json.dumps(body).encode())
    assert parsed.total is xai_billing.UNSET
    assert parsed.changes[0].amount is xai_billing.UNSET
    assert parsed.changes[0].team_id is xai_billing.UNSET


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
    for content in malformed:
        with pytest.raises(xai_billing.APIResponseValidationError) as info:
            _call(recording, content)
        assert info.value.status_code == 200 and info.value.body == content


def test_string_where_a_nullable_object_belongs_is_a_response_error() -> None:
    recording = load(RECORDINGS_DIR / "listPaymentMethods" / "reference.json")
    body = copy.deepcopy(recording["response"]["body"])
    body["paymentMethods"][0]["cardDetails"] = "visa"
    with pytest.raises(xai_billing.APIResponseValidationError, match="CardDetails"):
        _call(recording, json.dumps(body).encode())
