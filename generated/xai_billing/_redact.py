# generated from spec/openapi.yaml by make generate — do not edit; source: generator/runtime/_redact.py
"""Credentials kept out of what an exception holds: the request it keeps (its Authorization header), the
response (a gateway may echo the request's headers in its body or headers), and the httpx exceptions of
its chain, so that an exception can be printed, logged and pickled without the management key."""

from __future__ import annotations

import httpx

# The request headers that carry credentials (the management key is sent as Authorization).
SECRET_HEADERS = ("authorization", "proxy-authorization")
REDACTED = "[redacted]"


def redacted(request: httpx.Request) -> httpx.Request:
    """A copy of `request` (sharing its body) with the credentials of its headers and URL replaced: what an
    exception keeps, so that it can be logged, printed and pickled without the management key."""
    headers = request.headers
    url = request.url
    if not any(name in headers for name in SECRET_HEADERS) and not url.userinfo:
        return request
    copy = object.__new__(type(request))
    copy.__dict__.update(request.__dict__)
    copy.headers = headers.copy()
    for name in SECRET_HEADERS:
        if name in headers:
            copy.headers[name] = REDACTED
    if url.userinfo:
        copy.url = url.copy_with(username=None, password=None)
    return copy


def redact_chain(exc: BaseException) -> None:
    """Redact the request that each httpx exception in `exc` and its chain keeps (its cause and its context,
    both followed, and the members of exception groups): the package's exception is raised from it, and a
    traceback, a debugger or an error tracker reads it there."""
    seen: set[int] = set()
    pending: list[BaseException | None] = [exc]
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, (httpx.RequestError, httpx.HTTPStatusError)):
            try:
                request = current.request
            except RuntimeError:  # httpx: "The .request property has not been set."
                request = None
            if request is not None:
                current.request = redacted(request)
            if isinstance(current, httpx.HTTPStatusError):
                current.response = with_redacted_request(current.response)
        pending += [current.__cause__, current.__context__]
        if isinstance(current, BaseExceptionGroup):
            pending += current.exceptions


def with_redacted_request(response: httpx.Response) -> httpx.Response:
    """`response`, or a copy of it whose .request is redacted and whose headers and body hold no credential
    the request carried (a gateway may echo the request's headers in an error page); the original is left
    as it was."""
    request = request_of(response)
    if request is None:
        return response
    safe = redacted(request)
    if safe is request:
        return response
    secrets = _secrets_of(request)
    try:
        content = response.content
    except httpx.ResponseNotRead:  # a stream nobody read: only its headers can hold a secret yet
        content = b""
    if not any(secret in content for secret in secrets):
        copy = object.__new__(type(response))
        copy.__dict__.update(response.__dict__)
        copy.request = safe
        copy.headers = httpx.Headers([(name, _scrub(value, secrets)) for name, value in response.headers.multi_items()])
        return copy
    for secret in secrets:
        content = content.replace(secret, REDACTED.encode())
    headers = [
        (name, _scrub(value, secrets))
        for name, value in response.headers.multi_items()
        # The copy holds the body as read: decoded, its length that of the scrubbed body.
        if name not in ("content-encoding", "content-length", "transfer-encoding")
    ]
    return httpx.Response(
        response.status_code, headers=headers, content=content, request=safe, extensions=response.extensions
    )


def _secrets_of(request: httpx.Request) -> list[bytes]:
    """The credentials `request` carries, longest first: each credential header's value and its token (the
    part after the scheme, as in ``Bearer <key>``), and the URL's password."""
    found: set[bytes] = set()
    for name in SECRET_HEADERS:
        for value in request.headers.get_list(name):
            found.add(value.encode("latin-1", "replace"))
            token = value.partition(" ")[2].strip()
            if len(token) >= 8:  # a short token is not a secret worth hiding, and would blank common words
                found.add(token.encode("latin-1", "replace"))
    if request.url.password:
        found.add(request.url.password.encode())
    return sorted((secret for secret in found if secret), key=len, reverse=True)


def _scrub(value: str, secrets: list[bytes]) -> str:
    for secret in secrets:
        value = value.replace(secret.decode("latin-1"), REDACTED)
    return value


def request_of(response: httpx.Response) -> httpx.Request | None:
    try:
        return response.request
    except RuntimeError:  # httpx: "The request instance has not been set on this response."
        return None
