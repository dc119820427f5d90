# generated from spec/openapi.yaml by make generate — do not edit
from enum import StrEnum


class ChangeOrigin(StrEnum):
    AUTO_PURCHASE = "AUTO_PURCHASE"
    INVALID_ORIGIN = "INVALID_ORIGIN"
    MANUAL = "MANUAL"
    PURCHASE = "PURCHASE"
    REFUND = "REFUND"
    SPEND = "SPEND"

    @classmethod
    def _missing_(cls, value: object) -> "ChangeOrigin | None":
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
