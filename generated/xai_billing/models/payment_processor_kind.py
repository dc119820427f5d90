# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

from enum import StrEnum


class PaymentProcessorKind(StrEnum):
    """Who processed a payment:
    - `UNKNOWN`: unset or unknown.
    - `STRIPE`: Stripe.
    - `CHECKOUT`: Checkout.com.
    - `EXTERNAL`: an external party.
    - `MANUAL`: handled manually.

    The first member is the zero value, which an absent or null field reads as. A name the server added
    after this client was generated reads as a value that is not a listed member: it keeps the raw
    string (so to_dict() writes it back) and has ``is_unknown`` set.
    """

    UNKNOWN = "UNKNOWN"
    STRIPE = "STRIPE"
    CHECKOUT = "CHECKOUT"
    EXTERNAL = "EXTERNAL"
    MANUAL = "MANUAL"

    @classmethod
    def _missing_(cls, value: object) -> PaymentProcessorKind | None:
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
