# generated from spec/openapi.yaml by make generate — do not edit; source: generator/runtime/_retries.py
"""The retry policy: after each attempt, wait and try again, or raise the error that says what is known
about the request.

An error's class follows how far the request got, never the exception underneath: a request that may
have reached the server and is not idempotent (a top-up) is never repeated, and its failure is
TopUpOutcomeUnknownError; a failure before any of it was written says the request was not sent.
Which operations are idempotent is data in the spec (x-idempotent).
"""

from __future__ import annotations

import random
import time

import httpx

from ._config import RequestOptions
from ._exceptions import (
    APIConnectionError,
    APITimeoutError,
    TopUpOutcomeUnknownError,
    XAIBillingError,
    make_status_error,
    note_may_have_sent,
    printable,
    where,
)
from ._logs import log
from ._transport import Progress
from .types import request_id_from

INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
MAX_RETRY_AFTER = 60.0  # a Retry-After longer than this is cut to it
# What to check after a top-up whose outcome is unknown (named in its error, and in the note on an interrupt).
CHECK_TOP_UP = "Check the prepaid balance changes (get_prepaid_balance) for the top-up before trying again."


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
            f"{options.method} {request.url.path} did not finish within its deadline; the request was not sent.",
            request=request,
        )
    if not options.idempotent:
        return TopUpOutcomeUnknownError(
            f"{options.method} {request.url.path} did not finish within its deadline after the request may "
            f"have reached the server; the charge may have happened. It was not repeated. {CHECK_TOP_UP}",
            request=request,
        )
    return APITimeoutError(f"{options.method} {request.url.path} did not finish within its deadline.", request=request)


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
    have been written, a request that is not idempotent fails with TopUpOutcomeUnknownError, whatever
    went wrong; before, the error says the request was not sent."""
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
        raise TopUpOutcomeUnknownError(
            f"{what} failed after the request may have reached the server ({type(exc).__name__}); "
            f"the charge may have happened. It was not repeated. {CHECK_TOP_UP}",
            request=request,
        ) from exc
    # Retrying cannot help a bad URL, a request httpx refuses to write, an undecodable body, or a failure
    # that is not the network's.
    hopeless = not isinstance(exc, httpx.TransportError) or isinstance(
        exc, (httpx.UnsupportedProtocol, httpx.LocalProtocolError)
    )
    if hopeless or attempt >= max_retries:
        not_sent = "" if sent else "; the request was not sent"
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
        raise TopUpOutcomeUnknownError(
            f"{where(response)}: the server may have processed the "
            f"request; the charge may have happened. It was not repeated. {CHECK_TOP_UP}",
            request=response.request,
            status_code=status,
            request_id=request_id_from(response.headers),
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
    which propagates unchanged, that it stopped a money-moving call after its request may have been
    written (PEP 678; the CLI reads it through interrupted_after_sending())."""
    if not options.idempotent and not isinstance(exc, Exception) and progress.may_have_sent:
        note_may_have_sent(exc, f"{options.method} {request.url.path}", CHECK_TOP_UP)
