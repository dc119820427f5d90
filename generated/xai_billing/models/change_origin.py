# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

from enum import StrEnum


class ChangeOrigin(StrEnum):
    """What caused a change of the prepaid balance:
    - `INVALID_ORIGIN`: unset.
    - `PURCHASE`: a top-up (negative amount).
    - `SPEND`: usage consumed credit (positive amount).
    - `REFUND`: a refund (negative amount).
    - `MANUAL`: a manual change by xAI (either sign).
    - `AUTO_PURCHASE`: an automatic top-up (negative amount).

    The first member is the zero value, which an absent or null field reads as. A name the server added
    after this client was generated reads as a value that is not a listed member: it keeps the raw
    string (so to_dict() writes it back) and has ``is_unknown`` set.
    """

    INVALID_ORIGIN = "INVALID_ORIGIN"
    PURCHASE = "PURCHASE"
    SPEND = "SPEND"
    REFUND = "REFUND"
    MANUAL = "MANUAL"
    AUTO_PURCHASE = "AUTO_PURCHASE"

    @classmethod
    def _missing_(cls, value: object) -> ChangeOrigin | None:
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
