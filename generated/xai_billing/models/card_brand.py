# generated from spec/openapi.yaml by make generate — do not edit
from enum import StrEnum


class CardBrand(StrEnum):
    AMEX = "amex"
    DINERS = "diners"
    DISCOVER = "discover"
    EFTPOS_AU = "eftpos_au"
    JCB = "jcb"
    MASTERCARD = "mastercard"
    UNIONPAY = "unionpay"
    UNKNOWN = "unknown"
    VISA = "visa"

    @classmethod
    def _missing_(cls, value: object) -> "CardBrand | None":
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
