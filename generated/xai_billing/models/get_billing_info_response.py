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
class GetBillingInfoResponse:
    """The billing information of a team.

    Attributes:
        billing_info: Billing info of the team.
        additional_properties: Members the server sent that this client does not know; to_dict()
            writes them back.
    """

    billing_info: BillingInfo | None = None
    additional_properties: Mapping[str, Any] = field(default=NO_EXTRAS, repr=False)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> GetBillingInfoResponse:
        """Read a GetBillingInfoResponse from proto3 JSON (a dict as json.loads gives it): an absent or null field
        gets its default, a member this client does not know goes to additional_properties.

        Raises:
            WireFormatError: (also a TypeError and a ValueError) a value of the wrong JSON type, or one its
                field cannot hold; the message names the field. int64 and int32 values must be integral
                and in range; timestamps need their RFC 3339 offset (see the README's Models section).
        """
        try:
            return _read_get_billing_info_response(src)
        except WireFormatError:
            raise
        except (TypeError, ValueError, KeyError, AttributeError, IndexError, RecursionError) as exc:
            raise not_a_message(src, "GetBillingInfoResponse", exc) from exc

    def to_dict(self) -> dict[str, Any]:
        """This GetBillingInfoResponse as proto3 JSON: int64 values as strings, fields that are not set left out."""
        return _write_get_billing_info_response(self)

    # pickle and copy.deepcopy: a MappingProxyType (additional_properties) cannot be pickled as it is.
    __getstate__ = message_state
    __setstate__ = set_message_state


_GET_BILLING_INFO_RESPONSE_MEMBERS: frozenset[str] = frozenset(("billingInfo",))


def _read_get_billing_info_response(src: Mapping[str, Any]) -> GetBillingInfoResponse:
    whole = False
    self = new(GetBillingInfoResponse)
    v = src.get("billingInfo")
    self.billing_info = (
        None
        if v is None
        else _read_billing_info(v)
        if v.__class__ is dict
        else bad(v, "an object", "GetBillingInfoResponse.billingInfo")
    )
    self.additional_properties = (
        NO_EXTRAS
        if whole or _GET_BILLING_INFO_RESPONSE_MEMBERS.issuperset(src)
        else extras(src, _GET_BILLING_INFO_RESPONSE_MEMBERS)
    )
    return self


def _write_get_billing_info_response(self: GetBillingInfoResponse) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if self.billing_info is not None:
        d["billingInfo"] = _write_billing_info(self.billing_info)
    if self.additional_properties:
        d.update(self.additional_properties)
    return d
