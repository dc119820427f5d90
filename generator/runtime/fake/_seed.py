"""The state a team starts with in the local billing API: realistic data built from the recordings of the
public reference examples (tests/recordings/*/reference.json), with the team's own ID, invoice numbers and
usage (drawn from a hash of the ID, so the same team always starts the same), and dates relative to today:
the invoices are those of the three months before the current one, as a team that has used the API for a
while would have."""

from __future__ import annotations

import copy
import datetime
import hashlib
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


PREPAID_PURCHASE_CENTS = 1000  # the seed's one top-up, the team's prepaid credit


def invoice_number(team_id: str, salt: str) -> str:
    """An invoice number in the API's shape, ``NNN-NNN-NNN-NNN``, the same for the same team and salt."""
    digits = int.from_bytes(hashlib.sha256(f"{team_id}|{salt}".encode()).digest()[:8], "big") % 10**12
    text = f"{digits:012d}"
    return "-".join(text[i : i + 3] for i in range(0, 12, 3))


def _month_before(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) - months
    return index // 12, index % 12 + 1


def _stamp(year: int, month: int, day: int, seconds: int) -> str:
    hour, rest = divmod(seconds % 86400, 3600)
    return f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{rest // 60:02d}:{rest % 60:02d}.{(seconds * 7919) % 1_000_000 | 1:06d}Z"  # six digits, as the API writes them


def _invoice(team_id: str, year: int, month: int, status: str, units: tuple[int, int]) -> dict[str, Any]:
    """The monthly invoice of a billing cycle, issued on the first day of the next month."""
    lines = [
        {
            "clusterName": "us-east-1",
            "description": "Chat grok-4-0709",
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
    issued_year, issued_month = _month_before(year, month, -1)
    invoice_id = hashlib.sha256(f"{team_id}|invoice|{year}-{month}".encode()).hexdigest()[:24]
    return {
        "teamId": team_id,
        "invoiceId": invoice_id,
        "invoiceNumber": invoice_number(team_id, f"{year}-{month}"),
        "createTime": _stamp(issued_year, issued_month, 1, 76788),
        "invoiceStatus": status,
        "firstDesiredNextCycleTs": _stamp(issued_year, issued_month, 11, 9618),
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


def prepaid_invoice(change: dict[str, Any]) -> dict[str, Any]:
    """The invoice of a top-up (a balance change that is a PURCHASE): what list_invoices() shows for it, with
    ``prepaid`` set; PAID once the top-up has succeeded, PENDING while it is to be charged."""
    cents = -int(change["amount"]["val"])
    return {
        "teamId": change["teamId"],
        "invoiceId": change["invoiceId"],
        "invoiceNumber": change["invoiceNumber"],
        "createTime": change["createTime"],
        "invoiceStatus": "PAID" if change.get("topupStatus") == "SUCCEEDED" else "PENDING",
        "chargerAttempts": [],
        "lines": [
            {
                "clusterName": "",
                "description": "Prepaid credit",
                "unitType": "USD cents",
                "unitPrice": "1000000",
                "numUnits": str(cents),
                "amount": str(cents),
            }
        ],
        "subtotal": str(cents),
        "tax": "0",
        "total": str(cents),
        "prepaid": {},
    }


def seed_team(team_id: str, today: datetime.date | None = None) -> dict[str, Any]:
    """A new team's state: billing info, two payment methods, the monthly invoices of the three months before
    ``today``'s (the last one PENDING), spending limits of 225.00 / 200.00 USD, and 10.00 USD of prepaid
    credit bought once, three months ago, with its invoice."""
    today = today or datetime.datetime.now(datetime.UTC).date()
    digest = hashlib.sha256(f"{team_id}|usage".encode()).digest()
    invoices = []
    for back, status in ((3, "PAID"), (2, "PAID"), (1, "PENDING")):
        year, month = _month_before(today.year, today.month, back)
        # 50,000 to 203,000 prompt tokens ($10 to $40.60 at the reference's unit price) and 20,000 to 96,500
        # completion tokens ($20 to $96.50): a month's bill under the seed's $200 spending limit
        units = (50_000 + digest[back] * 600, 20_000 + digest[back + 8] * 300)
        invoices.append(_invoice(team_id, year, month, status, units))
    bought_year, bought_month = _month_before(today.year, today.month, 3)
    purchase = {
        "teamId": team_id,
        "changeOrigin": "PURCHASE",
        "topupStatus": "SUCCEEDED",
        "amount": {"val": str(-PREPAID_PURCHASE_CENTS)},
        "invoiceId": hashlib.sha256(f"{team_id}|top-up".encode()).hexdigest()[:24],
        "invoiceNumber": invoice_number(team_id, "top-up"),
        "createTime": _stamp(bought_year, bought_month, 24, 55682),
        "paymentProcessor": {"kind": "STRIPE"},
    }
    return copy.deepcopy(
        {
            "billingInfo": _BILLING_INFO,
            "paymentMethods": _PAYMENT_METHODS,
            "defaultPaymentMethod": _PAYMENT_METHODS[0]["paymentMethodId"],
            "pendingPaymentMethod": None,
            "invoices": sorted([*invoices, prepaid_invoice(purchase)], key=lambda i: str(i["createTime"])),
            "hardSlAuto": 22500,
            "hardSlOverride": None,
            "softSl": 20000,
            "changes": [purchase],
            "total": -PREPAID_PURCHASE_CENTS,
        }
    )
