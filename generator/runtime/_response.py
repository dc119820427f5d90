"""Reading a response: its body streamed up to a cap and by the call's deadline, then parsed into the
operation's model, or made the error its status says.

A 2xx body is read up to MAX_BODY and an error body up to MAX_ERROR_BODY; a body whose Content-Encoding
cannot be decoded is marked, and then judged by its status. Whatever goes wrong reading a 2xx body is
APIResponseValidationError, or for an operation that is not idempotent its OutcomeUnknownError (the
server said yes: what it does happened).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from ._exceptions import (
    APIResponseValidationError,
    APIStatusError,
    WireFormatError,
    printable,
    status_error_class,
    where,
)
from .types import Response, request_id_from

if TYPE_CHECKING:
    from ._request import RequestOptions

T = TypeVar("T")

MAX_BODY = 64 * 1024 * 1024  # a 2xx body larger than this is not read (the largest real ones are a few MB)
MAX_ERROR_BODY = 64 * 1024  # an error body is kept up to this, the rest dropped


class DeadlinePassed(Exception):
    """The call's deadline passed while a response was being read."""


def keep_chunk(response: httpx.Response, chunk: bytes, deadline_at: float | None) -> bool:
    """Keep a chunk of a streamed body; True when the rest is not to be read (an error body past its
    cap, a success body past MAX_BODY). Raises DeadlinePassed when the call's time is up."""
    chunks: list[bytes] = response.extensions.setdefault("xai_billing_chunks", [])
    size = response.extensions.get("xai_billing_size", 0) + len(chunk)
    response.extensions["xai_billing_size"] = size
    limit = MAX_BODY if response.is_success else MAX_ERROR_BODY
    if size > limit:
        if response.is_success:
            response.extensions["xai_billing_too_large"] = True
        else:
            chunks.append(chunk[: max(len(chunk) - (size - limit), 0)])
        return True
    chunks.append(chunk)
    if deadline_at is not None and time.monotonic() > deadline_at:
        raise DeadlinePassed
    return False


def finish_body(response: httpx.Response) -> None:
    """The body read by _keep, as the response's content."""
    chunks = response.extensions.pop("xai_billing_chunks", [])
    response.extensions.pop("xai_billing_size", None)
    response._content = b"".join(chunks)  # what response.read() would have set, up to the cap


def parse_success(
    options: RequestOptions, response: httpx.Response, parse: Callable[[dict[str, Any]], T]
) -> Response[T]:
    """A 2xx response, parsed; one of an operation that is not idempotent that cannot be read is its
    OutcomeUnknownError (the server said yes: what it does happened)."""
    try:
        return read_parsed(response, parse)
    except APIResponseValidationError as exc:
        unknown = options.operation.outcome_unknown
        if unknown is None:
            raise
        # A retry loop that repeats on a response error must not send this again, so the error is the
        # operation's own, and says so.
        raise unknown.error(
            f"{where(response)}: the server accepted the request, so {unknown.effect} happened, but its answer "
            f"could not be read. Do not send it again. {unknown.check}",
            request=response.request,
            response=response,
            operation_id=options.operation.id,
            check=unknown.check,
        ) from exc


def read_parsed(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> Response[T]:
    """The response's body, read as JSON and by `parse`; APIResponseValidationError when it cannot be."""
    if response.extensions.get("xai_billing_undecodable"):
        encoding = printable(response.headers.get("content-encoding", ""), 40)
        raise APIResponseValidationError(
            f"{where(response)}: the body could not be decoded (Content-Encoding: {encoding}).", response=response
        )
    if response.extensions.get("xai_billing_too_large"):
        raise APIResponseValidationError(
            f"{where(response)}: the body is larger than {MAX_BODY} bytes and was not read.", response=response
        )
    content = response.content
    try:
        data = json.loads(content)
    except (ValueError, RecursionError) as exc:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise APIResponseValidationError(
            f"{where(response)}: the body is not JSON ({exc}).", response=response
        ) from exc
    if data.__class__ is not dict:
        raise APIResponseValidationError(
            f"{where(response)}: expected a JSON object, got {type(data).__name__}.", response=response
        )
    try:
        parsed = parse(data)
    except Exception as exc:  # a reader's WireFormatError, or anything unforeseen: the body is what failed
        detail = str(exc) if isinstance(exc, WireFormatError) else f"{type(exc).__name__}: {exc}"
        raise APIResponseValidationError(
            f"{where(response)}: the body is not the expected shape ({detail}).", response=response
        ) from exc
    return Response(status_code=response.status_code, content=content, headers=response.headers, parsed=parsed)


def make_status_error(response: httpx.Response) -> APIStatusError:
    """The exception for an error response, its message built from the gRPC status in the body."""
    grpc_code, grpc_message = _grpc_status(response.content)
    # A gateway may reflect the request's headers in its error page: the key never reaches a message.
    key = response.request.headers.get("authorization", "").removeprefix("Bearer ")
    if grpc_message is not None and key:
        grpc_message = grpc_message.replace(key, "[management key]")
    reason = response.reason_phrase or "non-standard status"
    message = f"{where(response)} {reason}"
    if grpc_message is not None:
        message += f": {_excerpt(grpc_message.encode())}"
    elif response.content:
        message += (
            f": {_excerpt(response.content.replace(key.encode(), b'[management key]') if key else response.content)}"
        )
    if grpc_code is not None:
        message += f" (gRPC code {grpc_code})"
    request_id = request_id_from(response.headers)
    if request_id is not None:
        message += f" [request ID {printable(request_id, 200)}]"
    return status_error_class(response.status_code)(
        message, response=response, grpc_code=grpc_code, grpc_message=grpc_message
    )


GRPC_CODES = {
    name: number
    for number, name in enumerate(
        "OK CANCELLED UNKNOWN INVALID_ARGUMENT DEADLINE_EXCEEDED NOT_FOUND ALREADY_EXISTS PERMISSION_DENIED "
        "RESOURCE_EXHAUSTED FAILED_PRECONDITION ABORTED OUT_OF_RANGE UNIMPLEMENTED INTERNAL UNAVAILABLE DATA_LOSS "
        "UNAUTHENTICATED".split()
    )
}


def _grpc_status(body: bytes) -> tuple[int | None, str | None]:
    """The gRPC code and message of an error body, where it is one. Gateways differ (the spec's Status says
    what is unverified): the code may be a number, a string of digits or the code's name, and the text
    may be in `message` or `error`."""
    try:
        data: Any = json.loads(body)
    except (ValueError, RecursionError):  # not JSON, not UTF-8, or pathologically nested
        return None, None
    if not isinstance(data, dict):
        return None, None
    code = data.get("code")
    if isinstance(code, str):
        code = int(code) if code.isascii() and code.isdigit() and len(code) < 6 else GRPC_CODES.get(code.upper())
    elif isinstance(code, bool) or not isinstance(code, int):
        code = None
    message = next((m for m in (data.get("message"), data.get("error")) if isinstance(m, str) and m), None)
    return code, message


def _excerpt(body: bytes, limit: int = 200) -> str:
    return printable(body[: limit * 4].decode("utf-8", errors="replace").strip(), limit)
