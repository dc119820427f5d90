# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from .._wire import (
    NO_EXTRAS,
    extras,
    new,
    read_enum,
    read_str,
    without_collector,
)
from .payment_processor_kind import PaymentProcessorKind


@define(kw_only=True)
class PaymentProcessor:
    """Who processed the payment of a balance change.

    Attributes:
        kind: Who processed the payment.
        external_party: Name of the external party, when `kind` is `EXTERNAL`.
        external_invoice_id: The external party's invoice ID.
        additional_properties: Members the server sent that this client does not know; to_dict()
            writes them back.
    """

    kind: PaymentProcessorKind = PaymentProcessorKind.UNKNOWN
    external_party: str = ""
    external_invoice_id: str = ""
    additional_properties: Mapping[str, Any] = field(default=NO_EXTRAS, repr=False)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> PaymentProcessor:
        """Read a PaymentProcessor from proto3 JSON (a dict as json.loads gives it): an absent or null field
        gets its default; a value of the wrong type raises TypeError, one that cannot be read ValueError."""
        return without_collector(_read_payment_processor, src)

    def to_dict(self) -> dict[str, Any]:
        """This PaymentProcessor as proto3 JSON: int64 values as strings, fields that are not set left out."""
        return without_collector(_write_payment_processor, self)


_PAYMENT_PROCESSOR_MEMBERS: frozenset[str] = frozenset(
    (
        "kind",
        "externalParty",
        "externalInvoiceId",
    )
)
_PAYMENT_PROCESSOR_KIND: dict[str, PaymentProcessorKind] = {member.value: member for member in PaymentProcessorKind}


def _read_payment_processor(src: Mapping[str, Any], check_extras: bool = True) -> PaymentProcessor:
    self = new(PaymentProcessor)
    v = src.get("kind")
    self.kind = (_PAYMENT_PROCESSOR_KIND.get(v) if v.__class__ is str else None) or read_enum(
        PaymentProcessorKind, v, "PaymentProcessor.kind"
    )
    v = src.get("externalParty", "")
    self.external_party = v if v.__class__ is str else read_str(v, "PaymentProcessor.externalParty")
    v = src.get("externalInvoiceId", "")
    self.external_invoice_id = v if v.__class__ is str else read_str(v, "PaymentProcessor.externalInvoiceId")
    if check_extras and not _PAYMENT_PROCESSOR_MEMBERS.issuperset(src):
        self.additional_properties = extras(src, _PAYMENT_PROCESSOR_MEMBERS)
    else:
        self.additional_properties = NO_EXTRAS
    return self


def _write_payment_processor(self: PaymentProcessor) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["kind"] = self.kind
    d["externalParty"] = self.external_party
    d["externalInvoiceId"] = self.external_invoice_id
    if self.additional_properties:
        d.update(self.additional_properties)
    return d
