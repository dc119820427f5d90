"""The payloads the conformance matrix decodes, and the check of what a generated client decoded.

Every recording (tests/recordings) plus payloads written here from the spec, per response schema:
- `unlisted`: every field set, every enum field holding a value the spec does not list, every int64
  beyond 2^53 (a double cannot hold it);
- `null-N`: the message and timestamp fields at depth N `null`, those above set (proto3 JSON writes an
  unset message so);
- `zero-N`: the message fields at depth N `{}` (a message whose fields all hold their defaults);
- `empty`: `{}` for the whole response.

A client passes a payload when it decodes it and, encoded again by the client itself, every int64 and
enum value of the original is there, unchanged (an int64 compared as an integer, whatever JSON type
the client writes it as).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
UNLISTED = "XAI_UNLISTED_VALUE"
BIG_INT64 = "9007199254740993"  # 2^53 + 1: a double reads it as ...992


def load_spec(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def schemas(spec: dict[str, Any]) -> dict[str, Any]:
    return spec["components"]["schemas"]  # type: ignore[no-any-return]


def ref_name(node: dict[str, Any]) -> str | None:
    ref = node.get("$ref")
    return None if ref is None else str(ref).rsplit("/", 1)[-1]


def operations(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """operationId -> {method, path, response (the 200 schema's name), read (changes nothing)}."""
    found = {}
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if not isinstance(op, dict) or "operationId" not in op:
                continue
            ok = op["responses"]["200"]["content"]["application/json"]["schema"]
            found[op["operationId"]] = {
                "method": method.upper(),
                "path": path,
                "response": ref_name(ok),
                "read": method == "get" or bool(op.get("x-read-only")),
            }
    return found


def enum_values(spec: dict[str, Any], node: dict[str, Any]) -> list[str] | None:
    """The values of an enum schema (closed, open as anyOf, or open as x-extensible-enum), else None."""
    name = ref_name(node)
    if name is not None:
        node = schemas(spec)[name]
    if "enum" in node and node.get("type") == "string":
        return list(node["enum"])
    if "x-extensible-enum" in node:
        return list(node["x-extensible-enum"])
    for branch in node.get("anyOf", []):
        if branch.get("type") == "string" and "enum" in branch and len(node["anyOf"]) == 2:
            if {"type": "string"} in node["anyOf"]:
                return list(branch["enum"])
    return None


def unwrap(spec: dict[str, Any], node: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """The schema of a property without its `null` branch, and whether it may be null."""
    nullable = False
    if "anyOf" in node:
        rest = [b for b in node["anyOf"] if b.get("type") != "null"]
        nullable = len(rest) < len(node["anyOf"])
        if len(rest) == 1:
            node = {**rest[0], **{k: v for k, v in node.items() if k != "anyOf"}}
    if isinstance(node.get("type"), list):
        kinds = [t for t in node["type"] if t != "null"]
        nullable = nullable or len(kinds) < len(node["type"])
        node = {**node, "type": kinds[0]} if len(kinds) == 1 else node
    return node, nullable


def kind(spec: dict[str, Any], node: dict[str, Any]) -> str:
    """int64 | enum | message | timestamp | array | double | int32 | bool | str | any."""
    if enum_values(spec, node) is not None:
        return "enum"
    name = ref_name(node)
    if name is not None:
        target = schemas(spec)[name]
        return "message" if target.get("type") == "object" else kind(spec, target)
    t = node.get("type")
    if t == "array":
        return "array"
    if t == "object":
        return "message"
    if t == "string":
        return {"int64": "int64", "date-time": "timestamp"}.get(node.get("format", ""), "str")
    if t == "integer":
        return "int32"
    if t == "boolean":
        return "bool"
    if t == "number" or any(b.get("type") == "number" for b in node.get("anyOf", []) + node.get("oneOf", [])):
        return "double"
    return "any"


def message_schema(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    name = ref_name(node)
    return schemas(spec)[name] if name is not None else node  # type: ignore[no-any-return]


def instance(spec: dict[str, Any], schema: dict[str, Any], *, depth: int = 1, at: int = 0, mode: str = "full") -> Any:
    """Every field of a message set; with mode null/zero, the message fields at depth `at` are null / {}."""
    out: dict[str, Any] = {}
    for prop, raw in schema.get("properties", {}).items():
        node, nullable = unwrap(spec, raw)
        k = kind(spec, node)
        if k in ("message", "timestamp") and depth == at and mode != "full":
            if mode == "null" and nullable:
                out[prop] = None
            elif mode == "zero" and k == "message":
                out[prop] = {}
            continue
        out[prop] = value(spec, node, k, depth=depth, at=at, mode=mode)
    return out


def value(spec: dict[str, Any], node: dict[str, Any], k: str, *, depth: int, at: int, mode: str) -> Any:
    if k == "enum":
        return UNLISTED
    if k == "int64":
        return BIG_INT64
    if k == "int32":
        return 7
    if k == "bool":
        return True
    if k == "double":
        return 1.5
    if k == "timestamp":
        return "2025-10-01T00:00:00Z"
    if k == "str":
        return "x"
    if k == "message":
        return instance(spec, message_schema(spec, node), depth=depth + 1, at=at, mode=mode)
    if k == "array":
        items, _ = unwrap(spec, node["items"])
        ik = kind(spec, items)
        if ik == "double":
            return [1.5, "NaN", "Infinity", "-Infinity"]
        return [value(spec, items, ik, depth=depth, at=at, mode=mode)]
    return "x"


def max_depth(spec: dict[str, Any], schema: dict[str, Any], depth: int = 1) -> int:
    deepest = depth
    for raw in schema.get("properties", {}).values():
        node, _ = unwrap(spec, raw)
        if kind(spec, node) == "array":
            node, _ = unwrap(spec, node["items"])
        if kind(spec, node) == "message":
            deepest = max(deepest, max_depth(spec, message_schema(spec, node), depth + 1))
    return deepest


def payloads(spec: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """{id, operationId, schema, body}: the recordings, then the payloads written from the spec."""
    ops = operations(spec)
    for path in sorted((ROOT / "tests" / "recordings").rglob("*.json")):
        rec = json.loads(path.read_text(encoding="utf-8"))
        if rec["response"]["status"] != 200:
            continue
        op = rec["operationId"]
        yield {
            "id": f"{op}.{path.stem}",
            "operationId": op,
            "schema": ops[op]["response"],
            "body": rec["response"]["body"],
        }
    done = set()
    for op_id, op in sorted(ops.items()):
        name = op["response"]
        if name in done or not schemas(spec)[name].get("properties"):
            continue
        done.add(name)
        schema = schemas(spec)[name]
        yield {"id": f"{name}.unlisted", "operationId": op_id, "schema": name, "body": instance(spec, schema)}
        for at in range(1, max_depth(spec, schema) + 1):
            for mode in ("null", "zero"):
                body = instance(spec, schema, at=at, mode=mode)
                yield {"id": f"{name}.{mode}-{at}", "operationId": op_id, "schema": name, "body": body}
        yield {"id": f"{name}.empty", "operationId": op_id, "schema": name, "body": {}}


# -- the check ----------------------------------------------------------------------------------------


def compare(spec: dict[str, Any], schema: dict[str, Any], original: Any, decoded: Any, at: str = "$") -> list[str]:
    """Each int64 or enum value of `original` that `decoded` (the client's own encoding) lost or changed."""
    problems: list[str] = []
    if not isinstance(original, dict):
        return problems
    if not isinstance(decoded, dict):
        decoded = {}
    for prop, raw in schema.get("properties", {}).items():
        if original.get(prop) is None:
            continue
        node, _ = unwrap(spec, raw)
        k = kind(spec, node)
        was, now = original[prop], decoded.get(prop)
        where = f"{at}.{prop}"
        if k == "array":
            items, _ = unwrap(spec, node["items"])
            ik = kind(spec, items)
            now = now if isinstance(now, list) else []
            for i, item in enumerate(was):
                got = now[i] if i < len(now) else None
                problems += compare_value(spec, items, ik, item, got, f"{where}[{i}]")
        else:
            problems += compare_value(spec, node, k, was, now, where)
    return problems


def compare_value(spec: dict[str, Any], node: dict[str, Any], k: str, was: Any, now: Any, where: str) -> list[str]:
    if k == "int64":
        if not same_int(was, now):
            return [f"{where}: int64 {was} read as {json.dumps(now)}"]
    elif k == "enum":
        if now != was:
            return [f"{where}: enum {was} read as {json.dumps(now)}"]
    elif k == "message":
        return compare(spec, message_schema(spec, node), was, now, where)
    return []


def same_int(was: Any, now: Any) -> bool:
    if isinstance(now, bool) or now is None:
        return False
    try:
        return int(str(was)) == (now if isinstance(now, int) else int(str(now)))
    except ValueError:
        return False


def omitted_default(spec: dict[str, Any], decoded_empty_total: Any) -> str:
    """What a client made of `{}` for a UsdCents (its int64 `val` omitted): filled in, or left unset."""
    if not isinstance(decoded_empty_total, dict) or decoded_empty_total.get("val") is None:
        return "left unset"
    return f"reads {json.dumps(decoded_empty_total['val'])}"
