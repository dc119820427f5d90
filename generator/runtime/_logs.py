"""The package's logger, ``xai_billing``: silent unless the application configures logging, or
XAI_BILLING_LOG=info|debug switches on a handler on stderr. Never logs the management key."""

from __future__ import annotations

import logging
import os
import time

import httpx

from .types import request_id_from

LOG_ENV = "XAI_BILLING_LOG"

log = logging.getLogger("xai_billing")
log.addHandler(logging.NullHandler())  # nothing printed unless the application configures logging
_configured = False


def configure_logging() -> None:
    """Switch the package's logger on when XAI_BILLING_LOG is debug or info."""
    global _configured
    level = {"debug": logging.DEBUG, "info": logging.INFO}.get(os.environ.get(LOG_ENV, "").strip().lower())
    if level is None or _configured:
        return
    _configured = True  # once: a level the application sets on the logger later is its own
    log.setLevel(level)
    # Without a handler of the application's on the way to the root (the NullHandler added at import does not
    # count), print to stderr; with one, lines go there, and a second handler would print each twice.
    if not _handled(log):
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        log.addHandler(handler)


def _handled(logger: logging.Logger | None) -> bool:
    """Whether a record of `logger` reaches a handler that is not a NullHandler."""
    while logger is not None:
        if any(not isinstance(handler, logging.NullHandler) for handler in logger.handlers):
            return True
        logger = logger.parent if logger.propagate else None
    return False


def log_response(response: httpx.Response, started: float) -> None:
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


def log_failure(request: httpx.Request, exc: Exception, started: float) -> None:
    if log.isEnabledFor(logging.INFO):
        log.info(
            "%s %s -> %s after %.0f ms",
            request.method,
            request.url.path,
            type(exc).__name__,
            (time.monotonic() - started) * 1000,
        )
