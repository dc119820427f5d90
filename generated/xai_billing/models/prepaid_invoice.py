# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from .._wire import (
    NO_EXTRAS,
    extras,
    new,
    without_collector,
)


@define(kw_only=True)
class PrepaidInvoice:
    """Details of a prepaid (top-up) invoice. The reference lists no members.

    Attributes:
        additional_properties: Members the server sent that this client does not know; to_dict()
            writes them back.
    """

    additional_properties: Mapping[str, Any] = field(default=NO_EXTRAS, repr=False)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> PrepaidInvoice:
        """Read a PrepaidInvoice from proto3 JSON (a dict as json.loads gives it): an absent or null field
        gets its default; a value of the wrong type raises TypeError, one that cannot be read ValueError."""
        return without_collector(_read_prepaid_invoice, src)

    def to_dict(self) -> dict[str, Any]:
        """This PrepaidInvoice as proto3 JSON: int64 values as strings, fields that are not set left out."""
        return without_collector(_write_prepaid_invoice, self)


_PREPAID_INVOICE_MEMBERS: frozenset[str] = frozenset(())


def _read_prepaid_invoice(src: Mapping[str, Any]) -> PrepaidInvoice:
    whole = False
    self = new(PrepaidInvoice)
    self.additional_properties = (
        NO_EXTRAS if whole or _PREPAID_INVOICE_MEMBERS.issuperset(src) else extras(src, _PREPAID_INVOICE_MEMBERS)
    )
    return self


def _write_prepaid_invoice(self: PrepaidInvoice) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if self.additional_properties:
        d.update(self.additional_properties)
    return d
