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
    read_str,
    set_message_state,
)


@define(kw_only=True)
class LinkDetails:
    """Details of a Link payment method.

    Attributes:
        email: Email address of the Link account.
        additional_properties: Members the server sent that this client does not know; to_dict()
            writes them back.
    """

    email: str = ""
    additional_properties: Mapping[str, Any] = field(default=NO_EXTRAS, repr=False)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> LinkDetails:
        """Read a LinkDetails from proto3 JSON (a dict as json.loads gives it): an absent or null field
        gets its default, a member this client does not know goes to additional_properties.

        Raises:
            WireFormatError: (also a TypeError and a ValueError) a value of the wrong JSON type, or one its
                field cannot hold; the message names the field. int64 and int32 values must be integral
                and in range; timestamps need their RFC 3339 offset (see the README's Models section).
        """
        try:
            return _read_link_details(src)
        except WireFormatError:
            raise
        except (TypeError, ValueError, KeyError, AttributeError, IndexError, RecursionError) as exc:
            raise not_a_message(src, "LinkDetails", exc) from exc

    def to_dict(self) -> dict[str, Any]:
        """This LinkDetails as proto3 JSON: int64 values as strings, fields that are not set left out."""
        return _write_link_details(self)

    # pickle and copy.deepcopy: a MappingProxyType (additional_properties) cannot be pickled as it is.
    __getstate__ = message_state
    __setstate__ = set_message_state


_LINK_DETAILS_MEMBERS: frozenset[str] = frozenset(("email",))


def _read_link_details(src: Mapping[str, Any]) -> LinkDetails:
    whole = len(src) == 1
    if whole:  # as the API writes messages: every field without presence, and no other member
        try:
            email = src["email"]
        except KeyError:  # one left out, an unknown one in its place
            whole = False
    if not whole:  # some left out at their defaults, as proto3 JSON allows: read as null, as the default
        email = src.get("email")
    self = new(LinkDetails)
    self.email = email if email.__class__ is str else read_str(email, "LinkDetails.email")
    self.additional_properties = (
        NO_EXTRAS if whole or _LINK_DETAILS_MEMBERS.issuperset(src) else extras(src, _LINK_DETAILS_MEMBERS)
    )
    return self


def _write_link_details(self: LinkDetails) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["email"] = self.email
    if self.additional_properties:
        d.update(self.additional_properties)
    return d
