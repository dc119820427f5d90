"""Build generated/ from spec/openapi.yaml: `make generate` runs this, `make check` runs it with --check.

Steps, all deterministic given the pinned tools of generator/requirements.txt:
1. The spec is read and checked for what this generator needs (an error names the operation or the
   schema and the field, and stops the build), and turned into a plan: for every schema and operation,
   the facts the templates lay out as code (the proto3 kind and presence of each field, its Python
   name, the Python names of the parameters, what may be retried). The plan is the one reading of the
   spec: no template and no later step looks at the spec itself.
2. The templates of generator/templates render the package xai_billing from the plan with this
   module's own jinja2.Environment: the clients, each operation's request, the models and enums, the
   request TypedDicts, the command-line tool's operation table.
3. The hand-written runtime modules of generator/runtime are copied into the package, with the
   package version and the spec (as JSON, for the local API).
4. Every file gets the one-line header, then ruff fixes imports and formats, with the settings in
   pyproject.toml.
5. The result replaces generated/ whole (stale files go), or with --check is compared with it.
"""

from __future__ import annotations

import argparse
import builtins
import filecmp
import json
import keyword
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "openapi.yaml"
GENERATOR = ROOT / "generator"
TEMPLATES = GENERATOR / "templates"
GENERATED = ROOT / "generated"
PACKAGE = "xai_billing"
HEADER = "# generated from spec/openapi.yaml by make generate — do not edit"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")


class SpecError(Exception):
    """The spec cannot be generated from; the message names the operation or schema and the field."""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with generated/ instead of replacing it")
    parser.add_argument("--spec", type=Path, default=SPEC, help="the OpenAPI document (default: spec/openapi.yaml)")
    parser.add_argument("--out", type=Path, default=GENERATED, help="where to write (default: generated/)")
    args = parser.parse_args()
    try:
        spec = yaml.safe_load(args.spec.read_text(encoding="utf-8"))
        plan = build_plan(spec)
    except SpecError as exc:
        print(f"{args.spec}: {exc}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="xai-billing-gen-") as tmp:
        out = Path(tmp) / "generated"
        build(plan, out)
        if args.check:
            return compare(out, args.out)
        if args.out.exists():
            shutil.rmtree(args.out)
        shutil.copytree(out, args.out)
        count = sum(1 for p in args.out.rglob("*") if p.is_file())
        print(f"{args.out} rebuilt from {args.spec}: {count} files")
    return 0


# ---------------------------------------------------------------------------------------------------
# The plan: what the templates lay out, derived from the spec alone.


@dataclass
class Field:
    """One property of a schema, as the model templates need it."""

    wire: str  # the JSON name
    name: str  # the Python attribute / keyword name
    kind: str  # str | int64 | int32 | double | bool | enum | message | timestamp | any
    target: str | None  # the class of an enum or message
    target_module: str | None
    repeated: bool
    presence: str  # implicit (a default), optional (None when not set), required (requests only)
    default: str | None  # the Python literal of an implicit field's default
    description: str
    where: str  # Schema.wireName, for error messages
    annotation: str  # the Python type of the attribute
    doc: str = ""  # the description in Python terms (see python_terms), for docstrings

    @property
    def quoted(self) -> str:
        return repr(self.wire)

    @property
    def local(self) -> str:
        """The name of the reader's local variable for this field: its own, unless that would hide a name
        the reader calls."""
        hidden = self.name in READER_NAMES or self.name.startswith(("read_", "write_"))
        return f"{self.name}_" if hidden else self.name


# The names a model's reader uses besides its fields' locals: builtins and the imports of model.py.jinja.
READER_NAMES = frozenset(dir(builtins)) | {
    "src", "v", "n", "whole", "self", "new", "bad", "extras", "fromisoformat", "NO_EXTRAS", "define", "field",
    "datetime", "Mapping", "Any", "annotations", "itemgetter", "WireFormatError", "not_a_message",
    "message_state", "set_message_state", "READ_TIMESTAMPS",
}  # fmt: skip


@dataclass
class Model:
    schema: str
    cls: str
    module: str
    description: str
    fields: list[Field]
    imports: list[tuple[str, str]] = field(default_factory=list)  # (module, class) of nested messages and enums
    enums: list[str] = field(default_factory=list)
    uses_datetime: bool = False
    doc: str = ""  # the description in Python terms

    @property
    def always(self) -> list[Field]:
        """The fields a server that writes default values (as this API does) always sends: all but those
        with explicit presence (messages, timestamps, proto3 `optional`), which are left out when unset."""
        return [f for f in self.fields if f.presence != "optional"]


@dataclass
class Enum:
    cls: str
    module: str
    description: str
    values: list[str]
    doc: str = ""  # the description in Python terms


@dataclass
class Argument:
    """A keyword argument of an operation: a body member or a query parameter."""

    wire: str
    name: str
    schema: dict[str, Any]  # the spec's schema, for the request check
    annotation: str  # the type the caller may pass
    required: bool
    description: str  # as the spec says it (the command-line tool's help uses it)
    doc: str = ""  # in Python terms, for the methods' docstrings
    model: str | None = None  # the class of a message argument (a $ref to an object schema), for the CLI
    proto_message: str | None = None  # its x-proto-message: the CLI takes a prod_charger.Cent in dollars


@dataclass
class OutcomeUnknown:
    """x-outcome-unknown of an operation that is not idempotent, in Python terms."""

    effect: str  # what may have happened: "the charge"
    check: str  # what to do before trying again, naming the client method to call
    error: str  # the exception raised: OutcomeUnknownError or the operation's own subclass of it


@dataclass
class Operation:
    id: str
    name: str  # the client method
    rpc: str
    http_method: str
    path: str  # with {team_id}
    idempotent: bool
    summary: str
    description: str
    body: list[Argument]
    query: list[Argument]
    response_cls: str
    response_module: str
    cli_name: str  # the command of the xai-billing tool: x-cli-name, else the operationId in kebab-case
    read_only: bool  # a GET, or x-read-only: it changes nothing (the recorder calls only these)
    oneof: list[list[str]]  # x-oneof: groups of arguments (Python names) of which at most one may be given
    outcome_unknown: OutcomeUnknown | None  # x-outcome-unknown: what a failure means when x-idempotent is false
    doc: str = ""  # the description in Python terms (python_docs, method_docs)
    returns: str = ""  # the docstring's Returns: the 200 response's description (method_docs)
    raises: list[tuple[str, str]] = field(default_factory=list)  # the docstring's Raises: (exception, when)


@dataclass
class Plan:
    version: str
    spec_version: str
    models: dict[str, Model]
    enums: dict[str, Enum]
    operations: list[Operation]
    request_schemas: dict[str, dict[str, Any]]  # the component schemas a request body can reach
    params: list[str]  # the schemas that get a TypedDict (those a request body can reach)
    document: dict[str, Any]  # the spec itself, which travels in the package as data (openapi.json)


def snake(name: str) -> str:
    """The Python name of a wire name: getPrepaidBalance -> get_prepaid_balance, @type -> type."""
    name = re.sub(r"[^0-9A-Za-z]+", "_", name).strip("_")
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


def python_name(wire: str, node: dict[str, Any], where: str) -> str:
    """`x-python-name` if the spec gives one, else the rule: snake_case, and a dotted name whose last
    part repeats its first (invoiceIds.invoiceIds) is said once."""
    name = node.get("x-python-name")
    if name is None:
        parts = wire.split(".")
        if len(parts) == 2 and parts[0] == parts[1]:
            parts = parts[:1]
        name = snake("_".join(parts))
    if not name.isidentifier() or keyword.iskeyword(name) or name in ("self", "additional_properties"):
        raise SpecError(f"{where}: {name!r} is not a usable Python name; set x-python-name")
    return str(name)


def docstring_text(text: str) -> str:
    """Text safe inside a triple-quoted docstring."""
    return text.strip().replace("\\", "\\\\").replace('"""', '\\"\\"\\"')


def build_plan(spec: dict[str, Any]) -> Plan:
    """Check the spec and derive the plan; a SpecError names what is wrong and where."""
    schemas: dict[str, Any] = spec.get("components", {}).get("schemas", {})
    problems: list[str] = []
    enums: dict[str, Enum] = {}
    models: dict[str, Model] = {}

    for name, schema in schemas.items():
        if not re.fullmatch(r"[A-Z][A-Za-z0-9]*", name):
            problems.append(f"schema {name}: the name must be PascalCase letters and digits (it names a class)")
            continue
        description = docstring_text(schema.get("description") or f"The {name} message.")
        values = enum_values(schema)
        if values is not None:
            if not all(isinstance(v, str) for v in values):
                problems.append(f"schema {name}: an enum must be a string enum")
                continue
            bad = [v for v in values if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", v)]
            if bad:
                problems.append(f"schema {name}: enum values {bad} are not usable as Python names")
            enums[name] = Enum(name, snake(name), description, list(values))
        elif schema.get("type") == "object":
            models[name] = Model(name, name, snake(name), description, [])
        else:
            problems.append(f"schema {name}: only objects and string enums are supported, not {schema.get('type')!r}")

    for name, model in models.items():
        schema = schemas[name]
        required = set(schema.get("required", []))
        seen: set[str] = set()
        for wire, node in schema.get("properties", {}).items():
            where = f"schema {name}, property {wire}"
            try:
                f = plan_field(name, wire, node, wire in required, schemas, models, enums, where)
            except SpecError as exc:
                problems.append(str(exc))
                continue
            if f.name in seen:
                problems.append(f"{where}: the Python name {f.name!r} is taken by another property")
            seen.add(f.name)
            model.fields.append(f)
            if f.kind in ("message", "enum") and f.target != name:
                assert f.target is not None and f.target_module is not None
                if (f.target_module, f.target) not in model.imports:
                    model.imports.append((f.target_module, f.target))
                if f.kind == "enum" and f.target not in model.enums:
                    model.enums.append(f.target)
            model.uses_datetime |= f.kind == "timestamp"
        model.imports.sort()
        model.enums.sort()
    problems += find_cycles(models)

    operations: list[Operation] = []
    reachable: set[str] = set()
    bodies: set[str] = set()
    for path, item in spec.get("paths", {}).items():
        for method, op in item.items():
            if method not in HTTP_METHODS:
                continue
            try:
                operations.append(plan_operation(spec, path, method, item, op, models, enums, reachable))
                body = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema", {})
                bodies.add(ref_name(body) or "")
            except SpecError as exc:
                problems.append(str(exc))
    names = [op.name for op in operations]
    problems += [
        f"operation {n}: two operations have this Python name" for n in sorted(set(names)) if names.count(n) > 1
    ]
    if problems:
        raise SpecError("cannot generate from the spec:\n  " + "\n  ".join(problems))
    python_docs(models, enums, operations)
    for operation in operations:
        method_docs(operation)
    request_schemas = {n: schemas[n] for n in sorted(reachable)}
    return Plan(
        version=package_version(),
        spec_version=str(spec.get("info", {}).get("version", "")),
        models=models,
        enums=enums,
        operations=operations,
        request_schemas=request_schemas,
        params=[n for n in sorted(reachable - bodies) if n in models],
        document=spec,
    )


# A sentence that names a keyword of the schema language is about how the spec encodes a value for other
# generators, not about the value: Python docstrings leave it out.
SPEC_KEYWORD = re.compile(r"`(?:type|not|anyOf|oneOf|allOf|enum|x-[a-z-]+)`")
SENTENCE_BREAK = re.compile(r"(?<=\.)(\s+)(?=[A-Z])")
# What a Python reader sees instead of the wire's form.
PYTHON_TERMS = (
    (re.compile(r",? as an int64 string"), ""),  # the attribute is an int
    (re.compile(r"`null` or absent|absent \(or `null`\)|`null`"), "None"),
    (
        re.compile(r'proto3 JSON writes a non-finite double as "NaN", "Infinity" or "-Infinity"'),
        "a non-finite one is float('nan'), float('inf') or float('-inf')",
    ),
)


def python_terms(text: str, names: dict[str, str]) -> str:
    """A description as a Python reader needs it: sentences about the spec's encoding left out, the wire's
    forms said as Python values, and the wire names in backticks (`billingCycle.month`) as the Python
    names of the same model or operation (`billing_cycle_month`). Units (cents) stay."""
    paragraphs = []
    for paragraph in text.split("\n\n"):
        parts = SENTENCE_BREAK.split(paragraph)  # sentence, break, sentence, ...
        kept = [parts[0]] if not SPEC_KEYWORD.search(parts[0]) else []
        for gap, sentence in zip(parts[1::2], parts[2::2], strict=True):
            if not SPEC_KEYWORD.search(sentence):
                kept += [gap, sentence] if kept else [sentence]
        if kept:
            paragraphs.append("".join(kept))
    out = "\n\n".join(paragraphs)
    for pattern, python in PYTHON_TERMS:
        out = pattern.sub(python, out)
    return re.sub(r"`([^`]+)`", lambda m: f"`{names.get(m[1], m[1])}`", out)


def python_docs(models: dict[str, Model], enums: dict[str, Enum], operations: list[Operation]) -> None:
    """Set the `doc` of every model, field, enum, operation and argument: its description in Python terms."""
    for m in models.values():
        names = {f.wire: f.name for f in m.fields}
        m.doc = python_terms(m.description, names)
        for f in m.fields:
            f.doc = python_terms(f.description, names)
    for e in enums.values():
        e.doc = python_terms(e.description, {})
    for op in operations:
        names = {a.wire: a.name for a in [*op.body, *op.query]}
        op.doc = python_terms(op.description, names)
        for a in [*op.body, *op.query]:
            a.doc = python_terms(a.description, names)


def a_or_an(word: str) -> str:
    """The indefinite article before a class name: an Invoice, a UsdCents (said "you")."""
    vowel = word[:1] in "AEIOaeio" or (word[:1] in "Uu" and not word.lower().startswith("us"))
    return f"{'an' if vowel else 'a'} {word}"


def enum_values(schema: dict[str, Any]) -> list[Any] | None:
    """The values of a string enum: closed (`enum`), or open: a string whose known values are listed in
    `x-extensible-enum` (the convention every generator reads as a plain string), or `anyOf` of the known
    values and any string."""
    if "enum" in schema:
        return list(schema["enum"]) if schema.get("type") == "string" else None
    if "x-extensible-enum" in schema:
        return list(schema["x-extensible-enum"]) if schema.get("type") == "string" else None
    branches = schema.get("anyOf", [])
    known = [b for b in branches if "enum" in b and b.get("type") == "string"]
    rest = [b for b in branches if b not in known]
    if len(known) == 1 and rest and all(b == {"type": "string"} for b in rest):
        return list(known[0]["enum"])
    return None


NON_FINITE = {"NaN", "Infinity", "-Infinity"}
# A property with implicit presence (a proto3 scalar, list or enum field) names the value that absent or
# null means. Not JSON Schema's `default`, which generators read as "always present"
# (openapi-typescript's stock defaultNonNullable makes such a property required).
DEFAULT = "x-proto3-default"


def ref_name(node: dict[str, Any]) -> str | None:
    ref = node.get("$ref")
    return None if ref is None else str(ref).rsplit("/", 1)[-1]


def plan_field(
    owner: str,
    wire: str,
    node: dict[str, Any],
    required: bool,
    schemas: dict[str, Any],
    models: dict[str, Model],
    enums: dict[str, Enum],
    where: str,
) -> Field:
    if not node.get("description"):
        raise SpecError(f"{where}: no description")
    description = docstring_text(node["description"])
    name = python_name(wire, node, where)
    # `anyOf: [X, {type: 'null'}]` is X that may be null; null reads as "not set" on every field anyway.
    inner = node
    if "anyOf" in node:
        branches = [b for b in node["anyOf"] if b.get("type") != "null"]
        inner = branches[0] if len(branches) == 1 else {"anyOf": branches}
    repeated = inner.get("type") == "array"
    if repeated:
        if "items" not in inner:
            raise SpecError(f"{where}: an array needs items")
        inner = inner["items"]
    kind, target = field_kind(inner, schemas, where)
    if repeated and kind not in ("message", "str", "double"):
        raise SpecError(f"{where}: repeated {kind} fields are not supported by the model template yet")
    if required:
        presence = "required"
    elif repeated or DEFAULT in node:
        presence = "implicit"
    else:
        presence = "optional"
    if "default" in node:
        raise SpecError(f"{where}: write a proto3 default as `{DEFAULT}`, not `default` (see the spec's info)")
    if presence == "implicit" and DEFAULT not in node:
        raise SpecError(f"{where}: a repeated field needs `{DEFAULT}: []`")
    if presence == "implicit" and kind in ("message", "timestamp") and not repeated:
        raise SpecError(f"{where}: a {kind} field has presence and cannot have a default")
    module = None
    if target is not None:
        module = models[target].module if kind == "message" else enums[target].module
    base = {
        "str": "str",
        "int64": "int",
        "int32": "int",
        "double": "float",
        "bool": "bool",
        "timestamp": "datetime.datetime",
        "any": "Any",
    }.get(kind, target or "Any")
    default = None
    if repeated:
        annotation = f"list[{base}]"
        if node.get(DEFAULT, []) != []:
            raise SpecError(f"{where}: a repeated field's default must be []")
    else:
        annotation = base
        if presence == "implicit":
            default = default_literal(kind, target, node[DEFAULT], enums, where)
        elif presence == "optional":
            annotation = f"{base} | None"
    return Field(
        wire=wire,
        name=name,
        kind=kind,
        target=target,
        target_module=module,
        repeated=repeated,
        presence=presence,
        default=default,
        description=description,
        where=f"{owner}.{wire}",
        annotation=annotation,
    )


def field_kind(node: dict[str, Any], schemas: dict[str, Any], where: str) -> tuple[str, str | None]:
    if "anyOf" in node:
        branches = node["anyOf"]
        numbers = [b for b in branches if b.get("type") == "number"]
        others = [b for b in branches if b not in numbers]
        # A double, which proto3 JSON may write as "NaN", "Infinity" or "-Infinity".
        if len(numbers) == 1 and all(
            b.get("type") == "string" and set(b.get("enum", [None])) <= NON_FINITE for b in others
        ):
            return "double", None
        if all(b.get("type") in ("string", "integer", "number", "boolean") and "$ref" not in b for b in branches):
            return "any", None  # a scalar of one of several JSON types, kept as it came
        raise SpecError(f"{where}: anyOf is supported as one schema or null, a double, or scalars")
    if "type" not in node and "$ref" not in node and "not" in node:
        # A value of several JSON types, written without `type` (`not` the others) so that generators make
        # it "any value" rather than a class per branch: a double that proto3 JSON may write as "NaN",
        # "Infinity" or "-Infinity" (format double, `pattern` for the strings), else a scalar kept as it came.
        return ("double" if node.get("format") == "double" else "any"), None
    target = ref_name(node)
    if target is not None:
        if target not in schemas:
            raise SpecError(f"{where}: $ref to a schema that does not exist: {target}")
        return ("enum" if enum_values(schemas[target]) is not None else "message"), target
    kind = node.get("type")
    fmt = node.get("format")
    if kind == "string":
        if fmt == "int64":
            return "int64", None
        if fmt == "date-time":
            return "timestamp", None
        if "enum" in node:
            raise SpecError(f"{where}: an inline enum; make it a component schema so it gets a class")
        return "str", None
    if kind == "integer":
        if fmt not in ("int32", None):
            raise SpecError(f"{where}: an integer must be int32; an int64 is a string with format int64")
        return "int32", None
    if kind == "number":
        return "double", None
    if kind == "boolean":
        return "bool", None
    if kind == "object" and not node.get("properties"):
        return "any", None
    raise SpecError(f"{where}: unsupported schema {node!r}; use a $ref to a component schema")


def default_literal(kind: str, target: str | None, value: Any, enums: dict[str, Enum], where: str) -> str:
    """The Python literal of an implicit field's default, checked against its kind."""
    ok = {
        "str": isinstance(value, str),
        "int64": isinstance(value, str) and re.fullmatch(r"-?[0-9]+", value) is not None,
        "int32": isinstance(value, int) and not isinstance(value, bool),
        "double": isinstance(value, (int, float)) and not isinstance(value, bool),
        "bool": isinstance(value, bool),
        "enum": target is not None and target in enums and value in enums[target].values,
        "any": value is None or isinstance(value, (str, int, float, bool)),
    }.get(kind, False)
    if not ok:
        raise SpecError(f"{where}: the default {value!r} is not a value of this {kind} field")
    if kind == "int64":
        return str(int(value))
    if kind == "double":
        return repr(float(value))
    if kind == "enum":
        return f"{target}.{value}"
    return repr(value)


def find_cycles(models: dict[str, Model]) -> list[str]:
    """Models import the models they hold at module level (fast, and no per-call imports), so a schema
    may not hold itself, directly or through others."""
    graph = {n: [f.target for f in m.fields if f.kind == "message" and f.target] for n, m in models.items()}
    problems: list[str] = []
    done: set[str] = set()

    def visit(node: str, path: list[str]) -> None:
        if node in path:
            problems.append(f"schema {node}: refers back to itself ({' -> '.join([*path[path.index(node) :], node])})")
            return
        if node in done:
            return
        for nxt in graph.get(node, []):
            visit(nxt, [*path, node])  # type: ignore[list-item]
        done.add(node)

    for name in graph:
        visit(name, [])
    return sorted(set(problems))


def plan_operation(
    spec: dict[str, Any],
    path: str,
    method: str,
    item: dict[str, Any],
    op: dict[str, Any],
    models: dict[str, Model],
    enums: dict[str, Enum],
    reachable: set[str],
) -> Operation:
    schemas: dict[str, Any] = spec["components"]["schemas"]
    op_id = op.get("operationId")
    where = f"operation {op_id or '(no operationId)'} ({method.upper()} {path})"
    if not isinstance(op_id, str) or not re.fullmatch(r"[a-z][A-Za-z0-9]*", op_id):
        raise SpecError(f"{where}: operationId must be a lowerCamelCase name")
    if not isinstance(op.get("x-idempotent"), bool):
        raise SpecError(
            f"{where}: x-idempotent must be true or false (may a failed request be sent again?), "
            f"not {op.get('x-idempotent', 'missing')!r}"
        )
    for key in ("summary", "description", "x-rpc"):
        if not op.get(key):
            raise SpecError(f"{where}: {key} is missing")
    parameters = [resolve_parameter(spec, p, where) for p in [*item.get("parameters", []), *op.get("parameters", [])]]
    path_names = re.findall(r"\{([^}]+)\}", path)
    if path_names != ["team_id"] or [p["name"] for p in parameters if p["in"] == "path"] != ["team_id"]:
        raise SpecError(f"{where}: every path must have exactly one path parameter, {{team_id}}")
    query: list[Argument] = []
    for p in parameters:
        if p["in"] == "path":
            continue
        if p["in"] != "query":
            raise SpecError(f"{where}, parameter {p['name']}: only path and query parameters are supported")
        pwhere = f"{where}, parameter {p['name']}"
        if not p.get("description"):
            raise SpecError(f"{pwhere}: no description")
        schema = p.get("schema", {})
        annotation = argument_annotation(schema, schemas, enums, pwhere, query=True)
        query.append(
            Argument(
                wire=p["name"],
                name=python_name(p["name"], p, pwhere),
                schema=schema,
                annotation=annotation,
                required=bool(p.get("required")),
                description=docstring_text(p["description"]),
            )
        )
    body: list[Argument] = []
    if "requestBody" in op:
        content = op["requestBody"].get("content", {}).get("application/json")
        body_name = ref_name(content.get("schema", {})) if content else None
        if body_name is None or body_name not in models:
            raise SpecError(f"{where}: the request body must be a $ref to an object schema")
        body_schema = schemas[body_name]
        if body_schema.get("additionalProperties") is not False:
            raise SpecError(f"schema {body_name}: a request body must say additionalProperties: false")
        collect_reachable(body_name, schemas, reachable)
        required = set(body_schema.get("required", []))
        for wire, node in body_schema.get("properties", {}).items():
            awhere = f"{where}, body member {wire}"
            body.append(
                Argument(
                    wire=wire,
                    name=python_name(wire, node, awhere),
                    schema=node,
                    annotation=argument_annotation(node, schemas, enums, awhere, query=False),
                    required=wire in required,
                    description=docstring_text(node.get("description", "")),
                    model=models[ref].cls if (ref := ref_name(node)) in models else None,
                    proto_message=schemas[ref].get("x-proto-message") if ref in models else None,
                )
            )
    names = [a.name for a in [*body, *query]]
    for reserved in ("team_id", "timeout", "extra_headers", "extra_query"):
        if reserved in names:
            raise SpecError(f"{where}: an argument's Python name {reserved!r} is reserved; set x-python-name")
    if len(set(names)) != len(names):
        raise SpecError(f"{where}: two arguments have the same Python name; set x-python-name")
    ok = op.get("responses", {}).get("200", {}).get("content", {}).get("application/json", {})
    response = ref_name(ok.get("schema", {}))
    if response is None or response not in models:
        raise SpecError(f"{where}: the 200 response must be application/json with a $ref to an object schema")
    operation = Operation(
        id=op_id,
        name=snake(op_id),
        rpc=op["x-rpc"],
        http_method=method.upper(),
        path=path,
        idempotent=op["x-idempotent"],
        summary=docstring_text(op["summary"]).rstrip("."),
        description=docstring_text(op["description"]),
        body=body,
        query=query,
        response_cls=models[response].cls,
        response_module=models[response].module,
        cli_name=str(op.get("x-cli-name") or snake(op_id).replace("_", "-")),
        read_only=method == "get" or op.get("x-read-only") is True,
        oneof=oneof_groups(op, query, where),
        outcome_unknown=outcome_unknown(spec, op, where),
    )
    returns_and_raises(spec, op, operation)
    return operation


# Sentences of an operation's description about the HTTP encoding alone (how the query spells a oneof or a
# list, why a read is a POST): a Python caller has keyword arguments instead, so the docstrings leave them out.
WIRE_ONLY = re.compile(r"dotted names|Repeat the key|sent as a POST")
# The exception of each status an operation's responses list (generator/runtime/_exceptions.py).
STATUS_ERRORS = {
    "400": "BadRequestError",
    "401": "AuthenticationError",
    "403": "PermissionDeniedError",
    "404": "NotFoundError",
    "409": "ConflictError",
    "429": "RateLimitError",
}


def method_terms(text: str) -> str:
    """What python_terms() leaves of an operation's description, said for a method's caller: sentences
    about the query's encoding left out, an int64 in quotes written as the int a model holds."""
    paragraphs = []
    for paragraph in text.split("\n\n"):
        sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z*`])", " ".join(paragraph.split()))
        paragraphs.append(" ".join(sentence for sentence in sentences if not WIRE_ONLY.search(sentence)))
    return re.sub(r'`"(-?[0-9]+)"`', r"`\1`", "\n\n".join(p for p in paragraphs if p))


def method_docs(operation: Operation) -> None:
    """The method's docstring beyond python_docs(): the description and arguments as a caller needs them (a
    oneof as groups of arguments, the model or dict an argument takes)."""
    operation.doc = method_terms(operation.doc)
    if operation.oneof:
        groups = [" and ".join(f"`{name}`" for name in group) for group in operation.oneof]
        operation.doc += f" Give the arguments of at most one of: {', '.join(groups[:-1])} or {groups[-1]}."
    for a in operation.body + operation.query:
        a.doc = method_terms(a.doc)
        shape = re.fullmatch(r"(\w+) \| (\w+Param)", a.annotation)
        if shape:  # a message: the model, or a dict in the wire's shape (params.py)
            article = a_or_an(shape[1]).split()[0]
            a.doc += f" Takes {article} `{shape[1]}` or a dict of its wire members (`{shape[2]}`)."


def returns_and_raises(spec: dict[str, Any], op: dict[str, Any], operation: Operation) -> None:
    """The method's Returns, from the 200 response, and Raises, from the responses listed and
    x-idempotent/x-outcome-unknown."""
    responses: dict[str, Any] = op.get("responses", {})

    def described(code: str) -> str:
        response = responses[code]
        if "$ref" in response:
            response = spec["components"]["responses"][response["$ref"].rsplit("/", 1)[1]]
        text = " ".join(str(response.get("description", "")).split())
        return re.split(r"(?<=[.!?])\s+", text)[0].rstrip(".")  # its first sentence

    operation.returns = f"{operation.response_cls}: {described('200')}."
    raises = [("ConfigurationError", "No team ID, or an argument the spec does not allow; nothing was sent.")]
    unknown = operation.outcome_unknown
    if unknown is not None:
        raises.append(
            (
                unknown.error,
                "The request may have reached the server and then failed (a broken connection, a timeout or the "
                f"deadline, a 408 or 5xx, an answer that cannot be read): {unknown.effect} may have happened, and "
                f"the client did not send it again. {unknown.check}",
            )
        )
    raises += [(STATUS_ERRORS[code], f"{code}: {described(code)}.") for code in responses if code in STATUS_ERRORS]
    if unknown is None:
        retried = "after `max_retries` retries"
        raises += [
            ("APIStatusError", f"Any other status that is not 2xx, as its subclass; 408, 429 and 5xx {retried}."),
            ("APITimeoutError", f"The timeout passed ({retried}), or the call's deadline."),
            ("APIConnectionError", f"The server could not be reached, or the connection broke ({retried})."),
            ("APIResponseValidationError", "The answer is not JSON, or not the shape the spec describes."),
        ]
    else:
        raises += [
            ("APIStatusError", "Any other status that is not 2xx, as its subclass: the server refused it."),
            (
                "APIConnectionError",
                "Only when the request was never sent (no connection could be made; then it is retried first); "
                "APITimeoutError, its subclass, likewise.",
            ),
        ]
    operation.raises = raises


def outcome_unknown(spec: dict[str, Any], op: dict[str, Any], where: str) -> OutcomeUnknown | None:
    """An operation's x-outcome-unknown, required when x-idempotent is false (and only then), in Python terms."""
    data = op.get("x-outcome-unknown")
    if op["x-idempotent"]:
        if data is not None:
            raise SpecError(f"{where}: x-outcome-unknown is for an operation with x-idempotent: false")
        return None
    if not isinstance(data, dict) or not all(isinstance(data.get(k), str) for k in ("effect", "check", "lookFor")):
        raise SpecError(
            f"{where}: x-idempotent is false, so x-outcome-unknown must say what may have happened (effect), "
            "the operationId to read before trying again (check) and what to look for in it (lookFor)"
        )
    ids = {
        o.get("operationId") for item in spec.get("paths", {}).values() for o in item.values() if isinstance(o, dict)
    }
    if data["check"] not in ids:
        raise SpecError(f"{where}: x-outcome-unknown's check {data['check']!r} is not an operationId")
    error = data.get("pythonError", "OutcomeUnknownError")
    if not (isinstance(error, str) and error.isidentifier() and error.endswith("OutcomeUnknownError")):
        raise SpecError(f"{where}: x-outcome-unknown's pythonError must name an OutcomeUnknownError, not {error!r}")
    return OutcomeUnknown(
        effect=data["effect"],
        check=f"Before trying again, call {snake(data['check'])}() and look for {data['lookFor']}.",
        error=error,
    )


def oneof_groups(op: dict[str, Any], query: list[Argument], where: str) -> list[list[str]]:
    by_wire = {a.wire: a.name for a in query}
    groups = op.get("x-oneof", [])
    unknown = [w for group in groups for w in group if w not in by_wire]
    if unknown:
        raise SpecError(f"{where}: x-oneof names parameters the operation does not have: {unknown}")
    return [[by_wire[w] for w in group] for group in groups]


def resolve_parameter(spec: dict[str, Any], p: dict[str, Any], where: str) -> dict[str, Any]:
    ref = p.get("$ref")
    if ref is None:
        return p
    found = spec.get("components", {}).get("parameters", {}).get(str(ref).rsplit("/", 1)[-1])
    if not str(ref).startswith("#/components/parameters/") or found is None:
        raise SpecError(f"{where}: parameter $ref {ref} does not resolve")
    return dict(found)


def collect_reachable(name: str, schemas: dict[str, Any], found: set[str]) -> None:
    if name in found:
        return
    found.add(name)

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            target = ref_name(node)
            if target is not None:
                collect_reachable(target, schemas, found)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(schemas[name])


def argument_annotation(
    node: dict[str, Any], schemas: dict[str, Any], enums: dict[str, Enum], where: str, *, query: bool
) -> str:
    """The type a caller may pass: a model or its TypedDict for an object, an int for an int64, an enum
    member or its name for an enum."""
    target = ref_name(node)
    if target is not None:
        if target in enums:
            return f"{target} | {literal(enums[target].values)}"
        if query:
            raise SpecError(f"{where}: a query parameter cannot be an object")
        return f"{target} | {target}Param"
    kind = node.get("type")
    if kind == "array":
        return f"Sequence[{argument_annotation(node.get('items', {}), schemas, enums, where, query=query)}]"
    if kind == "string":
        return "int" if node.get("format") == "int64" else "str"
    return {"integer": "int", "number": "float", "boolean": "bool"}.get(str(kind), "Any")


def literal(values: list[str]) -> str:
    return "Literal[" + ", ".join(repr(v) for v in values) + "]"


SCHEMA_KEYS = (
    "type",
    "format",
    "pattern",
    "minLength",
    "minimum",
    "maximum",
    "enum",
    "required",
    "items",
    "properties",
)


def schema_literal(node: Any) -> str:
    """A schema as a Python literal for the request check: the keys it reads, $refs as bare names."""

    def clean(node: dict[str, Any]) -> dict[str, Any]:
        if "anyOf" in node:
            branches = [b for b in node["anyOf"] if b.get("type") != "null"]
            if len(branches) == 1:  # X or null: None is "not set", as proto3 JSON reads a null
                nullable = len(branches) < len(node["anyOf"])
                cleaned = clean({**branches[0], "description": node.get("description", "")})
                return {**cleaned, "nullable": True} if nullable else cleaned
            values = enum_values(node)
            return {"type": "string", "enum": values} if values is not None else {}
        if "$ref" in node:
            return {"$ref": ref_name(node)}
        out: dict[str, Any] = {k: node[k] for k in SCHEMA_KEYS if k in node and k not in ("items", "properties")}
        if "items" in node:
            out["items"] = clean(node["items"])
        if "properties" in node:
            out["properties"] = {k: clean(v) for k, v in node["properties"].items()}
        if node.get("description") and node.get("type") == "string" and ("pattern" in node or "minLength" in node):
            out["description"] = " ".join(node["description"].split())  # said when a value breaks the rule
        return out

    return repr(clean(node))


def package_version() -> str:
    """The package's version: pyproject.toml is its one home, and _version.py is written from it."""
    return str(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"])


# ---------------------------------------------------------------------------------------------------
# Rendering.


def build(plan: Plan, out: Path) -> None:
    out.mkdir(parents=True)
    package = out / PACKAGE
    env = environment()
    rendered = {
        "client.py": env.get_template("client.py.jinja").render(plan=plan),
        "_operations.py": env.get_template("operations.py.jinja").render(plan=plan),
        "params.py": env.get_template("params.py.jinja").render(plan=plan),
        "cli/_commands.py": env.get_template("cli_commands.py.jinja").render(plan=plan),
        "models/__init__.py": env.get_template("models_init.py.jinja").render(plan=plan),
    }
    model_template = env.get_template("model.py.jinja")
    for m in plan.models.values():
        rendered[f"models/{m.module}.py"] = model_template.render(plan=plan, m=m)
    enum_template = env.get_template("str_enum.py.jinja")
    for e in plan.enums.values():
        rendered[f"models/{e.module}.py"] = enum_template.render(plan=plan, e=e)
    for relative, text in rendered.items():
        (package / relative).parent.mkdir(parents=True, exist_ok=True)
        (package / relative).write_text(text, encoding="utf-8")
    # The hand-written runtime, copied as it is.
    for source in sorted((GENERATOR / "runtime").rglob("*.py")):
        relative = source.relative_to(GENERATOR / "runtime").as_posix()
        (package / relative).parent.mkdir(parents=True, exist_ok=True)
        body = source.read_text(encoding="utf-8")
        (package / relative).write_text(f"{HEADER}; source: generator/runtime/{relative}\n{body}", encoding="utf-8")
    (package / "_version.py").write_text(
        '"""The package version (its one home is pyproject.toml) and the version of the spec it was generated\n'
        'from (its one home is info.version in spec/openapi.yaml)."""\n\n'
        f'__version__ = "{plan.version}"\nSPEC_VERSION = "{plan.spec_version}"\n',
        encoding="utf-8",
    )
    (package / "py.typed").write_text("", encoding="utf-8")
    # The spec travels in the package as data (JSON, read with the standard library), for the local API.
    document = {"x-generated": HEADER.lstrip("# "), **plan.document}
    (package / "openapi.json").write_text(json.dumps(document, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    for path in sorted(out.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if not text.startswith(HEADER):
            path.write_text(f"{HEADER}\n{text}", encoding="utf-8")
    ruff_config = ["--config", str(ROOT / "pyproject.toml")]
    run(["ruff", "check", *ruff_config, "--quiet", "--fix-only", "--exit-zero", str(out)])
    run(["ruff", "format", *ruff_config, "--quiet", str(out)])


def environment() -> jinja2.Environment:
    """The templates' Jinja2 environment: Python source, so no HTML escaping; a name the template does not
    get is an error, not an empty string."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["schema_literal"] = schema_literal
    env.filters["a_or_an"] = a_or_an
    env.filters["wrap"] = lambda text, width=96, indent="": textwrap.fill(
        " ".join(str(text).split()), width=width, subsequent_indent=indent, break_on_hyphens=False
    )
    return env


# ---------------------------------------------------------------------------------------------------
# Checks.


def compare(fresh: Path, committed: Path) -> int:
    def files(root: Path) -> set[str]:
        if not root.exists():
            return set()
        return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts}

    new, old = files(fresh), files(committed)
    problems = [f"  missing from generated/: {name}" for name in sorted(new - old)]
    problems += [f"  stale in generated/: {name}" for name in sorted(old - new)]
    problems += [
        f"  differs: generated/{name}"
        for name in sorted(new & old)
        if not filecmp.cmp(fresh / name, committed / name, shallow=False)
    ]
    if problems:
        print("generated/ is not what `make generate` writes from the spec and generator/:", file=sys.stderr)
        print("\n".join(problems), file=sys.stderr)
        print("Change spec/ or generator/, never generated/, then run `make generate`.", file=sys.stderr)
        return 1
    print(f"generated/ matches a fresh regeneration ({len(new)} files)")
    return 0


def run(command: list[str]) -> None:
    # Tools of the same virtual environment as this interpreter, whatever PATH says.
    tool = Path(sys.executable).parent / command[0]
    resolved = [str(tool) if tool.exists() else command[0], *command[1:]]
    result = subprocess.run(resolved, cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"{command[0]} failed:\n{result.stdout}{result.stderr}")


if __name__ == "__main__":
    sys.exit(main())
