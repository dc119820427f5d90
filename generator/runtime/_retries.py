"""The retry policy: after each attempt, wait and try again, or raise the error that says what is known
about the request.

An error's class follows how far the request got, never the exception underneath: a request that may
have reached the server and is not idempotent is never repeated, and its failure is the operation's
OutcomeUnknownError; a failure before any of it was written says the request was not sent.
Which operations are idempotent, and what an unknown outcome means, is data in the spec (x-idempotent,
x-outcome-unknown), handed over in each call's Operation.
"""

from __future__ import annotations

import random
import time

import httpx

from ._exceptions import (
    NOT_SENT,
    APIConnectionError,
    APITimeoutError,
    OutcomeUnknownError,
    XAIBillingError,
    note_may_have_sent,
    printable,
    where,
)
from ._logs import log
from ._redact import redact_chain
from ._request import RequestOptions
from ._response import make_status_error
from ._transport import Progress

INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
MAX_RETRY_AFTER = 60.0  # a Retry-After longer than this is cut to it


def outcome_unknown(
    options: RequestOptions, what: str, request: httpx.Request, response: httpx.Response | None = None
) -> OutcomeUnknownError:
    """The error of a call that is not idempotent whose request may have reached the server: `what`
    happened, and the rest of the message (what may have happened, what to check) is the operation's."""
    unknown = options.operation.outcome_unknown
    assert unknown is not None  # an Operation that is not idempotent has one
    return unknown.error(
        f"{what}; {unknown.effect} may have happened. It was not repeated. {unknown.check}",
        request=request,
        response=response,
        operation_id=options.operation.id,
        check=unknown.check,
    )


def backoff(attempt: int) -> float:
    """Exponential backoff with jitter: about 0.5 s, 1 s, 2 s, ... up to 8 s, each cut by up to a quarter."""
    delay = min(INITIAL_RETRY_DELAY * 2.0 ** min(attempt, 32), MAX_RETRY_DELAY)  # no overflow at any attempt
    return delay * (1.0 - 0.25 * random.random())


def retry_after(headers: httpx.Headers) -> float | None:
    """The wait a response asks for (``retry-after-ms``, or ``Retry-After`` in seconds or as an HTTP date),
    capped; None (back off as usual) when neither says a wait of zero or more that can be read."""
    seconds = _header_seconds(headers.get("retry-after-ms"), 1000.0)
    if seconds is None:
        value = headers.get("retry-after", "").strip()
        seconds = _header_seconds(value, 1.0)
        if seconds is None and value:
            import email.utils  # only for the rare Retry-After given as a date

            try:
                when = email.utils.parsedate_to_datetime(value)
            except (TypeError, ValueError, IndexError, OverflowError):  # a date beyond datetime's years
                return None
            seconds = max(when.timestamp() - time.time(), 0.0)
    return None if seconds is None else min(seconds, MAX_RETRY_AFTER)


def _header_seconds(value: str | None, per_second: float) -> float | None:
    """A header's wait in seconds, if it is a finite number of zero or more."""
    if not value:
        return None
    try:
        number = float(value) / per_second
    except ValueError:
        return None
    return number if number >= 0 and number == number and number != float("inf") else None


def within_deadline(delay: float, deadline_at: float | None) -> float:
    """A retry's wait, cut so that the next attempt still starts before the deadline."""
    return delay if deadline_at is None else max(min(delay, deadline_at - time.monotonic()), 0.0)


def past_deadline(options: RequestOptions, request: httpx.Request, *, sent: bool = True) -> XAIBillingError:
    """The error of a call whose deadline passed while its request was on the wire (`sent`), or before
    any of it was written."""
    if not sent:
        return APITimeoutError(
            f"{options.method} {request.url.path} did not finish within its deadline; {NOT_SENT}.",
            request=request,
        )
    if not options.idempotent:
        return outcome_unknown(
            options,
            f"{options.method} {request.url.path} did not finish within its deadline after the request may "
            "have reached the server",
            request,
        )
    return APITimeoutError(f"{options.method} {request.url.path} did not finish within its deadline.", request=request)


def fit_attempt(options: RequestOptions, request: httpx.Request, deadline_at: float | None) -> None:
    """Cut this attempt's timeouts to what is left of the call's deadline; raise when nothing is."""
    if deadline_at is None:
        return
    left = deadline_at - time.monotonic()
    if left <= 0:  # between attempts: the last one was not sent, or was safe to repeat
        raise APITimeoutError(
            f"{options.method} {request.url.path} did not finish within its deadline.", request=request
        )
    phases = request.extensions.get("timeout") or {}
    values = phases.values()
    if values and None not in values and max(values) <= left:
        return  # every timeout ends before the deadline: nothing to cut
    request.extensions["timeout"] = {
        phase: left if phases.get(phase) is None else min(phases[phase], left)
        for phase in ("connect", "read", "write", "pool")
    }


def after_failure(
    options: RequestOptions,
    request: httpx.Request,
    exc: Exception,
    progress: Progress,
    attempt: int,
    max_retries: int,
) -> float:
    """How long to wait before the next attempt after an attempt that raised `exc` (from httpx, httpcore,
    h11, asyncio, a decoder or anything else); raises the package's error when there is none.

    The error's class follows what is known about the request, not the exception: after any of it may
    have been written, a request that is not idempotent fails with its OutcomeUnknownError, whatever
    went wrong; before, the error says the request was not sent."""
    redact_chain(exc)  # the error raised from it keeps it as its __cause__
    what = f"{options.method} {request.url.path}"
    # The trace, where there is one, says whether any byte was written, whatever was raised after (a response
    # hook or a wrapping transport may raise a ConnectError of its own once the answer came). Without one, these
    # prove the request never reached the server: no connection was made or taken from the pool, or its URL's
    # scheme is not HTTP (checked before connecting).
    sent = progress.may_have_sent and (
        progress.writing
        or not isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol))
    )
    if sent and not options.idempotent:
        log.warning("not retrying %s: it is not idempotent and may have reached the server", what)
        raise outcome_unknown(
            options, f"{what} failed after the request may have reached the server ({type(exc).__name__})", request
        ) from exc
    # Retrying cannot help a bad URL, a request httpx refuses to write, an undecodable body, or a failure
    # that is not the network's.
    hopeless = not isinstance(exc, httpx.TransportError) or isinstance(
        exc, (httpx.UnsupportedProtocol, httpx.LocalProtocolError)
    )
    if hopeless or attempt >= max_retries:
        not_sent = "" if sent else f"; {NOT_SENT}"
        if isinstance(exc, httpx.TimeoutException):
            raise APITimeoutError(f"{what} timed out ({type(exc).__name__}){not_sent}.", request=request) from exc
        raise APIConnectionError(
            f"{what} failed: {type(exc).__name__}: {printable(str(exc), 300)}{not_sent}.", request=request
        ) from exc
    delay = backoff(attempt)
    log.info(
        "retrying %s %s in %.2fs (retry %d of %d) after %s",
        options.method,
        request.url.path,
        delay,
        attempt + 1,
        max_retries,
        type(exc).__name__,
    )
    return delay


def after_status(options: RequestOptions, response: httpx.Response, attempt: int, max_retries: int) -> float:
    """How long to wait before the next attempt after an error status; raises when there is none."""
    status = response.status_code
    ambiguous = status == 408 or status >= 500
    if not options.idempotent and ambiguous:
        log.warning(
            "not retrying %s %s after %d: it is not idempotent", options.method, response.request.url.path, status
        )
        raise outcome_unknown(
            options, f"{where(response)}: the server may have processed the request", response.request, response
        ) from make_status_error(response)
    if not (ambiguous or status == 429) or not options.idempotent or attempt >= max_retries:
        raise make_status_error(response)
    asked = retry_after(response.headers)
    delay = backoff(attempt) if asked is None else asked
    log.info(
        "retrying %s %s in %.2fs (retry %d of %d) after status %d",
        options.method,
        response.request.url.path,
        delay,
        attempt + 1,
        max_retries,
        status,
    )
    return delay


def note_interrupt(options: RequestOptions, request: httpx.Request, exc: BaseException, progress: Progress) -> None:
    """Note on an exception the client does not own (KeyboardInterrupt, SystemExit, asyncio.CancelledError),
    which propagates unchanged, that it stopped a call that is not idempotent after its request may have
    been written (PEP 678; the CLI reads it through interrupted_after_sending())."""
    unknown = options.operation.outcome_unknown
    if unknown is not None and not isinstance(exc, Exception) and progress.may_have_sent:
        note_may_have_sent(exc, f"{options.method} {request.url.path}", unknown.effect, unknown.check)
