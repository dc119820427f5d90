# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from .._wire import (
    NO_EXTRAS,
    extras,
    new,
    read_int32,
    read_messages,
    read_str,
)
from .status_detail import _STATUS_DETAIL_MEMBERS, StatusDetail, _read_status_detail


@define(kw_only=True)
class Status:
    """An error, as a gRPC status. `code` is the gRPC status code (for example 3 INVALID_ARGUMENT,
    5 NOT_FOUND, 7 PERMISSION_DENIED, 16 UNAUTHENTICATED).

    Attributes:
        code: The gRPC status code.
        message: A developer-facing error message.
        details: Details of the error, as `google.protobuf.Any` messages.
        additional_properties: Members the server sent that this client does not know; to_dict()
            writes them back.
    """

    code: int = 0
    message: str = ""
    details: list[StatusDetail] = field(factory=list)
    additional_properties: Mapping[str, Any] = field(default=NO_EXTRAS, repr=False)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Status:
        """Read a Status from proto3 JSON (a dict as json.loads gives it): an absent or null field
        gets its default; a value of the wrong type raises TypeError, one that cannot be read ValueError."""
        return _read_status(src)

    def to_dict(self) -> dict[str, Any]:
        """This Status as proto3 JSON: int64 values as strings, fields that are not set left out."""
        d: dict[str, Any] = {}
        d["code"] = self.code
        d["message"] = self.message
        d["details"] = [item.to_dict() for item in self.details]
        if self.additional_properties:
            d.update(self.additional_properties)
        return d


_STATUS_MEMBERS: frozenset[str] = frozenset(
    (
        "code",
        "message",
        "details",
    )
)


def _read_status(src: Mapping[str, Any], check_extras: bool = True) -> Status:
    self = new(Status)
    v = src.get("code", 0)
    self.code = v if v.__class__ is int else read_int32(v, "Status.code")
    v = src.get("message", "")
    self.message = v if v.__class__ is str else read_str(v, "Status.message")
    self.details = read_messages(_read_status_detail, _STATUS_DETAIL_MEMBERS, src.get("details"), "Status.details")
    if check_extras and not _STATUS_MEMBERS.issuperset(src):
        self.additional_properties = extras(src, _STATUS_MEMBERS)
    else:
        self.additional_properties = NO_EXTRAS
    return self
