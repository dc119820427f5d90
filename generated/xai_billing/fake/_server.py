# generated from spec/openapi.yaml by make generate — do not edit; source: generator/runtime/fake/_server.py
"""The local billing API served on a loopback port: the standard library's HTTP handler on threads of its own.

It is what test suites start and may leave running, so a client cannot tie it up:

- a connection waits for its first byte without a thread, in a lobby watched by the server's thread; one
  that sends nothing for ``timeout`` seconds is closed (so is the oldest idle one when ``MAX_WAITING``
  connections are waiting);
- a request (request line, header fields, body) must arrive whole within ``timeout`` seconds of being
  waited for, however it trickles in, and so must the next one on a kept-alive connection; else the
  connection is closed;
- at most ``max_connections`` connections are served at once, each on its own thread; one that has sent a
  request beyond that waits its turn;
- a request's framing is checked before its body is read (RFC 9112 section 6): a Content-Length that is
  not one plain decimal gets 400, a body larger than MAX_BODY 413, a Transfer-Encoding 411, each closing
  the connection.
"""

from __future__ import annotations

import collections
import io
import math
import re
import selectors
import socket
import sys
import threading
import time
from collections.abc import Mapping
from email.message import Message
from http.server import BaseHTTPRequestHandler, HTTPServer
from types import TracebackType
from typing import Any, Generic, Protocol, Self, TypeVar

from ._options import DEFAULT_MAX_CONNECTIONS, DEFAULT_TIMEOUT
from ._reply import MAX_BODY, REQUEST_ID_HEADER, ApiError, Reply, new_request_id

MAX_WAITING = 1024  # connections waiting for a first byte or a turn (the listen backlog is as large)


class API(Protocol):
    """What the server serves: FakeBillingAPI (_api.py), which imports this module, not the other way round."""

    def handle(self, method: str, target: str, headers: Mapping[str, str], body: bytes) -> Reply: ...


A = TypeVar("A", bound=API)


class FakeServer(Generic[A]):
    """``api`` served at ``url`` from a background thread until ``stop()`` (or the end of a ``with``).

    Args:
        api: The local billing API to serve.
        host: The address to listen on (loopback).
        port: The port; 0 picks a free one (then see ``.port``).
        log: Print a line per request to stderr.
        timeout: Seconds a connection may stay silent, and a request may take to arrive whole, before the
            connection is closed.
        max_connections: Connections served at once, a thread each; more wait their turn.
    """

    def __init__(
        self,
        api: A,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        log: bool = False,
        timeout: float = DEFAULT_TIMEOUT,
        max_connections: int = DEFAULT_MAX_CONNECTIONS,
    ) -> None:
        if not 0 < timeout < math.inf:
            raise ValueError(f"timeout must be a finite, positive number of seconds, not {timeout!r}")
        if max_connections < 1:
            raise ValueError(f"max_connections must be at least 1, not {max_connections!r}")
        self.api = api
        handler = type("Handler", (_Handler,), {"api": api, "log": log, "request_timeout": timeout})
        self._httpd = _Server((host, port), handler, timeout=timeout, max_connections=max_connections)
        self.host, self.port = host, int(self._httpd.server_address[1])
        self.url = f"http://{host}:{self.port}"
        self._thread: threading.Thread | None = None

    def start(self) -> Self:
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="xai-billing-fake", daemon=True)
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        """Serve from the calling thread until KeyboardInterrupt (Ctrl-C, or SIGTERM turned into one)."""
        try:
            self._httpd.serve_forever()
        finally:
            self._httpd.server_close()

    def stop(self) -> None:
        if self._thread is not None:
            self._httpd.shutdown()
            self._thread.join(timeout=5)
            self._thread = None
        self._httpd.server_close()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.stop()


class _Server(HTTPServer):
    """Accepts on one thread, which also watches the connections waiting for a request (the lobby), and
    hands a connection with a request to a thread of its own, up to ``max_connections`` at once."""

    # The standard library's backlog of 5 makes a burst of connections (a client's fan-out) wait for
    # SYN retries; a real server takes far more.
    request_queue_size = MAX_WAITING

    def __init__(
        self, address: tuple[str, int], handler: type[_Handler], *, timeout: float, max_connections: int
    ) -> None:
        super().__init__(address, handler)
        self.socket.setblocking(False)
        self.connection_timeout = timeout
        self.max_connections = max_connections
        self._lock = threading.Lock()
        self._serving = 0  # connections on a thread
        # Waiting for a first byte: connection -> (deadline, address), oldest first (one timeout for all).
        self._idle: dict[socket.socket, tuple[float, Any]] = {}
        self._ready: collections.deque[tuple[socket.socket, Any]] = collections.deque()  # have sent; need a thread
        self._wake_reader, self._wake_writer = socket.socketpair()
        self._wake_reader.setblocking(False)
        self._wake_writer.setblocking(False)
        self._stopping = threading.Event()
        self._stopped = threading.Event()
        self._stopped.set()

    def serve_forever(self, poll_interval: float = 0.5) -> None:
        self._stopping.clear()
        self._stopped.clear()
        try:
            with selectors.DefaultSelector() as lobby:
                lobby.register(self.socket, selectors.EVENT_READ)
                lobby.register(self._wake_reader, selectors.EVENT_READ)
                while not self._stopping.is_set():
                    wait = poll_interval
                    if self._idle:
                        first_deadline = next(iter(self._idle.values()))[0]
                        wait = min(wait, max(first_deadline - time.monotonic(), 0.0))
                    for key, _ in lobby.select(wait):
                        if key.fileobj is self.socket:
                            self._accept(lobby)
                        elif key.fileobj is self._wake_reader:
                            self._drain_wake()
                        else:
                            connection: socket.socket = key.fileobj  # type: ignore[assignment]
                            lobby.unregister(connection)
                            _, address = self._idle.pop(connection)
                            self._ready.append((connection, address))
                    self._expire(lobby)
                    self._dispatch()
        finally:
            with self._lock:
                left = [*self._idle, *(connection for connection, _ in self._ready)]
                self._idle.clear()
                self._ready.clear()
            for connection in left:
                self.shutdown_request(connection)
            self._stopped.set()

    def shutdown(self) -> None:
        self._stopping.set()
        self._wake()
        self._stopped.wait()

    def server_close(self) -> None:
        super().server_close()
        self._wake_reader.close()
        self._wake_writer.close()

    def _accept(self, lobby: selectors.BaseSelector) -> None:
        for _ in range(64):  # what a burst brought, a bounded batch at a time
            try:
                connection, address = self.socket.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError:  # out of file descriptors, say: let a connection finish before accepting more
                self._stopping.wait(0.05)
                return
            if len(self._idle) + len(self._ready) >= MAX_WAITING:
                if not self._idle:
                    self.shutdown_request(connection)
                    continue
                oldest = next(iter(self._idle))
                lobby.unregister(oldest)
                del self._idle[oldest]
                self.shutdown_request(oldest)
            self._idle[connection] = (time.monotonic() + self.connection_timeout, address)
            lobby.register(connection, selectors.EVENT_READ)

    def _expire(self, lobby: selectors.BaseSelector) -> None:
        now = time.monotonic()
        while self._idle:
            connection, (deadline, _) = next(iter(self._idle.items()))
            if deadline > now:
                return
            lobby.unregister(connection)
            del self._idle[connection]
            self.shutdown_request(connection)

    def _dispatch(self) -> None:
        with self._lock:
            while self._ready and self._serving < self.max_connections:
                connection, address = self._ready.popleft()
                thread = threading.Thread(
                    target=self._serve_connection, args=(connection, address), name="xai-billing-fake-request"
                )
                thread.daemon = True
                self._serving += 1
                try:
                    thread.start()
                except RuntimeError:  # no thread to be had: this connection is closed, the rest wait
                    self._serving -= 1
                    self.shutdown_request(connection)
                    return

    def _serve_connection(self, connection: socket.socket, address: Any) -> None:
        try:
            self.finish_request(connection, address)
        except ConnectionError:
            pass  # the client went away
        except Exception:
            self.handle_error(connection, address)
        finally:
            self.shutdown_request(connection)
            with self._lock:
                self._serving -= 1
            self._wake()

    def _wake(self) -> None:
        try:
            self._wake_writer.send(b"\0")
        except OSError:
            pass  # already awake (the buffer is full), or closed

    def _drain_wake(self) -> None:
        try:
            while self._wake_reader.recv(4096):
                pass
        except OSError:
            pass


class _DeadlineReader(socket.SocketIO):
    """A connection's reads, each with what is left of its handler's ``read_deadline`` as its timeout."""

    def __init__(self, connection: socket.socket, handler: _Handler) -> None:
        super().__init__(connection, "rb")
        self._connection = connection
        self._handler = handler

    def readinto(self, buffer: Any) -> int | None:
        left = self._handler.read_deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("the request did not arrive whole in time")
        self._connection.settimeout(left)
        return super().readinto(buffer)


class _Handler(BaseHTTPRequestHandler):
    api: API
    log: bool
    request_timeout: float  # seconds: FakeServer's timeout
    protocol_version = "HTTP/1.1"  # keep-alive, as the real API has it
    server_version = "xai-billing-fake"
    read_deadline = math.inf

    def setup(self) -> None:
        super().setup()
        self.rfile.close()
        self.rfile = io.BufferedReader(_DeadlineReader(self.connection, self))

    def handle_one_request(self) -> None:
        # The standard library closes the connection on the TimeoutError a late read raises.
        self.read_deadline = time.monotonic() + self.request_timeout
        super().handle_one_request()

    def _serve(self) -> None:
        started = time.monotonic()
        try:
            length = _content_length(self.headers)
        except ApiError as exc:  # the framing is unknown: what follows on the connection cannot be read
            reply = exc.reply
            reply.headers[REQUEST_ID_HEADER] = new_request_id()
            self.close_connection = True
        else:
            body = self.rfile.read(length) if length else b""
            if len(body) < length:  # the client ended the connection inside the body: nothing to answer
                self.close_connection = True
                return
            reply = self.api.handle(self.command, self.path, dict(self.headers.items()), body)
        if reply.drop:
            self.close_connection = True
            try:
                self.connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        else:
            self._send(reply)
        if self.log:
            outcome = "dropped" if reply.drop else str(reply.status)
            took = (time.monotonic() - started) * 1000
            print(
                f"{_printable(self.command)} {_printable(self.path)} -> {outcome} in {took:.0f} ms",
                file=sys.stderr,
                flush=True,
            )

    def _send(self, reply: Reply) -> None:
        self.connection.settimeout(self.request_timeout)  # writing, too, is bounded (sendall's total time)
        content = reply.content()
        self.send_response(reply.status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(content)))
        for name, value in reply.headers.items():
            self.send_header(name, value)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(content)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        # The standard library's own refusals (a bad request line, header fields too long) in the API's
        # error shape, with a request ID, like every other answer, instead of its HTML page.
        self.close_connection = True
        self.request_version = self.protocol_version  # with a status line, even for a line it could not parse
        reply = ApiError(code, message or self.responses.get(code, ("Error",))[0]).reply
        reply.headers[REQUEST_ID_HEADER] = new_request_id()
        self._send(reply)

    def __getattr__(self, name: str) -> Any:
        # Every method reaches the API (which answers 405, with Allow, for one a path does not take),
        # instead of the standard library's HTML 501 for a method it has no do_ method for.
        if name.startswith("do_"):
            return self._serve
        raise AttributeError(name)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the stdlib's name
        pass  # one line per request is printed by _serve when asked for


def _content_length(headers: Message) -> int:
    """The body's length from the request's framing (RFC 9112 section 6.3), before any of it is read.

    Raises:
        ApiError: 411 for a Transfer-Encoding (a body this server does not decode), 400 for a Content-Length
            that is not exactly one field of decimal digits (RFC 9110 section 8.6), 413 for one over MAX_BODY.
    """
    if headers.get("Transfer-Encoding") is not None:
        raise ApiError(411, "the request body must be sent with a Content-Length, not a Transfer-Encoding")
    values = [value.strip(" \t") for value in headers.get_all("Content-Length") or []]  # less the OWS
    if not values:
        return 0
    if len(values) > 1 or not re.fullmatch(r"[0-9]+", values[0]):
        shown = ", ".join(values)
        raise ApiError(400, f"invalid Content-Length {shown[:40]!r}: it must be one decimal number of bytes")
    digits = values[0].lstrip("0")
    if len(digits) > len(str(MAX_BODY)) or int(digits or "0") > MAX_BODY:
        raise ApiError(413, f"the request body is larger than {MAX_BODY} bytes")
    return int(digits or "0")


def _printable(text: str | None) -> str:
    """``text`` with control characters escaped, for a log line a terminal shows as it is."""
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text or "")
