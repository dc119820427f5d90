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
class SetDefaultPaymentMethodRequest:
    """The payment method to make the default.

    Attributes:
        payment_method_id: ID of a payment method on file.
        additional_properties: Members the server sent that this client does not know; to_dict()
            writes them back.
    """

    payment_method_id: str
    additional_properties: Mapping[str, Any] = field(default=NO_EXTRAS, repr=False)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> SetDefaultPaymentMethodRequest:
        """Read a SetDefaultPaymentMethodRequest from proto3 JSON (a dict as json.loads gives it): an absent or null field
        gets its default, a member this client does not know goes to additional_properties.

        Raises:
            WireFormatError: (also a TypeError and a ValueError) a value of the wrong JSON type, or one its
                field cannot hold; the message names the field. int64 and int32 values must be integral
                and in range; timestamps need their RFC 3339 offset (see the README's Models section).
        """
        try:
            return _read_set_default_payment_method_request(src)
        except WireFormatError:
            raise
        except (TypeError, ValueError, KeyError, AttributeError, IndexError, RecursionError) as exc:
            raise not_a_message(src, "SetDefaultPaymentMethodRequest", exc) from exc

    def to_dict(self) -> dict[str, Any]:
        """This SetDefaultPaymentMethodRequest as proto3 JSON: int64 values as strings, fields that are not set left out."""
        return _write_set_default_payment_method_request(self)

    # pickle and copy.deepcopy: a MappingProxyType (additional_properties) cannot be pickled as it is.
    __getstate__ = message_state
    __setstate__ = set_message_state


_SET_DEFAULT_PAYMENT_METHOD_REQUEST_MEMBERS: frozenset[str] = frozenset(("paymentMethodId",))


def _read_set_default_payment_method_request(src: Mapping[str, Any]) -> SetDefaultPaymentMethodRequest:
    whole = len(src) == 1
    if whole:  # as the API writes messages: every field without presence, and no other member
        try:
            payment_method_id = src["paymentMethodId"]
        except KeyError:  # one left out, an unknown one in its place
            whole = False
    if not whole:  # some left out at their defaults, as proto3 JSON allows: read as null, as the default
        payment_method_id = src.get("paymentMethodId")
    self = new(SetDefaultPaymentMethodRequest)
    self.payment_method_id = (
        payment_method_id
        if payment_method_id.__class__ is str
        else read_str(payment_method_id, "SetDefaultPaymentMethodRequest.paymentMethodId")
    )
    self.additional_properties = (
        NO_EXTRAS
        if whole or _SET_DEFAULT_PAYMENT_METHOD_REQUEST_MEMBERS.issuperset(src)
        else extras(src, _SET_DEFAULT_PAYMENT_METHOD_REQUEST_MEMBERS)
    )
    return self


def _write_set_default_payment_method_request(self: SetDefaultPaymentMethodRequest) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["paymentMethodId"] = self.payment_method_id
    if self.additional_properties:
        d.update(self.additional_properties)
    return d
