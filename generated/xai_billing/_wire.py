# generated from spec/openapi.yaml by make generate — do not edit; source: generator/runtime/_wire.py
"""Reading and writing proto3 JSON: the helpers the generated models call.

The generated ``_read_*`` functions handle the common case inline (a value of the right JSON type)
and call the ``read_*`` helpers here for everything else: an absent or ``null`` field (its default),
the other spellings proto3 JSON allows (an int64 as a number, a double as ``"NaN"``), an enum value
this client does not know, and anything of the wrong type, which raises ``WireTypeError`` naming the
field. The client turns that into ``APIResponseValidationError``.
"""

from __future__ import annotations

import datetime
import gc
import math
import threading
from collections.abc import Callable, Iterable, Mapping
from enum import Enum
from types import MappingProxyType
from typing import Any, NoReturn, TypeVar

E = TypeVar("E", bound=Enum)
M = TypeVar("M")
A = TypeVar("A")
T = TypeVar("T")

# The additional_properties of a message that has none: one shared, read-only empty mapping.
NO_EXTRAS: Mapping[str, Any] = MappingProxyType({})
INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1
_UTC = datetime.UTC
_JSON_TYPES = {
    dict: "an object",
    list: "a list",
    str: "a string",
    bool: "a boolean",
    int: "a number",
    float: "a number",
}

fromisoformat = datetime.datetime.fromisoformat
# An instance without running __init__: the readers set every attribute themselves.
new: Callable[[type[T]], T] = object.__new__


def without_collector(convert: Callable[[A], T], value: A) -> T:
    """convert(value) with the cyclic garbage collector paused, as from_dict() and to_dict() run.

    Reading a large response builds tens of thousands of containers, and each 700 allocations start a
    collection that traverses the young objects, whose survivors later make the old generations' passes
    traverse everything alive: with the collector on, that cost a third of the time of a large read.
    What a read or write builds is a tree with no reference cycles, so pausing finds no garbage late.
    The collector is left alone when the program has turned it off, and whenever another thread runs:
    the switch is process-wide, and code in another thread that saves, turns off and restores it too
    (timeit does) could, interleaved with this, leave it off for good.
    """
    if not gc.isenabled() or threading.active_count() > 1:
        return convert(value)
    gc.disable()
    try:
        return convert(value)
    finally:
        gc.enable()


class WireTypeError(TypeError):
    """A response value of the wrong JSON type, or one that cannot be read as its field's type."""


def bad(value: Any, expected: str, where: str) -> NoReturn:
    got = "null" if value is None else _JSON_TYPES.get(type(value), type(value).__name__)
    shown = repr(value) if isinstance(value, (str, int, float)) and len(repr(value)) <= 40 else ""
    raise WireTypeError(f"{where}: expected {expected}, got {got}{' ' + shown if shown else ''}")


def extras(src: Mapping[str, Any], known: frozenset[str]) -> Mapping[str, Any]:
    """The members of a message this client does not know (the server added them), kept for to_dict()."""
    return MappingProxyType({k: v for k, v in src.items() if k not in known})


def read_str(value: Any, where: str) -> str:
    if value is None:
        return ""
    bad(value, "a string", where)


def read_int64(value: Any, where: str) -> int:
    """An int64: a JSON string of decimal digits on the wire, but parsers accept a number too."""
    if value is None:
        return 0
    if type(value) is str:
        try:
            number = int(value)
        except ValueError:
            bad(value, "an int64 (a string of decimal digits)", where)
    elif type(value) is int:
        number = value
    elif type(value) is float and value.is_integer():
        number = int(value)
    else:
        bad(value, "an int64 (a string of decimal digits)", where)
    if not INT64_MIN <= number <= INT64_MAX:
        bad(value, "an int64 (out of range)", where)
    return number


def read_int32(value: Any, where: str) -> int:
    """An int32: a JSON number, but parsers accept a string of digits too."""
    if value is None:
        return 0
    if type(value) is str:
        try:
            return int(value)
        except ValueError:
            bad(value, "an int32", where)
    if type(value) is float and value.is_integer():
        return int(value)
    bad(value, "an int32", where)


def read_double(value: Any, where: str) -> float:
    """A double: a JSON number, or a string ("1.5", "NaN", "Infinity", "-Infinity")."""
    if type(value) is float:
        return value
    if type(value) is int:
        return float(value)
    if value is None:
        return 0.0
    if type(value) is str:
        try:
            return float(value)
        except ValueError:
            bad(value, "a double", where)
    bad(value, "a double", where)


def read_bool(value: Any, where: str) -> bool:
    if value is None:
        return False
    bad(value, "a boolean", where)


def read_enum(cls: type[E], value: Any, where: str) -> E:
    """An enum name this client does not know (kept, with is_unknown), or null (the zero value)."""
    if type(value) is str:
        return cls(value)
    if value is None:
        return next(iter(cls))
    bad(value, "an enum name (a string)", where)


def read_timestamp(value: Any, where: str) -> datetime.datetime:
    """An RFC 3339 timestamp, as proto3 JSON writes one (fractional digits beyond 6 are dropped)."""
    if type(value) is not str:
        bad(value, "an RFC 3339 timestamp string", where)
    try:
        return fromisoformat(value)
    except ValueError:
        bad(value, "an RFC 3339 timestamp", where)


def read_messages(read: Callable[[Any], M], value: Any, where: str) -> list[M]:
    """A repeated message field (map() calls the reader a little faster than a comprehension)."""
    if type(value) is not list:
        if value is None:
            return []
        bad(value, "a list", where)
    try:
        return list(map(read, value))
    except (TypeError, AttributeError):
        for i, item in enumerate(value):
            if type(item) is not dict:
                bad(item, "an object", f"{where}[{i}]")
        raise


# read_strings and read_doubles each check their list inline rather than through _read_scalars: one call
# less per list, and a usage response reads 100,000 lists of values (folding them in cost 5 ms of 160).
def read_strings(value: Any, where: str) -> list[str]:
    """A repeated string field: the list itself when every item is a string."""
    if value.__class__ is list:
        for item in value:
            if item.__class__ is not str:
                break
        else:
            return value
    return _read_scalars(_not_a_string, str, value, where)


def read_doubles(value: Any, where: str) -> list[float]:
    """A repeated double field: the list itself when every item is a float, else each read as a double."""
    if value.__class__ is list:
        for item in value:
            if item.__class__ is not float:
                break
        else:
            return value
    return _read_scalars(read_double, float, value, where)


def _read_scalars(read: Callable[[Any, str], Any], kind: type, value: Any, where: str) -> list[Any]:
    if value.__class__ is not list:
        if value is None:
            return []
        bad(value, "a list", where)
    return [item if item.__class__ is kind else read(item, f"{where}[{i}]") for i, item in enumerate(value)]


def _not_a_string(value: Any, where: str) -> str:
    bad(value, "a string", where)


def write_timestamp(value: datetime.datetime) -> str:
    """A timestamp as proto3 JSON writes one: RFC 3339 in UTC with a Z, and 0, 3 or 6 fractional digits.

    Formatting costs more than the rest of to_dict(), and a usage response repeats each bucket's
    timestamp in every series, so the texts are remembered (a bounded table, cleared when full).
    """
    text = _TIMESTAMPS.get(value)
    if text is None:
        if len(_TIMESTAMPS) >= 65536:
            _TIMESTAMPS.clear()
        text = _TIMESTAMPS[value] = _format_timestamp(value)
    return text


_TIMESTAMPS: dict[datetime.datetime, str] = {}


def _format_timestamp(value: datetime.datetime) -> str:
    if value.tzinfo is not _UTC:
        value = value.astimezone(_UTC) if value.tzinfo is not None else value.replace(tzinfo=_UTC)
    micro = value.microsecond
    spec = "seconds" if micro == 0 else "milliseconds" if micro % 1000 == 0 else "microseconds"
    return value.isoformat(timespec=spec)[:-6] + "Z"


def write_double(value: float) -> float | str:
    """A double as proto3 JSON writes one: a number, or "NaN", "Infinity", "-Infinity" (not JSON numbers)."""
    if math.isfinite(value):
        return value
    return "NaN" if math.isnan(value) else "Infinity" if value > 0 else "-Infinity"


def write_doubles(values: Iterable[float]) -> list[float | str]:
    return [v if v - v == 0 else write_double(v) for v in values]  # v - v is 0 unless v is inf or NaN
