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
class Address:
    """A postal address.

    Attributes:
        line1: First line of the street address.
        line2: Second line of the street address.
        city: City.
        country: Country, as an ISO 3166-1 alpha-2 code.
        postal_code: Postal code.
        state: State, province or region.
        additional_properties: Members the server sent that this client does not know; to_dict()
            writes them back.
    """

    line1: str = ""
    line2: str = ""
    city: str = ""
    country: str = ""
    postal_code: str = ""
    state: str = ""
    additional_properties: Mapping[str, Any] = field(default=NO_EXTRAS, repr=False)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Address:
        """Read a Address from proto3 JSON (a dict as json.loads gives it): an absent or null field
        gets its default; a value of the wrong type raises TypeError, one that cannot be read ValueError."""
        return without_collector(_read_address, src)

    def to_dict(self) -> dict[str, Any]:
        """This Address as proto3 JSON: int64 values as strings, fields that are not set left out."""
        return without_collector(_write_address, self)


_ADDRESS_MEMBERS: frozenset[str] = frozenset(
    (
        "line1",
        "line2",
        "city",
        "country",
        "postalCode",
        "state",
    )
)


def _read_address(src: Mapping[str, Any], check_extras: bool = True) -> Address:
    self = new(Address)
    v = src.get("line1", "")
    self.line1 = v if v.__class__ is str else read_str(v, "Address.line1")
    v = src.get("line2", "")
    self.line2 = v if v.__class__ is str else read_str(v, "Address.line2")
    v = src.get("city", "")
    self.city = v if v.__class__ is str else read_str(v, "Address.city")
    v = src.get("country", "")
    self.country = v if v.__class__ is str else read_str(v, "Address.country")
    v = src.get("postalCode", "")
    self.postal_code = v if v.__class__ is str else read_str(v, "Address.postalCode")
    v = src.get("state", "")
    self.state = v if v.__class__ is str else read_str(v, "Address.state")
    if check_extras and not _ADDRESS_MEMBERS.issuperset(src):
        self.additional_properties = extras(src, _ADDRESS_MEMBERS)
    else:
        self.additional_properties = NO_EXTRAS
    return self


def _write_address(self: Address) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["line1"] = self.line1
    d["line2"] = self.line2
    d["city"] = self.city
    d["country"] = self.country
    d["postalCode"] = self.postal_code
    d["state"] = self.state
    if self.additional_properties:
        d.update(self.additional_properties)
    return d
