# generated from spec/openapi.yaml by make generate — do not edit
"""Types shared by the models, the operations and the client."""

import datetime
from collections.abc import Mapping
from typing import Any, Generic, Literal, TypeVar

import httpx
from attrs import define


class Unset:
    """The type of UNSET: a field that is absent from the JSON (not the same as ``None``, a JSON null)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()


class NotGiven:
    """The type of NOT_GIVEN: an option left at the client's default (``None`` may mean "no timeout")."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: NotGiven = NotGiven()

TimeoutTypes = float | httpx.Timeout | None
"""A timeout in seconds for every phase, an ``httpx.Timeout``, or None for no timeout."""

T = TypeVar("T")

# The response headers that carry a request ID, in order of preference.
REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-amzn-requestid")


def request_id_from(headers: Mapping[str, str]) -> str | None:
    """The request ID of a response, if it carries one."""
    for name in REQUEST_ID_HEADERS:
        value = headers.get(name)
        if value:
            return value
    return None


@define
class Response(Generic[T]):
    """A successful response: the parsed model and the raw status, headers and body."""

    status_code: int
    content: bytes
    headers: httpx.Headers
    parsed: T

    @property
    def request_id(self) -> str | None:
        return request_id_from(self.headers)


def format_timestamp(value: datetime.datetime) -> str:
    """A timestamp as proto3 JSON writes one: RFC 3339 in UTC with a Z, and 0, 3 or 6 fractional digits."""
    if value.tzinfo is not None:
        value = value.astimezone(datetime.UTC).replace(tzinfo=None)
    text = value.strftime("%Y-%m-%dT%H:%M:%S")
    if value.microsecond % 1000 == 0:
        if value.microsecond:
            text += f".{value.microsecond // 1000:03d}"
    else:
        text += f".{value.microsecond:06d}"
    return text + "Z"


def null_as_unset(value: Any) -> Any:
    """A JSON null read as an absent field, for fields whose schema does not allow null."""
    return UNSET if value is None else value


__all__ = [
    "NOT_GIVEN",
    "UNSET",
    "NotGiven",
    "Response",
    "TimeoutTypes",
    "Unset",
    "format_timestamp",
    "null_as_unset",
    "request_id_from",
]
