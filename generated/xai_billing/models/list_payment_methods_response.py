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
    read_messages,
    set_message_state,
)
from .payment_method import PaymentMethod, _read_payment_method, _write_payment_method
from .pending_payment_method import PendingPaymentMethod, _read_pending_payment_method, _write_pending_payment_method


@define(kw_only=True)
class ListPaymentMethodsResponse:
    """The payment methods of a team.

    Attributes:
        payment_methods: Payment methods on file.
        pending_payment_method: An incomplete attempt to add a payment method, if any.
        additional_properties: Members the server sent that this client does not know; to_dict()
            writes them back.
    """

    payment_methods: list[PaymentMethod] = field(factory=list)
    pending_payment_method: PendingPaymentMethod | None = None
    additional_properties: Mapping[str, Any] = field(default=NO_EXTRAS, repr=False)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> ListPaymentMethodsResponse:
        """Read a ListPaymentMethodsResponse from proto3 JSON (a dict as json.loads gives it): an absent or null field
        gets its default, a member this client does not know goes to additional_properties.

        Raises:
            WireFormatError: (also a TypeError and a ValueError) a value of the wrong JSON type, or one its
                field cannot hold; the message names the field. int64 and int32 values must be integral
                and in range; timestamps need their RFC 3339 offset (see the README's Models section).
        """
        try:
            return _read_list_payment_methods_response(src)
        except WireFormatError:
            raise
        except (TypeError, ValueError, KeyError, AttributeError, IndexError, RecursionError) as exc:
            raise not_a_message(src, "ListPaymentMethodsResponse", exc) from exc

    def to_dict(self) -> dict[str, Any]:
        """This ListPaymentMethodsResponse as proto3 JSON: int64 values as strings, fields that are not set left out."""
        return _write_list_payment_methods_response(self)

    # pickle and copy.deepcopy: a MappingProxyType (additional_properties) cannot be pickled as it is.
    __getstate__ = message_state
    __setstate__ = set_message_state


_LIST_PAYMENT_METHODS_RESPONSE_MEMBERS: frozenset[str] = frozenset(
    (
        "paymentMethods",
        "pendingPaymentMethod",
    )
)


def _read_list_payment_methods_response(src: Mapping[str, Any]) -> ListPaymentMethodsResponse:
    whole = len(src) == 1
    if whole:  # as the API writes messages: every field without presence, and no other member
        try:
            payment_methods = src["paymentMethods"]
        except KeyError:  # one left out, an unknown one in its place
            whole = False
    if not whole:  # some left out at their defaults, as proto3 JSON allows: read as null, as the default
        payment_methods = src.get("paymentMethods")
    self = new(ListPaymentMethodsResponse)
    self.payment_methods = read_messages(
        _read_payment_method, payment_methods, "ListPaymentMethodsResponse.paymentMethods"
    )
    v = src.get("pendingPaymentMethod")
    self.pending_payment_method = (
        None
        if v is None
        else _read_pending_payment_method(v)
        if v.__class__ is dict
        else bad(v, "an object", "ListPaymentMethodsResponse.pendingPaymentMethod")
    )
    self.additional_properties = (
        NO_EXTRAS
        if whole or _LIST_PAYMENT_METHODS_RESPONSE_MEMBERS.issuperset(src)
        else extras(src, _LIST_PAYMENT_METHODS_RESPONSE_MEMBERS)
    )
    return self


def _write_list_payment_methods_response(self: ListPaymentMethodsResponse) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["paymentMethods"] = [_write_payment_method(item) for item in self.payment_methods]
    if self.pending_payment_method is not None:
        d["pendingPaymentMethod"] = _write_pending_payment_method(self.pending_payment_method)
    if self.additional_properties:
        d.update(self.additional_properties)
    return d
