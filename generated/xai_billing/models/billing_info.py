# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from .._wire import (
    NO_EXTRAS,
    bad,
    extras,
    new,
    read_str,
    without_collector,
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
        gets its default; a value of the wrong type raises TypeError, one that cannot be read ValueError."""
        return without_collector(_read_billing_info, src)

    def to_dict(self) -> dict[str, Any]:
        """This BillingInfo as proto3 JSON: int64 values as strings, fields that are not set left out."""
        return without_collector(_write_billing_info, self)


_BILLING_INFO_MEMBERS: frozenset[str] = frozenset(
    (
        "name",
        "address",
        "email",
        "taxIdType",
        "taxNumber",
    )
)


def _read_billing_info(src: Mapping[str, Any], check_extras: bool = True) -> BillingInfo:
    self = new(BillingInfo)
    v = src.get("name", "")
    self.name = v if v.__class__ is str else read_str(v, "BillingInfo.name")
    v = src.get("address")
    self.address = (
        None if v is None else _read_address(v) if v.__class__ is dict else bad(v, "an object", "BillingInfo.address")
    )
    v = src.get("email", "")
    self.email = v if v.__class__ is str else read_str(v, "BillingInfo.email")
    v = src.get("taxIdType", "")
    self.tax_id_type = v if v.__class__ is str else read_str(v, "BillingInfo.taxIdType")
    v = src.get("taxNumber", "")
    self.tax_number = v if v.__class__ is str else read_str(v, "BillingInfo.taxNumber")
    if check_extras and not _BILLING_INFO_MEMBERS.issuperset(src):
        self.additional_properties = extras(src, _BILLING_INFO_MEMBERS)
    else:
        self.additional_properties = NO_EXTRAS
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
