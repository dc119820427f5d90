"""``xai-billing``: the billing API from the command line.

A command per operation of the spec (cli/_commands.py, generated; the commands are in cli/_app.py),
named for what it does; tables for people and ``--json`` (the API's own JSON) for scripts; amounts in
dollars, with the ledger's sign convention resolved (credit you have or bought is positive);
confirmation before anything that changes the account; one line on error, and an exit code that says
what kind:

    0  done              2  a usage error (a bad argument, no key or team, the cli extra missing)
    1  an API error      3  a top-up whose outcome is unknown (check the balance before trying again)
                         4  not confirmed, or a top-up interrupted before anything was sent
  130  interrupted (Ctrl-C) anything else

It reads the client's environment variables (XAI_MANAGEMENT_KEY, XAI_TEAM_ID, XAI_MANAGEMENT_BASE_URL).
Needs the ``cli`` extra (click, rich); without it, the command says so in one line. This module imports
neither, so that the console script can.
"""

from __future__ import annotations

import codecs
import contextlib
import importlib.util
import sys
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from ._exit import (
    EXIT_API_ERROR,
    EXIT_INTERRUPTED,
    EXIT_NOT_CONFIRMED,
    EXIT_OUTCOME_UNKNOWN,
    EXIT_USAGE,
    Failure,
)

if TYPE_CHECKING:
    from ._app import RENDERERS, SPARKS, UNITS, cli, fake, interactive, money, record, sparkline, usd_to_cents

__all__ = [
    "EXIT_API_ERROR",
    "EXIT_INTERRUPTED",
    "EXIT_NOT_CONFIRMED",
    "EXIT_OUTCOME_UNKNOWN",
    "EXIT_USAGE",
    "RENDERERS",
    "SPARKS",
    "UNITS",
    "Failure",
    "cli",
    "fake",
    "interactive",
    "main",
    "money",
    "record",
    "sparkline",
    "usd_to_cents",
]

CLI_EXTRA = "pip install 'xai-billing[cli]'"


def main(argv: Sequence[str] | None = None) -> int:
    """The console script: run a command, print one line on error, and return the exit code of its kind."""
    missing = [name for name in ("click", "rich") if importlib.util.find_spec(name) is None]
    if missing:
        _error(f"the command-line tool needs the cli extra ({' and '.join(missing)} not installed): {CLI_EXTRA}")
        return EXIT_USAGE

    import click

    from ._app import cli

    with _console_replaces_what_it_cannot_encode():
        try:
            cli.main(args=list(argv) if argv is not None else None, prog_name="xai-billing", standalone_mode=False)
        except Failure as exc:
            if exc.interrupt and sys.stderr.isatty():
                print(file=sys.stderr)
            _error(str(exc))
            return exc.code
        except click.exceptions.Abort as exc:
            # click turns Ctrl-C outside a command (parsing the arguments) into Abort, raised from the
            # KeyboardInterrupt, after a newline; a prompt answered no, or interrupted, is an Abort of its
            # own, before anything was sent.
            if isinstance(exc.__cause__, KeyboardInterrupt):
                _error("interrupted.")
                return EXIT_INTERRUPTED
            _error("not confirmed; nothing was sent.")
            return EXIT_NOT_CONFIRMED
        except click.ClickException as exc:
            _error(exc.format_message())
            return EXIT_USAGE
        except KeyboardInterrupt:
            _error("interrupted.")
            return EXIT_INTERRUPTED
    return 0


def __getattr__(name: str) -> Any:
    # The commands' names of release 0.2, from the module that needs click: imported on first use only.
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from . import _app

    return getattr(_app, name)


def _error(message: str) -> None:
    # stderr replaces what its encoding cannot show (Python's backslashreplace) and never fails on it.
    print(f"xai-billing: {message}", file=sys.stderr)


@contextlib.contextmanager
def _console_replaces_what_it_cannot_encode() -> Iterator[None]:
    """A console that cannot encode all of Unicode (cp1252, ascii, LC_ALL=C) prints ``?`` for what it cannot
    show, instead of failing with UnicodeEncodeError half-way through a table; restored afterwards."""
    stdout = sys.stdout
    encoding = getattr(stdout, "encoding", None) or "utf-8"
    try:
        unicode = codecs.lookup(encoding).name.startswith("utf")
    except LookupError:
        unicode = False
    errors = getattr(stdout, "errors", None)
    if unicode or errors in ("replace", "backslashreplace") or not hasattr(stdout, "reconfigure"):
        yield
        return
    stdout.reconfigure(errors="replace")
    try:
        yield
    finally:
        with contextlib.suppress(ValueError):  # closed meanwhile
            stdout.reconfigure(errors=errors)
