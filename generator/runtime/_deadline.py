"""The sync client's deadline: connections whose every name lookup, connect, TLS step, read and write ends
by what is left of the running call's deadline.

httpx's timeouts are per socket operation, and httpcore takes the read timeout once per response's
headers: a server sending its headers a byte a second holds a sync call for as long as it likes, and a
thread cannot be interrupted. Bounding every socket operation by what is left of the deadline bounds the
whole exchange. (AsyncClient needs none of this: it cancels at the deadline.)

It is built on httpcore's public API, as httpx's own HTTPTransport is: an httpcore connection pool (or a
proxy's) given a network backend, which httpx's transport has no parameter for. DeadlineTransport is
that transport; deadline_transports() gives httpx.Client the same routing it makes from the environment
(HTTP_PROXY, HTTPS_PROXY, ALL_PROXY, NO_PROXY), each route a DeadlineTransport.
"""

from __future__ import annotations

import contextlib
import contextvars
import ipaddress
import socket
import threading
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    import httpcore

# The deadline (time.monotonic()) of the sync call running in this thread, for its connections to read.
CALL_DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar("xai_billing_deadline", default=None)


def _within_call_deadline(timeout: float | None, expired: str) -> float | None:
    """A socket operation's timeout, cut to what is left of the running call's deadline; past it, the
    httpcore exception named `expired` (which httpx maps to its own)."""
    deadline_at = CALL_DEADLINE.get()
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


class DeadlineStream:
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
    ) -> DeadlineStream:
        timeout = _within_call_deadline(timeout, "ConnectTimeout")
        return DeadlineStream(self._stream.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class DeadlineBackend:
    """An httpcore.NetworkBackend whose connections are DeadlineStreams."""

    def __init__(self, backend: httpcore.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> DeadlineStream:
        import httpcore

        if CALL_DEADLINE.get() is None or _is_ip_address(host):
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
    ) -> DeadlineStream:
        timeout = _within_call_deadline(timeout, "ConnectTimeout")
        return DeadlineStream(self._backend.connect_tcp(host, port, timeout, local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Any = None
    ) -> DeadlineStream:
        timeout = _within_call_deadline(timeout, "ConnectTimeout")
        return DeadlineStream(self._backend.connect_unix_socket(path, timeout, socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


class DeadlineTransport(httpx.BaseTransport):
    """httpx.HTTPTransport() with its defaults (TLS verified with the environment's certificates, HTTP/1.1,
    httpx's pool limits), directly or through `proxy`, on DeadlineBackend's connections."""

    def __init__(self, proxy: httpx.Proxy | None = None) -> None:
        import httpcore  # imported by the transports, not by import httpx: kept out of import xai_billing

        ssl_context = httpx.create_ssl_context(trust_env=True)
        limits = httpx.Limits(max_connections=100, max_keepalive_connections=20, keepalive_expiry=5.0)  # httpx's
        pool: dict[str, Any] = {
            "ssl_context": ssl_context,
            "max_connections": limits.max_connections,
            "max_keepalive_connections": limits.max_keepalive_connections,
            "keepalive_expiry": limits.keepalive_expiry,
            "network_backend": DeadlineBackend(httpcore.SyncBackend()),
        }
        self._pool: httpcore.ConnectionPool
        if proxy is None:
            self._pool = httpcore.ConnectionPool(**pool)
            return
        url = httpcore.URL(
            scheme=proxy.url.raw_scheme, host=proxy.url.raw_host, port=proxy.url.port, target=proxy.url.raw_path
        )
        if proxy.url.scheme in ("http", "https"):
            self._pool = httpcore.HTTPProxy(
                proxy_url=url,
                proxy_auth=proxy.raw_auth,
                proxy_headers=proxy.headers.raw,
                proxy_ssl_context=proxy.ssl_context,
                **pool,
            )
        elif proxy.url.scheme in ("socks5", "socks5h"):
            import importlib.util

            if importlib.util.find_spec("socksio") is None:  # what httpcore's SOCKS proxy needs
                raise ImportError("Using a SOCKS proxy needs the 'socksio' package: pip install 'httpx[socks]'.")
            self._pool = httpcore.SOCKSProxy(proxy_url=url, proxy_auth=proxy.raw_auth, **pool)
        else:
            raise ValueError("a proxy must be http, https, socks5 or socks5h")

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        import httpcore

        assert isinstance(request.stream, httpx.SyncByteStream)
        core_request = httpcore.Request(
            method=request.method,
            url=httpcore.URL(
                scheme=request.url.raw_scheme,
                host=request.url.raw_host,
                port=request.url.port,
                target=request.url.raw_path,
            ),
            headers=request.headers.raw,
            content=request.stream,
            extensions=request.extensions,
        )
        with _httpx_exceptions():
            response = self._pool.handle_request(core_request)
        return httpx.Response(
            status_code=response.status,
            headers=response.headers,
            stream=_ResponseStream(response.stream),
            extensions=response.extensions,
        )

    def close(self) -> None:
        self._pool.close()


class _ResponseStream(httpx.SyncByteStream):
    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def __iter__(self) -> Iterator[bytes]:
        with _httpx_exceptions():
            yield from self._stream

    def close(self) -> None:
        self._stream.close()


@contextlib.contextmanager
def _httpx_exceptions() -> Iterator[None]:
    """httpcore's exceptions as httpx's, as httpx's own transport raises them (the most specific class)."""
    import httpcore

    try:
        yield
    except httpcore.TimeoutException as exc:
        raise _mapped(exc, httpx.TimeoutException) from exc
    except httpcore.NetworkError as exc:
        raise _mapped(exc, httpx.NetworkError) from exc
    except httpcore.ProxyError as exc:
        raise httpx.ProxyError(str(exc)) from exc
    except httpcore.UnsupportedProtocol as exc:
        raise httpx.UnsupportedProtocol(str(exc)) from exc
    except httpcore.ProtocolError as exc:
        raise _mapped(exc, httpx.ProtocolError) from exc


def _mapped(exc: Exception, default: type[httpx.TransportError]) -> httpx.TransportError:
    # httpcore and httpx name their exception classes alike: ConnectTimeout, ReadError, RemoteProtocolError...
    kind = getattr(httpx, type(exc).__name__, None)
    if not (isinstance(kind, type) and issubclass(kind, default)):
        kind = default
    return kind(str(exc))


def deadline_transports() -> dict[str, Any]:
    """httpx.Client's `transport` and `mounts` as httpx.Client() would make them from the environment's
    proxy variables (as httpx reads them: urllib's getproxies(), then NO_PROXY as curl reads it), each
    route a DeadlineTransport. Raises what httpx raises for a proxy it cannot use."""
    from urllib.request import getproxies

    proxies = getproxies()
    routes: dict[str, str | None] = {}
    for scheme in ("http", "https", "all"):
        if proxies.get(scheme):
            url = proxies[scheme]
            routes[f"{scheme}://"] = url if "://" in url else f"http://{url}"
    for host in (host.strip() for host in proxies.get("no", "").split(",")):
        if host == "*":
            routes = {}
            break
        if not host:
            continue
        if "://" in host:
            routes[host] = None
        elif _is_address(ipaddress.IPv4Address, host):
            routes[f"all://{host}"] = None
        elif _is_address(ipaddress.IPv6Address, host):
            routes[f"all://[{host}]"] = None
        elif host.lower() == "localhost":
            routes[f"all://{host}"] = None
        else:
            routes[f"all://*{host}"] = None
    mounts = {route: None if url is None else DeadlineTransport(httpx.Proxy(url)) for route, url in routes.items()}
    return {"transport": DeadlineTransport(), "mounts": mounts}


def _is_address(kind: type[ipaddress.IPv4Address | ipaddress.IPv6Address], host: str) -> bool:
    """Whether NO_PROXY's `host` is an address of this kind, or a network of them (as httpx reads it)."""
    try:
        kind(host.split("/")[0])
    except ValueError:
        return False
    return True
