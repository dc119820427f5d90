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
class StatusDetail:
    """A `google.protobuf.Any` message; `@type` names the message, the other members are its fields.

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
        gets its default; a value of the wrong type raises TypeError, one that cannot be read ValueError."""
        return without_collector(_read_status_detail, src)

    def to_dict(self) -> dict[str, Any]:
        """This StatusDetail as proto3 JSON: int64 values as strings, fields that are not set left out."""
        return without_collector(_write_status_detail, self)


_STATUS_DETAIL_MEMBERS: frozenset[str] = frozenset(("@type",))


def _read_status_detail(src: Mapping[str, Any], check_extras: bool = True) -> StatusDetail:
    self = new(StatusDetail)
    v = src.get("@type", "")
    self.type_url = v if v.__class__ is str else read_str(v, "StatusDetail.@type")
    if check_extras and not _STATUS_DETAIL_MEMBERS.issuperset(src):
        self.additional_properties = extras(src, _STATUS_DETAIL_MEMBERS)
    else:
        self.additional_properties = NO_EXTRAS
    return self


def _write_status_detail(self: StatusDetail) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["@type"] = self.type_url
    if self.additional_properties:
        d.update(self.additional_properties)
    return d
