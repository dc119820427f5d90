# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from .._wire import (
    NO_EXTRAS,
    extras,
    new,
    read_int64,
    read_str,
    without_collector,
)


@define(kw_only=True)
class InvoiceLine:
    """A line of an invoice.

    Attributes:
        cluster_name: The cluster the usage ran on, for example `us-east-1`.
        description: What was used, for example `Chat grok-4-0709`.
        unit_type: The unit counted, for example `Prompt text tokens`.
        unit_price: Price of one unit in 1/1,000,000 of a USD cent, as an int64 string.
        num_units: Number of units, as an int64 string.
        amount: Amount of the line in USD cents, as an int64 string.
        additional_properties: Members the server sent that this client does not know; to_dict()
            writes them back.
    """

    cluster_name: str = ""
    description: str = ""
    unit_type: str = ""
    unit_price: int = 0
    num_units: int = 0
    amount: int = 0
    additional_properties: Mapping[str, Any] = field(default=NO_EXTRAS, repr=False)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> InvoiceLine:
        """Read a InvoiceLine from proto3 JSON (a dict as json.loads gives it): an absent or null field
        gets its default; a value of the wrong type raises TypeError, one that cannot be read ValueError."""
        return without_collector(_read_invoice_line, src)

    def to_dict(self) -> dict[str, Any]:
        """This InvoiceLine as proto3 JSON: int64 values as strings, fields that are not set left out."""
        return without_collector(_write_invoice_line, self)


_INVOICE_LINE_MEMBERS: frozenset[str] = frozenset(
    (
        "clusterName",
        "description",
        "unitType",
        "unitPrice",
        "numUnits",
        "amount",
    )
)


def _read_invoice_line(src: Mapping[str, Any], check_extras: bool = True) -> InvoiceLine:
    self = new(InvoiceLine)
    v = src.get("clusterName", "")
    self.cluster_name = v if v.__class__ is str else read_str(v, "InvoiceLine.clusterName")
    v = src.get("description", "")
    self.description = v if v.__class__ is str else read_str(v, "InvoiceLine.description")
    v = src.get("unitType", "")
    self.unit_type = v if v.__class__ is str else read_str(v, "InvoiceLine.unitType")
    v = src.get("unitPrice", 0)
    try:
        self.unit_price = (
            int(v) if v.__class__ is str else v if v.__class__ is int else read_int64(v, "InvoiceLine.unitPrice")
        )
    except ValueError:
        self.unit_price = read_int64(v, "InvoiceLine.unitPrice")
    v = src.get("numUnits", 0)
    try:
        self.num_units = (
            int(v) if v.__class__ is str else v if v.__class__ is int else read_int64(v, "InvoiceLine.numUnits")
        )
    except ValueError:
        self.num_units = read_int64(v, "InvoiceLine.numUnits")
    v = src.get("amount", 0)
    try:
        self.amount = int(v) if v.__class__ is str else v if v.__class__ is int else read_int64(v, "InvoiceLine.amount")
    except ValueError:
        self.amount = read_int64(v, "InvoiceLine.amount")
    if check_extras and not _INVOICE_LINE_MEMBERS.issuperset(src):
        self.additional_properties = extras(src, _INVOICE_LINE_MEMBERS)
    else:
        self.additional_properties = NO_EXTRAS
    return self


def _write_invoice_line(self: InvoiceLine) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["clusterName"] = self.cluster_name
    d["description"] = self.description
    d["unitType"] = self.unit_type
    d["unitPrice"] = str(self.unit_price)
    d["numUnits"] = str(self.num_units)
    d["amount"] = str(self.amount)
    if self.additional_properties:
        d.update(self.additional_properties)
    return d
