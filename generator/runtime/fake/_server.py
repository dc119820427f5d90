"""The local billing API served on a loopback port (the standard library's threading HTTP server)."""

from __future__ import annotations

import socket
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any

from ._api import MAX_BODY, ApiError, FakeBillingAPI, Reply


class FakeServer:
    """``api`` served at ``url`` from a background thread until ``stop()`` (or the end of a ``with``)."""

    def __init__(self, api: FakeBillingAPI, *, host: str = "127.0.0.1", port: int = 0, log: bool = False) -> None:
        self.api = api
        handler = type("Handler", (_Handler,), {"api": api, "log": log})
        self._httpd = _Server((host, port), handler)
        self._httpd.daemon_threads = True
        self.host, self.port = host, int(self._httpd.server_address[1])
        self.url = f"http://{host}:{self.port}"
        self._thread: threading.Thread | None = None

    def start(self) -> FakeServer:
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

    def __enter__(self) -> FakeServer:
        return self.start()

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.stop()


class _Server(ThreadingHTTPServer):
    # The standard library's backlog of 5 makes a burst of connections (a client's fan-out) wait for
    # SYN retries; a real server takes far more.
    request_queue_size = 1024


class _Handler(BaseHTTPRequestHandler):
    api: FakeBillingAPI
    log: bool
    protocol_version = "HTTP/1.1"  # keep-alive, as the real API has it
    server_version = "xai-billing-fake"

    def _serve(self) -> None:
        started = time.monotonic()
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            reply = ApiError(413, f"the request body is larger than {MAX_BODY} bytes").reply
            self.close_connection = True
        else:
            body = self.rfile.read(length) if length else b""
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
            print(f"{self.command} {self.path} -> {outcome} in {took:.0f} ms", file=sys.stderr, flush=True)

    def _send(self, reply: Reply) -> None:
        content = reply.content()
        self.send_response(reply.status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(content)))
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(content)

    def __getattr__(self, name: str) -> Any:
        # Every method reaches the API (which answers 405, with Allow, for one a path does not take),
        # instead of the standard library's HTML 501 for a method it has no do_ method for.
        if name.startswith("do_"):
            return self._serve
        raise AttributeError(name)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the stdlib's name
        pass  # one line per request is printed by _serve when asked for
