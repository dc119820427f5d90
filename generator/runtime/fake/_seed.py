"""The state a team starts with in the local billing API: realistic data built from the recordings of the
public reference examples (tests/recordings/*/reference.json), with the team's own ID."""

from __future__ import annotations

import copy
from typing import Any

_ADDRESS = {
    "line1": "123 Main St.",
    "line2": "",
    "city": "New York",
    "country": "US",
    "postalCode": "12345",
    "state": "New York",
}
_BILLING_INFO = {
    "name": "Acme Inc.",
    "address": _ADDRESS,
    "email": "foo@example.com",
    "taxIdType": "us_ein",
    "taxNumber": "12-3456789",
}
_PAYMENT_METHODS: list[dict[str, Any]] = [
    {
        "paymentMethodId": "pm_xxxxxxxxxxxxxxxxxxxxxxxx",
        "billingInfo": {**_BILLING_INFO, "taxIdType": "us-ein", "taxNumber": "123-3456789"},
        "cardDetails": {"brand": "mastercard", "expMonth": "12", "expYear": "2030", "last4": "4444"},
        "usBankAccountDetails": None,
        "linkDetails": None,
        "paymentType": "card",
    },
    {
        "paymentMethodId": "pm_1Rlink",
        "cardDetails": None,
        "usBankAccountDetails": None,
        "linkDetails": {"email": "pay@example.com"},
        "paymentType": "link",
    },
]


def _invoice(team_id: str, number: int, year: int, month: int, status: str, units: list[int]) -> dict[str, Any]:
    lines = [
        {
            "clusterName": "us-east-1",
            "description": "Chat grok-2-1212-1.0.0",
            "unitType": kind,
            "unitPrice": price,
            "numUnits": str(count),
            "amount": str(count * int(price) // 1_000_000),
        }
        for (kind, price), count in zip(
            [("Prompt text tokens", "20000"), ("Completion text tokens", "100000")], units, strict=True
        )
    ]
    total = sum(int(line["amount"]) for line in lines)
    invoice_id = f"inv-{year}-{month:02d}-{number}"
    return {
        "teamId": team_id,
        "invoiceId": invoice_id,
        "invoiceNumber": f"742-250-{number:03d}-721",
        "createTime": f"{year + month // 12}-{month % 12 + 1:02d}-01T21:19:48.569466Z",
        "invoiceStatus": status,
        "firstDesiredNextCycleTs": f"{year + month // 12}-{month % 12 + 1:02d}-11T02:46:58Z",
        "chargerAttempts": [
            {"ticket": 0, "successful": status == "PAID", "paymentMethodId": _PAYMENT_METHODS[0]["paymentMethodId"]}
        ],
        "lines": lines,
        "subtotal": str(total),
        "tax": "0",
        "total": str(total),
        "invoicePdfAssetKeySuffix": f"teams/{team_id}/billing/{year}-{month}-{invoice_id}.pdf",
        "monthly": {
            "billingCycle": {"year": year, "month": month},
            "defaultCreditsIssued": {"val": "0"},
            "autoCreditsIssued": {"val": "0"},
            "prepaidTokensToSpend": {"val": "0"},
        },
    }


def seed_team(team_id: str) -> dict[str, Any]:
    """A new team's state: billing info, two payment methods, three monthly invoices, spending limits
    of 225.00 / 200.00 USD, and 10.00 USD of prepaid credit bought once."""
    return copy.deepcopy(
        {
            "billingInfo": _BILLING_INFO,
            "paymentMethods": _PAYMENT_METHODS,
            "defaultPaymentMethod": _PAYMENT_METHODS[0]["paymentMethodId"],
            "pendingPaymentMethod": None,
            "invoices": [
                _invoice(team_id, 1, 2025, 2, "PAID", [908, 534]),
                _invoice(team_id, 2, 2025, 3, "PAID", [120_000, 45_000]),
                _invoice(team_id, 3, 2025, 4, "PENDING", [2_500_000, 310_000]),
            ],
            "hardSlAuto": 22500,
            "hardSlOverride": None,
            "softSl": 20000,
            "changes": [
                {
                    "teamId": team_id,
                    "changeOrigin": "PURCHASE",
                    "topupStatus": "SUCCEEDED",
                    "amount": {"val": "-1000"},
                    "invoiceId": "7v7blf6c1G2g34OdI4N5tD1CKCdag4ZYLhn5vTBLIMM=",
                    "invoiceNumber": "062-446-653-166",
                    "createTime": "2025-02-24T15:28:02.308840Z",
                    "paymentProcessor": {"kind": "STRIPE"},
                }
            ],
            "total": -1000,
        }
    )
