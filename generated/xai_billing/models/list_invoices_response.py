# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from .._exceptions import WireFormatError
from .._wire import (
    NO_EXTRAS,
    extras,
    message_state,
    new,
    not_a_message,
    read_messages,
    set_message_state,
)
from .invoice import Invoice, _read_invoice, _write_invoice


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
        gets its default, a member this client does not know goes to additional_properties.

        Raises:
            WireFormatError: (also a TypeError and a ValueError) a value of the wrong JSON type, or one its
                field cannot hold; the message names the field. int64 and int32 values must be integral
                and in range; timestamps need their RFC 3339 offset (see the README's Models section).
        """
        try:
            return _read_list_invoices_response(src)
        except WireFormatError:
            raise
        except (TypeError, ValueError, KeyError, AttributeError, IndexError, RecursionError) as exc:
            raise not_a_message(src, "ListInvoicesResponse", exc) from exc

    def to_dict(self) -> dict[str, Any]:
        """This ListInvoicesResponse as proto3 JSON: int64 values as strings, fields that are not set left out."""
        return _write_list_invoices_response(self)

    # pickle and copy.deepcopy: a MappingProxyType (additional_properties) cannot be pickled as it is.
    __getstate__ = message_state
    __setstate__ = set_message_state


_LIST_INVOICES_RESPONSE_MEMBERS: frozenset[str] = frozenset(("invoices",))


def _read_list_invoices_response(src: Mapping[str, Any]) -> ListInvoicesResponse:
    whole = len(src) == 1
    if whole:  # as the API writes messages: every field without presence, and no other member
        try:
            invoices = src["invoices"]
        except KeyError:  # one left out, an unknown one in its place
            whole = False
    if not whole:  # some left out at their defaults, as proto3 JSON allows: read as null, as the default
        invoices = src.get("invoices")
    self = new(ListInvoicesResponse)
    self.invoices = read_messages(_read_invoice, invoices, "ListInvoicesResponse.invoices")
    self.additional_properties = (
        NO_EXTRAS
        if whole or _LIST_INVOICES_RESPONSE_MEMBERS.issuperset(src)
        else extras(src, _LIST_INVOICES_RESPONSE_MEMBERS)
    )
    return self


def _write_list_invoices_response(self: ListInvoicesResponse) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["invoices"] = [_write_invoice(item) for item in self.invoices]
    if self.additional_properties:
        d.update(self.additional_properties)
    return d
