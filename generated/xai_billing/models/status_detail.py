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
class StatusDetail:
    """A `google.protobuf.Any` message; `type_url` names the message, the other members are its fields.

    Attributes:
        type_url: The type URL of the detail message.
        additional_properties: Members the server sent that this client does not know; to_dict()
            writes them back.
    """

    type_url: str = ""
    additional_properties: Mapping[str, Any] = field(default=NO_EXTRAS, repr=False)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> StatusDetail:
        """Read a StatusDetail from proto3 JSON (a dict as json.loads gives it): an absent or null field
        gets its default, a member this client does not know goes to additional_properties.

        Raises:
            WireFormatError: (also a TypeError and a ValueError) a value of the wrong JSON type, or one its
                field cannot hold; the message names the field. int64 and int32 values must be integral
                and in range; timestamps need their RFC 3339 offset (see the README's Models section).
        """
        try:
            return _read_status_detail(src)
        except WireFormatError:
            raise
        except (TypeError, ValueError, KeyError, AttributeError, IndexError, RecursionError) as exc:
            raise not_a_message(src, "StatusDetail", exc) from exc

    def to_dict(self) -> dict[str, Any]:
        """This StatusDetail as proto3 JSON: int64 values as strings, fields that are not set left out."""
        return _write_status_detail(self)

    # pickle and copy.deepcopy: a MappingProxyType (additional_properties) cannot be pickled as it is.
    __getstate__ = message_state
    __setstate__ = set_message_state


_STATUS_DETAIL_MEMBERS: frozenset[str] = frozenset(("@type",))


def _read_status_detail(src: Mapping[str, Any]) -> StatusDetail:
    whole = len(src) == 1
    if whole:  # as the API writes messages: every field without presence, and no other member
        try:
            type_url = src["@type"]
        except KeyError:  # one left out, an unknown one in its place
            whole = False
    if not whole:  # some left out at their defaults, as proto3 JSON allows: read as null, as the default
        type_url = src.get("@type")
    self = new(StatusDetail)
    self.type_url = type_url if type_url.__class__ is str else read_str(type_url, "StatusDetail.@type")
    self.additional_properties = (
        NO_EXTRAS if whole or _STATUS_DETAIL_MEMBERS.issuperset(src) else extras(src, _STATUS_DETAIL_MEMBERS)
    )
    return self


def _write_status_detail(self: StatusDetail) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["@type"] = self.type_url
    if self.additional_properties:
        d.update(self.additional_properties)
    return d
