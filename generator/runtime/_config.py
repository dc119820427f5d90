"""The client's configuration: defaults, the environment variables it reads, and the checks every option
and per-call argument passes before anything is sent (a bad one is ConfigurationError).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import httpx

from ._exceptions import ConfigurationError
from .types import TimeoutTypes

API_KEY_ENV = "XAI_MANAGEMENT_KEY"
TEAM_ID_ENV = "XAI_TEAM_ID"
BASE_URL_ENV = "XAI_MANAGEMENT_BASE_URL"

DEFAULT_BASE_URL = "https://management-api.x.ai"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
DEFAULT_DEADLINE = 300.0  # seconds for a whole call: every attempt, read and wait included

TOKEN = re.compile(r"[A-Za-z0-9\-._~+/]+=*")  # RFC 6750 b64token: what a bearer token may hold
# RFC 9110 field-value, as h11 checks it while writing (after the request is under way): visible characters,
# with spaces and tabs only between them. Checked first, so that a value it refuses never starts a request.
_HEADER_VALUE = re.compile(r"([\x21-\x7e\x80-\xff]([\x20\x09\x21-\x7e\x80-\xff]*[\x21-\x7e\x80-\xff])?)?")
_HEADER_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")  # RFC 9110 token: what a header's name may be
_USERINFO = re.compile(r"//[^/@]*@")
# Headers the client writes itself: set by a caller they would corrupt the request's framing (its length,
# its encoding, its target), or make the server wait for what the client never sends (Expect).
RESERVED_HEADERS = frozenset(
    (
        "content-length",
        "transfer-encoding",
        "content-encoding",
        "host",
        "te",
        "trailer",
        "upgrade",
        "expect",
    )
)


class Authorization:
    """The Authorization header's value, kept out of reprs (and so out of vars(client))."""

    __slots__ = ("header",)

    def __init__(self, api_key: str) -> None:
        self.header = f"Bearer {api_key}"

    def __repr__(self) -> str:
        return "Authorization(<management key>)"


def check_deadline(deadline: Any) -> float | None:
    if deadline is None:
        return None
    if _seconds(deadline):
        return float(deadline)
    raise ConfigurationError(
        f"deadline must be seconds above 0 and at most {MAX_TIMEOUT:g}, or None; not {deadline!r}."
    )


MAX_TIMEOUT = 86_400.0  # a day: beyond it a socket timeout overflows on some platforms


def check_timeout(timeout: Any) -> TimeoutTypes:
    if timeout is None:
        return None
    if isinstance(timeout, httpx.Timeout):
        for phase in ("connect", "read", "write", "pool"):
            value = getattr(timeout, phase)
            if value is not None and not _seconds(value):
                raise ConfigurationError(
                    f"timeout's {phase} must be seconds above 0 and at most {MAX_TIMEOUT:g}, or None; not {value!r}."
                )
        return timeout
    if _seconds(timeout):
        return float(timeout)
    raise ConfigurationError(
        f"timeout must be seconds above 0 and at most {MAX_TIMEOUT:g}, an httpx.Timeout or None; not {timeout!r}."
    )


def _seconds(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and 0 < value <= MAX_TIMEOUT


def check_base_url(base_url: str | httpx.URL) -> httpx.URL:
    text = str(base_url)
    shown = _USERINFO.sub("//[userinfo]@", text)  # an error message never repeats a password
    try:
        url = httpx.URL(text)
        host, port = url.host, url.port  # reading the host can fail too (IDNA)
    except Exception as exc:  # httpx.InvalidURL, TypeError, ValueError, and the idna package's own errors
        raise ConfigurationError(f"Invalid base URL {shown!r}: {type(exc).__name__}.") from None
    if url.scheme not in ("http", "https"):
        raise ConfigurationError(f"The base URL must be http or https, not {shown!r}.")
    if not host:
        raise ConfigurationError(f"The base URL has no host: {shown!r}.")
    if port is not None and not 0 < port < 65536:
        raise ConfigurationError(f"The base URL's port is not one from 1 to 65535: {shown!r}.")
    if "?" in text or "#" in text:
        raise ConfigurationError(f"The base URL must have no query or fragment: {shown!r}.")
    return url


def check_max_retries(max_retries: Any) -> int:
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ConfigurationError(f"max_retries must be a whole number, 0 or more, not {max_retries!r}.")
    return max_retries


def check_extra_headers(extra_headers: Any) -> None:
    """A call's extra_headers: a mapping of header names to values one can send, none that the client
    writes itself."""
    if not isinstance(extra_headers, Mapping):
        raise ConfigurationError(f"extra_headers must be a mapping, not {type(extra_headers).__name__}.")
    for name, value in extra_headers.items():
        if (
            not isinstance(name, str)
            or not isinstance(value, str)
            or not _HEADER_NAME.fullmatch(name)
            or not _HEADER_VALUE.fullmatch(value)
        ):
            raise ConfigurationError(f"extra_headers: {name!r} is not a header name and value one can send.")
        if name.lower() == "authorization":
            raise ConfigurationError("extra_headers: Authorization is the client's api_key.")
        if name.lower() in RESERVED_HEADERS:
            raise ConfigurationError(
                f"extra_headers: {name} is written by the client (it frames the request); it cannot be set."
            )
