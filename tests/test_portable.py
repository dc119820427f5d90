"""Values a program can move around: pickle (every protocol) and copy.deepcopy give back an equal model, with its
unknown members and unknown enum values, and an exception of the same class with the same message and
attributes, for every model and every exception class of the package; no pickled exception holds the
management key."""

from __future__ import annotations

import copy
import enum
import json
import pickle
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import httpx
import pytest
from contract import PLAN, RECORDINGS, load, mock_client, request_schema, response_schema

import xai_billing
import xai_billing.models

KEY = "xai-mgmt-SECRET-portable-4c1d"
PROTOCOLS = range(pickle.HIGHEST_PROTOCOL + 1)
MODELS = sorted(PLAN.models)


def _instances(value: Any) -> Iterator[Any]:
    """Every model in a parsed tree, the root included."""
    if attrs.has(type(value)):
        yield value
        for field in attrs.fields(type(value)):
            yield from _instances(getattr(value, field.name))
    elif isinstance(value, list):
        for item in value:
            yield from _instances(item)


def _grown(wire: Any) -> Any:
    """A wire dict with a member this client does not know in every object, and every enum value replaced by one
    it does not know (to_dict() writes enums as their members, which tells them apart from strings)."""
    if isinstance(wire, dict):
        out = {k: _grown(v) for k, v in wire.items()}
        for key, value in wire.items():
            if isinstance(value, enum.Enum):
                out[key] = f"FUTURE_{type(value).__name__.upper()}"
        out["memberAddedLater"] = {"nested": [1, "two", None, {"three": 3.5}]}
        return out
    if isinstance(wire, list):
        return [_grown(v) for v in wire]
    return wire


def _examples() -> dict[str, list[Any]]:
    """For every model of the spec, its values in the recordings (responses and request bodies), each also with
    unknown members and enum values; a model no recording holds is read from {}."""
    found: dict[str, list[Any]] = {name: [] for name in MODELS}
    for path in RECORDINGS:
        recording = load(path)
        pairs = [(response_schema(recording["operationId"]), recording["response"]["body"])]
        body_schema = request_schema(recording["operationId"])
        if body_schema is not None and "body" in recording["request"]:
            pairs.append((body_schema, recording["request"]["body"]))
        for schema, body in pairs:
            parsed = getattr(xai_billing.models, schema).from_dict(body)
            for instance in _instances(parsed):
                found[type(instance).__name__].append(instance)
    for name, instances in found.items():
        model = getattr(xai_billing.models, name)
        if not instances:
            instances.append(model.from_dict({}))
        instances += [model.from_dict(_grown(instance.to_dict())) for instance in instances[:3]]
    return found


EXAMPLES = _examples()


def test_the_examples_hold_unknown_members_and_unknown_enum_values() -> None:
    instances = [i for items in EXAMPLES.values() for i in items]
    assert sum(1 for i in instances if i.additional_properties) >= len(MODELS)
    unknown = [
        v for i in instances for f in attrs.fields(type(i)) if getattr(v := getattr(i, f.name), "is_unknown", False)
    ]
    assert len(unknown) >= 4
    assert len([name for name, items in EXAMPLES.items() if len(items) > 2]) >= 10  # most come from recordings


@pytest.mark.parametrize("name", MODELS)
def test_every_model_survives_pickle_and_deepcopy_equal(name: str) -> None:
    for instance in EXAMPLES[name]:
        copies = [pickle.loads(pickle.dumps(instance, protocol)) for protocol in PROTOCOLS]
        copies += [copy.deepcopy(instance), copy.copy(instance)]
        for other in copies:
            assert type(other) is type(instance)
            # equal; but a NaN (the usage recording's "NaN" values) equals no other NaN, so there the JSON is compared
            assert other == instance or "NaN" in json.dumps(instance.to_dict())
            assert json.dumps(other.to_dict(), sort_keys=True) == json.dumps(instance.to_dict(), sort_keys=True)
            # still read-only, and the empty case still the shared empty mapping
            with pytest.raises(TypeError):
                other.additional_properties["x"] = 1  # type: ignore[index]
            for field in attrs.fields(type(instance)):
                value = getattr(instance, field.name)
                if isinstance(value, enum.Enum):
                    assert getattr(other, field.name).is_unknown == value.is_unknown


def test_a_deep_copy_is_independent_of_the_original() -> None:
    from xai_billing.models import GetPrepaidBalanceResponse

    original = GetPrepaidBalanceResponse.from_dict({"changes": [{"amount": {"val": "5"}}], "extra": {"a": [1]}})
    twin = copy.deepcopy(original)
    assert twin.changes[0].amount is not None
    twin.changes[0].amount.val = 9
    twin.additional_properties["extra"]["a"].append(2)
    assert original.changes[0].amount is not None and original.changes[0].amount.val == 5
    assert original.additional_properties["extra"] == {"a": [1]}


# ---------------------------------------------------------------------------------------------------
# Exceptions: every class of the package, as the client raises them.


def _request() -> httpx.Request:
    return httpx.Request(
        "POST",
        "https://billing.test/v1/billing/teams/t/prepaid/top-up",
        json={"amount": {"val": "500"}},
        headers={"Authorization": f"Bearer {KEY}", "Content-Type": "application/json"},
    )


def _response(status: int, body: bytes, request: httpx.Request | None = None) -> httpx.Response:
    return httpx.Response(status, content=body, headers={"x-request-id": "req-42"}, request=request or _request())


def _raised(status: int, body: bytes, call: str = "get_billing_info") -> xai_billing.XAIBillingError:
    """The exception the client raises for one answer (the key is really sent, as Authorization)."""

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=body, headers={"x-request-id": "req-42"})

    client = mock_client(handler, api_key=KEY, team_id="t", max_retries=0)
    kwargs = {"amount": {"val": 500}} if call == "top_up_prepaid_credit" else {}
    with pytest.raises(xai_billing.XAIBillingError) as info:
        getattr(client, call)(**kwargs)
    return info.value


def _connection_error(cls: type[xai_billing.APIConnectionError]) -> xai_billing.XAIBillingError:
    def handler(request: httpx.Request) -> httpx.Response:
        raise (httpx.ReadTimeout if cls is xai_billing.APITimeoutError else httpx.ConnectError)("boom", request=request)

    client = mock_client(handler, api_key=KEY, team_id="t", max_retries=0)
    with pytest.raises(cls) as info:
        client.get_billing_info()
    return info.value


def _exceptions() -> list[xai_billing.XAIBillingError]:
    grpc = json.dumps({"code": 3, "message": "bad amount"}).encode()
    errors: list[xai_billing.XAIBillingError] = [
        _raised(status, grpc) for status in (400, 401, 403, 404, 409, 429, 500, 503, 520, 402)
    ]
    errors += [
        _raised(200, b"not json"),  # APIResponseValidationError
        _raised(200, b'{"billingInfo": 7}'),  # APIResponseValidationError with a WireFormatError cause
        _raised(503, grpc, "top_up_prepaid_credit"),  # TopUpOutcomeUnknownError
        _connection_error(xai_billing.APIConnectionError),
        _connection_error(xai_billing.APITimeoutError),
    ]
    with pytest.raises(xai_billing.ConfigurationError) as configuration:
        mock_client(lambda r: httpx.Response(200), api_key=KEY, team_id="t").top_up_prepaid_credit(amount={"val": -1})
    errors.append(configuration.value)
    with pytest.raises(xai_billing.WireFormatError) as wire:
        xai_billing.models.UsdCents.from_dict({"val": "1.5"})
    errors.append(wire.value)
    errors.append(xai_billing.XAIBillingError("the base class"))
    # Built directly, as a program or a test double may: a response without a request, and no request ID.
    errors.append(xai_billing.APIStatusError("plain", response=httpx.Response(418, content=b"teapot")))
    errors.append(xai_billing.APIResponseValidationError("plain", response=httpx.Response(200, content=b"[]")))
    errors.append(xai_billing.TopUpOutcomeUnknownError("t", request=_request(), status_code=None, request_id=None))
    errors.append(xai_billing.APIError("the base of errors about a request", request=_request()))
    errors.append(xai_billing.OutcomeUnknownError("o", request=_request(), operation_id="someOperation", check="c"))
    return errors


EXCEPTIONS = _exceptions()


def _public_exception_classes() -> set[type[BaseException]]:
    return {
        getattr(xai_billing, name)
        for name in xai_billing.__all__
        if isinstance(getattr(xai_billing, name), type) and issubclass(getattr(xai_billing, name), BaseException)
    }


def test_the_exceptions_cover_every_exception_class_of_the_package() -> None:
    assert {type(e) for e in EXCEPTIONS} == _public_exception_classes()


def _attributes(exc: BaseException) -> dict[str, Any]:
    """What an exception holds, in comparable form (httpx objects by their contents)."""
    out: dict[str, Any] = {}
    for name, value in vars(exc).items():
        if isinstance(value, httpx.Response):
            request = value._request
            value = (value.status_code, value.content, list(value.headers.multi_items()), _request_view(request))
        elif isinstance(value, httpx.Request):
            value = _request_view(value)
        out[name] = value
    return out


def _request_view(request: httpx.Request | None) -> Any:
    if request is None:
        return None
    return (request.method, str(request.url), list(request.headers.multi_items()), request.content)


@pytest.mark.parametrize("exc", EXCEPTIONS, ids=[type(e).__name__ for e in EXCEPTIONS])
def test_every_exception_survives_pickle_and_deepcopy_with_its_class_message_and_attributes(
    exc: xai_billing.XAIBillingError,
) -> None:
    copies = [pickle.loads(pickle.dumps(exc, protocol)) for protocol in PROTOCOLS] + [copy.deepcopy(exc)]
    for other in copies:
        assert type(other) is type(exc)
        assert str(other) == str(exc) and other.args == exc.args
        assert _attributes(other) == _attributes(exc)
        for name in ("status_code", "request_id", "grpc_code", "grpc_message", "body"):
            assert getattr(other, name, None) == getattr(exc, name, None)


@pytest.mark.parametrize("exc", EXCEPTIONS, ids=[type(e).__name__ for e in EXCEPTIONS])
def test_no_exception_holds_the_management_key_pickled_printed_or_in_its_request(
    exc: xai_billing.XAIBillingError,
) -> None:
    for protocol in PROTOCOLS:
        assert KEY.encode() not in pickle.dumps(exc, protocol)
    assert KEY not in repr(exc) and KEY not in str(exc)
    requests = [getattr(exc, "request", None), getattr(getattr(exc, "response", None), "_request", None)]
    for request in requests:
        if request is not None:
            assert KEY not in request.headers.get("Authorization", "")
            assert KEY not in str(request.headers.raw)


def test_the_request_kept_is_a_redacted_copy_and_what_was_sent_is_untouched() -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(503, json={"code": 14, "message": "unavailable"})

    client = mock_client(handler, api_key=KEY, team_id="t", max_retries=0)
    with pytest.raises(xai_billing.InternalServerError) as info:
        client.get_billing_info()
    exc = info.value
    assert exc.request is not None and exc.request.headers["Authorization"] == "[redacted]"
    assert exc.response.request is exc.request
    assert exc.request.url == sent[0].url and exc.request.method == "GET"
    assert sent[0].headers["Authorization"] == f"Bearer {KEY}"  # the request that was sent is not changed
    request = _request()
    kept = xai_billing.APIConnectionError("x", request=request).request
    assert kept.headers["Authorization"] == "[redacted]" and kept.content == request.content
    assert request.headers["Authorization"] == f"Bearer {KEY}"


def test_a_pickled_exception_travels_to_another_process(tmp_path: Path) -> None:
    """What multiprocessing and task queues do: the exception is rebuilt in a process that never made it."""
    import subprocess
    import sys

    exc = next(e for e in EXCEPTIONS if type(e) is xai_billing.RateLimitError)
    (tmp_path / "exc.pickle").write_bytes(pickle.dumps(exc))
    script = (
        "import pickle, sys; e = pickle.loads(open(sys.argv[1], 'rb').read()); "
        "print(type(e).__name__, e.status_code, e.grpc_code, e.request_id, e.request.headers['Authorization'])"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "exc.pickle")], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["RateLimitError", "429", "3", "req-42", "[redacted]"]
