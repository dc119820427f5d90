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
    read_str,
    set_message_state,
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
        """Read an Address from proto3 JSON (a dict as json.loads gives it): an absent or null field
        gets its default, a member this client does not know goes to additional_properties.

        Raises:
            WireFormatError: (also a TypeError and a ValueError) a value of the wrong JSON type, or one its
                field cannot hold; the message names the field. int64 and int32 values must be integral
                and in range; timestamps need their RFC 3339 offset (see the README's Models section).
        """
        try:
            return _read_address(src)
        except WireFormatError:
            raise
        except (TypeError, ValueError, KeyError, AttributeError, IndexError, RecursionError) as exc:
            raise not_a_message(src, "Address", exc) from exc

    def to_dict(self) -> dict[str, Any]:
        """This Address as proto3 JSON: int64 values as strings, fields that are not set left out."""
        return _write_address(self)

    # pickle and copy.deepcopy: a MappingProxyType (additional_properties) cannot be pickled as it is.
    __getstate__ = message_state
    __setstate__ = set_message_state


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
_ADDRESS_FIELDS = itemgetter(
    "line1",
    "line2",
    "city",
    "country",
    "postalCode",
    "state",
)


def _read_address(src: Mapping[str, Any]) -> Address:
    whole = len(src) == 6
    if whole:  # as the API writes messages: every field without presence, and no other member
        try:
            line1, line2, city, country, postal_code, state = _ADDRESS_FIELDS(src)
        except KeyError:  # one left out, an unknown one in its place
            whole = False
    if not whole:  # some left out at their defaults, as proto3 JSON allows: read as null, as the default
        line1 = src.get("line1")
        line2 = src.get("line2")
        city = src.get("city")
        country = src.get("country")
        postal_code = src.get("postalCode")
        state = src.get("state")
    self = new(Address)
    self.line1 = line1 if line1.__class__ is str else read_str(line1, "Address.line1")
    self.line2 = line2 if line2.__class__ is str else read_str(line2, "Address.line2")
    self.city = city if city.__class__ is str else read_str(city, "Address.city")
    self.country = country if country.__class__ is str else read_str(country, "Address.country")
    self.postal_code = postal_code if postal_code.__class__ is str else read_str(postal_code, "Address.postalCode")
    self.state = state if state.__class__ is str else read_str(state, "Address.state")
    self.additional_properties = (
        NO_EXTRAS if whole or _ADDRESS_MEMBERS.issuperset(src) else extras(src, _ADDRESS_MEMBERS)
    )
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
