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
    read_messages,
    read_str,
    set_message_state,
)
from .status_detail import StatusDetail, _read_status_detail, _write_status_detail


@define(kw_only=True)
class Status:
    """An error. Only the 401's message text is on record from this API ("Invalid bearer token. Please ensure you
    use a valid management key.", gRPC code 16); the envelope is what gRPC gateways send, unverified here:
    grpc-gateway writes `{code, message, details}` with the numeric gRPC code, other gateways write the code's
    name or add `error`. Clients should read all of them and tolerate none. Public clients of the Management
    API read a 403 with code 7 (PERMISSION_DENIED) as a key without the permission or another team's ID.
    Examples other than the 401's text are illustrative.

    Attributes:
        code: The gRPC status code: a number (3 INVALID_ARGUMENT, 5 NOT_FOUND, 7 PERMISSION_DENIED, 16
            UNAUTHENTICATED, ...) or its name.
        message: A developer-facing error message.
        details: Details of the error, as `google.protobuf.Any` messages.
        error: A short error text some gateways add beside `message`.
        additional_properties: Members the server sent that this client does not know; to_dict()
            writes them back.
    """

    code: Any | None = None
    message: str = ""
    details: list[StatusDetail] = field(factory=list)
    error: str = ""
    additional_properties: Mapping[str, Any] = field(default=NO_EXTRAS, repr=False)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Status:
        """Read a Status from proto3 JSON (a dict as json.loads gives it): an absent or null field
        gets its default, a member this client does not know goes to additional_properties.

        Raises:
            WireFormatError: (also a TypeError and a ValueError) a value of the wrong JSON type, or one its
                field cannot hold; the message names the field. int64 and int32 values must be integral
                and in range; timestamps need their RFC 3339 offset (see the README's Models section).
        """
        try:
            return _read_status(src)
        except WireFormatError:
            raise
        except (TypeError, ValueError, KeyError, AttributeError, IndexError, RecursionError) as exc:
            raise not_a_message(src, "Status", exc) from exc

    def to_dict(self) -> dict[str, Any]:
        """This Status as proto3 JSON: int64 values as strings, fields that are not set left out."""
        return _write_status(self)

    # pickle and copy.deepcopy: a MappingProxyType (additional_properties) cannot be pickled as it is.
    __getstate__ = message_state
    __setstate__ = set_message_state


_STATUS_MEMBERS: frozenset[str] = frozenset(
    (
        "code",
        "message",
        "details",
        "error",
    )
)
_STATUS_FIELDS = itemgetter(
    "message",
    "details",
    "error",
)


def _read_status(src: Mapping[str, Any]) -> Status:
    whole = len(src) == 3
    if whole:  # as the API writes messages: every field without presence, and no other member
        try:
            message, details, error = _STATUS_FIELDS(src)
        except KeyError:  # one left out, an unknown one in its place
            whole = False
    if not whole:  # some left out at their defaults, as proto3 JSON allows: read as null, as the default
        message = src.get("message")
        details = src.get("details")
        error = src.get("error")
    self = new(Status)
    v = src.get("code")
    self.code = v
    self.message = message if message.__class__ is str else read_str(message, "Status.message")
    self.details = read_messages(_read_status_detail, details, "Status.details")
    self.error = error if error.__class__ is str else read_str(error, "Status.error")
    self.additional_properties = NO_EXTRAS if whole or _STATUS_MEMBERS.issuperset(src) else extras(src, _STATUS_MEMBERS)
    return self


def _write_status(self: Status) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if self.code is not None:
        d["code"] = self.code
    d["message"] = self.message
    d["details"] = [_write_status_detail(item) for item in self.details]
    d["error"] = self.error
    if self.additional_properties:
        d.update(self.additional_properties)
    return d
