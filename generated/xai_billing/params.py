# generated from spec/openapi.yaml by make generate — do not edit
"""Request values as plain dicts in the wire's shape, for type checkers.

Wherever a call takes a model it also takes the matching ``...Param`` dict, with the wire's camelCase
keys as the API reference writes them: ``client.top_up_prepaid_credit(amount={"val": 500})``. An
int64 is an ``int`` here (at run time a string of decimal digits is accepted too); an enum is its
member or its name.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal, Required, TypedDict

if TYPE_CHECKING:
    from .models import (
        Aggregation,
        TimeUnit,
    )


class AddressParam(TypedDict, total=False):
    """A postal address."""

    line1: str
    line2: str
    city: str
    country: str
    postalCode: str
    state: str


class AnalyticsRequestParam(TypedDict, total=False):
    """A usage query."""

    timeRange: Required[TimeRangeParam]
    timeUnit: (
        TimeUnit
        | Literal[
            "TIME_UNIT_INVALID",
            "TIME_UNIT_MONTH",
            "TIME_UNIT_CALENDAR_WEEK",
            "TIME_UNIT_DAY",
            "TIME_UNIT_HOUR",
            "TIME_UNIT_QUARTER_HOUR",
            "TIME_UNIT_MINUTE",
            "TIME_UNIT_SECOND",
            "TIME_UNIT_NONE",
        ]
    )
    values: Sequence[AnalyticsValueParam]
    groupBy: Sequence[str]
    filters: Sequence[str]


class AnalyticsValueParam(TypedDict, total=False):
    """A value to compute per bucket."""

    name: str
    aggregation: (
        Aggregation
        | Literal[
            "AGGREGATION_NONE",
            "AGGREGATION_SUM",
            "AGGREGATION_AVG",
            "AGGREGATION_VAR",
            "AGGREGATION_STD",
            "AGGREGATION_MIN",
            "AGGREGATION_MAX",
            "AGGREGATION_P50",
            "AGGREGATION_P90",
            "AGGREGATION_P99",
            "AGGREGATION_P999",
            "AGGREGATION_COUNT",
            "AGGREGATION_COUNT_DISTINCT",
        ]
    )


class BillingInfoParam(TypedDict, total=False):
    """Billing information of a team or of a payment method."""

    name: str
    address: AddressParam
    email: str
    taxIdType: str
    taxNumber: str


class NonNegativeUsdCentsParam(TypedDict, total=False):
    """Representation of USD cents, zero or more; `{}` is zero, as proto3 JSON writes it. This client's rule, not the server's: a negative limit is refused before it is sent."""

    val: int


class PositiveUsdCentsParam(TypedDict, total=False):
    """Representation of USD cents, more than zero. This client's rule, not the server's: the proto takes any integer and disregards the sign, and a top-up of 0 or less is refused before it is sent."""

    val: Required[int]


class TimeRangeParam(TypedDict, total=False):
    """A time range of wall-clock times in `timezone` (not RFC 3339)."""

    startTime: Required[str]
    endTime: Required[str]
    timezone: str
