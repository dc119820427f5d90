# generated from spec/openapi.yaml by make generate — do not edit; source: generator/runtime/_exceptions.py
"""The exceptions every call of this package raises, and nothing else.

XAIBillingError
├── ConfigurationError              no management key, no team ID, or a bad argument
├── WireFormatError                 Model.from_dict() given what is not proto3 JSON of the model (also a
│                                   TypeError and a ValueError)
└── APIError                        about a request the client made: request, response, status_code,
    │                               request_id and body
    ├── APIConnectionError          the server could not be reached, or the connection broke
    │   └── APITimeoutError         connecting or reading took longer than the timeout
    ├── OutcomeUnknownError         an operation that is not idempotent failed after it may have reached
    │   │                           the server (the spec's x-outcome-unknown says what to check)
    │   └── TopUpOutcomeUnknownError  the top-up's
    ├── APIResponseValidationError  a 2xx response whose body is not JSON or not the expected shape
    └── APIStatusError              the server answered with a status that is not 2xx
        ├── BadRequestError         400
        ├── AuthenticationError     401
        ├── PermissionDeniedError   403
        ├── NotFoundError           404
        ├── ConflictError           409
        ├── RateLimitError          429
        ├── InternalServerError     500 to 599 (also non-standard ones such as 520)
        └── UnexpectedStatusError   any other status (402, 408, 499, ...)

Every one of them survives ``pickle`` and ``copy.deepcopy`` with its class, message and attributes. The
request an exception keeps (``.request``, and ``.response.request``) is a copy with its Authorization
header redacted, so that neither a pickled exception nor a printed one holds the management key.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from ._redact import redacted, request_of, with_redacted_request
from .types import request_id_from

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "OutcomeUnknownError",
    "PermissionDeniedError",
    "RateLimitError",
    "TopUpOutcomeUnknownError",
    "UnexpectedStatusError",
    "WireFormatError",
    "XAIBillingError",
]


class XAIBillingError(Exception):
    """The base class of every exception this package raises."""

    def __reduce__(self) -> tuple[Any, ...]:
        # pickle and copy rebuild an exception as cls(*args); these take keyword-only arguments (response=,
        # request=), so each is rebuilt from its args and attributes instead, whatever its __init__ takes.
        return _rebuild, (type(self), self.args, self.__dict__)


def _rebuild(cls: type[XAIBillingError], args: tuple[Any, ...], state: Mapping[str, Any]) -> XAIBillingError:
    exc = cls.__new__(cls, *args)
    exc.args = args
    exc.__dict__.update(state)
    return exc


class ConfigurationError(XAIBillingError):
    """The client is missing something it needs (a management key, a team ID) or was given a bad argument."""


class WireFormatError(XAIBillingError, TypeError, ValueError):
    """``Model.from_dict()`` was given what is not proto3 JSON of the model: a value of the wrong JSON type,
    or one its field's type cannot hold (an int64 out of range, a timestamp without an offset). The
    message names the field, such as ``UsdCents.val: expected an int64``.

    It is also a ``TypeError`` and a ``ValueError``, as from_dict() raised those before. A response the
    client reads is checked the same way; there the error is ``APIResponseValidationError``, with this
    one as its ``__cause__``.
    """


class APIError(XAIBillingError):
    """An error about a request the client made, from the API or on the way to it (as openai-python's
    ``APIError``): what is known of the request and of the answer, if one came.

    Attributes:
        request: the ``httpx.Request``, with its Authorization header redacted (None for a response
            built without one).
        response: the ``httpx.Response``, if an answer came; its ``.request`` is redacted too.
        status_code: the HTTP status of the answer, if one came.
        request_id: the request ID header of the answer, if any.
        body: the raw body of the answer, if one came.
    """

    request: httpx.Request | None
    response: httpx.Response | None
    status_code: int | None
    request_id: str | None
    body: bytes | None

    def __init__(
        self,
        message: str,
        *,
        request: httpx.Request | None = None,
        response: httpx.Response | None = None,
        status_code: int | None = None,
        request_id: str | None = None,
    ) -> None:
        super().__init__(message)
        if response is not None:
            self.response = with_redacted_request(response)
            self.request = request_of(self.response)
            self.status_code = response.status_code
            self.request_id = request_id_from(response.headers)
            self.body = self.response.content
        else:
            self.response = None
            self.request = None if request is None else redacted(request)
            self.status_code = status_code
            self.request_id = request_id
            self.body = None


class APIConnectionError(APIError):
    """The request could not be completed: the server was unreachable or the connection broke.

    Attributes:
        request: the ``httpx.Request``, with its Authorization header redacted.
    """

    request: httpx.Request

    def __init__(self, message: str, *, request: httpx.Request) -> None:
        super().__init__(message, request=request)


class APITimeoutError(APIConnectionError):
    """Connecting, writing or reading took longer than the timeout."""


class OutcomeUnknownError(APIError):
    """An operation that is not idempotent (the spec says ``x-idempotent: false``) failed after its request
    may have reached the server: what it does may have happened. The client never sends it again.

    The message says what may have happened and what to check before trying again, from the operation's
    ``x-outcome-unknown`` in the spec; ``check`` holds the latter.

    Attributes:
        request: the ``httpx.Request``, with its Authorization header redacted.
        response: the ``httpx.Response``, if an answer came.
        status_code: the HTTP status of the answer, if one came.
        request_id: the request ID header of the answer, if any.
        operation_id: the operationId of the operation in the spec (None if not given).
        check: what to check before trying again (None if not given).
    """

    request: httpx.Request

    def __init__(
        self,
        message: str,
        *,
        request: httpx.Request,
        response: httpx.Response | None = None,
        status_code: int | None = None,
        request_id: str | None = None,
        operation_id: str | None = None,
        check: str | None = None,
    ) -> None:
        super().__init__(message, request=request, response=response, status_code=status_code, request_id=request_id)
        self.operation_id = operation_id
        self.check = check


class TopUpOutcomeUnknownError(OutcomeUnknownError):
    """A top-up failed after the request may have reached the server: the charge may have happened.

    The client never repeats a top-up after such a failure. Before trying again, read the prepaid
    balance changes (``client.get_prepaid_balance()``) and look for a ``PURCHASE`` change of this
    amount created after the attempt.

    Attributes:
        request: the ``httpx.Request``, with its Authorization header redacted.
        status_code: the HTTP status of the answer, if one came.
        request_id: the request ID header of the answer, if any.
    """


class APIResponseValidationError(APIError):
    """The server answered 2xx, but the body is not JSON or not the shape the spec describes.

    Attributes:
        status_code: the HTTP status code.
        body: the raw body.
        request_id: the request ID header of the response, if any.
        response: the ``httpx.Response``; its ``.request`` has the Authorization header redacted.
        request: the ``httpx.Request``, with its Authorization header redacted (None for a response
            built without one).
    """

    response: httpx.Response
    status_code: int
    body: bytes

    def __init__(self, message: str, *, response: httpx.Response) -> None:
        super().__init__(message, response=response)


class APIStatusError(APIError):
    """The server answered with a status that is not 2xx.

    Attributes:
        status_code: the HTTP status code.
        grpc_code: the gRPC status code from the body (``{"code": ..., "message": ...}``), if any.
        grpc_message: the message from the body, if any.
        body: the raw body.
        request_id: the request ID header of the response, if any.
        response: the ``httpx.Response``; its ``.request`` has the Authorization header redacted.
        request: the ``httpx.Request``, with its Authorization header redacted (None for a response
            built without one).
    """

    response: httpx.Response
    status_code: int
    body: bytes

    def __init__(
        self, message: str, *, response: httpx.Response, grpc_code: int | None = None, grpc_message: str | None = None
    ) -> None:
        super().__init__(message, response=response)
        self.grpc_code = grpc_code
        self.grpc_message = grpc_message


class BadRequestError(APIStatusError):
    """400: the request was invalid."""


class AuthenticationError(APIStatusError):
    """401: the management key is missing or invalid."""


class PermissionDeniedError(APIStatusError):
    """403: the management key may not do this for this team."""


class NotFoundError(APIStatusError):
    """404: the team or the object does not exist."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the current state."""


class RateLimitError(APIStatusError):
    """429: too many requests."""


class InternalServerError(APIStatusError):
    """500 to 599: the server or a proxy in front of it failed."""


class UnexpectedStatusError(APIStatusError):
    """Any other status that is not 2xx, standard or not (402, 408, 499, ...)."""


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The exception class for a status code that is not 2xx."""
    if 500 <= status_code <= 599:
        return InternalServerError
    return _STATUS_ERRORS.get(status_code, UnexpectedStatusError)


# What a connection error's message ends with when no byte of the request was written; the command line
# reads it to say "nothing was sent".
NOT_SENT = "the request was not sent"

# The PEP 678 note the client adds to an exception it does not own (KeyboardInterrupt, SystemExit,
# asyncio.CancelledError) that stopped a call which is not idempotent after its request may have been written.
MAY_HAVE_SENT_NOTE = "xai-billing: "


def note_may_have_sent(exc: BaseException, what: str, effect: str, check: str) -> None:
    """Add to `exc` the note that the request `what`, which is not idempotent, may have reached the server,
    so that `effect` may have happened, and what to `check` before trying again; once per exception."""
    if not interrupted_after_sending(exc):
        exc.add_note(
            f"{MAY_HAVE_SENT_NOTE}{what} was interrupted after the request may have reached the server: "
            f"{effect} may have happened. {check}"
        )


def interrupted_after_sending(exc: BaseException) -> bool:
    """Whether `exc` (an interrupt, a cancellation, SystemExit) stopped a money-moving call after its request
    may have been written: the client then added its note to it, or to the exception it replaced (asyncio.run()
    answers Ctrl-C by cancelling the call, then raises a KeyboardInterrupt of its own from the cancellation)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        notes = getattr(current, "__notes__", ())
        if any(isinstance(note, str) and note.startswith(MAY_HAVE_SENT_NOTE) for note in notes):
            return True
        current = current.__cause__ or current.__context__
    return False


def where(response: httpx.Response) -> str:
    """What a message about a response opens with: its request's method and path, and its status."""
    return f"{response.request.method} {response.request.url.path} -> {response.status_code}"


def printable(text: str, limit: int) -> str:
    """Text from the network, safe in a message that may be logged: control characters (newlines, ANSI
    escapes) escaped, and cut to a length."""
    text = "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)
    return text if len(text) <= limit else text[:limit] + "…"
