"""The send loop under every operation: build the request, send it, retry where that is safe, read the answer.

The generated ``Client`` and ``AsyncClient`` (client.py) add one method per operation on top of
``SyncAPIClient`` and ``AsyncAPIClient``; each hands ``_request()`` its operation's description (an
``Operation`` of _operations.py, from the spec) and the caller's arguments, and ``_request()`` does the
rest without calling back: it checks and writes the request (_request.py), sends it, retries where that
is safe and reads the answer. What the loop decides with lives beside it: _config.py (options and their
checks), _transport.py (the connections and the deadline), _retries.py (what each failure means),
_response.py (reading the answer), _logs.py.
"""

from __future__ import annotations

import os
import time
from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

import httpx

from ._config import (
    API_KEY_ENV,
    BASE_URL_ENV,
    DEFAULT_BASE_URL,
    DEFAULT_DEADLINE,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    TEAM_ID_ENV,
    TOKEN,
    Authorization,
    check_base_url,
    check_deadline,
    check_max_retries,
    check_timeout,
)
from ._deadline import CALL_DEADLINE
from ._exceptions import ConfigurationError
from ._logs import configure_logging, log_failure, log_response
from ._request import Operation, RequestOptions, build_request, http_request
from ._response import DeadlinePassed, finish_body, keep_chunk, parse_success
from ._retries import after_failure, after_status, fit_attempt, note_interrupt, past_deadline, within_deadline
from ._transport import (
    AsyncConnections,
    AsyncProgress,
    SyncConnections,
    SyncProgress,
    loop_time,
)
from .types import NOT_GIVEN, Headers, NotGiven, Query, Response, TimeoutTypes

T = TypeVar("T")

# Passed as send()'s auth: the management key is already in the request's headers, and neither the
# http_client's own auth nor credentials in the base URL may replace it.
_NO_AUTH = httpx.Auth()


class _BaseClient:
    """What the sync and async clients share: configuration, and every decision that does no I/O."""

    _owns_http: bool  # False when the http_client was passed in, or for a copy made by with_options()
    _user_agent: ClassVar[str] = "xai-billing-python"  # the generated clients add the package's version

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
        configure_logging()
        if api_key is None:
            api_key = os.environ.get(API_KEY_ENV)
        if not api_key:
            raise ConfigurationError(f"No management key: pass api_key= or set the {API_KEY_ENV} environment variable.")
        if not isinstance(api_key, str) or not TOKEN.fullmatch(api_key):
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
        self.timeout = check_timeout(DEFAULT_TIMEOUT if isinstance(timeout, NotGiven) else timeout)
        self.max_retries = check_max_retries(max_retries)
        self.deadline = check_deadline(DEFAULT_DEADLINE if isinstance(deadline, NotGiven) else deadline)
        self._authorization = Authorization(api_key)

    @property
    def base_url(self) -> httpx.URL:
        """The API's base URL."""
        return self._base_url

    @base_url.setter
    def base_url(self, base_url: str | httpx.URL) -> None:
        self._base_url = check_base_url(base_url)
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
            clone.timeout = check_timeout(timeout)
        if not isinstance(max_retries, NotGiven):
            clone.max_retries = check_max_retries(max_retries)
        if not isinstance(deadline, NotGiven):
            clone.deadline = check_deadline(deadline)
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

    def _options(self, operation: Operation[Any], arguments: Mapping[str, Any], team_id: str | None) -> RequestOptions:
        """The call's request of `operation`, its arguments checked and written (ConfigurationError if bad)."""
        return build_request(operation, {"team_id": self.resolve_team_id(team_id)}, arguments)

    def _build_request(
        self,
        http: httpx.Client | httpx.AsyncClient,
        options: RequestOptions,
        *,
        extra_headers: Headers | None,
        extra_query: Query | None,
        timeout: TimeoutTypes | NotGiven,
    ) -> httpx.Request:
        return http_request(
            http,
            options,
            self._url_prefix,
            user_agent=self._user_agent,
            authorization=self._authorization.header,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=self.timeout if isinstance(timeout, NotGiven) else check_timeout(timeout),
        )

    def _deadline_at(self, deadline: float | None | NotGiven) -> float | None:
        seconds = self.deadline if isinstance(deadline, NotGiven) else check_deadline(deadline)
        return None if seconds is None else time.monotonic() + seconds


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
        self._connections = SyncConnections(http_client)

    @property
    def _http(self) -> httpx.Client:
        return self._connections.http

    def _request(
        self,
        operation: Operation[T],
        arguments: Mapping[str, Any],
        *,
        team_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> Response[T]:
        """Build `operation`'s request from the call's `arguments` (by Python name), send it, retry where that
        is safe, and parse its response."""
        options = self._options(operation, arguments, team_id)
        http = self._connections.for_this_process()
        request = self._build_request(
            http, options, extra_headers=extra_headers, extra_query=extra_query, timeout=timeout
        )
        deadline_at = self._deadline_at(deadline)
        progress = SyncProgress()
        attempt = 0
        try:
            while True:
                fit_attempt(options, request, deadline_at)
                if http.is_closed:
                    raise ConfigurationError(f"Cannot send {options.method} {options.path}: the client is closed.")
                started = time.monotonic()
                progress = request.extensions["trace"] = SyncProgress()
                deadline_set = CALL_DEADLINE.set(deadline_at)  # read by the connections of sync_http_client()
                try:
                    progress.handed_over = True
                    response = http.send(request, auth=_NO_AUTH, follow_redirects=False, stream=True)
                    try:
                        for chunk in response.iter_bytes():
                            if keep_chunk(response, chunk, deadline_at):
                                break
                    except httpx.DecodingError:  # the answer arrived: its status says what happened
                        response.extensions["xai_billing_undecodable"] = True
                    finally:
                        response.close()
                    finish_body(response)
                except DeadlinePassed:
                    raise past_deadline(options, request) from None
                except Exception as exc:
                    log_failure(request, exc, started)
                    delay = after_failure(options, request, exc, progress, attempt, self.max_retries)
                else:
                    log_response(response, started)
                    if response.is_success:
                        return parse_success(options, response, operation.parse)
                    delay = after_status(options, response, attempt, self.max_retries)
                finally:
                    CALL_DEADLINE.reset(deadline_set)
                time.sleep(within_deadline(delay, deadline_at))
                attempt += 1
        except BaseException as exc:
            note_interrupt(options, request, exc, progress)
            if not isinstance(exc, Exception):
                self._connections.discard(http)
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
        self._connections = AsyncConnections(http_client)

    @property
    def _http(self) -> httpx.AsyncClient:
        return self._connections.http

    async def _request(
        self,
        operation: Operation[T],
        arguments: Mapping[str, Any],
        *,
        team_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> Response[T]:
        """Build `operation`'s request from the call's `arguments` (by Python name), send it, retry where that
        is safe, and parse its response."""
        import asyncio  # here, not at the top: `import xai_billing` should not pay for asyncio

        options = self._options(operation, arguments, team_id)
        http, in_flight = self._connections.for_this_loop()
        request = self._build_request(
            http, options, extra_headers=extra_headers, extra_query=extra_query, timeout=timeout
        )
        deadline_at = self._deadline_at(deadline)
        progress = AsyncProgress()
        attempt = 0
        try:
            while True:
                fit_attempt(options, request, deadline_at)
                if http.is_closed:
                    raise ConfigurationError(f"Cannot send {options.method} {options.path}: the client is closed.")
                started = time.monotonic()
                progress = request.extensions["trace"] = AsyncProgress()
                try:
                    # The deadline bounds the whole exchange here, the wait for a slot and trickling headers
                    # included.
                    async with (
                        asyncio.timeout_at(None if deadline_at is None else loop_time(deadline_at)),
                        in_flight,
                    ):
                        progress.handed_over = True
                        response = await http.send(request, auth=_NO_AUTH, follow_redirects=False, stream=True)
                        try:
                            async for chunk in response.aiter_bytes():
                                if keep_chunk(response, chunk, deadline_at):
                                    break
                        except httpx.DecodingError:  # the answer arrived: its status says what happened
                            response.extensions["xai_billing_undecodable"] = True
                        finally:
                            await response.aclose()
                    finish_body(response)
                except DeadlinePassed:
                    raise past_deadline(options, request) from None
                except TimeoutError:
                    raise past_deadline(options, request, sent=progress.may_have_sent) from None
                except Exception as exc:
                    log_failure(request, exc, started)
                    delay = after_failure(options, request, exc, progress, attempt, self.max_retries)
                else:
                    log_response(response, started)
                    if response.is_success:
                        return parse_success(options, response, operation.parse)
                    delay = after_status(options, response, attempt, self.max_retries)
                await asyncio.sleep(within_deadline(delay, deadline_at))
                attempt += 1
        except BaseException as exc:
            note_interrupt(options, request, exc, progress)
            raise

    async def aclose(self) -> None:
        """Close the connections, unless the ``http_client`` was passed in (its owner closes it)."""
        if self._owns_http:
            await self._connections.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
