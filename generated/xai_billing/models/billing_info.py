# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any

from attrs import define, field

from .._exceptions import WireFormatError
from .._wire import (
    NO_EXTRAS,
    bad,
    extras,
    message_state,
    new,
    not_a_message,
    read_str,
    set_message_state,
)
from .address import Address, _read_address, _write_address


@define(kw_only=True)
class BillingInfo:
    """Billing information of a team or of a payment method.

    Attributes:
        name: Name of the person or company billed.
        address: Postal address of the billed person or company.
        email: Email address that receives invoices.
        tax_id_type: Type of the tax ID, for example `us_ein` (the server has also been seen to send `us-ein`).
        tax_number: The tax ID.
        additional_properties: Members the server sent that this client does not know; to_dict()
            writes them back.
    """

    name: str = ""
    address: Address | None = None
    email: str = ""
    tax_id_type: str = ""
    tax_number: str = ""
    additional_properties: Mapping[str, Any] = field(default=NO_EXTRAS, repr=False)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> BillingInfo:
        """Read a BillingInfo from proto3 JSON (a dict as json.loads gives it): an absent or null field
        gets its default, a member this client does not know goes to additional_properties.

        Raises:
            WireFormatError: (also a TypeError and a ValueError) a value of the wrong JSON type, or one its
                field cannot hold; the message names the field. int64 and int32 values must be integral
                and in range; timestamps need their RFC 3339 offset (see the README's Models section).
        """
        try:
            return _read_billing_info(src)
        except WireFormatError:
            raise
        except (TypeError, ValueError, KeyError, AttributeError, IndexError, RecursionError) as exc:
            raise not_a_message(src, "BillingInfo", exc) from exc

    def to_dict(self) -> dict[str, Any]:
        """This BillingInfo as proto3 JSON: int64 values as strings, fields that are not set left out."""
        return _write_billing_info(self)

    # pickle and copy.deepcopy: a MappingProxyType (additional_properties) cannot be pickled as it is.
    __getstate__ = message_state
    __setstate__ = set_message_state


_BILLING_INFO_MEMBERS: frozenset[str] = frozenset(
    (
        "name",
        "address",
        "email",
        "taxIdType",
        "taxNumber",
    )
)
_BILLING_INFO_FIELDS = itemgetter(
    "name",
    "email",
    "taxIdType",
    "taxNumber",
)


def _read_billing_info(src: Mapping[str, Any]) -> BillingInfo:
    whole = len(src) == 4
    if whole:  # as the API writes messages: every field without presence, and no other member
        try:
            name, email, tax_id_type, tax_number = _BILLING_INFO_FIELDS(src)
        except KeyError:  # one left out, an unknown one in its place
            whole = False
    if not whole:  # some left out at their defaults, as proto3 JSON allows: read as null, as the default
        name = src.get("name")
        email = src.get("email")
        tax_id_type = src.get("taxIdType")
        tax_number = src.get("taxNumber")
    self = new(BillingInfo)
    self.name = name if name.__class__ is str else read_str(name, "BillingInfo.name")
    v = src.get("address")
    self.address = (
        None if v is None else _read_address(v) if v.__class__ is dict else bad(v, "an object", "BillingInfo.address")
    )
    self.email = email if email.__class__ is str else read_str(email, "BillingInfo.email")
    self.tax_id_type = tax_id_type if tax_id_type.__class__ is str else read_str(tax_id_type, "BillingInfo.taxIdType")
    self.tax_number = tax_number if tax_number.__class__ is str else read_str(tax_number, "BillingInfo.taxNumber")
    self.additional_properties = (
        NO_EXTRAS if whole or _BILLING_INFO_MEMBERS.issuperset(src) else extras(src, _BILLING_INFO_MEMBERS)
    )
    return self


def _write_billing_info(self: BillingInfo) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["name"] = self.name
    if self.address is not None:
        d["address"] = _write_address(self.address)
    d["email"] = self.email
    d["taxIdType"] = self.tax_id_type
    d["taxNumber"] = self.tax_number
    if self.additional_properties:
        d.update(self.additional_properties)
    return d
