"""The transport under every operation: configuration, auth, timeouts, retries, errors and logging.

The generated ``Client`` and ``AsyncClient`` (client.py) add one method per operation on top of
``SyncAPIClient`` and ``AsyncAPIClient``; _operations.py builds each operation's ``RequestOptions``,
which the method hands to ``_request()`` with the function that reads its 200 body.
"""

from __future__ import annotations

import contextvars
import ipaddress
import json
import logging
import os
import random
import re
import socket
import threading
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

import httpx

from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    ConfigurationError,
    TopUpOutcomeUnknownError,
    XAIBillingError,
    make_status_error,
    note_may_have_sent,
    printable,
    where,
)
from ._version import __version__
from ._wire import WireTypeError
from .types import NOT_GIVEN, Headers, NotGiven, Query, Response, TimeoutTypes, request_id_from

if TYPE_CHECKING:
    import httpcore

T = TypeVar("T")

API_KEY_ENV = "XAI_MANAGEMENT_KEY"
TEAM_ID_ENV = "XAI_TEAM_ID"
BASE_URL_ENV = "XAI_MANAGEMENT_BASE_URL"
LOG_ENV = "XAI_BILLING_LOG"

DEFAULT_BASE_URL = "https://management-api.x.ai"
USER_AGENT = f"xai-billing-python/{__version__}"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
MAX_RETRY_AFTER = 60.0  # a Retry-After longer than this is cut to it
DEFAULT_DEADLINE = 300.0  # seconds for a whole call: every attempt, read and wait included
MAX_BODY = 64 * 1024 * 1024  # a 2xx body larger than this is not read (the largest real ones are a few MB)
MAX_ERROR_BODY = 64 * 1024  # an error body is kept up to this, the rest dropped

log = logging.getLogger("xai_billing")
log.addHandler(logging.NullHandler())  # nothing printed unless the application configures logging
_TOKEN = re.compile(r"[A-Za-z0-9\-._~+/]+=*")  # RFC 6750 b64token: what a bearer token may hold
_UNSAFE_HEADER = re.compile(r"[\r\n\0]")  # header injection
_HEADER_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")  # RFC 9110 token: what a header's name may be
_USERINFO = re.compile(r"//[^/@]*@")
# Headers the client writes itself: set by a caller they would corrupt the request's framing (its length,
# its encoding, its target), or make the server wait for what the client never sends (Expect).
_RESERVED_HEADERS = frozenset(
    (
        "authorization",
        "content-length",
        "transfer-encoding",
        "content-encoding",
        "host",
        "te",
        "trailer",
        "upgrade",
        "expect",
    )
)
# What to check after a top-up whose outcome is unknown (named in its error, and in the note on an interrupt).
_CHECK_TOP_UP = "Check the prepaid balance changes (get_prepaid_balance) for the top-up before trying again."


class RequestOptions:
    """One request of one operation, as _operations.py builds it."""

    __slots__ = ("idempotent", "json", "method", "operation_id", "params", "path")

    def __init__(
        self,
        *,
        operation_id: str,
        method: str,
        path: str,
        idempotent: bool,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
    ) -> None:
        self.operation_id = operation_id
        self.method = method
        self.path = path
        self.idempotent = idempotent
        self.params = params
        self.json = json


# Passed as send()'s auth: the management key is already in the request's headers, and neither the
# http_client's own auth nor credentials in the base URL may replace it.
_NO_AUTH = httpx.Auth()


class _Authorization:
    """The Authorization header's value, kept out of reprs (and so out of vars(client))."""

    __slots__ = ("header",)

    def __init__(self, api_key: str) -> None:
        self.header = f"Bearer {api_key}"

    def __repr__(self) -> str:
        return "_Authorization(<management key>)"


class _BaseClient:
    """What the sync and async clients share: configuration, and every decision that does no I/O."""

    _owns_http: bool  # False when the http_client was passed in, or for a copy made by with_options()

    def __init__(
        self,
        *,
        api_key: str | None,
        team_id: str | None,
        base_url: str | httpx.URL | None,
        timeout: TimeoutTypes | NotGiven,
        max_retries: int,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> None:
        _configure_logging()
        if api_key is None:
            api_key = os.environ.get(API_KEY_ENV)
        if not api_key:
            raise ConfigurationError(f"No management key: pass api_key= or set the {API_KEY_ENV} environment variable.")
        if not isinstance(api_key, str) or not _TOKEN.fullmatch(api_key):
            # Never echo the key: it may be a real one with a stray character.
            raise ConfigurationError(
                "The management key is not a valid bearer token (letters, digits and -._~+/ only; stray whitespace?)."
            )
        if team_id is None:
            team_id = os.environ.get(TEAM_ID_ENV) or None
        if base_url is None:
            base_url = os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL
        self.base_url = base_url
        self.team_id = team_id
        self.timeout = _check_timeout(DEFAULT_TIMEOUT if isinstance(timeout, NotGiven) else timeout)
        self.max_retries = _check_max_retries(max_retries)
        self.deadline = _check_deadline(DEFAULT_DEADLINE if isinstance(deadline, NotGiven) else deadline)
        self._authorization = _Authorization(api_key)

    @property
    def base_url(self) -> httpx.URL:
        """The API's base URL."""
        return self._base_url

    @base_url.setter
    def base_url(self, base_url: str | httpx.URL) -> None:
        self._base_url = _check_base_url(base_url)
        # Each call's URL is this plus its path. Without the userinfo: the key is the only credential sent,
        # and a password kept here would show in vars(client).
        self._url_prefix = str(self._base_url.copy_with(username=None, password=None)).rstrip("/")

    def __repr__(self) -> str:
        # Safe on a half-built client, and never shows a password in the base URL's userinfo.
        url = getattr(self, "base_url", None)
        shown = str(url.copy_with(username=None, password=None)) if isinstance(url, httpx.URL) else None
        return (
            f"{type(self).__name__}(base_url={shown!r}, team_id={getattr(self, 'team_id', None)!r}, "
            f"max_retries={getattr(self, 'max_retries', None)})"
        )

    def with_options(
        self,
        *,
        team_id: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> Self:
        """A copy of this client with other options, sharing its connection pool.

        Closing the copy leaves the pool open; the original client still owns it.
        """
        clone = object.__new__(type(self))
        clone.__dict__.update(self.__dict__)
        clone._owns_http = False
        if not isinstance(team_id, NotGiven):
            clone.team_id = team_id
        if not isinstance(timeout, NotGiven):
            clone.timeout = _check_timeout(timeout)
        if not isinstance(max_retries, NotGiven):
            clone.max_retries = _check_max_retries(max_retries)
        if not isinstance(deadline, NotGiven):
            clone.deadline = _check_deadline(deadline)
        return clone

    def resolve_team_id(self, team_id: str | None) -> str:
        """The team ID of a call: the argument, else the client's default."""
        resolved = self.team_id if team_id is None else team_id
        if not isinstance(resolved, str) or not resolved:
            raise ConfigurationError(
                f"No team ID: pass team_id= to the call or the client, or set the {TEAM_ID_ENV} environment variable."
            )
        if resolved in (".", ".."):  # a path segment httpx would resolve away: another URL altogether
            raise ConfigurationError(f"{resolved!r} is not a team ID.")
        return resolved

    def _build_request(
        self,
        http: httpx.Client | httpx.AsyncClient,
        options: RequestOptions,
        *,
        extra_headers: Headers | None,
        extra_query: Query | None,
        timeout: TimeoutTypes | NotGiven,
    ) -> httpx.Request:
        timeout = self.timeout if isinstance(timeout, NotGiven) else _check_timeout(timeout)
        params = options.params
        try:
            if extra_headers:
                if not isinstance(extra_headers, Mapping):
                    raise ConfigurationError(f"extra_headers must be a mapping, not {type(extra_headers).__name__}.")
                for name, value in extra_headers.items():
                    if (
                        not isinstance(name, str)
                        or not isinstance(value, str)
                        or not _HEADER_NAME.fullmatch(name)
                        or _UNSAFE_HEADER.search(value)
                    ):
                        raise ConfigurationError(
                            f"extra_headers: {name!r} is not a header name and value one can send."
                        )
                    if name.lower() == "authorization":
                        raise ConfigurationError("extra_headers: Authorization is the client's api_key.")
                    if name.lower() in _RESERVED_HEADERS:
                        raise ConfigurationError(
                            f"extra_headers: {name} is written by the client (it frames the request); it cannot be set."
                        )
            if extra_query:
                params = {**(params or {}), **extra_query}
            request = http.build_request(
                options.method,
                # Appended, not joined: a base URL with a path (a gateway's prefix) keeps it.
                self._url_prefix + options.path,
                params=params,
                json=options.json,
                timeout=timeout,
            )
            # Set on the request rather than passed to build_request(), whose merge with the http_client's
            # own headers pops each one they share: a fifth of a call's overhead.
            request.headers["Accept"] = "application/json"
            request.headers["User-Agent"] = USER_AGENT
            if extra_headers:
                request.headers.update(extra_headers)
            request.headers["Authorization"] = self._authorization.header
            return request
        except (TypeError, ValueError, httpx.InvalidURL) as exc:  # what httpx cannot send (a URL over 64 KiB, say)
            raise ConfigurationError(
                f"{options.method} {options.path}: cannot build the request: {printable(str(exc), 200)}"
            ) from None

    def _deadline_at(self, deadline: float | None | NotGiven) -> float | None:
        seconds = self.deadline if isinstance(deadline, NotGiven) else _check_deadline(deadline)
        return None if seconds is None else time.monotonic() + seconds

    def _fit_attempt(self, options: RequestOptions, request: httpx.Request, deadline_at: float | None) -> None:
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

    def _past_deadline(self, options: RequestOptions, request: httpx.Request, *, sent: bool = True) -> XAIBillingError:
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
                f"have reached the server; the charge may have happened. It was not repeated. {_CHECK_TOP_UP}",
                request=request,
            )
        return APITimeoutError(
            f"{options.method} {request.url.path} did not finish within its deadline.", request=request
        )

    @staticmethod
    def _within_deadline(delay: float, deadline_at: float | None) -> float:
        """A retry's wait, cut so that the next attempt still starts before the deadline."""
        return delay if deadline_at is None else max(min(delay, deadline_at - time.monotonic()), 0.0)

    def _attempt_failed(
        self, options: RequestOptions, request: httpx.Request, exc: Exception, progress: _Progress, attempt: int
    ) -> float:
        """How long to wait before the next attempt after an attempt that raised `exc` (from httpx, httpcore,
        h11, asyncio, a decoder or anything else); raises the package's error when there is none.

        The error's class follows what is known about the request, not the exception: after any of it may
        have been written, a request that is not idempotent fails with TopUpOutcomeUnknownError, whatever
        went wrong; before, the error says the request was not sent."""
        what = f"{options.method} {request.url.path}"
        # These prove the request never reached the server: no connection was made or taken from the pool,
        # or its URL's scheme is not HTTP (checked before connecting). Anything else only the trace can tell.
        sent = progress.may_have_sent and not isinstance(
            exc, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)
        )
        if sent and not options.idempotent:
            log.warning("not retrying %s: it is not idempotent and may have reached the server", what)
            raise TopUpOutcomeUnknownError(
                f"{what} failed after the request may have reached the server ({type(exc).__name__}); "
                f"the charge may have happened. It was not repeated. {_CHECK_TOP_UP}",
                request=request,
            ) from exc
        # Retrying cannot help a bad URL, a request httpx refuses to write, an undecodable body, or a failure
        # that is not the network's.
        hopeless = not isinstance(exc, httpx.TransportError) or isinstance(
            exc, (httpx.UnsupportedProtocol, httpx.LocalProtocolError)
        )
        if hopeless or attempt >= self.max_retries:
            not_sent = "" if sent else "; the request was not sent"
            if isinstance(exc, httpx.TimeoutException):
                raise APITimeoutError(f"{what} timed out ({type(exc).__name__}){not_sent}.", request=request) from exc
            raise APIConnectionError(
                f"{what} failed: {type(exc).__name__}: {printable(str(exc), 300)}{not_sent}.", request=request
            ) from exc
        delay = _backoff(attempt)
        log.info(
            "retrying %s %s in %.2fs (retry %d of %d) after %s",
            options.method,
            request.url.path,
            delay,
            attempt + 1,
            self.max_retries,
            type(exc).__name__,
        )
        return delay

    @staticmethod
    def _interrupted(options: RequestOptions, request: httpx.Request, exc: BaseException, progress: _Progress) -> None:
        """Note on an exception the client does not own (KeyboardInterrupt, SystemExit, asyncio.CancelledError),
        which propagates unchanged, that it stopped a money-moving call after its request may have been
        written (PEP 678; the CLI reads it through interrupted_after_sending())."""
        if not options.idempotent and not isinstance(exc, Exception) and progress.may_have_sent:
            note_may_have_sent(exc, f"{options.method} {request.url.path}", _CHECK_TOP_UP)

    def _error_status_delay(self, options: RequestOptions, response: httpx.Response, attempt: int) -> float:
        """How long to wait before the next attempt after an error status; raises when there is none."""
        status = response.status_code
        ambiguous = status == 408 or status >= 500
        if not options.idempotent and ambiguous:
            log.warning(
                "not retrying %s %s after %d: it is not idempotent", options.method, response.request.url.path, status
            )
            raise TopUpOutcomeUnknownError(
                f"{where(response)}: the server may have processed the "
                f"request; the charge may have happened. It was not repeated. {_CHECK_TOP_UP}",
                request=response.request,
                status_code=status,
                request_id=request_id_from(response.headers),
            ) from make_status_error(response)
        if not (ambiguous or status == 429) or not options.idempotent or attempt >= self.max_retries:
            raise make_status_error(response)
        retry_after = _retry_after(response.headers)
        delay = _backoff(attempt) if retry_after is None else retry_after
        log.info(
            "retrying %s %s in %.2fs (retry %d of %d) after status %d",
            options.method,
            response.request.url.path,
            delay,
            attempt + 1,
            self.max_retries,
            status,
        )
        return delay

    def _parse_success(
        self, options: RequestOptions, response: httpx.Response, parse: Callable[[dict[str, Any]], T]
    ) -> Response[T]:
        try:
            return self._parse(response, parse)
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

    def _parse(self, response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> Response[T]:
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
        except Exception as exc:  # a reader's WireTypeError, or anything unforeseen: the body is what failed
            detail = str(exc) if isinstance(exc, WireTypeError) else f"{type(exc).__name__}: {exc}"
            raise APIResponseValidationError(
                f"{where(response)}: the body is not the expected shape ({detail}).", response=response
            ) from exc
        return Response(status_code=response.status_code, content=content, headers=response.headers, parsed=parsed)


class SyncAPIClient(_BaseClient):
    """The synchronous transport. Use ``xai_billing.Client``, which adds the operations."""

    def __init__(
        self,
        *,
        api_key: str | None = None,
        team_id: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> None:
        super().__init__(
            api_key=api_key,
            team_id=team_id,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise ConfigurationError(f"http_client must be an httpx.Client, not {type(http_client).__name__}.")
        self._owns_http = http_client is None
        self._connections = _SyncConnections(http_client)

    @property
    def _http(self) -> httpx.Client:
        return self._connections.http

    def _request(
        self,
        options: RequestOptions,
        parse: Callable[[dict[str, Any]], T],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> Response[T]:
        """Send one operation's request, retrying where that is safe, and parse its response."""
        http = self._connections.for_this_process()
        request = self._build_request(
            http, options, extra_headers=extra_headers, extra_query=extra_query, timeout=timeout
        )
        deadline_at = self._deadline_at(deadline)
        progress = _SyncProgress()
        attempt = 0
        try:
            while True:
                self._fit_attempt(options, request, deadline_at)
                if http.is_closed:
                    raise ConfigurationError(f"Cannot send {options.method} {options.path}: the client is closed.")
                started = time.monotonic()
                progress = request.extensions["trace"] = _SyncProgress()
                deadline_set = _CALL_DEADLINE.set(deadline_at)  # read by the connections of _sync_http_client()
                try:
                    progress.handed_over = True
                    response = http.send(request, auth=_NO_AUTH, follow_redirects=False, stream=True)
                    try:
                        for chunk in response.iter_bytes():
                            if _keep(response, chunk, deadline_at):
                                break
                    except httpx.DecodingError:  # the answer arrived: its status says what happened
                        response.extensions["xai_billing_undecodable"] = True
                    finally:
                        response.close()
                    _finish_body(response)
                except _DeadlinePassed:
                    raise self._past_deadline(options, request) from None
                except Exception as exc:
                    _log_failure(request, exc, started)
                    delay = self._attempt_failed(options, request, exc, progress, attempt)
                else:
                    _log_response(response, started)
                    if response.is_success:
                        return self._parse_success(options, response, parse)
                    delay = self._error_status_delay(options, response, attempt)
                finally:
                    _CALL_DEADLINE.reset(deadline_set)
                time.sleep(self._within_deadline(delay, deadline_at))
                attempt += 1
        except BaseException as exc:
            self._interrupted(options, request, exc, progress)
            raise

    def close(self) -> None:
        """Close the connections, unless the ``http_client`` was passed in (its owner closes it)."""
        if self._owns_http:
            self._connections.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncAPIClient(_BaseClient):
    """The asynchronous transport. Use ``xai_billing.AsyncClient``, which adds the operations."""

    def __init__(
        self,
        *,
        api_key: str | None = None,
        team_id: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> None:
        super().__init__(
            api_key=api_key,
            team_id=team_id,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise ConfigurationError(f"http_client must be an httpx.AsyncClient, not {type(http_client).__name__}.")
        self._owns_http = http_client is None
        self._connections = _AsyncConnections(http_client)

    @property
    def _http(self) -> httpx.AsyncClient:
        return self._connections.http

    async def _request(
        self,
        options: RequestOptions,
        parse: Callable[[dict[str, Any]], T],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> Response[T]:
        """Send one operation's request, retrying where that is safe, and parse its response."""
        import asyncio  # here, not at the top: `import xai_billing` should not pay for asyncio

        http, in_flight = self._connections.for_this_loop()
        request = self._build_request(
            http, options, extra_headers=extra_headers, extra_query=extra_query, timeout=timeout
        )
        deadline_at = self._deadline_at(deadline)
        progress = _AsyncProgress()
        attempt = 0
        try:
            while True:
                self._fit_attempt(options, request, deadline_at)
                if http.is_closed:
                    raise ConfigurationError(f"Cannot send {options.method} {options.path}: the client is closed.")
                started = time.monotonic()
                progress = request.extensions["trace"] = _AsyncProgress()
                try:
                    # The deadline bounds the whole exchange here, the wait for a slot and trickling headers
                    # included.
                    async with (
                        asyncio.timeout_at(None if deadline_at is None else _loop_time(deadline_at)),
                        in_flight,
                    ):
                        progress.handed_over = True
                        response = await http.send(request, auth=_NO_AUTH, follow_redirects=False, stream=True)
                        try:
                            async for chunk in response.aiter_bytes():
                                if _keep(response, chunk, deadline_at):
                                    break
                        except httpx.DecodingError:  # the answer arrived: its status says what happened
                            response.extensions["xai_billing_undecodable"] = True
                        finally:
                            await response.aclose()
                    _finish_body(response)
                except _DeadlinePassed:
                    raise self._past_deadline(options, request) from None
                except TimeoutError:
                    raise self._past_deadline(options, request, sent=progress.may_have_sent) from None
                except Exception as exc:
                    _log_failure(request, exc, started)
                    delay = self._attempt_failed(options, request, exc, progress, attempt)
                else:
                    _log_response(response, started)
                    if response.is_success:
                        return self._parse_success(options, response, parse)
                    delay = self._error_status_delay(options, response, attempt)
                await asyncio.sleep(self._within_deadline(delay, deadline_at))
                attempt += 1
        except BaseException as exc:
            self._interrupted(options, request, exc, progress)
            raise

    async def aclose(self) -> None:
        """Close the connections, unless the ``http_client`` was passed in (its owner closes it)."""
        if self._owns_http:
            await self._connections.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


class _Progress:
    """How far an attempt got, as httpcore reports it through the request's "trace" extension: whether any
    of the request may have been written. A transport that does not trace (an http_client of yours with
    its own, httpx.MockTransport) reports nothing, and then the request may have been sent as soon as it
    was handed over."""

    __slots__ = ("handed_over", "traced", "writing")

    def __init__(self) -> None:
        self.handed_over = self.traced = self.writing = False

    def _event(self, event: str) -> None:
        self.traced = True
        # httpcore traces "<connection>.send_request_headers.started" before the first byte of the request,
        # and "http2.send_connection_init.started" before the first byte on a new HTTP/2 connection; a
        # proxy's CONNECT counts too (it may pass the request on). Connecting and TLS come before either.
        if event.endswith((".send_request_headers.started", ".send_connection_init.started")):
            self.writing = True

    @property
    def may_have_sent(self) -> bool:
        return self.handed_over and (self.writing or not self.traced)


class _SyncProgress(_Progress):
    __slots__ = ()

    def __call__(self, event: str, info: dict[str, Any]) -> None:
        self._event(event)


class _AsyncProgress(_Progress):
    __slots__ = ()

    async def __call__(self, event: str, info: dict[str, Any]) -> None:
        self._event(event)


MAX_IN_FLIGHT = 20  # fan-out on a 2-core machine: 20 in flight beats 100 (the pool does less per request)
ASYNC_LIMITS = httpx.Limits(max_connections=MAX_IN_FLIGHT, max_keepalive_connections=MAX_IN_FLIGHT)


class _Slots:
    """An asyncio.Semaphore made on first use, in the running loop (a client may be built outside one)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._semaphore: Any = None

    async def __aenter__(self) -> None:
        if self._semaphore is None:
            import asyncio

            self._semaphore = asyncio.Semaphore(self.size)
        await self._semaphore.acquire()

    async def __aexit__(self, *exc_info: object) -> None:
        self._semaphore.release()


_FORKED = (
    "was used before os.fork(): its connections are the parent process's, and sharing one mixes the two "
    "processes' requests and answers. Give the child process a client (and http_client) of its own."
)


class _SyncConnections:
    """The sync client's connection pool (an httpx.Client), shared with its with_options() copies.

    After os.fork() the child gets a pool of its own, with nothing for the caller to do: a connection
    inherited from the parent is the parent's socket. The inherited pool is dropped, not closed (closing
    a TLS connection would write to the parent's socket). An http_client of the caller's cannot be
    replaced: the child may use it only if the client had not used it before the fork."""

    __slots__ = ("given", "http", "pid", "used")

    def __init__(self, given: httpx.Client | None) -> None:
        self.given = given is not None
        self.http = given if given is not None else _sync_http_client()
        self.pid = os.getpid()
        self.used = False

    def for_this_process(self) -> httpx.Client:
        if self.pid != os.getpid():
            if self.given and self.used:
                raise ConfigurationError(f"This Client's http_client {_FORKED}")
            if not self.given:
                self.http = _sync_http_client()
            self.pid = os.getpid()
        self.used = True
        return self.http

    def close(self) -> None:
        if self.pid == os.getpid():
            self.http.close()


class _AsyncConnections:
    """The async client's connection pools, one per event loop and process, shared with its with_options()
    copies.

    A connection belongs to the loop that opened it (its socket is registered with that loop, and its
    locks are bound to it): used from another loop, it may write a request and then fail to read the
    answer. So an AsyncClient used in a second asyncio.run() gets a second pool; the first goes with its
    loop. An http_client of the caller's cannot be copied: used from a second loop, the call fails before
    sending with ConfigurationError. After os.fork(), as for the sync client."""

    __slots__ = ("closed", "current", "given", "lock", "pools")

    def __init__(self, given: httpx.AsyncClient | None) -> None:
        import weakref

        self.given = given
        # (process, loop, pool, slots) of the last call, read as one tuple: threads may each run a loop.
        # The loop is None until the first call binds the pool made here to its loop.
        self.current: tuple[int, Any, httpx.AsyncClient, _Slots] = (
            os.getpid(),
            None,
            given if given is not None else _async_http_client(),
            _Slots(MAX_IN_FLIGHT),
        )
        self.pools: weakref.WeakKeyDictionary[Any, tuple[httpx.AsyncClient, _Slots]] = weakref.WeakKeyDictionary()
        self.lock = threading.Lock()
        self.closed = False

    @property
    def http(self) -> httpx.AsyncClient:
        return self.current[2]

    def for_this_loop(self) -> tuple[httpx.AsyncClient, _Slots]:
        import asyncio

        loop = asyncio.get_running_loop()
        pid, bound, http, slots = self.current
        if bound is loop and pid == os.getpid():
            return http, slots
        with self.lock:
            return self._bind(loop)

    def _bind(self, loop: Any) -> tuple[httpx.AsyncClient, _Slots]:
        import weakref

        pid, bound, http, slots = self.current
        if pid != os.getpid():
            if bound is not None:  # used in the parent: its connections are the parent's
                if self.given is not None:
                    raise ConfigurationError(f"This AsyncClient's http_client {_FORKED}")
                http, slots = _async_http_client(), _Slots(MAX_IN_FLIGHT)
            pid, bound, self.pools = os.getpid(), None, weakref.WeakKeyDictionary()
        if bound is None:
            entry = (http, slots)
        elif self.given is not None:
            raise ConfigurationError(
                "This AsyncClient's http_client was used in another event loop, and its connections belong "
                "to that loop; nothing was sent. Make the AsyncClient (and its http_client) in the loop that "
                "uses it, or let the AsyncClient make its own: it keeps a pool per loop."
            )
        elif self.closed:
            raise ConfigurationError("Cannot send: the client is closed.")
        else:
            entry = self.pools.get(loop) or (_async_http_client(), _Slots(MAX_IN_FLIGHT))
        self.pools[loop] = entry
        self.current = (pid, loop, *entry)
        return entry

    async def aclose(self) -> None:
        import asyncio

        self.closed = True
        pid, bound, http, _ = self.current
        if pid != os.getpid():
            return  # the parent's to close
        loop = asyncio.get_running_loop()
        if bound is None or bound is loop:
            await http.aclose()
        elif (mine := self.pools.get(loop)) is not None:
            await mine[0].aclose()
        # The pools of other loops cannot be closed from this one: they go with their loops.


# The deadline (time.monotonic()) of the sync call running in this thread, for its connections to read.
_CALL_DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar("xai_billing_deadline", default=None)


def _sync_http_client() -> httpx.Client:
    """httpx.Client() as it comes (environment proxies included), but its connections end each read and
    write by the call's deadline.

    httpx's timeouts are per socket operation, and httpcore takes the read timeout once per response's
    headers: a server sending its headers a byte a second holds a sync call for as long as it likes,
    and a thread cannot be interrupted. Bounding every socket operation by what is left of the deadline
    bounds the whole exchange. (AsyncClient needs none of this: it cancels at the deadline.) The network
    backend is httpcore's public interface, but httpx has no parameter for it, hence the private
    attributes; were they to change, the client would still work, with per-read timeouts only.
    """
    client = _from_environment(httpx.Client)
    import httpcore  # imported by the transports, not by import httpx: kept out of import xai_billing

    for transport in (getattr(client, "_transport", None), *getattr(client, "_mounts", {}).values()):
        pool = getattr(transport, "_pool", None)
        backend = getattr(pool, "_network_backend", None)
        if isinstance(backend, httpcore.NetworkBackend):
            pool._network_backend = _DeadlineBackend(backend)  # type: ignore[union-attr]
    return client


def _async_http_client() -> httpx.AsyncClient:
    # As many idle connections as the pool holds, so that a fan-out reuses them instead of opening one per
    # request.
    return _from_environment(lambda: httpx.AsyncClient(limits=ASYNC_LIMITS))


_PROXY_VARIABLES = ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy")
H = TypeVar("H", httpx.Client, httpx.AsyncClient)


def _from_environment(make: Callable[[], H]) -> H:
    """An httpx client made as httpx makes it, with the environment's proxies; ConfigurationError, naming the
    variable, for a proxy it cannot use (a SOCKS proxy without socksio, another scheme, a malformed URL)."""
    try:
        return make()
    except Exception as exc:
        for name in _PROXY_VARIABLES:
            value = os.environ.get(name)
            if not value:
                continue
            try:
                httpx.HTTPTransport(proxy=value).close()
            except ImportError as problem:  # a SOCKS proxy without socksio: its message names the fix
                reason = str(problem)
            except Exception as problem:  # its message would repeat the URL, password included
                reason = f"{type(problem).__name__}: not a proxy URL httpx can use (http, https, socks5, socks5h)"
            else:
                continue
            raise ConfigurationError(f"The proxy in the environment variable {name} cannot be used: {reason}") from None
        raise ConfigurationError(
            f"Cannot make the HTTP client from the environment's settings: {type(exc).__name__}."
        ) from None


def _within_call_deadline(timeout: float | None, expired: str) -> float | None:
    """A socket operation's timeout, cut to what is left of the running call's deadline; past it, the
    httpcore exception named `expired` (which httpx maps to its own)."""
    deadline_at = _CALL_DEADLINE.get()
    if deadline_at is None:
        return timeout
    left = deadline_at - time.monotonic()
    if left <= 0:
        import httpcore

        raise getattr(httpcore, expired)("the call's deadline passed")
    return left if timeout is None else min(timeout, left)


def _is_ip_address(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def _resolve(host: str, port: int, timeout: float | None) -> list[str]:
    """The addresses of `host`, looked up in a daemon thread and waited for no longer than `timeout`:
    getaddrinfo cannot be interrupted, and a resolver that does not answer holds it for its own
    timeouts and retries (tens of seconds). A lookup that outlives its call finishes on its own."""
    import httpcore

    outcome: list[Any] = []
    done = threading.Event()

    def look_up() -> None:
        try:
            outcome.append(socket.getaddrinfo(host, port, type=socket.SOCK_STREAM))
        except OSError as exc:
            outcome.append(exc)
        finally:
            done.set()

    threading.Thread(target=look_up, name="xai-billing-lookup", daemon=True).start()
    if not done.wait(timeout):
        raise httpcore.ConnectTimeout(f"the call's deadline passed while looking up {host}")
    if isinstance(outcome[0], OSError):
        raise httpcore.ConnectError(str(outcome[0]))
    addresses = list(dict.fromkeys(str(info[4][0]) for info in outcome[0]))
    if not addresses:
        raise httpcore.ConnectError(f"no address for {host}")
    return addresses


_WRITE_PIECE = 64 * 1024


class _DeadlineStream:
    """An httpcore.NetworkStream whose reads and writes end by the running call's deadline."""

    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _within_call_deadline(timeout, "ReadTimeout"))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        # In pieces: httpcore gives each send() of one write the same timeout, so a server draining a large
        # body slowly but steadily would hold one write past the deadline.
        for start in range(0, len(buffer), _WRITE_PIECE):
            self._stream.write(buffer[start : start + _WRITE_PIECE], _within_call_deadline(timeout, "WriteTimeout"))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> _DeadlineStream:
        timeout = _within_call_deadline(timeout, "ConnectTimeout")
        return _DeadlineStream(self._stream.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _DeadlineBackend:
    """An httpcore.NetworkBackend whose connections are _DeadlineStreams."""

    def __init__(self, backend: httpcore.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> _DeadlineStream:
        import httpcore

        if _CALL_DEADLINE.get() is None or _is_ip_address(host):
            addresses = [host]
        else:  # the lookup too ends by the deadline; then each address in turn, as socket.create_connection does
            addresses = _resolve(host, port, _within_call_deadline(timeout, "ConnectTimeout"))
        for address in addresses[:-1]:
            try:
                return self._connect(address, port, timeout, local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout):
                continue  # the next address, if the deadline leaves time for it
        return self._connect(addresses[-1], port, timeout, local_address, socket_options)

    def _connect(
        self, host: str, port: int, timeout: float | None, local_address: str | None, socket_options: Any
    ) -> _DeadlineStream:
        timeout = _within_call_deadline(timeout, "ConnectTimeout")
        return _DeadlineStream(self._backend.connect_tcp(host, port, timeout, local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Any = None
    ) -> _DeadlineStream:
        timeout = _within_call_deadline(timeout, "ConnectTimeout")
        return _DeadlineStream(self._backend.connect_unix_socket(path, timeout, socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


class _DeadlinePassed(Exception):
    """The call's deadline passed while a response was being read."""


def _keep(response: httpx.Response, chunk: bytes, deadline_at: float | None) -> bool:
    """Keep a chunk of a streamed body; True when the rest is not to be read (an error body past its
    cap, a success body past MAX_BODY). Raises _DeadlinePassed when the call's time is up."""
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
        raise _DeadlinePassed
    return False


def _finish_body(response: httpx.Response) -> None:
    """The body read by _keep, as the response's content."""
    chunks = response.extensions.pop("xai_billing_chunks", [])
    response.extensions.pop("xai_billing_size", None)
    response._content = b"".join(chunks)  # what response.read() would have set, up to the cap


def _loop_time(deadline_at: float) -> float:
    """A time.monotonic() deadline on the running event loop's clock."""
    import asyncio

    return asyncio.get_running_loop().time() + (deadline_at - time.monotonic())


def _check_deadline(deadline: Any) -> float | None:
    if deadline is None:
        return None
    if _seconds(deadline):
        return float(deadline)
    raise ConfigurationError(
        f"deadline must be seconds above 0 and at most {MAX_TIMEOUT:g}, or None; not {deadline!r}."
    )


MAX_TIMEOUT = 86_400.0  # a day: beyond it a socket timeout overflows on some platforms


def _check_timeout(timeout: Any) -> TimeoutTypes:
    if timeout is None:
        return None
    if isinstance(timeout, httpx.Timeout):
        for phase in ("connect", "read", "write", "pool"):
            value = getattr(timeout, phase)
            if value is not None and not _seconds(value):
                raise ConfigurationError(
                    f"timeout's {phase} must be seconds above 0 and at most {MAX_TIMEOUT:g}, or None; not {value!r}."
                )
        return timeout
    if _seconds(timeout):
        return float(timeout)
    raise ConfigurationError(
        f"timeout must be seconds above 0 and at most {MAX_TIMEOUT:g}, an httpx.Timeout or None; not {timeout!r}."
    )


def _seconds(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and 0 < value <= MAX_TIMEOUT


def _check_base_url(base_url: str | httpx.URL) -> httpx.URL:
    text = str(base_url)
    shown = _USERINFO.sub("//[userinfo]@", text)  # an error message never repeats a password
    try:
        url = httpx.URL(text)
        host, port = url.host, url.port  # reading the host can fail too (IDNA)
    except Exception as exc:  # httpx.InvalidURL, TypeError, ValueError, and the idna package's own errors
        raise ConfigurationError(f"Invalid base URL {shown!r}: {type(exc).__name__}.") from None
    if url.scheme not in ("http", "https"):
        raise ConfigurationError(f"The base URL must be http or https, not {shown!r}.")
    if not host:
        raise ConfigurationError(f"The base URL has no host: {shown!r}.")
    if port is not None and not 0 < port < 65536:
        raise ConfigurationError(f"The base URL's port is not one from 1 to 65535: {shown!r}.")
    if "?" in text or "#" in text:
        raise ConfigurationError(f"The base URL must have no query or fragment: {shown!r}.")
    return url


def _check_max_retries(max_retries: Any) -> int:
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ConfigurationError(f"max_retries must be a whole number, 0 or more, not {max_retries!r}.")
    return max_retries


def _backoff(attempt: int) -> float:
    """Exponential backoff with jitter: about 0.5 s, 1 s, 2 s, ... up to 8 s, each cut by up to a quarter."""
    delay = min(INITIAL_RETRY_DELAY * 2.0 ** min(attempt, 32), MAX_RETRY_DELAY)  # no overflow at any attempt
    return delay * (1.0 - 0.25 * random.random())


def _retry_after(headers: httpx.Headers) -> float | None:
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
            except (TypeError, ValueError, IndexError):
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


def _configure_logging() -> None:
    """Switch the package's logger on when XAI_BILLING_LOG is debug or info."""
    level = {"debug": logging.DEBUG, "info": logging.INFO}.get(os.environ.get(LOG_ENV, "").strip().lower())
    if level is None:
        return
    log.setLevel(level)
    # The NullHandler added at import does not count: without a handler of the application's, print to stderr.
    if not any(not isinstance(handler, logging.NullHandler) for handler in log.handlers):
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        log.addHandler(handler)


def _log_response(response: httpx.Response, started: float) -> None:
    if log.isEnabledFor(logging.DEBUG):
        log.debug(
            "%s %s request ID %s, %d bytes",
            response.request.method,
            response.request.url.path,
            request_id_from(response.headers) or "-",
            len(response.content),
        )
    if log.isEnabledFor(logging.INFO):
        log.info(
            "%s %s -> %d in %.0f ms",
            response.request.method,
            response.request.url.path,
            response.status_code,
            (time.monotonic() - started) * 1000,
        )


def _log_failure(request: httpx.Request, exc: Exception, started: float) -> None:
    if log.isEnabledFor(logging.INFO):
        log.info(
            "%s %s -> %s after %.0f ms",
            request.method,
            request.url.path,
            type(exc).__name__,
            (time.monotonic() - started) * 1000,
        )
