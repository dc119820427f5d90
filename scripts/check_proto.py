"""`make check`: every schema of the spec that names its proto message (`x-proto-message`) against the
vendored proto files (spec/proto/, see its README): field names (proto3 JSON's lowerCamelCase), JSON
types, presence and enum values. What the public reference has and the proto does not is marked
`x-not-in-proto` in the spec: `true` on a schema or a property, the list of values on an enum.

Usage: check_proto.py [--proto DIR] [--spec FILE]. Each finding names the schema and field, the spec's line
(the field's or the enum value's) and the proto's, and what to change; exit 1 if there is any.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
TOKEN = re.compile(r'"[^"]*"|[A-Za-z_][\w.]*|-?\d+|[{}=;<>,()\[\]]')
# proto3 JSON: the JSON type of each scalar (64-bit integers are strings), and of the well-known types used.
SCALARS = {
    **dict.fromkeys(("int64", "uint64", "sint64", "fixed64", "sfixed64"), ("string", "int64")),
    **dict.fromkeys(("int32", "uint32", "sint32", "fixed32", "sfixed32"), ("integer", "int32")),
    "double": ("number", "double"),
    "float": ("number", "float"),
    "bool": ("boolean", None),
    "string": ("string", None),
    "bytes": ("string", "byte"),
    "google.protobuf.Timestamp": ("string", "date-time"),
}


@dataclass
class ProtoField:
    name: str
    type: str  # as written, or resolved to a full name for messages and enums
    number: int
    repeated: bool
    explicit: bool  # has presence: `optional`, a message, or a oneof member
    where: str  # file:line

    @property
    def json_name(self) -> str:
        head, *rest = self.name.split("_")
        return head + "".join(part[:1].upper() + part[1:] for part in rest)


@dataclass
class ProtoType:
    full_name: str
    kind: str  # message or enum
    where: str
    fields: list[ProtoField] = field(default_factory=list)
    values: list[str] = field(default_factory=list)


def parse(files: list[Path]) -> dict[str, ProtoType]:
    """The messages and enums of these .proto files, by full name (package.Message.Nested)."""
    types: dict[str, ProtoType] = {}
    for path in files:
        tokens: list[tuple[str, int]] = []
        for row, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            tokens += [(t, row) for t in TOKEN.findall(line.split("//", 1)[0])]
        _parse_file(tokens, f"{path.parent.name}/{path.name}", types)
    for proto in types.values():  # resolve the names fields use, innermost scope first
        for f in proto.fields:
            if f.type in SCALARS or f.type.startswith("map<"):
                continue
            scope = proto.full_name.split(".")
            while scope:
                if ".".join([*scope, f.type]) in types:
                    f.type = ".".join([*scope, f.type])
                    break
                scope.pop()
    for proto in types.values():  # a message field (a Timestamp too) has presence, unless repeated
        for f in proto.fields:
            message = (
                f.type == "google.protobuf.Timestamp" or types.get(f.type, ProtoType("", "", "")).kind == "message"
            )
            f.explicit = (f.explicit or message) and not f.repeated
    return types


def _parse_file(tokens: list[tuple[str, int]], name: str, types: dict[str, ProtoType]) -> None:
    package, i = "", 0
    while i < len(tokens):
        word = tokens[i][0]
        if word == "package":
            package, i = tokens[i + 1][0], i + 3
        elif word in ("message", "enum"):
            i = _parse_type(tokens, i, package, name, types)
        elif word == "service":
            i = _skip_block(tokens, i)
        else:
            i = _skip_statement(tokens, i)


def _skip_statement(tokens: list[tuple[str, int]], i: int) -> int:
    while tokens[i][0] != ";":
        i += 1
    return i + 1


def _skip_block(tokens: list[tuple[str, int]], i: int) -> int:
    while tokens[i][0] != "{":
        i += 1
    depth = 0
    while True:
        depth += {"{": 1, "}": -1}.get(tokens[i][0], 0)
        i += 1
        if depth == 0:
            return i


def _parse_type(tokens: list[tuple[str, int]], i: int, scope: str, file: str, types: dict[str, ProtoType]) -> int:
    kind, name, row = tokens[i][0], tokens[i + 1][0], tokens[i][1]
    full = f"{scope}.{name}" if scope else name
    proto = types[full] = ProtoType(full, kind, f"{file}:{row}")
    i += 3  # kind, name, {
    oneof = 0  # the depth of the oneof block we are in
    while True:
        word, row = tokens[i]
        if word == "}":
            i += 1
            if oneof:
                oneof -= 1
                continue
            return i
        if word in ("message", "enum") and tokens[i + 2][0] == "{":
            i = _parse_type(tokens, i, full, file, types)
        elif word == "oneof":
            oneof, i = oneof + 1, i + 3
        elif word in ("reserved", "option", "extensions"):
            i = _skip_statement(tokens, i)
        elif kind == "enum":
            proto.values.append(word)
            i = _skip_statement(tokens, i)
        else:
            label = word if word in ("repeated", "optional") else ""
            j = i + (1 if label else 0)
            if tokens[j][0] == "map":  # map<K, V>: a JSON object
                type_, j = "map<" + tokens[j + 2][0] + "," + tokens[j + 4][0] + ">", j + 6
            else:
                type_, j = tokens[j][0], j + 1
            proto.fields.append(
                ProtoField(
                    tokens[j][0],
                    type_,
                    int(tokens[j + 2][0]),
                    label == "repeated",
                    label == "optional" or bool(oneof),
                    f"{file}:{row}",
                )
            )
            i = _skip_statement(tokens, j)


# -- the comparison ---------------------------------------------------------------------------------------


def compare(spec: dict[str, Any], types: dict[str, ProtoType], lines: dict[str, int]) -> list[str]:
    """What differs between the spec's schemas and the proto messages they name, one line each, at the line
    of the field or enum value it is about (`lines`, from spec_lines())."""
    schemas = spec["components"]["schemas"]
    by_message: dict[str, list[str]] = {}
    for name, schema in schemas.items():
        named = schema.get("x-proto-message")
        for message in [named] if isinstance(named, str) else named or []:
            by_message.setdefault(message, []).append(name)
    found = []
    for name, schema in schemas.items():
        named = schema.get("x-proto-message")
        if not named or schema.get("x-not-in-proto") is True:
            continue
        for message in [named] if isinstance(named, str) else named:
            if message.startswith("google."):
                continue  # not vendored: the well-known types
            proto = types.get(message)
            if proto is None:
                found.append(f"{_at(lines, name)}: names {message}, which spec/proto does not define")
            elif proto.kind == "enum":
                found += _compare_enum(lines, name, schema, proto)
            else:
                found += _compare_message(lines, name, schema, proto, schemas, types)
    return found


def _at(lines: dict[str, int], name: str, *keys: str) -> str:
    """`spec/openapi.yaml:LINE: name`, at the line of the first of `keys` the spec has, else the schema's."""
    row = next((lines[key] for key in keys if key in lines), lines.get(name, 0))
    return f"spec/openapi.yaml:{row}: {name}"


def _compare_enum(lines: dict[str, int], name: str, schema: dict[str, Any], proto: ProtoType) -> list[str]:
    listed = schema.get("enum") or schema.get("x-extensible-enum") or []
    extra = schema.get("x-not-in-proto") or []
    found = [
        f"{_at(lines, name, f'{name}:values')}: value {value} is in the proto ({proto.where}), not in the spec: "
        "add it to the enum's values"
        for value in proto.values
        if value not in listed
    ]
    found += [
        f"{_at(lines, name, f'{name}={value}')}: value {value} is not in the proto {proto.full_name} "
        f"({proto.where}): remove it, or list it in x-not-in-proto"
        for value in listed
        if value not in proto.values and value not in extra
    ]
    return found


def _json_type(f: ProtoField, types: dict[str, ProtoType]) -> tuple[str, str | None]:
    if f.type in SCALARS:
        return SCALARS[f.type]
    if f.type.startswith("map<"):
        return ("object", None)
    target = types.get(f.type)
    return ("string", None) if target is not None and target.kind == "enum" else ("object", f.type)


def _compare_message(
    lines: dict[str, int],
    name: str,
    schema: dict[str, Any],
    proto: ProtoType,
    schemas: dict[str, Any],
    types: dict[str, ProtoType],
) -> list[str]:
    found = []
    properties: dict[str, Any] = schema.get("properties", {})
    request = proto.full_name.endswith(("Req", "Request"))
    where = _at(lines, name, f"{name}:properties")  # where a missing property goes
    for f in proto.fields:
        if request and f.name == "team_id":
            continue  # a request's team is the path's {team_id}
        node = properties.get(f.json_name)
        json_type, detail = _json_type(f, types)
        shown = f"{'repeated ' if f.repeated else ''}{f.type}"
        if node is None:
            found.append(
                f"{where}: field {f.json_name} ({shown}, proto field {f.name} = {f.number} at {f.where}) is not in "
                f"the spec: add the property"
            )
            continue
        at = f"{_at(lines, name, f'{name}.{f.json_name}')}.{f.json_name}"
        item = node.get("items", {}) if f.repeated else node
        if f.repeated and node.get("type") != "array":
            found.append(f"{at}: the proto's field is repeated ({f.where}), the spec's not an array")
            continue
        branches = [b for b in item.get("anyOf", [item]) if b.get("type") != "null"]
        refs = [b["$ref"].rsplit("/", 1)[-1] for b in branches if "$ref" in b]
        if json_type == "object" and detail is not None:  # a message: the $ref'd schema must name it
            named = [schemas[r].get("x-proto-message") for r in refs]
            named = [m for n in named for m in ([n] if isinstance(n, str) else n or [])]
            if detail not in named and detail not in SCALARS:
                found.append(f"{at}: the proto's type is {detail} ({f.where}); the spec's schema names {named or refs}")
        elif refs and json_type == "string" and detail is None:  # an enum, by $ref
            named = [schemas[r].get("x-proto-message") for r in refs]
            if f.type not in named:
                found.append(f"{at}: the proto's enum is {f.type} ({f.where}); the spec's names {named}")
        else:
            types_ = {b.get("type") for b in branches} - {None}
            formats = {b.get("format") for b in branches}
            if types_ and json_type not in types_:
                found.append(
                    f"{at}: the proto's {f.type} is a JSON {json_type} ({f.where}); the spec says {sorted(types_)}"
                )
            elif detail in ("int64", "int32", "date-time") and detail not in formats:
                found.append(f"{at}: the proto's {f.type} needs format {detail} ({f.where}); the spec has {formats}")
        has_default = "x-proto3-default" in node or f.json_name in schema.get("required", [])
        if f.explicit and "x-proto3-default" in node and not request:
            found.append(
                f"{at}: the proto's field has presence ({f.where}: optional, a message or a oneof member), so it "
                "has no default: remove x-proto3-default"
            )
        elif not f.explicit and not f.repeated and not has_default and not request and json_type != "object":
            found.append(f"{at}: the proto's field has no presence ({f.where}): give it its x-proto3-default")
    names = {f.json_name for f in proto.fields}
    for prop, node in properties.items():
        if prop not in names and node.get("x-not-in-proto") is not True:
            found.append(
                f"{_at(lines, name, f'{name}.{prop}')}.{prop}: not in the proto {proto.full_name} ({proto.where}): remove it, or mark it "
                "x-not-in-proto: true"
            )
    return found


def spec_lines(text: str) -> dict[str, int]:
    """The lines of the spec's schemas, for the findings' locations: `Schema` (its name), `Schema.field` (a
    property's name), `Schema=VALUE` (an enum value), `Schema:properties` and `Schema:values` (the property
    map's and the value list's keys, where a missing one goes)."""
    lines: dict[str, int] = {}
    inside, schema, block = False, "", ""
    for row, line in enumerate(text.splitlines(), 1):
        if not inside:
            inside = line == "  schemas:"
        elif re.fullmatch(r" {0,2}\S.*", line):  # the next component type (parameters, ...) or top-level key
            inside = False
        elif match := re.fullmatch(r"    ['\"]?([\w.-]+)['\"]?:", line):
            schema, block = match.group(1), ""
            lines[schema] = row
        elif match := re.fullmatch(r"      ([\w-]+):.*", line):
            block = match.group(1)
            if block == "properties":
                lines[f"{schema}:properties"] = row
            elif block in ("enum", "x-extensible-enum"):
                lines[f"{schema}:values"] = row
        elif block == "properties" and (match := re.fullmatch(r"        ['\"]?([\w.-]+)['\"]?:.*", line)):
            lines[f"{schema}.{match.group(1)}"] = row
        elif block in ("enum", "x-extensible-enum") and (
            match := re.fullmatch(r"        - ['\"]?([\w.-]+)['\"]?", line)
        ):
            lines[f"{schema}={match.group(1)}"] = row
    return lines


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--proto", type=Path, default=ROOT / "spec" / "proto", help="the proto files' folder")
    parser.add_argument("--spec", type=Path, default=ROOT / "spec" / "openapi.yaml", help="the OpenAPI document")
    args = parser.parse_args(argv)
    text = args.spec.read_text(encoding="utf-8")
    types = parse(sorted(args.proto.glob("*.proto")))
    found = compare(yaml.safe_load(text), types, spec_lines(text))
    for line in found:
        print(line, file=sys.stderr)
    if found:
        print(f"{len(found)} differences between the spec and the proto in {args.proto}", file=sys.stderr)
        return 1
    named = sum(1 for s in yaml.safe_load(text)["components"]["schemas"].values() if s.get("x-proto-message"))
    print(f"the spec follows the proto: {named} schemas naming their message, {len(types)} messages and enums")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
