"""The sync client's deadline transport (_deadline.py) routes and fails as httpx's own HTTPTransport does:
the same routes from the environment's proxy variables, the same exception classes."""

from __future__ import annotations

from typing import Any

import httpcore
import httpx
import pytest
from httpx._utils import get_environment_proxies  # the reference: what httpx.Client() reads (test only)

from xai_billing import _deadline

PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")


@pytest.mark.parametrize(
    "env",
    [
        {},
        {"HTTP_PROXY": "http://proxy.test:3128"},
        {"HTTPS_PROXY": "proxy.test:3128", "ALL_PROXY": "http://all.test:8080"},
        {"HTTP_PROXY": "http://proxy.test:3128", "NO_PROXY": "example.com, .internal.test,localhost"},
        {"HTTP_PROXY": "http://proxy.test:3128", "NO_PROXY": "10.0.0.1,192.168.0.0/16,::1,http://direct.test"},
        {"HTTP_PROXY": "http://proxy.test:3128", "NO_PROXY": "a.test,*"},
    ],
)
def test_the_routes_are_httpx_own(env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    made = _deadline.deadline_transports()
    routes: dict[str, Any] = {}
    for route, transport in made["mounts"].items():
        routes[route] = None if transport is None else _proxy_url(transport)
    assert routes == get_environment_proxies()
    assert isinstance(made["transport"], _deadline.DeadlineTransport)
    for transport in [made["transport"], *made["mounts"].values()]:
        if transport is not None:
            transport.close()


def _proxy_url(transport: _deadline.DeadlineTransport) -> str:
    pool = transport._pool
    assert isinstance(pool, httpcore.HTTPProxy)
    url = pool._proxy_url  # the reference's form: scheme://host:port
    return f"{url.scheme.decode()}://{url.host.decode()}:{url.port}"


HTTPCORE_ERRORS = sorted(
    {
        kind
        for kind in vars(httpcore).values()
        if isinstance(kind, type)
        and issubclass(kind, Exception)
        and kind.__module__.startswith("httpcore")
        # the pool's own signal to try another connection: it never leaves handle_request (nor does httpx map it)
        and kind is not httpcore.ConnectionNotAvailable
    },
    key=lambda kind: kind.__name__,
)


@pytest.mark.parametrize("error", HTTPCORE_ERRORS, ids=[kind.__name__ for kind in HTTPCORE_ERRORS])
def test_httpcore_exceptions_become_the_same_httpx_exceptions(error: type[Exception]) -> None:
    with pytest.raises(httpx.TransportError) as info, _deadline._httpx_exceptions():
        raise error("broken")
    assert type(info.value) is getattr(httpx, error.__name__)  # httpx has a class of each name
    assert str(info.value) == "broken" and type(info.value.__cause__) is error
