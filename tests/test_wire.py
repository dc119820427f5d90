"""The wire read exactly as proto3 JSON writes it, on every path a value can take: int64 and int32 values (a
JSON number, or a string holding one, integral and in range), RFC 3339 timestamps with their offset, the
public error of from_dict(), integer arguments of any size refused before sending, and the process-wide
garbage collector left as the program set it."""

from __future__ import annotations

import datetime
import json
import math
import re
import subprocess
import sys
import textwrap
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
from contract import PLAN, RECORDINGS_DIR, call_kwargs, load, mock_client, snake
from hypothesis import given, settings
from hypothesis import strategies as st

import xai_billing
import xai_billing.models
from xai_billing._wire import rfc3339_timestamp

ROOT = Path(__file__).resolve().parent.parent
INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1
INT32_MIN, INT32_MAX = -(2**31), 2**31 - 1
UTC = datetime.UTC

# (model, wire name, kind) of every int64, int32 and timestamp field of the spec.
FIELDS = [
    (m.cls, f.wire, f.kind)
    for m in PLAN.models.values()
    for f in m.fields
    if f.kind in ("int64", "int32", "timestamp") and not f.repeated
]
IDS = [f"{cls}.{wire}" for cls, wire, _ in FIELDS]


def _read(cls: str, wire: str, value: Any, *, whole: bool) -> Any:
    """The field read through its model's from_dict(): in a message written whole (every field without presence
    and nothing else, the readers' fast way in), or in one with an unknown member (each field alone)."""
    model = getattr(xai_billing.models, cls)
    src = _defaults(cls)
    src[wire] = value
    if not whole:
        src["someFutureMember"] = 1
    parsed = model.from_dict(src)
    name = next(f.name for f in PLAN.models[cls].fields if f.wire == wire)
    return getattr(parsed, name)


def _defaults(cls: str) -> dict[str, Any]:
    """Every field without presence at its default, as the API writes a message."""
    out: dict[str, Any] = {}
    for f in PLAN.models[cls].fields:
        if f.presence == "optional":
            continue
        if f.repeated:
            out[f.wire] = []
        elif f.kind == "message":
            out[f.wire] = {}
        else:
            out[f.wire] = {"int64": "0", "int32": 0, "str": "", "bool": False, "double": 0.0}.get(f.kind)
            if f.kind == "enum":
                out[f.wire] = next(iter(getattr(xai_billing.models, f.target or ""))).value
    return out


INT64_GOOD: list[tuple[Any, int]] = [
    ("0", 0),
    ("-0", 0),
    ("12345", 12345),
    ("-12345", -12345),
    ("9223372036854775807", INT64_MAX),
    ("-9223372036854775808", INT64_MIN),
    ("1e3", 1000),  # exponent notation and zero fractions, read as protobuf's parsers read them
    ("1E3", 1000),
    ("1e+3", 1000),
    ("-2.5e1", -25),
    ("10.0", 10),
    ("100e-2", 1),
    ("0.000", 0),
    ("9.223372036854775807e18", INT64_MAX),  # exactly, not through a float
    (12345, 12345),
    (-12345, -12345),
    (INT64_MAX, INT64_MAX),
    (1.0, 1),
    (1e3, 1000),
    (float(2**53), 2**53),
    (Decimal("12.00"), 12),
    (Decimal("-1E+3"), -1000),
]
INT64_BAD: list[Any] = [
    " 1_0 ",
    "1_0",
    " 10",
    "10 ",
    "10\n",
    "\t10",
    "+10",
    "010",
    "-010",
    "٣",  # non-ASCII digits: ARABIC-INDIC DIGIT THREE
    "１０",  # FULLWIDTH DIGIT ONE, ZERO
    "0x10",
    "1.5",
    "1e-3",
    ".5",
    "5.",
    "1e",
    "-",
    "",
    "NaN",
    "Infinity",
    "9223372036854775808",
    "-9223372036854775809",
    "9.3e18",
    "1e19",
    "1e99999999999",
    "1" * 5000,  # int() refuses more than 4300 digits: still this package's error
    INT64_MAX + 1,
    INT64_MIN - 1,
    10**5000,
    1.5,
    float(2**60),  # a float beyond 2**53 cannot say which integer was sent
    math.inf,
    math.nan,
    Decimal("1.5"),
    Decimal("NaN"),
    True,
    False,
    [],
    {},
]
INT32_GOOD: list[tuple[Any, int]] = [
    (0, 0),
    (2025, 2025),
    (INT32_MAX, INT32_MAX),
    (INT32_MIN, INT32_MIN),
    ("2025", 2025),
    ("-7", -7),
    ("1e3", 1000),
    ("12.0", 12),
    (7.0, 7),
]
INT32_BAD: list[Any] = [
    INT32_MAX + 1,
    INT32_MIN - 1,
    "2147483648",
    "1e10",
    " 5",
    "5 ",
    "5_0",
    "+5",
    "05",
    "٥",
    1.5,
    "1.5",
    10**5000,
    "9" * 5000,
    True,
    [],
]
T = datetime.datetime
TIMESTAMP_GOOD: list[tuple[str, datetime.datetime]] = [
    ("2025-01-02T03:04:05Z", T(2025, 1, 2, 3, 4, 5, tzinfo=UTC)),
    ("2025-01-02t03:04:05z", T(2025, 1, 2, 3, 4, 5, tzinfo=UTC)),  # RFC 3339 §5.6 NOTE: t and z may be lower case
    ("2025-01-02T03:04:05.1Z", T(2025, 1, 2, 3, 4, 5, 100000, tzinfo=UTC)),
    ("2025-01-02T03:04:05.123Z", T(2025, 1, 2, 3, 4, 5, 123000, tzinfo=UTC)),
    ("2025-01-02T03:04:05.123456Z", T(2025, 1, 2, 3, 4, 5, 123456, tzinfo=UTC)),
    ("2025-01-02T03:04:05.123456789Z", T(2025, 1, 2, 3, 4, 5, 123456, tzinfo=UTC)),  # nanoseconds, kept to µs
    ("2025-01-02T03:04:05.999999999Z", T(2025, 1, 2, 3, 4, 5, 999999, tzinfo=UTC)),  # truncated, not rounded
    ("2025-01-02T03:04:05+00:00", T(2025, 1, 2, 3, 4, 5, tzinfo=UTC)),
    ("2025-01-02T03:04:05-00:00", T(2025, 1, 2, 3, 4, 5, tzinfo=UTC)),  # RFC 3339 §4.3: UTC, local offset unknown
    ("2025-01-02T08:34:05.5+05:30", T(2025, 1, 2, 3, 4, 5, 500000, tzinfo=UTC)),
    ("2025-01-01T19:04:05-08:00", T(2025, 1, 2, 3, 4, 5, tzinfo=UTC)),
    ("2025-01-02T03:04:05+23:59", T(2025, 1, 1, 3, 5, 5, tzinfo=UTC)),
    ("2024-02-29T00:00:00Z", T(2024, 2, 29, tzinfo=UTC)),
    ("0001-01-01T00:00:00Z", T(1, 1, 1, tzinfo=UTC)),
    ("9999-12-31T23:59:59.999999999Z", T(9999, 12, 31, 23, 59, 59, 999999, tzinfo=UTC)),
]
TIMESTAMP_BAD: list[Any] = [
    "2025-01-02T03:04:05",  # no offset: RFC 3339 requires one (this was read as a naive datetime)
    "2025-01-02T03:04:05.123456",
    "2025-01-02 03:04:05Z",  # a space is not the grammar's (RFC 3339 §5.6 allows it only as an application's choice)
    "2025-01-02_03:04:05Z",
    "2025-01-02",
    "2025-01-02T03:04Z",
    "2025-01-02T03Z",
    "2025-01-02T03:04:05.Z",
    "2025-01-02T03:04:05,5Z",
    "2025-01-02T03:04:05.1234567891Z",  # more than nanoseconds
    "2025-01-02T03:04:60Z",  # a leap second: google.protobuf.Timestamp smears them
    "2025-01-02T03:04:05+0100",
    "2025-01-02T03:04:05+01",
    "2025-01-02T03:04:05+01:00:30",
    "2025-01-02T03:04:05+24:00",
    "2025-01-02T03:04:05+01:60",
    "2025-01-02T03:04:05UTC",
    "2025-W01-2T03:04:05Z",
    "20250102T030405Z",
    "2025-01-02T030405Z",
    "2025-02-30T00:00:00Z",
    "2025-13-01T00:00:00Z",
    "2025-01-02T24:00:00Z",
    "0000-01-01T00:00:00Z",
    "0001-01-01T00:00:00+01:00",  # before 0001-01-01 UTC, where Timestamp begins
    "9999-12-31T23:59:59-01:00",
    "２０２５-01-02T03:04:05Z",
    "2025-01-02T03:04:05Z\n",
    " 2025-01-02T03:04:05Z",
    "",
    1700000000,
    True,
    {},
]


def _good_bad(kind: str) -> tuple[list[tuple[Any, Any]], list[Any]]:
    return {
        "int64": (INT64_GOOD, INT64_BAD),
        "int32": (INT32_GOOD, INT32_BAD),
        "timestamp": (TIMESTAMP_GOOD, TIMESTAMP_BAD),
    }[kind]


@pytest.mark.parametrize(("cls", "wire", "kind"), FIELDS, ids=IDS)
@pytest.mark.parametrize("whole", [True, False], ids=["whole", "with-unknown-member"])
def test_every_integer_and_timestamp_field_reads_what_proto3_json_allows(
    cls: str, wire: str, kind: str, whole: bool
) -> None:
    good, _ = _good_bad(kind)
    for value, expected in good:
        got = _read(cls, wire, value, whole=whole)
        assert got == expected and type(got) is type(expected), value
        if kind == "timestamp":
            assert got.utcoffset() is not None  # never a naive datetime


@pytest.mark.parametrize(("cls", "wire", "kind"), FIELDS, ids=IDS)
@pytest.mark.parametrize("whole", [True, False], ids=["whole", "with-unknown-member"])
def test_every_integer_and_timestamp_field_refuses_what_proto3_json_does_not(
    cls: str, wire: str, kind: str, whole: bool
) -> None:
    _, bad = _good_bad(kind)
    for value in bad:
        with pytest.raises(xai_billing.WireFormatError, match=f"^{cls}.{wire}: expected") as info:
            _read(cls, wire, value, whole=whole)
        assert len(str(info.value)) < 300, value  # a 5000-digit value is not repeated in the message


def test_the_client_refuses_them_as_a_response_error_with_the_wire_error_as_its_cause() -> None:
    recording = load(RECORDINGS_DIR / "getPrepaidBalance" / "reference.json")
    for body, named in [
        ({"total": {"val": " 1_0 "}}, "UsdCents.val"),
        ({"total": {"val": "9223372036854775808"}}, "UsdCents.val"),
        ({"changes": [{"createTime": "2025-01-02T03:04:05"}]}, "BalanceChange.createTime"),
        ({"changes": [{"spendBpKeyYear": 2**31}]}, "BalanceChange.spendBpKeyYear"),
    ]:
        client = mock_client(lambda request, body=body: httpx.Response(200, json=body), max_retries=0)
        with pytest.raises(xai_billing.APIResponseValidationError, match=named) as info:
            client.get_prepaid_balance(team_id=recording["request"]["path"].split("/")[4])
        assert isinstance(info.value.__cause__, xai_billing.WireFormatError)


def _oracle_int64(text: str) -> int | None:
    """What an int64 string means, computed independently of the client: a JSON number (RFC 8259) of an integral
    value within the range, by decimal arithmetic."""
    if not re.fullmatch(r"-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?", text, flags=re.ASCII):
        return None
    number = Decimal(text)
    if abs(number) > 2**64 or number != number.to_integral_value():
        return None
    value = int(number)
    return value if INT64_MIN <= value <= INT64_MAX else None


_NUMBER_TEXT = st.one_of(
    st.integers(INT64_MIN - 10, INT64_MAX + 10).map(str),
    st.from_regex(r"\A-?[0-9]{1,21}(\.[0-9]{0,4})?([eE][+-]?[0-9]{1,2})?\Z"),
    st.text(alphabet="0123456789-+.eE _\t١", max_size=24),
)


@settings(max_examples=400, derandomize=True)
@given(_NUMBER_TEXT)
def test_int64_strings_read_as_an_independent_decimal_oracle_reads_them(text: str) -> None:
    expected = _oracle_int64(text)
    for whole in (True, False):  # the fast path of a whole message, and the other
        if expected is None:
            with pytest.raises(xai_billing.WireFormatError):
                _read("InvoiceLine", "amount", text, whole=whole)
        else:
            assert _read("InvoiceLine", "amount", text, whole=whole) == expected


_CANONICAL = [
    "2025-01-02T03:04:05Z",
    "2025-01-02T03:04:05.123Z",
    "2025-01-02T03:04:05.123456Z",
    "2025-01-02T03:04:05.123456789Z",
]


@st.composite
def _mutated_timestamps(draw: Callable[..., Any]) -> str:
    """A canonical timestamp with a few characters replaced, inserted or removed."""
    text = draw(st.sampled_from(_CANONICAL))
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, len(text)))
        char = draw(st.sampled_from(list("0123456789-T:.Zz+t ,W٣１\n\x00é")))
        edit = draw(st.sampled_from(["replace", "insert", "delete"]))
        if edit == "replace":
            text = text[:at] + char + text[at + 1 :]
        elif edit == "insert":
            text = text[:at] + char + text[at:]
        else:
            text = text[:at] + text[at + 1 :]
    return text


@settings(max_examples=3000, derandomize=True)
@given(_mutated_timestamps())
def test_the_timestamp_fast_path_accepts_nothing_the_rfc_3339_reader_refuses(text: str) -> None:
    """The readers hand what looks like a canonical timestamp to datetime.fromisoformat(), which alone accepts
    far more than RFC 3339: whatever it is given, they agree with rfc3339_timestamp(), the grammar's own reader."""
    try:
        expected: Any = rfc3339_timestamp(text, "DataPoint.timestamp")
    except xai_billing.WireFormatError:
        expected = None
    for whole in (True, False):
        if expected is None:
            with pytest.raises(xai_billing.WireFormatError):
                _read("DataPoint", "timestamp", text, whole=whole)
        else:
            assert _read("DataPoint", "timestamp", text, whole=whole) == expected
    if expected is not None:  # and the grammar's reader itself agrees with a plain reading of RFC 3339
        match = re.fullmatch(
            r"(\d{4})-(\d\d)-(\d\d)[Tt](\d\d):(\d\d):(\d\d)(\.\d{1,9})?([Zz]|[+-]\d\d:\d\d)", text, flags=re.ASCII
        )
        assert match is not None and match.group(6) != "60"


def test_from_dict_raises_the_public_wire_error_which_is_still_a_type_and_value_error() -> None:
    from xai_billing.models import GetPrepaidBalanceResponse, UsdCents

    assert "WireFormatError" in xai_billing.__all__
    assert issubclass(xai_billing.WireFormatError, xai_billing.XAIBillingError)
    for src, named in [
        ({"changes": 7}, "GetPrepaidBalanceResponse.changes: expected a list"),
        ({"total": {"val": "x"}}, "UsdCents.val: expected an int64"),
        ([{"val": "1"}], "GetPrepaidBalanceResponse: expected an object"),
        ("{}", "GetPrepaidBalanceResponse: expected an object"),
        (None, "GetPrepaidBalanceResponse: expected an object"),
    ]:
        for caught in (xai_billing.WireFormatError, xai_billing.XAIBillingError, TypeError, ValueError):
            with pytest.raises(caught, match=re.escape(named)):
                GetPrepaidBalanceResponse.from_dict(src)  # type: ignore[arg-type]
    assert UsdCents.from_dict({"val": "12"}) == UsdCents(val=12)


# ---------------------------------------------------------------------------------------------------
# Integer arguments of any size: the package's error, before anything is sent.

HUGE = [10**5000, -(10**5000), 2**64]


def _leaves(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in _leaves(v, (*path, k))]
    if isinstance(value, list):
        return [p for i, v in enumerate(value) for p in _leaves(v, (*path, i))]
    return [path]


def _replaced(value: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return new
    copy = json.loads(json.dumps(value))
    node = copy
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = new
    return copy


def _argument_cases() -> list[tuple[str, dict[str, Any]]]:
    """For every operation with arguments (a recorded call, and a top-up), the call with each argument and each
    value inside one replaced by a huge integer."""
    calls: dict[str, dict[str, Any]] = {"top_up_prepaid_credit": {"amount": {"val": 500}}}
    for path in sorted(RECORDINGS_DIR.glob("*/*.json")):
        recording = load(path)
        kwargs = call_kwargs(recording)
        if kwargs:
            calls.setdefault(snake(recording["operationId"]), kwargs)
    cases = []
    for name, kwargs in sorted(calls.items()):
        for path in _leaves(kwargs):
            for huge in HUGE:
                cases.append((name, _replaced(kwargs, path, huge)))
        cases.append((name, {**kwargs, next(iter(kwargs)): 10**5000}))
    return cases


ARGUMENT_CASES = _argument_cases()


def _counting_client() -> tuple[xai_billing.Client, list[httpx.Request]]:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={})

    return mock_client(handler, team_id="t", max_retries=0), sent


def test_the_argument_cases_reach_every_operation_with_arguments() -> None:
    with_arguments = {op.name for op in PLAN.operations if op.body or op.query}
    assert {name for name, _ in ARGUMENT_CASES} == with_arguments


@pytest.mark.parametrize(("operation", "kwargs"), ARGUMENT_CASES, ids=[c[0] for c in ARGUMENT_CASES])
def test_an_integer_argument_of_any_size_is_a_configuration_error_and_nothing_is_sent(
    operation: str, kwargs: dict[str, Any]
) -> None:
    client, sent = _counting_client()
    with pytest.raises(xai_billing.ConfigurationError) as info:
        getattr(client, operation)(**kwargs)
    assert len(str(info.value)) < 1000
    assert sent == []


def test_huge_integers_in_models_strings_and_keys_are_configuration_errors_too() -> None:
    from xai_billing.models import NonNegativeUsdCents, PositiveUsdCents

    client, sent = _counting_client()
    for call in [
        lambda: client.top_up_prepaid_credit(amount=PositiveUsdCents(val=10**5000)),
        lambda: client.top_up_prepaid_credit(amount={"val": "9" * 5000}),
        lambda: client.top_up_prepaid_credit(amount={"val": "9223372036854775808"}),
        lambda: client.top_up_prepaid_credit(amount={10**5000: 1}),  # type: ignore[dict-item]
        lambda: client.set_spending_limit(desired_soft_spending_limit=NonNegativeUsdCents(val=-(10**5000))),
        lambda: client.list_invoices(billing_cycle_year=10**5000),
        lambda: client.get_usage(analytics_request={"timeRange": 10**5000}),  # type: ignore[typeddict-item]
    ]:
        with pytest.raises(xai_billing.ConfigurationError, match="range|must be|unknown member"):
            call()
    assert sent == []


def test_the_request_check_refuses_huge_integers_for_every_json_type_a_schema_may_name() -> None:
    """The check of _request.py, for the kinds of schema no operation has yet (a double in a request)."""
    from xai_billing._request import to_wire

    for schema in [
        {"type": "number"},
        {"type": "integer"},
        {"type": "string"},
        {"type": "string", "format": "int64"},
        {"type": "string", "enum": ["A", "B"]},
        {"type": "boolean"},
        {"type": "array", "items": {"type": "string"}},
        {"type": "object", "properties": {"a": {"type": "string"}}},
    ]:
        with pytest.raises(xai_billing.ConfigurationError):
            to_wire({}, schema, 10**5000, "argument")
    assert to_wire({}, {"type": "number"}, 10**300, "argument") == 10**300  # a double's range is wider


# ---------------------------------------------------------------------------------------------------
# The garbage collector: a library leaves process-wide state as it found it. from_dict(), to_dict() and a
# response's parse no longer pause it (they did, and a signal could leave it off, or a program's own
# gc.disable() during a parse be undone); tested in a real process, where signals and the switch are real.

GC_SCRIPT = textwrap.dedent(
    """
    import gc, json, random, signal, sys
    import httpx
    import xai_billing
    from xai_billing.models import GetPrepaidBalanceResponse
    from collections.abc import Mapping

    results = {}
    change = {"teamId": "t", "changeOrigin": "SPEND", "amount": {"val": "-5"},
              "createTime": "2025-01-02T03:04:05Z", "spendBpKeyYear": 2025, "spendBpKeyMonth": 1}
    body = {"changes": [dict(change) for _ in range(3000)], "total": {"val": "7"}}
    small = {"changes": [dict(change) for _ in range(3)], "total": {"val": "7"}}

    # 1. A program that turned the collector off keeps it off through from_dict, to_dict and a call.
    gc.disable()
    parsed = GetPrepaidBalanceResponse.from_dict(body)
    parsed.to_dict()
    client = xai_billing.Client(api_key="k", team_id="t", base_url="https://billing.test", max_retries=0,
        http_client=httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(200, json=body))))
    client.get_prepaid_balance()
    results["off_stays_off"] = not gc.isenabled()
    gc.enable()

    # 2. A program that turns it off while a from_dict() runs (here: its own mapping's code) keeps it off.
    class Source(Mapping):
        def __init__(self, data): self.data = data
        def __getitem__(self, key): return self.data[key]
        def __iter__(self): return iter(self.data)
        def __len__(self): return len(self.data)
        def get(self, key, default=None):
            gc.disable()
            return self.data.get(key, default)
    GetPrepaidBalanceResponse.from_dict(Source(small))
    results["turned_off_during_stays_off"] = not gc.isenabled()
    gc.enable()

    # 3. A signal handler that raises at any moment of a large from_dict() or to_dict() leaves it on.
    class Stop(Exception):
        pass
    def stop(signum, frame):
        raise Stop
    signal.signal(signal.SIGALRM, stop)
    rng = random.Random(5)
    import time
    started = time.perf_counter(); GetPrepaidBalanceResponse.from_dict(small); tiny = time.perf_counter() - started
    started = time.perf_counter(); GetPrepaidBalanceResponse.from_dict(body); large = time.perf_counter() - started
    interrupted = left_off = 0
    for i in range(int(sys.argv[1])):
        # Mostly small parses, whose start and end (where a pause would switch the collector) are a large
        # share of their time, and some large ones.
        source, span = (small, tiny) if i % 4 else (body, large)
        try:
            signal.setitimer(signal.ITIMER_REAL, rng.uniform(0, span * 1.2))
            GetPrepaidBalanceResponse.from_dict(source).to_dict()
            signal.setitimer(signal.ITIMER_REAL, 0)
        except Stop:
            interrupted += 1
        if not gc.isenabled():
            left_off += 1
            gc.enable()
    results["interrupted"] = interrupted
    results["left_off"] = left_off
    print(json.dumps(results))
    """
)


def test_from_dict_to_dict_and_a_parse_leave_the_collector_as_the_program_set_it() -> None:
    result = subprocess.run(
        [sys.executable, "-c", GC_SCRIPT, "3000"], capture_output=True, text=True, timeout=300, check=True
    )
    results = json.loads(result.stdout)
    assert results["off_stays_off"], "a program's gc.disable() was undone"
    assert results["turned_off_during_stays_off"], "a gc.disable() made during from_dict() was undone"
    assert results["interrupted"] > 100  # the signals did land inside the calls
    assert results["left_off"] == 0, f"{results['left_off']} interrupted calls left the collector off"
