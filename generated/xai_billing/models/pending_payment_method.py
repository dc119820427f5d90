# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from .._wire import (
    NO_EXTRAS,
    extras,
    new,
    read_str,
    without_collector,
)


@define(kw_only=True)
class PendingPaymentMethod:
    """An incomplete attempt to add a payment method. Might resolve into a payment method.

    Attributes:
        ach_microdeposit_hosted_verification_url: Where to verify the microdeposits of a US bank account.
        additional_properties: Members the server sent that this client does not know; to_dict()
            writes them back.
    """

    ach_microdeposit_hosted_verification_url: str = ""
    additional_properties: Mapping[str, Any] = field(default=NO_EXTRAS, repr=False)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> PendingPaymentMethod:
        """Read a PendingPaymentMethod from proto3 JSON (a dict as json.loads gives it): an absent or null field
        gets its default; a value of the wrong type raises TypeError, one that cannot be read ValueError."""
        return without_collector(_read_pending_payment_method, src)

    def to_dict(self) -> dict[str, Any]:
        """This PendingPaymentMethod as proto3 JSON: int64 values as strings, fields that are not set left out."""
        return without_collector(_write_pending_payment_method, self)


_PENDING_PAYMENT_METHOD_MEMBERS: frozenset[str] = frozenset(("achMicrodepositHostedVerificationUrl",))


def _read_pending_payment_method(src: Mapping[str, Any], check_extras: bool = True) -> PendingPaymentMethod:
    self = new(PendingPaymentMethod)
    v = src.get("achMicrodepositHostedVerificationUrl", "")
    self.ach_microdeposit_hosted_verification_url = (
        v if v.__class__ is str else read_str(v, "PendingPaymentMethod.achMicrodepositHostedVerificationUrl")
    )
    if check_extras and not _PENDING_PAYMENT_METHOD_MEMBERS.issuperset(src):
        self.additional_properties = extras(src, _PENDING_PAYMENT_METHOD_MEMBERS)
    else:
        self.additional_properties = NO_EXTRAS
    return self


def _write_pending_payment_method(self: PendingPaymentMethod) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["achMicrodepositHostedVerificationUrl"] = self.ach_microdeposit_hosted_verification_url
    if self.additional_properties:
        d.update(self.additional_properties)
    return d
