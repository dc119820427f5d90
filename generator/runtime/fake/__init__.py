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

from ._api import (
    DEFAULT_TEAM,
    FAKE_BASE_URL,
    FAULT_KINDS,
    INVALID_KEY,
    ApiError,
    FakeBillingAPI,
    Fault,
    Reply,
    load_spec,
)
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
