# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
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
    set_message_state,
)
from .billing_info import BillingInfo, _read_billing_info, _write_billing_info


@define(kw_only=True)
class SetBillingInfoRequest:
    """The billing information to set.

    Attributes:
        billing_info: The billing info to set; it replaces the team's current one.
        additional_properties: Members the server sent that this client does not know; to_dict()
            writes them back.
    """

    billing_info: BillingInfo
    additional_properties: Mapping[str, Any] = field(default=NO_EXTRAS, repr=False)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> SetBillingInfoRequest:
        """Read a SetBillingInfoRequest from proto3 JSON (a dict as json.loads gives it): an absent or null field
        gets its default, a member this client does not know goes to additional_properties.

        Raises:
            WireFormatError: (also a TypeError and a ValueError) a value of the wrong JSON type, or one its
                field cannot hold; the message names the field. int64 and int32 values must be integral
                and in range; timestamps need their RFC 3339 offset (see the README's Models section).
        """
        try:
            return _read_set_billing_info_request(src)
        except WireFormatError:
            raise
        except (TypeError, ValueError, KeyError, AttributeError, IndexError, RecursionError) as exc:
            raise not_a_message(src, "SetBillingInfoRequest", exc) from exc

    def to_dict(self) -> dict[str, Any]:
        """This SetBillingInfoRequest as proto3 JSON: int64 values as strings, fields that are not set left out."""
        return _write_set_billing_info_request(self)

    # pickle and copy.deepcopy: a MappingProxyType (additional_properties) cannot be pickled as it is.
    __getstate__ = message_state
    __setstate__ = set_message_state


_SET_BILLING_INFO_REQUEST_MEMBERS: frozenset[str] = frozenset(("billingInfo",))


def _read_set_billing_info_request(src: Mapping[str, Any]) -> SetBillingInfoRequest:
    whole = len(src) == 1
    if whole:  # as the API writes messages: every field without presence, and no other member
        try:
            billing_info = src["billingInfo"]
        except KeyError:  # one left out, an unknown one in its place
            whole = False
    if not whole:  # some left out at their defaults, as proto3 JSON allows: read as null, as the default
        billing_info = src.get("billingInfo")
    self = new(SetBillingInfoRequest)
    self.billing_info = (
        _read_billing_info(billing_info)
        if billing_info.__class__ is dict
        else bad(billing_info, "an object", "SetBillingInfoRequest.billingInfo")
    )
    self.additional_properties = (
        NO_EXTRAS
        if whole or _SET_BILLING_INFO_REQUEST_MEMBERS.issuperset(src)
        else extras(src, _SET_BILLING_INFO_REQUEST_MEMBERS)
    )
    return self


def _write_set_billing_info_request(self: SetBillingInfoRequest) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["billingInfo"] = _write_billing_info(self.billing_info)
    if self.additional_properties:
        d.update(self.additional_properties)
    return d
