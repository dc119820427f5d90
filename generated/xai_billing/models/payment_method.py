# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from operator import itemgetter
from typing import Any

from attrs import define, field

from .._exceptions import WireFormatError
from .._wire import (
    NO_EXTRAS,
    READ_TIMESTAMPS,
    bad,
    extras,
    message_state,
    new,
    not_a_message,
    read_str,
    read_timestamp,
    set_message_state,
    write_timestamp,
)
from .billing_info import BillingInfo, _read_billing_info, _write_billing_info
from .card_details import CardDetails, _read_card_details, _write_card_details
from .link_details import LinkDetails, _read_link_details, _write_link_details
from .us_bank_account_details import UsBankAccountDetails, _read_us_bank_account_details, _write_us_bank_account_details


@define(kw_only=True)
class PaymentMethod:
    """A payment method on file. At most one of the detail objects is set; the others may be None.

    Attributes:
        payment_method_id: ID of the payment method.
        billing_info: Billing info attached to the payment method.
        card_details: Set when the payment method is a card.
        us_bank_account_details: Set when the payment method is a US bank account.
        link_details: Set when the payment method is a Link account.
        payment_type: Kind of payment method, for example `card`.
        added_ts: When the payment method was added.
        additional_properties: Members the server sent that this client does not know; to_dict()
            writes them back.
    """

    payment_method_id: str = ""
    billing_info: BillingInfo | None = None
    card_details: CardDetails | None = None
    us_bank_account_details: UsBankAccountDetails | None = None
    link_details: LinkDetails | None = None
    payment_type: str = ""
    added_ts: datetime.datetime | None = None
    additional_properties: Mapping[str, Any] = field(default=NO_EXTRAS, repr=False)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> PaymentMethod:
        """Read a PaymentMethod from proto3 JSON (a dict as json.loads gives it): an absent or null field
        gets its default, a member this client does not know goes to additional_properties.

        Raises:
            WireFormatError: (also a TypeError and a ValueError) a value of the wrong JSON type, or one its
                field cannot hold; the message names the field. int64 and int32 values must be integral
                and in range; timestamps need their RFC 3339 offset (see the README's Models section).
        """
        try:
            return _read_payment_method(src)
        except WireFormatError:
            raise
        except (TypeError, ValueError, KeyError, AttributeError, IndexError, RecursionError) as exc:
            raise not_a_message(src, "PaymentMethod", exc) from exc

    def to_dict(self) -> dict[str, Any]:
        """This PaymentMethod as proto3 JSON: int64 values as strings, fields that are not set left out."""
        return _write_payment_method(self)

    # pickle and copy.deepcopy: a MappingProxyType (additional_properties) cannot be pickled as it is.
    __getstate__ = message_state
    __setstate__ = set_message_state


_PAYMENT_METHOD_MEMBERS: frozenset[str] = frozenset(
    (
        "paymentMethodId",
        "billingInfo",
        "cardDetails",
        "usBankAccountDetails",
        "linkDetails",
        "paymentType",
        "addedTs",
    )
)
_PAYMENT_METHOD_FIELDS = itemgetter(
    "paymentMethodId",
    "paymentType",
)


def _read_payment_method(src: Mapping[str, Any]) -> PaymentMethod:
    whole = len(src) == 2
    if whole:  # as the API writes messages: every field without presence, and no other member
        try:
            payment_method_id, payment_type = _PAYMENT_METHOD_FIELDS(src)
        except KeyError:  # one left out, an unknown one in its place
            whole = False
    if not whole:  # some left out at their defaults, as proto3 JSON allows: read as null, as the default
        payment_method_id = src.get("paymentMethodId")
        payment_type = src.get("paymentType")
    self = new(PaymentMethod)
    self.payment_method_id = (
        payment_method_id
        if payment_method_id.__class__ is str
        else read_str(payment_method_id, "PaymentMethod.paymentMethodId")
    )
    v = src.get("billingInfo")
    self.billing_info = (
        None
        if v is None
        else _read_billing_info(v)
        if v.__class__ is dict
        else bad(v, "an object", "PaymentMethod.billingInfo")
    )
    v = src.get("cardDetails")
    self.card_details = (
        None
        if v is None
        else _read_card_details(v)
        if v.__class__ is dict
        else bad(v, "an object", "PaymentMethod.cardDetails")
    )
    v = src.get("usBankAccountDetails")
    self.us_bank_account_details = (
        None
        if v is None
        else _read_us_bank_account_details(v)
        if v.__class__ is dict
        else bad(v, "an object", "PaymentMethod.usBankAccountDetails")
    )
    v = src.get("linkDetails")
    self.link_details = (
        None
        if v is None
        else _read_link_details(v)
        if v.__class__ is dict
        else bad(v, "an object", "PaymentMethod.linkDetails")
    )
    self.payment_type = (
        payment_type if payment_type.__class__ is str else read_str(payment_type, "PaymentMethod.paymentType")
    )
    v = src.get("addedTs")
    self.added_ts = (
        None
        if v is None
        else (READ_TIMESTAMPS.get(v) if v.__class__ is str else None) or read_timestamp(v, "PaymentMethod.addedTs")
    )
    self.additional_properties = (
        NO_EXTRAS if whole or _PAYMENT_METHOD_MEMBERS.issuperset(src) else extras(src, _PAYMENT_METHOD_MEMBERS)
    )
    return self


def _write_payment_method(self: PaymentMethod) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["paymentMethodId"] = self.payment_method_id
    if self.billing_info is not None:
        d["billingInfo"] = _write_billing_info(self.billing_info)
    if self.card_details is not None:
        d["cardDetails"] = _write_card_details(self.card_details)
    if self.us_bank_account_details is not None:
        d["usBankAccountDetails"] = _write_us_bank_account_details(self.us_bank_account_details)
    if self.link_details is not None:
        d["linkDetails"] = _write_link_details(self.link_details)
    d["paymentType"] = self.payment_type
    if self.added_ts is not None:
        d["addedTs"] = write_timestamp(self.added_ts)
    if self.additional_properties:
        d.update(self.additional_properties)
    return d
