# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

from enum import StrEnum


class InvoiceStatus(StrEnum):
    """Status of an invoice:
    - `INVALID`: unset.
    - `PENDING`: not paid yet.
    - `PAID`: paid.
    - `WILL_NEVER_BE_CHARGED`: will never be charged (for example, fully covered by credits).
    - `FAILED`: charging failed.

    The first member is the zero value, which an absent or null field reads as. A name the server added
    after this client was generated reads as a value that is not a listed member: it keeps the raw
    string (so to_dict() writes it back) and has ``is_unknown`` set.
    """

    INVALID = "INVALID"
    PENDING = "PENDING"
    PAID = "PAID"
    WILL_NEVER_BE_CHARGED = "WILL_NEVER_BE_CHARGED"
    FAILED = "FAILED"

    @classmethod
    def _missing_(cls, value: object) -> InvoiceStatus | None:
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
