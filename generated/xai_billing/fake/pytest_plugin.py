# generated from spec/openapi.yaml by make generate — do not edit; source: generator/runtime/fake/pytest_plugin.py
"""The pytest fixtures of the local billing API, registered through the ``pytest11`` entry point.

This module is imported by pytest in every project that has xai-billing installed, so it imports the
fake (and the ``fake`` extra it needs) only when a test asks for a fixture.
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
    from ._api import FakeBillingAPI

    return FakeBillingAPI()


@pytest.fixture
def fake_billing_server(fake_billing: FakeBillingAPI) -> Iterator[FakeServer]:
    """``fake_billing`` served on a free loopback port for this test (``.url``; its key is ``.api.key``)."""
    with fake_billing.serve() as server:
        yield server
