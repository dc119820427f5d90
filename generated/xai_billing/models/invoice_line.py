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
    read_int64,
    read_str,
    set_message_state,
)


@define(kw_only=True)
class InvoiceLine:
    """A line of an invoice.

    Attributes:
        cluster_name: The cluster the usage ran on, for example `us-east-1`.
        description: What was used, for example `Chat grok-4-0709`.
        unit_type: The unit counted, for example `Prompt text tokens`.
        unit_price: Price of one unit in 1/1,000,000 of a USD cent.
        num_units: Number of units.
        amount: Amount of the line in USD cents.
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
        """Read an InvoiceLine from proto3 JSON (a dict as json.loads gives it): an absent or null field
        gets its default, a member this client does not know goes to additional_properties.

        Raises:
            WireFormatError: (also a TypeError and a ValueError) a value of the wrong JSON type, or one its
                field cannot hold; the message names the field. int64 and int32 values must be integral
                and in range; timestamps need their RFC 3339 offset (see the README's Models section).
        """
        try:
            return _read_invoice_line(src)
        except WireFormatError:
            raise
        except (TypeError, ValueError, KeyError, AttributeError, IndexError, RecursionError) as exc:
            raise not_a_message(src, "InvoiceLine", exc) from exc

    def to_dict(self) -> dict[str, Any]:
        """This InvoiceLine as proto3 JSON: int64 values as strings, fields that are not set left out."""
        return _write_invoice_line(self)

    # pickle and copy.deepcopy: a MappingProxyType (additional_properties) cannot be pickled as it is.
    __getstate__ = message_state
    __setstate__ = set_message_state


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
_INVOICE_LINE_FIELDS = itemgetter(
    "clusterName",
    "description",
    "unitType",
    "unitPrice",
    "numUnits",
    "amount",
)


def _read_invoice_line(src: Mapping[str, Any]) -> InvoiceLine:
    whole = len(src) == 6
    if whole:  # as the API writes messages: every field without presence, and no other member
        try:
            cluster_name, description, unit_type, unit_price, num_units, amount = _INVOICE_LINE_FIELDS(src)
        except KeyError:  # one left out, an unknown one in its place
            whole = False
    if not whole:  # some left out at their defaults, as proto3 JSON allows: read as null, as the default
        cluster_name = src.get("clusterName")
        description = src.get("description")
        unit_type = src.get("unitType")
        unit_price = src.get("unitPrice")
        num_units = src.get("numUnits")
        amount = src.get("amount")
    self = new(InvoiceLine)
    self.cluster_name = (
        cluster_name if cluster_name.__class__ is str else read_str(cluster_name, "InvoiceLine.clusterName")
    )
    self.description = description if description.__class__ is str else read_str(description, "InvoiceLine.description")
    self.unit_type = unit_type if unit_type.__class__ is str else read_str(unit_type, "InvoiceLine.unitType")
    try:
        self.unit_price = (
            n
            if unit_price.__class__ is str and len(unit_price) < 19 and str(n := int(unit_price)) == unit_price
            else unit_price
            if unit_price.__class__ is int and -9223372036854775808 <= unit_price <= 9223372036854775807
            else read_int64(unit_price, "InvoiceLine.unitPrice")
        )
    except WireFormatError:
        raise
    except ValueError:  # from int(): not decimal digits alone
        self.unit_price = read_int64(unit_price, "InvoiceLine.unitPrice")
    try:
        self.num_units = (
            n
            if num_units.__class__ is str and len(num_units) < 19 and str(n := int(num_units)) == num_units
            else num_units
            if num_units.__class__ is int and -9223372036854775808 <= num_units <= 9223372036854775807
            else read_int64(num_units, "InvoiceLine.numUnits")
        )
    except WireFormatError:
        raise
    except ValueError:  # from int(): not decimal digits alone
        self.num_units = read_int64(num_units, "InvoiceLine.numUnits")
    try:
        self.amount = (
            n
            if amount.__class__ is str and len(amount) < 19 and str(n := int(amount)) == amount
            else amount
            if amount.__class__ is int and -9223372036854775808 <= amount <= 9223372036854775807
            else read_int64(amount, "InvoiceLine.amount")
        )
    except WireFormatError:
        raise
    except ValueError:  # from int(): not decimal digits alone
        self.amount = read_int64(amount, "InvoiceLine.amount")
    self.additional_properties = (
        NO_EXTRAS if whole or _INVOICE_LINE_MEMBERS.issuperset(src) else extras(src, _INVOICE_LINE_MEMBERS)
    )
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
