"""The command-line tool's exit codes and its one-line failures, shared by the entry point (cli/__init__.py)
and the commands (cli/_app.py), which import this module rather than each other."""

from __future__ import annotations

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
