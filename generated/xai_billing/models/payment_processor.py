# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any

from attrs import define, field

from .._exceptions import WireFormatError
from .._wire import (
    NO_EXTRAS,
    extras,
    message_state,
    new,
    not_a_message,
    read_enum,
    read_str,
    set_message_state,
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
        gets its default, a member this client does not know goes to additional_properties.

        Raises:
            WireFormatError: (also a TypeError and a ValueError) a value of the wrong JSON type, or one its
                field cannot hold; the message names the field. int64 and int32 values must be integral
                and in range; timestamps need their RFC 3339 offset (see the README's Models section).
        """
        try:
            return _read_payment_processor(src)
        except WireFormatError:
            raise
        except (TypeError, ValueError, KeyError, AttributeError, IndexError, RecursionError) as exc:
            raise not_a_message(src, "PaymentProcessor", exc) from exc

    def to_dict(self) -> dict[str, Any]:
        """This PaymentProcessor as proto3 JSON: int64 values as strings, fields that are not set left out."""
        return _write_payment_processor(self)

    # pickle and copy.deepcopy: a MappingProxyType (additional_properties) cannot be pickled as it is.
    __getstate__ = message_state
    __setstate__ = set_message_state


_PAYMENT_PROCESSOR_MEMBERS: frozenset[str] = frozenset(
    (
        "kind",
        "externalParty",
        "externalInvoiceId",
    )
)
_PAYMENT_PROCESSOR_FIELDS = itemgetter(
    "kind",
    "externalParty",
    "externalInvoiceId",
)
_PAYMENT_PROCESSOR_KIND: dict[str, PaymentProcessorKind] = {member.value: member for member in PaymentProcessorKind}


def _read_payment_processor(src: Mapping[str, Any]) -> PaymentProcessor:
    whole = len(src) == 3
    if whole:  # as the API writes messages: every field without presence, and no other member
        try:
            kind, external_party, external_invoice_id = _PAYMENT_PROCESSOR_FIELDS(src)
        except KeyError:  # one left out, an unknown one in its place
            whole = False
    if not whole:  # some left out at their defaults, as proto3 JSON allows: read as null, as the default
        kind = src.get("kind")
        external_party = src.get("externalParty")
        external_invoice_id = src.get("externalInvoiceId")
    self = new(PaymentProcessor)
    self.kind = (_PAYMENT_PROCESSOR_KIND.get(kind) if kind.__class__ is str else None) or read_enum(
        PaymentProcessorKind, kind, "PaymentProcessor.kind"
    )
    self.external_party = (
        external_party
        if external_party.__class__ is str
        else read_str(external_party, "PaymentProcessor.externalParty")
    )
    self.external_invoice_id = (
        external_invoice_id
        if external_invoice_id.__class__ is str
        else read_str(external_invoice_id, "PaymentProcessor.externalInvoiceId")
    )
    self.additional_properties = (
        NO_EXTRAS if whole or _PAYMENT_PROCESSOR_MEMBERS.issuperset(src) else extras(src, _PAYMENT_PROCESSOR_MEMBERS)
    )
    return self


def _write_payment_processor(self: PaymentProcessor) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["kind"] = self.kind
    d["externalParty"] = self.external_party
    d["externalInvoiceId"] = self.external_invoice_id
    if self.additional_properties:
        d.update(self.additional_properties)
    return d
