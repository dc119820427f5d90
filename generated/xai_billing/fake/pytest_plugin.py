# generated from spec/openapi.yaml by make generate — do not edit; source: generator/runtime/fake/pytest_plugin.py
"""The pytest fixtures of the local billing API, registered through the ``pytest11`` entry point.

pytest imports this module in every project that has xai-billing installed, with or without the
``fake`` extra: it imports the local API (and jsonschema, which the extra installs) only when a test
asks for a fixture, and without the extra that test errors saying which extra to install.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from ._api import FakeBillingAPI
    from ._server import FakeServer


@pytest.fixture
def fake_billing() -> FakeBillingAPI:
    """A fresh local billing API for this test, in-process: ``fake_billing.client()`` is a Client of it."""
    from . import FAKE_EXTRA

    try:
        from . import FakeBillingAPI
    except ImportError as exc:
        pytest.fail(
            f"the fake_billing fixture needs the fake extra ({exc.name} is missing): {FAKE_EXTRA}", pytrace=False
        )
    return FakeBillingAPI()


@pytest.fixture
def fake_billing_server(fake_billing: FakeBillingAPI) -> Iterator[FakeServer[FakeBillingAPI]]:
    """``fake_billing`` served on a free loopback port for this test (``.url``; its key is ``.api.key``)."""
    with fake_billing.serve() as server:
        yield server
