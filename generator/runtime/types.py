"""Types shared by the client and its callers."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Generic, Literal, TypeVar

import httpx


class NotGiven:
    """The type of NOT_GIVEN: an option left at the client's default (``None`` may mean "no timeout")."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: NotGiven = NotGiven()

TimeoutTypes = float | httpx.Timeout | None
"""A timeout in seconds for every phase, an ``httpx.Timeout``, or None for no timeout."""

Headers = Mapping[str, str]
"""Headers to add to one request (``extra_headers=``)."""

Query = Mapping[str, str | int | float | bool | Sequence[str | int | float | bool]]
"""Query parameters to add to one request (``extra_query=``); a sequence repeats the key."""

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


class Response(Generic[T]):
    """A successful response: the parsed model and the raw status, headers and body."""

    __slots__ = ("content", "headers", "parsed", "status_code")

    def __init__(self, *, status_code: int, content: bytes, headers: httpx.Headers, parsed: T) -> None:
        self.status_code = status_code
        self.content = content
        self.headers = headers
        self.parsed = parsed

    @property
    def request_id(self) -> str | None:
        return request_id_from(self.headers)

    def __repr__(self) -> str:
        return f"Response(status_code={self.status_code}, request_id={self.request_id!r}, parsed={self.parsed!r})"


__all__ = ["NOT_GIVEN", "Headers", "NotGiven", "Query", "Response", "TimeoutTypes", "request_id_from"]
