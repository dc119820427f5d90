# generated from spec/openapi.yaml by make generate — do not edit; source: generator/runtime/fake/__init__.py
"""A local billing API: the eleven operations over state kept per team, every request checked against the spec.

One implementation, used two ways (as moto is):

- in-process, for tests: ``FakeBillingAPI().client()`` (or ``.async_client()``, or ``.transport`` for an
  httpx client of your own); the pytest fixtures ``fake_billing`` and ``fake_billing_server``, which
  this package registers as a pytest plugin, give a fresh one per test;
- served on loopback: ``python -m xai_billing.fake --port 8080`` or ``xai-billing fake``.

It is safe to leave running: what it keeps is bounded (``FakeBillingAPI``), and served, an idle or slow
connection is closed after a timeout and the threads serving connections are capped (``FakeServer``).

Needs the ``fake`` extra (``pip install 'xai-billing[fake]'``) for its request checks (jsonschema).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._api import (
        DEFAULT_TEAM,
        FAKE_BASE_URL,
        INVALID_KEY,
        FakeBillingAPI,
        Fault,
        load_spec,
    )
    from ._options import FAULT_KINDS
    from ._reply import ApiError, Reply
    from ._server import FakeServer

__all__ = [
    "DEFAULT_TEAM",
    "FAKE_BASE_URL",
    "FAULT_KINDS",
    "INVALID_KEY",
    "ApiError",
    "FakeBillingAPI",
    "FakeServer",
    "Fault",
    "Reply",
    "load_spec",
]

FAKE_EXTRA = "pip install 'xai-billing[fake]'"
MODULES = {
    "FakeServer": "_server",
    "FAULT_KINDS": "_options",
    "ApiError": "_reply",
    "Reply": "_reply",
}  # where a name lives, if not in _api
EXTRA_MODULES = ("jsonschema", "referencing")  # what the fake extra installs that the local API imports


def __getattr__(name: str) -> Any:
    # Imported on first use, so that this package (and the pytest plugin in it, which pytest imports in
    # every project that has xai-billing installed) imports without the fake extra.
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    try:
        module = importlib.import_module(f"{__name__}.{MODULES.get(name, '_api')}")
    except ImportError as exc:
        if (exc.name or "").partition(".")[0] not in EXTRA_MODULES:
            raise
        raise ImportError(f"xai_billing.fake needs the fake extra: {FAKE_EXTRA}", name=exc.name) from exc
    value = getattr(module, name)
    globals()[name] = value
    return value
