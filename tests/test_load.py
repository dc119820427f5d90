"""Load on the local billing API over loopback, bounded in count and time: a fan-out from one AsyncClient,
threads sharing one Client, concurrent top-ups and concurrent limit writes, and no file descriptor left."""

from __future__ import annotations

import asyncio
import concurrent.futures
import os
from pathlib import Path

import pytest
from conftest import TEAM

import xai_billing
from xai_billing.fake import FakeBillingAPI


def _open_fds() -> int:
    return len(os.listdir("/proc/self/fd")) if Path("/proc/self/fd").exists() else 0


@pytest.mark.timeout(120)
def test_two_thousand_requests_from_an_async_fan_out_and_from_sixteen_threads() -> None:
    before = _open_fds()
    api = FakeBillingAPI()
    with api.serve() as server:

        async def fan_out() -> list[xai_billing.models.GetSpendingLimitsResponse]:
            async with xai_billing.AsyncClient(api_key=api.key, team_id=TEAM, base_url=server.url) as client:
                return await asyncio.gather(*(client.get_spending_limits() for _ in range(2000)))

        results = asyncio.run(fan_out())
        assert len(results) == 2000 and all(r.spending_limits is not None for r in results)

        with xai_billing.Client(api_key=api.key, team_id=TEAM, base_url=server.url) as client:
            with concurrent.futures.ThreadPoolExecutor(max_workers=16) as pool:
                balances = list(pool.map(lambda _: client.get_prepaid_balance(), range(2000)))
        assert len(balances) == 2000 and all(b.total is not None for b in balances)
    assert len(api.requests) == 4000
    if before:
        assert _open_fds() <= before  # every socket of both clients and of the server is closed


@pytest.mark.timeout(60)
def test_a_hundred_concurrent_top_ups_each_appear_exactly_once() -> None:
    api = FakeBillingAPI()
    with api.serve() as server:

        async def top_ups() -> list[xai_billing.models.TopUpPrepaidCreditResponse]:
            async with xai_billing.AsyncClient(api_key=api.key, team_id=TEAM, base_url=server.url) as client:
                return await asyncio.gather(
                    *(client.top_up_prepaid_credit(amount={"val": cents}) for cents in range(100, 200))
                )

        responses = asyncio.run(top_ups())
        with xai_billing.Client(api_key=api.key, team_id=TEAM, base_url=server.url) as client:
            balance = client.get_prepaid_balance()
    ids = [r.change.invoice_id for r in responses if r.change]
    recorded = [c.invoice_id for c in balance.changes if c.change_origin == "PURCHASE"][1:]  # after the seed's one
    assert sorted(ids, key=str) == sorted(recorded, key=str) and len(set(recorded)) == 100
    assert balance.total is not None and balance.total.val == -1000 - sum(range(100, 200))


@pytest.mark.timeout(60)
def test_concurrent_limit_writes_end_in_one_of_the_written_values() -> None:
    api = FakeBillingAPI()
    wanted = [500 * i for i in range(1, 41)]  # up to 200.00, under the seeded hard limit of 225.00
    with api.serve() as server:
        with xai_billing.Client(api_key=api.key, team_id=TEAM, base_url=server.url) as client:
            with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
                list(
                    pool.map(
                        lambda cents: client.set_spending_limit(desired_soft_spending_limit={"val": cents}), wanted
                    )
                )
            limits = client.get_spending_limits().spending_limits
    assert limits is not None and limits.soft_sl is not None and limits.soft_sl.val in wanted
