"""The command-line tool's exit codes and its one-line failures, shared by the entry point (cli/__init__.py)
and the commands (cli/_app.py), which import this module rather than each other."""

from __future__ import annotations

import re
import sys

EXIT_API_ERROR = 1
EXIT_USAGE = 2
EXIT_OUTCOME_UNKNOWN = 3
EXIT_NOT_CONFIRMED = 4
EXIT_INTERRUPTED = 130  # 128 + SIGINT, what a shell reports for a command that Ctrl-C stopped


class Failure(Exception):
    """An error to print as one line, with the exit code of its kind."""

    def __init__(self, message: str, code: int, *, interrupt: bool = False) -> None:
        super().__init__(message)
        self.code = code
        self.interrupt = interrupt  # after Ctrl-C, whose ^C a terminal shows: the message starts a line


def fits(text: str, stream: object = None) -> bool:
    """Whether `stream` (stdout by default) can encode `text` as it is."""
    encoding = getattr(sys.stdout if stream is None else stream, "encoding", None) or "utf-8"
    try:
        text.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return False
    return True


# A Python exception's name in a message, "(ConnectError)" or "ReadTimeout: ": the library's messages
# name them for programmers; the tool's one line does not.
PYTHON_CLASS = re.compile(
    r" ?\((?:httpx\.)?[A-Z][A-Za-z]*(?:Error|Exception|Timeout)\)|(?:httpx\.)?[A-Z][A-Za-z]*(?:Error|Timeout): "
)
ERRNO = re.compile(r"^\[Errno -?\d+\] ")


def error_line(exc: Exception) -> str:
    """The client's error as the tool's one line: a connection failure says what could not be reached and
    whether anything was sent, without Python class names or errno; any other error, its first line.
    The library's exception and its message stay as they are."""
    import httpx

    from .._exceptions import NOT_SENT, APIConnectionError, OutcomeUnknownError

    message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    if isinstance(exc, APIConnectionError) and not isinstance(exc, OutcomeUnknownError):
        cause = exc.__cause__
        url = exc.request.url
        host = f"[{url.host}]" if ":" in url.host else url.host
        origin = f"{url.scheme}://{host}" + (f":{url.port}" if url.port else "")
        nothing_sent = "; nothing was sent" if NOT_SENT in message else ""
        reason = ERRNO.sub("", str(cause or "")).strip().rstrip(".")
        reason = (reason[:1].lower() + reason[1:]) if reason else "no reason given"
        if isinstance(cause, httpx.ConnectTimeout):
            return f"could not connect to {origin} (no answer within the timeout){nothing_sent}"
        if isinstance(cause, httpx.ConnectError):
            return f"could not connect to {origin} ({reason}){nothing_sent}"
        what = f"{exc.request.method} {origin}{url.path}"
        if isinstance(cause, httpx.TimeoutException) or "timed out" in message or "deadline" in message:
            return f"{what}: no answer within the timeout{nothing_sent}"
        if isinstance(cause, httpx.TransportError):
            return f"{what}: the connection failed ({reason}){nothing_sent}"
    return PYTHON_CLASS.sub("", message)
