# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

from enum import StrEnum


class TopupStatus(StrEnum):
    """Progress of a top-up:
    - `INVALID_STATUS`: unset (changes that are not top-ups).
    - `TO_GENERATE_INVOICE`: the invoice is yet to be generated.
    - `FAILED_TO_GENERATE_INVOICE`: generating the invoice failed (billing.proto's spelling, which the server sends).
    - `FAILED_TO_GEMNERATE_INVOICE`: the same, as the public reference misspells it; accepted too.
    - `TO_CHARGE`: the invoice is yet to be charged.
    - `FAILED_TO_CHARGE`: charging failed.
    - `SUCCEEDED`: the credit was bought.

    The first member is the zero value, which an absent or null field reads as. A name the server added
    after this client was generated reads as a value that is not a listed member: it keeps the raw
    string (so to_dict() writes it back) and has ``is_unknown`` set.
    """

    INVALID_STATUS = "INVALID_STATUS"
    TO_GENERATE_INVOICE = "TO_GENERATE_INVOICE"
    FAILED_TO_GENERATE_INVOICE = "FAILED_TO_GENERATE_INVOICE"
    FAILED_TO_GEMNERATE_INVOICE = "FAILED_TO_GEMNERATE_INVOICE"
    TO_CHARGE = "TO_CHARGE"
    FAILED_TO_CHARGE = "FAILED_TO_CHARGE"
    SUCCEEDED = "SUCCEEDED"

    @classmethod
    def _missing_(cls, value: object) -> TopupStatus | None:
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
