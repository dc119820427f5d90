"""The connections under a client, and how far each attempt got on them.

- Progress: whether any byte of a request may have been written, from httpcore's "trace" extension.
- SyncConnections / AsyncConnections: the pool a client sends on; one per event loop and per process.
- The sync client's deadline: connections whose every lookup, connect, read and write ends by what is
  left of the running call's deadline (an httpcore network backend).
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from ._exceptions import ConfigurationError

if TYPE_CHECKING:
    pass


MAX_IN_FLIGHT = 20  # fan-out on a 2-core machine: 20 in flight beats 100 (the pool does less per request)
ASYNC_LIMITS = httpx.Limits(max_connections=MAX_IN_FLIGHT, max_keepalive_connections=MAX_IN_FLIGHT)


class Progress:
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


class SyncProgress(Progress):
    __slots__ = ()

    def __call__(self, event: str, info: dict[str, Any]) -> None:
        self._event(event)


class AsyncProgress(Progress):
    __slots__ = ()

    async def __call__(self, event: str, info: dict[str, Any]) -> None:
        self._event(event)


class Slots:
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


class SyncConnections:
    """The sync client's connection pool (an httpx.Client), shared with its with_options() copies.

    After os.fork() the child gets a pool of its own, with nothing for the caller to do: a connection
    inherited from the parent is the parent's socket. The inherited pool is dropped, not closed (closing
    a TLS connection would write to the parent's socket). An http_client of the caller's cannot be
    replaced: the child may use it only if the client had not used it before the fork."""

    __slots__ = ("given", "http", "pid", "used")

    def __init__(self, given: httpx.Client | None) -> None:
        self.given = given is not None
        self.http = given if given is not None else sync_http_client()
        self.pid = os.getpid()
        self.used = False

    def for_this_process(self) -> httpx.Client:
        if self.pid != os.getpid():
            if self.given and self.used:
                raise ConfigurationError(f"This Client's http_client {_FORKED}")
            if not self.given:
                self.http = sync_http_client()
            self.pid = os.getpid()
        self.used = True
        return self.http

    def discard(self, http: httpx.Client) -> None:
        """Replace the pool after an interrupt (KeyboardInterrupt, a signal handler's exception) in a call on
        it: landing inside httpcore, one may leave a lock of the pool taken (encode/httpcore#996), and the next
        call, or close(), would wait for it forever. The old pool is dropped, not closed: closing takes that
        lock. An http_client of the caller's cannot be replaced."""
        if not self.given and self.http is http:
            self.http = sync_http_client()

    def close(self) -> None:
        if self.pid == os.getpid():
            self.http.close()


class AsyncConnections:
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
        self.current: tuple[int, Any, httpx.AsyncClient, Slots] = (
            os.getpid(),
            None,
            given if given is not None else async_http_client(),
            Slots(MAX_IN_FLIGHT),
        )
        self.pools: weakref.WeakKeyDictionary[Any, tuple[httpx.AsyncClient, Slots]] = weakref.WeakKeyDictionary()
        self.lock = threading.Lock()
        self.closed = False

    @property
    def http(self) -> httpx.AsyncClient:
        return self.current[2]

    def for_this_loop(self) -> tuple[httpx.AsyncClient, Slots]:
        import asyncio

        loop = asyncio.get_running_loop()
        pid, bound, http, slots = self.current
        if bound is loop and pid == os.getpid():
            return http, slots
        with self.lock:
            return self._bind(loop)

    def _bind(self, loop: Any) -> tuple[httpx.AsyncClient, Slots]:
        import weakref

        pid, bound, http, slots = self.current
        if pid != os.getpid():
            if bound is not None:  # used in the parent: its connections are the parent's
                if self.given is not None:
                    raise ConfigurationError(f"This AsyncClient's http_client {_FORKED}")
                http, slots = async_http_client(), Slots(MAX_IN_FLIGHT)
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
            entry = self.pools.get(loop) or (async_http_client(), Slots(MAX_IN_FLIGHT))
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


def sync_http_client() -> httpx.Client:
    """httpx.Client() as it comes, environment proxies included, on connections that end each lookup,
    connect, read and write by the running call's deadline (_deadline.py)."""
    from ._deadline import deadline_transports

    return _from_environment(lambda: httpx.Client(**deadline_transports()))


def async_http_client() -> httpx.AsyncClient:
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


def loop_time(deadline_at: float) -> float:
    """A time.monotonic() deadline on the running event loop's clock."""
    import asyncio

    return asyncio.get_running_loop().time() + (deadline_at - time.monotonic())
