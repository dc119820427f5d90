"""A tiny HTTP/1.1 server on 127.0.0.1 whose misbehaviour a test chooses, for faults MockTransport cannot fake.

Every connection is handled by `behaviour(request_bytes) -> action`, where action is one of
  ("respond", status, body_bytes[, headers])   a normal response (Connection: close), with extra headers
  ("respond-then-reset", status, body)   a whole response, then a reset (RST) instead of a clean close
  ("raw", data)                          these bytes as they are (not HTTP, say), then close
  ("sleep", seconds)                     read the request, then hold the connection silently
  ("delay", seconds, status, body)       read the request, wait, then respond
  ("reset",)                             read the request, then reset the connection (RST)
  ("close",)                             read the request, then close without answering
  ("truncate", status, body_bytes)       announce the full length, send half the body, close
  ("truncate-chunked", status, body)     send half the body as one chunk of a chunked body, close
  ("trickle", seconds, head)             send a response one byte per `seconds`, its head too if `head`
The server counts the requests it has read, serves at most `max_connections`, and stops itself
when the test's `with` block ends. After a call, settle() waits until every request the client sent has
been read, so that the count is exact however long the machine keeps the server's threads waiting.
"""

from __future__ import annotations

import socket
import struct
import threading
import time
from collections.abc import Callable
from types import TracebackType
from typing import Any

Action = tuple[Any, ...]

# How late a call may end past its deadline (or its timeout) for reasons that are not the client's: on a
# busy 2-core machine the test's threads can wait a second or more for a core (a deadline of 0.5 s has been
# seen to end at 1.42 s). A timing test bounds a call by its deadline plus this, and makes the failure it
# guards against (a call that waits for the server, the lookup or the retries instead) take several seconds
# longer than that, so the bound is generous without being loose.
SLACK = 2.0


class LoopbackServer:
    def __init__(self, behaviour: Callable[[bytes], Action], *, max_connections: int = 20) -> None:
        self.behaviour = behaviour
        self.max_connections = max_connections
        self.requests: list[bytes] = []
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(8)
        self._sock.settimeout(0.2)
        self.port = self._sock.getsockname()[1]
        self.base_url = f"http://127.0.0.1:{self.port}"
        self._stop = threading.Event()
        self._accepting = True
        self._served = 0
        self._read: list[threading.Event] = []  # one per connection: set once its request is read (or not)
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def __enter__(self) -> LoopbackServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._sock.close()

    def settle(self, timeout: float = 10.0) -> None:
        """Once the client is done: accept what is still waiting in the backlog, then wait until each
        connection's request is read (or the connection found to hold none). Accepts nothing after."""
        self._accepting = False
        self._thread.join(timeout)
        self._sock.setblocking(False)
        while self._served < self.max_connections:
            try:
                conn, _ = self._sock.accept()
            except OSError:  # none waiting
                break
            conn.setblocking(True)
            self._start(conn)
        end = time.monotonic() + timeout
        for read in list(self._read):
            read.wait(max(end - time.monotonic(), 0))

    def _serve(self) -> None:
        while not self._stop.is_set() and self._accepting and self._served < self.max_connections:
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self._start(conn)

    def _start(self, conn: socket.socket) -> None:
        self._served += 1
        read = threading.Event()
        self._read.append(read)
        threading.Thread(target=self._handle, args=(conn, read), daemon=True).start()

    def _handle(self, conn: socket.socket, read: threading.Event) -> None:
        with conn:
            conn.settimeout(5)
            try:
                request = _read_request(conn)
                if request is None:
                    return
                self.requests.append(request)
            finally:
                read.set()
            action = self.behaviour(request)
            kind = action[0]
            if kind == "respond":
                conn.sendall(_response(action[1], action[2], *action[3:]))
            elif kind == "respond-then-reset":
                conn.sendall(_response(action[1], action[2]))
                # Once the client has read it all (it closes its end then), or after SLACK, as a machine
                # can keep it from reading for that long: a reset drops what it has not read yet.
                conn.settimeout(SLACK)
                try:
                    conn.recv(1)
                except OSError:
                    pass
                conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            elif kind == "raw":
                conn.sendall(action[1])
            elif kind == "truncate-chunked":
                half = action[2][: len(action[2]) // 2]
                head = f"HTTP/1.1 {action[1]} X\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                conn.sendall(head.encode() + b"%x\r\n%s\r\n" % (len(half), half))
            elif kind == "truncate":
                full = _response(action[1], action[2])
                conn.sendall(full[: len(full) - len(action[2]) // 2])
            elif kind == "delay":
                self._stop.wait(action[1])
                conn.sendall(_response(action[2], action[3]))
            elif kind == "sleep":
                deadline = time.monotonic() + action[1]
                while time.monotonic() < deadline and not self._stop.is_set():
                    time.sleep(0.02)
            elif kind == "trickle":
                full = _response(200, b'{"billingInfo": {"name": "' + b"x" * 10_000 + b'"}}')
                start = 0 if action[2] else full.index(b"\r\n\r\n") + 4
                conn.sendall(full[:start])
                for i in range(start, len(full)):
                    if self._stop.is_set():
                        break
                    try:
                        conn.sendall(full[i : i + 1])
                    except OSError:
                        break
                    time.sleep(action[1])
            elif kind == "reset":
                conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            # "close": leave the with block, which closes the connection


def _read_request(conn: socket.socket) -> bytes | None:
    data = b""
    try:
        while b"\r\n\r\n" not in data:
            chunk = conn.recv(65536)
            if not chunk:
                return None
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        length = 0
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value.strip())
        while len(body) < length:
            chunk = conn.recv(65536)
            if not chunk:
                return None
            body += chunk
    except OSError:
        return None
    return head + b"\r\n\r\n" + body


def _response(status: int, body: bytes, headers: dict[str, str] | None = None) -> bytes:
    extra = "".join(f"{name}: {value}\r\n" for name, value in (headers or {}).items())
    head = (
        f"HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n"
        f"{extra}Connection: close\r\n\r\n"
    )
    return head.encode() + body


def refused_port() -> int:
    """A loopback port with nothing listening: connecting to it is refused."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
