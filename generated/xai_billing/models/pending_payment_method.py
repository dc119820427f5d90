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
class PendingPaymentMethod:
    """An incomplete attempt to add a payment method. Might resolve into a payment method.

    Attributes:
        ach_microdeposit_hosted_verification_url: Where to verify the microdeposits of a US bank account.
        additional_properties: Members the server sent that this client does not know; to_dict()
            writes them back.
    """

    ach_microdeposit_hosted_verification_url: str = ""
    additional_properties: Mapping[str, Any] = field(default=NO_EXTRAS, repr=False)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> PendingPaymentMethod:
        """Read a PendingPaymentMethod from proto3 JSON (a dict as json.loads gives it): an absent or null field
        gets its default, a member this client does not know goes to additional_properties.

        Raises:
            WireFormatError: (also a TypeError and a ValueError) a value of the wrong JSON type, or one its
                field cannot hold; the message names the field. int64 and int32 values must be integral
                and in range; timestamps need their RFC 3339 offset (see the README's Models section).
        """
        try:
            return _read_pending_payment_method(src)
        except WireFormatError:
            raise
        except (TypeError, ValueError, KeyError, AttributeError, IndexError, RecursionError) as exc:
            raise not_a_message(src, "PendingPaymentMethod", exc) from exc

    def to_dict(self) -> dict[str, Any]:
        """This PendingPaymentMethod as proto3 JSON: int64 values as strings, fields that are not set left out."""
        return _write_pending_payment_method(self)

    # pickle and copy.deepcopy: a MappingProxyType (additional_properties) cannot be pickled as it is.
    __getstate__ = message_state
    __setstate__ = set_message_state


_PENDING_PAYMENT_METHOD_MEMBERS: frozenset[str] = frozenset(("achMicrodepositHostedVerificationUrl",))


def _read_pending_payment_method(src: Mapping[str, Any]) -> PendingPaymentMethod:
    whole = len(src) == 1
    if whole:  # as the API writes messages: every field without presence, and no other member
        try:
            ach_microdeposit_hosted_verification_url = src["achMicrodepositHostedVerificationUrl"]
        except KeyError:  # one left out, an unknown one in its place
            whole = False
    if not whole:  # some left out at their defaults, as proto3 JSON allows: read as null, as the default
        ach_microdeposit_hosted_verification_url = src.get("achMicrodepositHostedVerificationUrl")
    self = new(PendingPaymentMethod)
    self.ach_microdeposit_hosted_verification_url = (
        ach_microdeposit_hosted_verification_url
        if ach_microdeposit_hosted_verification_url.__class__ is str
        else read_str(
            ach_microdeposit_hosted_verification_url, "PendingPaymentMethod.achMicrodepositHostedVerificationUrl"
        )
    )
    self.additional_properties = (
        NO_EXTRAS
        if whole or _PENDING_PAYMENT_METHOD_MEMBERS.issuperset(src)
        else extras(src, _PENDING_PAYMENT_METHOD_MEMBERS)
    )
    return self


def _write_pending_payment_method(self: PendingPaymentMethod) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["achMicrodepositHostedVerificationUrl"] = self.ach_microdeposit_hosted_verification_url
    if self.additional_properties:
        d.update(self.additional_properties)
    return d
