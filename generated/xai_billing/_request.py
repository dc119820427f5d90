# generated from spec/openapi.yaml by make generate — do not edit; source: generator/runtime/_request.py
"""An operation's request: its description (``Operation``, one per operation in _operations.py, from the
spec), and a call's arguments checked against the spec before anything is sent and written as wire JSON
(``build_request``).

A body member may be a model or a plain dict in the wire's shape (camelCase keys, as the API
reference writes it); an int64 may be an int or a string of decimal digits. Anything else, an
unknown key, a missing required member or a value that breaks the spec's rules (a pattern, a minimum)
raises ConfigurationError naming the argument and the path inside it.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import Any, Generic, TypeVar
from urllib.parse import quote

import httpx

from ._config import check_extra_headers
from ._exceptions import ConfigurationError, OutcomeUnknownError, printable
from .types import Headers, NotGiven, Query, TimeoutTypes

INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1
INT32_MIN, INT32_MAX = -(2**31), 2**31 - 1
_DIGITS = re.compile(r"-?[0-9]+")


T = TypeVar("T")


class Param:
    """A keyword argument of an operation: a body member or a query parameter, with its spec schema."""

    __slots__ = ("name", "required", "schema", "wire")

    def __init__(self, name: str, wire: str, schema: Mapping[str, Any], *, required: bool = False) -> None:
        self.name = name  # the Python name
        self.wire = wire  # the JSON member or query parameter
        self.schema = schema
        self.required = required


class OutcomeUnknown:
    """What a failure of an operation that is not idempotent means, from its ``x-outcome-unknown`` in the
    spec: what may have happened (``effect``, "the charge"), what to check before trying again, and the
    error to raise (``OutcomeUnknownError`` or the operation's own subclass)."""

    __slots__ = ("check", "effect", "error")

    def __init__(self, *, effect: str, check: str, error: type[OutcomeUnknownError] = OutcomeUnknownError) -> None:
        self.effect = effect
        self.check = check
        self.error = error


class Operation(Generic[T]):
    """One operation of the API as the spec describes it: what a generated method hands the transport,
    with its arguments, so that the transport builds, sends, retries and reads the call by itself."""

    __slots__ = ("body", "id", "idempotent", "method", "oneof", "outcome_unknown", "parse", "path", "query", "schemas")

    def __init__(
        self,
        *,
        id: str,
        method: str,
        path: str,
        parse: Callable[[dict[str, Any]], T],
        idempotent: bool = True,
        outcome_unknown: OutcomeUnknown | None = None,
        body: tuple[Param, ...] = (),
        query: tuple[Param, ...] = (),
        oneof: tuple[tuple[str, ...], ...] = (),
        schemas: Mapping[str, Any] | None = None,
    ) -> None:
        if not idempotent and outcome_unknown is None:
            raise ValueError(f"{id}: an operation that is not idempotent says what an unknown outcome means")
        self.id = id  # the spec's operationId
        self.method = method
        self.path = path  # with its path parameters in braces: /v1/billing/teams/{team_id}/...
        self.parse = parse  # reads a 200 body (a dict) into the operation's model
        self.idempotent = idempotent
        self.outcome_unknown = outcome_unknown
        self.body = body
        self.query = query
        self.oneof = oneof  # x-oneof: groups of arguments (Python names) of which at most one may be given
        self.schemas = schemas or {}  # the spec's schemas a request body can reach, by name ($ref)

    def __repr__(self) -> str:
        return f"Operation({self.id}: {self.method} {self.path})"


class RequestOptions:
    """One request of one operation: its path, query and JSON body, built from a call's arguments."""

    __slots__ = ("idempotent", "json", "method", "operation", "params", "path")

    def __init__(
        self, operation: Operation[Any], path: str, params: Mapping[str, Any] | None = None, json: Any = None
    ) -> None:
        self.operation = operation
        self.method = operation.method
        self.idempotent = operation.idempotent
        self.path = path
        self.params = params
        self.json = json


def build_request(
    operation: Operation[Any], path_params: Mapping[str, str], arguments: Mapping[str, Any]
) -> RequestOptions:
    """A call's request: `arguments` (by Python name; a query parameter left out is None, a body member
    NOT_GIVEN) checked against the spec and written as wire JSON, and `path_params` into the path."""
    if operation.oneof:
        check_oneof({", ".join(group): tuple(arguments[name] for name in group) for group in operation.oneof})
    params: dict[str, Any] | None = None
    if operation.query:
        params = {}
        for p in operation.query:
            value = arguments[p.name]
            if value is not None:
                params[p.wire] = to_wire(operation.schemas, p.schema, value, p.name)
    body: dict[str, Any] | None = None
    if operation.body:
        body = {}
        for p in operation.body:
            value = arguments[p.name]
            if p.required or not isinstance(value, NotGiven):
                body[p.wire] = to_wire(operation.schemas, p.schema, value, p.name)
    path = operation.path.format_map({name: segment(value) for name, value in path_params.items()})
    return RequestOptions(operation, path, params, body)


def http_request(
    http: httpx.Client | httpx.AsyncClient,
    options: RequestOptions,
    url_prefix: str,
    *,
    user_agent: str,
    authorization: str,
    extra_headers: Headers | None,
    extra_query: Query | None,
    timeout: TimeoutTypes,
) -> httpx.Request:
    """The httpx request of `options`, at `url_prefix` (the base URL) plus its path, with the client's
    headers and the call's extras; ConfigurationError for what httpx cannot send."""
    params = options.params
    try:
        if extra_headers:
            check_extra_headers(extra_headers)
        if extra_query:
            params = {**(params or {}), **extra_query}
        # The body as protobuf's JSON printer writes it (compact, UTF-8 unescaped), the same bytes on every
        # httpx: before 0.28 httpx's json= wrote ", " and escaped non-ASCII.
        content = None
        if options.json is not None:
            content = json.dumps(options.json, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
        request = http.build_request(
            options.method,
            # Appended, not joined: a base URL with a path (a gateway's prefix) keeps it.
            url_prefix + options.path,
            params=params,
            content=None if content is None else content.encode(),
            timeout=timeout,
        )
        if content is not None:
            request.headers["Content-Type"] = "application/json"
        # Set on the request rather than passed to build_request(), whose merge with the http_client's
        # own headers pops each one they share: a fifth of a call's overhead.
        request.headers["Accept"] = "application/json"
        request.headers["User-Agent"] = user_agent
        if extra_headers:
            request.headers.update(extra_headers)
        request.headers["Authorization"] = authorization
        return request
    except (TypeError, ValueError, httpx.InvalidURL) as exc:  # what httpx cannot send (a URL over 64 KiB, say)
        raise ConfigurationError(
            f"{options.method} {options.path}: cannot build the request: {printable(str(exc), 200)}"
        ) from None


@lru_cache(maxsize=1024)
def segment(text: str) -> str:
    """A path segment, percent-encoded ("/" included); remembered, as a program uses few team IDs."""
    return quote(text, safe="")


def to_wire(schemas: Mapping[str, Any], schema: Mapping[str, Any], value: Any, where: str) -> Any:
    """``value`` checked against ``schema`` (a $ref names one of ``schemas``) and written as JSON."""
    name = schema.get("$ref")
    if name is not None:
        schema = schemas[name]
    if "enum" in schema:
        if not isinstance(value, str) or str(value) not in schema["enum"]:
            raise ConfigurationError(f"{where} must be one of {', '.join(schema['enum'])}; got {_shown(value)}.")
        return str(value)
    kind = schema.get("type")
    if kind == "object":
        return _object(schemas, schema, name or "object", value, where)
    if kind == "array":
        if not isinstance(value, (list, tuple)):
            raise ConfigurationError(f"{where} must be a list, not {_what(value)}.")
        return [to_wire(schemas, schema["items"], item, f"{where}[{i}]") for i, item in enumerate(value)]
    if kind == "string":
        text = _int64(value, where) if schema.get("format") == "int64" else _string(value, where)
        _check_string(schema, text, where)
        return text
    if kind == "integer":
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigurationError(f"{where} must be an int, not {_what(value)}.")
        low, high = max(schema.get("minimum", INT32_MIN), INT32_MIN), min(schema.get("maximum", INT32_MAX), INT32_MAX)
        if not low <= value <= high:
            raise ConfigurationError(f"{where} must be from {low} to {high}, not {_shown(value)}.")
        return int(value)
    if kind == "number":
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ConfigurationError(f"{where} must be a number, not {_what(value)}.")
        if isinstance(value, int) and _huge(value):
            try:
                float(value)
            except OverflowError:  # a double holds up to about 1.8e308
                raise ConfigurationError(f"{where} is out of the range of a double: {_what(value)}.") from None
        return value
    if kind == "boolean":
        if not isinstance(value, bool):
            raise ConfigurationError(f"{where} must be True or False, not {_what(value)}.")
        return value
    return value


def check_oneof(groups: Mapping[str, tuple[Any, ...]]) -> None:
    """Arguments that fill the fields of a proto `oneof` (x-oneof in the spec): at most one group may be given."""
    given = [names for names, values in groups.items() if any(v is not None for v in values)]
    if len(given) > 1:
        raise ConfigurationError(f"{' and '.join(given)} are one filter (a oneof): give at most one of them.")


def _object(schemas: Mapping[str, Any], schema: Mapping[str, Any], name: str, value: Any, where: str) -> dict[str, Any]:
    properties: Mapping[str, Any] = schema.get("properties", {})
    if hasattr(value, "to_dict") and hasattr(type(value), "__attrs_attrs__"):  # a model
        try:
            value = value.to_dict()
        except Exception as exc:  # a model built with values of the wrong type
            huge = _huge_field(value, where)
            if huge is not None:
                raise ConfigurationError(
                    f"{huge} is out of its field's range (an int64 is {INT64_MIN} to {INT64_MAX})."
                ) from None
            raise ConfigurationError(f"{where} cannot be written as JSON ({type(exc).__name__}: {exc}).") from None
    elif not isinstance(value, Mapping):
        members = ", ".join(properties) or "none"
        raise ConfigurationError(
            f"{where} must be a {name} or a dict of its wire members ({members}), not {_what(value)}."
        )
    wire: dict[str, Any] = {}
    for key, member in value.items():
        if key not in properties:
            raise ConfigurationError(f"{where} has an unknown member {_shown(key)}; {_suggest(key, properties)}")
        if member is None:
            if properties[key].get("nullable"):
                continue  # a message that is not set: proto3 JSON reads null as absent, so leave it out
            raise ConfigurationError(f"{where}.{key} is None; leave it out instead.")
        wire[key] = to_wire(schemas, properties[key], member, f"{where}.{key}")
    for key in schema.get("required", []):
        if key not in wire:
            raise ConfigurationError(f"{where}.{key} is required. {properties[key].get('description', '')}".rstrip())
    return wire


def _int64(value: Any, where: str) -> str:
    if isinstance(value, int) and not isinstance(value, bool):
        number = int(value)
    elif isinstance(value, str) and _DIGITS.fullmatch(value):
        if len(value) > 40:  # int() refuses more than 4300 digits, and an int64 has at most 19
            raise ConfigurationError(f"{where} is out of the int64 range ({INT64_MIN} to {INT64_MAX}).")
        number = int(value)
    else:
        raise ConfigurationError(f"{where} must be a whole number (an int, or a string of digits), not {_what(value)}.")
    if not INT64_MIN <= number <= INT64_MAX:
        raise ConfigurationError(f"{where} is out of the int64 range ({INT64_MIN} to {INT64_MAX}): {_shown(number)}.")
    return str(number)


def _string(value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise ConfigurationError(f"{where} must be a string, not {_what(value)}.")
    return str(value)


def _check_string(schema: Mapping[str, Any], text: str, where: str) -> None:
    description = schema.get("description", "")
    if len(text) < schema.get("minLength", 0):
        raise ConfigurationError(f"{where} must not be empty. {description}".rstrip())
    pattern = schema.get("pattern")
    # fullmatch, not search: a `$` in a pattern matches before a trailing newline ("500\n").
    if pattern is not None and re.fullmatch(pattern, text) is None:
        raise ConfigurationError(f"{where} is {text!r}, which does not match {pattern}. {description}".rstrip())


def _suggest(key: Any, properties: Mapping[str, Any]) -> str:
    camel = re.sub(r"_([a-z0-9])", lambda m: m.group(1).upper(), key) if isinstance(key, str) else None
    if camel in properties:
        return f"did you mean {camel!r}? A dict takes the wire's camelCase names."
    close = difflib.get_close_matches(key, list(properties), n=1) if isinstance(key, str) else []
    if close:
        return f"did you mean {close[0]!r}?"
    return f"its members are {', '.join(properties) or 'none'}."


def _what(value: Any) -> str:
    """A value's type, and its repr when short: for a message about a bad argument."""
    if value is None:
        return "None"
    name = type(value).__name__
    if _huge(value):
        return f"{name} of {value.bit_length()} bits"
    try:
        text = repr(value)
    except Exception:  # a caller's object whose __repr__ fails
        return name
    return f"{name} {text}" if len(text) <= 40 else name


def _shown(value: Any) -> str:
    """repr(value) for a message, whatever the value (see _huge); a repr that fails gives the type's name."""
    if _huge(value):
        return f"an int of {value.bit_length()} bits"
    try:
        return repr(value)
    except Exception:
        return f"a {type(value).__name__}"


def _huge(value: Any) -> bool:
    """An int too large to show: Python refuses to write one of more than 4300 digits (a ValueError while
    the message is formatted), and a message has no use for more than a few."""
    return isinstance(value, int) and not isinstance(value, bool) and not -(10**40) < value < 10**40


def _huge_field(model: Any, path: str) -> str | None:
    """The path of a field of a model (or of a model it holds) that holds an int too large to show."""
    for attribute in getattr(type(model), "__attrs_attrs__", ()):
        value = getattr(model, attribute.name, None)
        for i, item in enumerate(value if isinstance(value, list) else [value]):
            where = f"{path}.{attribute.name}" + (f"[{i}]" if isinstance(value, list) else "")
            found = where if _huge(item) else _huge_field(item, where)
            if found is not None:
                return found
    return None
