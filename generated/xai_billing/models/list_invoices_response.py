# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from .._wire import (
    NO_EXTRAS,
    extras,
    new,
    read_messages,
    without_collector,
)
from .invoice import _INVOICE_MEMBERS, Invoice, _read_invoice, _write_invoice


@define(kw_only=True)
class ListInvoicesResponse:
    """The invoices of a team.

    Attributes:
        invoices: The invoices.
        additional_properties: Members the server sent that this client does not know; to_dict()
            writes them back.
    """

    invoices: list[Invoice] = field(factory=list)
    additional_properties: Mapping[str, Any] = field(default=NO_EXTRAS, repr=False)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> ListInvoicesResponse:
        """Read a ListInvoicesResponse from proto3 JSON (a dict as json.loads gives it): an absent or null field
        gets its default; a value of the wrong type raises TypeError, one that cannot be read ValueError."""
        return without_collector(_read_list_invoices_response, src)

    def to_dict(self) -> dict[str, Any]:
        """This ListInvoicesResponse as proto3 JSON: int64 values as strings, fields that are not set left out."""
        return without_collector(_write_list_invoices_response, self)


_LIST_INVOICES_RESPONSE_MEMBERS: frozenset[str] = frozenset(("invoices",))


def _read_list_invoices_response(src: Mapping[str, Any], check_extras: bool = True) -> ListInvoicesResponse:
    self = new(ListInvoicesResponse)
    self.invoices = read_messages(_read_invoice, _INVOICE_MEMBERS, src.get("invoices"), "ListInvoicesResponse.invoices")
    if check_extras and not _LIST_INVOICES_RESPONSE_MEMBERS.issuperset(src):
        self.additional_properties = extras(src, _LIST_INVOICES_RESPONSE_MEMBERS)
    else:
        self.additional_properties = NO_EXTRAS
    return self


def _write_list_invoices_response(self: ListInvoicesResponse) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["invoices"] = [_write_invoice(item) for item in self.invoices]
    if self.additional_properties:
        d.update(self.additional_properties)
    return d
