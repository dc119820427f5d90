# generated from spec/openapi.yaml by make generate — do not edit
from enum import StrEnum


class Aggregation(StrEnum):
    AGGREGATION_AVG = "AGGREGATION_AVG"
    AGGREGATION_COUNT = "AGGREGATION_COUNT"
    AGGREGATION_COUNT_DISTINCT = "AGGREGATION_COUNT_DISTINCT"
    AGGREGATION_MAX = "AGGREGATION_MAX"
    AGGREGATION_MIN = "AGGREGATION_MIN"
    AGGREGATION_NONE = "AGGREGATION_NONE"
    AGGREGATION_P50 = "AGGREGATION_P50"
    AGGREGATION_P90 = "AGGREGATION_P90"
    AGGREGATION_P99 = "AGGREGATION_P99"
    AGGREGATION_P999 = "AGGREGATION_P999"
    AGGREGATION_STD = "AGGREGATION_STD"
    AGGREGATION_SUM = "AGGREGATION_SUM"
    AGGREGATION_VAR = "AGGREGATION_VAR"

    @classmethod
    def _missing_(cls, value: object) -> "Aggregation | None":
        # The server adds enum values over time: a name this client does not know becomes a value
        # that keeps the raw string (so to_dict() writes it back) and that is_unknown tells apart.
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

    def __str__(self) -> str:
        return str(self.value)
