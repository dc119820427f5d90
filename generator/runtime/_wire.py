"""Reading and writing proto3 JSON: the helpers the generated models call.

The generated ``_read_*`` functions handle the common case inline (a value of the right JSON type, in
the form proto3 JSON writers use) and call the ``read_*`` helpers here for everything else: an absent or
``null`` field (its default), the other spellings proto3 JSON allows (an int64 as a number or as
``"1e3"``, a double as ``"NaN"``, a timestamp with an offset other than ``Z``), an enum value this client
does not know, and anything of the wrong type or that its field's type cannot hold, which raises
``WireFormatError`` naming the field. The client turns that into ``APIResponseValidationError``.

What is accepted, and its sources:
- int64 and int32 (proto3 JSON): a JSON number, or a string whose content is a JSON number (the grammar
  of RFC 8259 §6: no whitespace, ``+``, leading zeros, underscores or non-ASCII digits), of an integral
  value in the type's range. Exponents and zero fractions are read as protobuf's parsers read them
  (``"1e3"`` is 1000, ``"10.0"`` is 10), exactly, from the text: never through a float. A JSON number
  that ``json.loads`` has already made a float (``1e3``, ``10.0``) is read when it is integral and at
  most 2**53 in size, where a float holds every integer exactly; beyond, only its text could say which
  integer was sent, so it is refused. A ``decimal.Decimal`` (``json.loads(text, parse_float=Decimal)``)
  is read exactly.
- Timestamps: an RFC 3339 ``date-time`` (§5.6), which requires an offset (``Z`` or ``±HH:MM``; a time
  without one is refused, not read as local or naive time); ``T`` and ``Z`` may be lower case (§5.6
  NOTE; protobuf's parsers refuse that, this reader follows the RFC); a space in place of ``T`` is not
  part of the grammar and is refused, as protobuf refuses it. The fraction has 1 to 9 digits (proto3's
  nanoseconds); Python keeps microseconds, so digits beyond the sixth are dropped (truncated, towards the
  past). A leap second (``:60``) and an instant outside 0001-01-01 to 9999-12-31 UTC are refused, as
  ``google.protobuf.Timestamp`` cannot hold them (it smears leap seconds).
"""

from __future__ import annotations

import datetime
import math
import re
from collections.abc import Callable, Iterable, Mapping
from enum import Enum
from types import MappingProxyType
from typing import Any, NoReturn, TypeVar

from ._exceptions import WireFormatError

E = TypeVar("E", bound=Enum)
M = TypeVar("M")
T = TypeVar("T")

# The additional_properties of a message that has none: one shared, read-only empty mapping.
NO_EXTRAS: Mapping[str, Any] = MappingProxyType({})
INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1
INT32_MIN, INT32_MAX = -(2**31), 2**31 - 1
# Every integer up to this size is a float exactly; beyond it, a float may stand for several texts.
FLOAT_EXACT = 2**53
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

# read_timestamp()'s fast path: what proto3 JSON writers write (UTC, "Z", 0, 3 or 6 fractional digits)
# goes to datetime.fromisoformat() once its length, its marks (at 4, 7, 10, 13, 16 and 19: "--T::" and "Z" or
# ".") and the absence of NUL say it is that form; fromisoformat() alone accepts much that RFC 3339 does not (no
# offset, any separator, week dates, "HHMM", a comma, anything after a sixth fractional digit, anything after a
# NUL). Everything else, 7 to 9 fractional digits included, goes to rfc3339_timestamp().
UTC_LENGTHS = frozenset((20, *range(22, 28)))
UTC_MARKS = frozenset(("--T::Z", "--T::."))
# A JSON number (RFC 8259 §6), ASCII digits only: sign, integer part, fraction digits, exponent.
_JSON_NUMBER = re.compile(r"(-?)(0|[1-9][0-9]*)(?:\.([0-9]+))?(?:[eE]([+-]?[0-9]+))?")
# An RFC 3339 date-time (§5.6): date, time, fraction, and the offset: Z, or its sign, hours and minutes.
_DATE_TIME = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt]([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\.([0-9]+))?"
    r"(?:[Zz]|([+-])([0-9]{2}):([0-9]{2}))"
)


def bad(value: Any, expected: str, where: str) -> NoReturn:
    got = "null" if value is None else _JSON_TYPES.get(type(value), type(value).__name__)
    shown = _shown(value)
    raise WireFormatError(f"{where}: expected {expected}, got {got}{' ' + shown if shown else ''}")


def _shown(value: Any) -> str:
    """A short repr of a scalar for a message, or "": never the whole of a long string, and never the
    digits of a huge int (which Python refuses to write beyond 4300 digits)."""
    if type(value) is str:
        return repr(value) if len(value) <= 40 else ""
    if type(value) is int:
        return repr(value) if -(10**30) < value < 10**30 else f"of {value.bit_length()} bits"
    if type(value) is float:
        return repr(value)
    return ""


def extras(src: Mapping[str, Any], known: frozenset[str]) -> Mapping[str, Any]:
    """The members of a message this client does not know (the server added them), kept for to_dict()."""
    return MappingProxyType({k: v for k, v in src.items() if k not in known})


def not_a_message(src: Any, name: str, exc: Exception) -> WireFormatError:
    """The error of from_dict() for what a reader failed on without naming a field: a top-level value that
    is not an object (a list, a string), or a mapping that does not behave as one."""
    if not isinstance(src, Mapping):
        got = "null" if src is None else _JSON_TYPES.get(type(src), type(src).__name__)
        return WireFormatError(f"{name}: expected an object (a dict), got {got}")
    return WireFormatError(f"{name}: cannot be read ({type(exc).__name__}: {exc})")


def message_state(self: Any) -> dict[str, Any]:
    """What pickle and copy keep of a message: each field, with the unknown members as a plain dict (a
    MappingProxyType cannot be pickled)."""
    state = {a.name: getattr(self, a.name) for a in type(self).__attrs_attrs__}
    state["additional_properties"] = dict(state["additional_properties"])
    return state


def set_message_state(self: Any, state: Mapping[str, Any]) -> None:
    """A message restored from what message_state() kept."""
    for name, value in state.items():
        object.__setattr__(self, name, value)
    members = state.get("additional_properties")
    object.__setattr__(self, "additional_properties", MappingProxyType(dict(members)) if members else NO_EXTRAS)


def read_str(value: Any, where: str) -> str:
    if value is None:
        return ""
    bad(value, "a string", where)


def read_int64(value: Any, where: str) -> int:
    """An int64: proto3 JSON writes a string of decimal digits; a number, or a string holding any JSON
    number of an integral value, is read too."""
    if value is None:
        return 0
    return _integer(value, INT64_MIN, INT64_MAX, "an int64", where)


def read_int32(value: Any, where: str) -> int:
    """An int32: proto3 JSON writes a number; a string holding a JSON number of an integral value is read too."""
    if value is None:
        return 0
    return _integer(value, INT32_MIN, INT32_MAX, "an int32", where)


def _integer(value: Any, low: int, high: int, kind: str, where: str) -> int:
    """An integral value within [low, high], exactly: from an int, a string holding a JSON number, an
    integral float of at most 2**53, or a Decimal."""
    cls = type(value)
    number: int
    if cls is int:
        number = value
    elif cls is str:
        number = _json_integer(value, kind, where)
    elif cls is float:
        if not value.is_integer():
            bad(value, f"{kind} (a number with no fractional part)", where)
        if abs(value) > FLOAT_EXACT:
            bad(value, f"{kind} written as a string: a float beyond 2**53 cannot say which integer was sent", where)
        number = int(value)
    else:
        from decimal import Decimal  # here: only a program that made Decimals has them

        if cls is not Decimal:
            bad(value, f"{kind} (a number, or a string holding one)", where)
        number = _json_integer(str(value), kind, where)
    if not low <= number <= high:
        bad(value, f"{kind} (out of range)", where)
    return number


def _json_integer(text: str, kind: str, where: str) -> int:
    """The integer a JSON number's text stands for, computed from its digits, never through a float: "1e3"
    and "10.0" are integers, "1.5" and "1e-3" are not; a value far out of any integer type's range is
    refused before it is computed."""
    match = _JSON_NUMBER.fullmatch(text)
    if match is None:
        bad(text, f"{kind} (a JSON number, or a string holding one)", where)
    sign, whole, fraction, exponent = match.groups()
    fraction = fraction or ""
    digits = (whole + fraction).lstrip("0")
    if not digits:
        return 0
    significant = digits.rstrip("0")
    scale = len(digits) - len(significant) - len(fraction)  # the power of ten the significant digits stand at
    if exponent is not None:
        if len(exponent.lstrip("+-0")) > 6:  # 10**(10**6) or more, or as small: beyond any range
            scale = -(10**7) if exponent.startswith("-") else 10**7
        else:
            scale += int(exponent)
    if scale < 0:
        bad(text, f"{kind} (a number with no fractional part)", where)
    if len(significant) + scale > 20:  # more digits than any int64 has
        bad(text, f"{kind} (out of range)", where)
    number = int(significant + "0" * scale)
    return -number if sign else number


def read_double(value: Any, where: str) -> float:
    """A double: a JSON number, or a string ("1.5", "NaN", "Infinity", "-Infinity")."""
    if type(value) is float:
        return value
    if type(value) is int:
        return float(value)
    if value is None:
        return 0.0
    if type(value) is str:
        if value in ("NaN", "Infinity", "-Infinity") or _JSON_NUMBER.fullmatch(value):
            return float(value)
        bad(value, 'a double (a number, or a string holding one, "NaN", "Infinity" or "-Infinity")', where)
    from decimal import Decimal

    if type(value) is Decimal:
        return float(value)
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
    """A timestamp the readers have not read before (they look each one up in READ_TIMESTAMPS first: a usage
    response repeats each bucket's timestamp in every series, and a balance change its createTime in
    createTs). The form proto3 JSON writers use goes to fromisoformat(), the rest to rfc3339_timestamp()."""
    if (
        value.__class__ is str
        and len(value) in UTC_LENGTHS
        and value[-1] == "Z"
        and value[4:20:3] in UTC_MARKS
        and "\x00" not in value
    ):
        try:
            moment = fromisoformat(value)
        except ValueError:
            moment = rfc3339_timestamp(value, where)
    else:
        moment = rfc3339_timestamp(value, where)
    if len(READ_TIMESTAMPS) >= 65536:  # bounded: cleared when full
        READ_TIMESTAMPS.clear()
    READ_TIMESTAMPS[value] = moment
    return moment


# Timestamp texts already read, and what they read as (datetimes are immutable, so they can be shared).
READ_TIMESTAMPS: dict[str, datetime.datetime] = {}


def rfc3339_timestamp(value: Any, where: str) -> datetime.datetime:
    """An RFC 3339 date-time (§5.6) with its offset, which proto3 JSON requires (see the module's notes)."""
    if type(value) is not str:
        bad(value, "an RFC 3339 timestamp string", where)
    match = _DATE_TIME.fullmatch(value)
    if match is None:
        bad(value, "an RFC 3339 timestamp (a date-time with its offset: 2025-01-02T03:04:05Z, ...05.5+01:00)", where)
    year, month, day, hour, minute, second, fraction, sign, off_hour, off_minute = match.groups()
    if second == "60":
        bad(value, "a timestamp without a leap second (google.protobuf.Timestamp smears them)", where)
    if fraction is not None and len(fraction) > 9:
        bad(value, "a timestamp with at most 9 fractional digits (nanoseconds)", where)
    tz = _UTC
    if sign is not None and (off_hour != "00" or off_minute != "00"):
        if int(off_hour) > 23 or int(off_minute) > 59:
            bad(value, "an RFC 3339 timestamp (its offset is out of range)", where)
        offset = datetime.timedelta(hours=int(off_hour), minutes=int(off_minute))
        tz = datetime.timezone(-offset if sign == "-" else offset)
    micro = int(fraction[:6].ljust(6, "0")) if fraction else 0
    try:
        moment = datetime.datetime(
            int(year), int(month), int(day), int(hour), int(minute), int(second), micro, tzinfo=tz
        )
        if tz is not _UTC:
            moment.astimezone(_UTC)  # the instant itself must be within the years 1 to 9999
    except (ValueError, OverflowError):
        bad(value, "an RFC 3339 timestamp (a date or time out of range)", where)
    return moment


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
