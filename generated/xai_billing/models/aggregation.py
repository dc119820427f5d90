# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

from enum import StrEnum


class Aggregation(StrEnum):
    """How the values in a bucket are aggregated:
    - `AGGREGATION_NONE`: unset.
    - `AGGREGATION_SUM`: sum.
    - `AGGREGATION_AVG`: mean.
    - `AGGREGATION_VAR`: variance.
    - `AGGREGATION_STD`: standard deviation.
    - `AGGREGATION_MIN`: minimum.
    - `AGGREGATION_MAX`: maximum.
    - `AGGREGATION_P50`: median.
    - `AGGREGATION_P90`: 90th percentile.
    - `AGGREGATION_P99`: 99th percentile.
    - `AGGREGATION_P999`: 99.9th percentile.
    - `AGGREGATION_COUNT`: number of items.
    - `AGGREGATION_COUNT_DISTINCT`: number of distinct items.

    The first member is the zero value, which an absent or null field reads as. A name the server added
    after this client was generated reads as a value that is not a listed member: it keeps the raw
    string (so to_dict() writes it back) and has ``is_unknown`` set.
    """

    AGGREGATION_NONE = "AGGREGATION_NONE"
    AGGREGATION_SUM = "AGGREGATION_SUM"
    AGGREGATION_AVG = "AGGREGATION_AVG"
    AGGREGATION_VAR = "AGGREGATION_VAR"
    AGGREGATION_STD = "AGGREGATION_STD"
    AGGREGATION_MIN = "AGGREGATION_MIN"
    AGGREGATION_MAX = "AGGREGATION_MAX"
    AGGREGATION_P50 = "AGGREGATION_P50"
    AGGREGATION_P90 = "AGGREGATION_P90"
    AGGREGATION_P99 = "AGGREGATION_P99"
    AGGREGATION_P999 = "AGGREGATION_P999"
    AGGREGATION_COUNT = "AGGREGATION_COUNT"
    AGGREGATION_COUNT_DISTINCT = "AGGREGATION_COUNT_DISTINCT"

    @classmethod
    def _missing_(cls, value: object) -> Aggregation | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    @property
    def is_unknown(self) -> bool:
        """True for a value the spec does not list (the server added it after this client was generated)."""
        return self._value_ not in type(self)._value2member_map_
