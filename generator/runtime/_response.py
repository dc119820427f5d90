"""Reading a response: its body streamed up to a cap and by the call's deadline, then parsed into the
operation's model.

A 2xx body is read up to MAX_BODY and an error body up to MAX_ERROR_BODY; a body whose Content-Encoding
cannot be decoded is marked, and then judged by its status. Whatever goes wrong reading a 2xx body is
APIResponseValidationError, or for a top-up TopUpOutcomeUnknownError (the server said yes: the charge
happened).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any, TypeVar

import httpx

from ._config import RequestOptions
from ._exceptions import APIResponseValidationError, TopUpOutcomeUnknownError, WireFormatError, printable, where
from .types import Response, request_id_from

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
    """A 2xx response, parsed; a top-up's that cannot be read is TopUpOutcomeUnknownError (it was charged)."""
    try:
        return read_parsed(response, parse)
    except APIResponseValidationError as exc:
        if options.idempotent:
            raise
        # The server said yes: the charge happened. A retry loop that repeats on a response error
        # must not send this again, so the error is the top-up's own, and says so.
        raise TopUpOutcomeUnknownError(
            f"{where(response)}: the server accepted "
            "the request, so the charge happened, but its answer could not be read. Do not send it again; "
            "read the prepaid balance changes (get_prepaid_balance) for the top-up.",
            request=response.request,
            status_code=response.status_code,
            request_id=request_id_from(response.headers),
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
