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
    read_enum,
    read_int32,
    read_str,
    read_timestamp,
    set_message_state,
    write_timestamp,
)
from .change_origin import ChangeOrigin
from .payment_processor import PaymentProcessor, _read_payment_processor, _write_payment_processor
from .topup_status import TopupStatus
from .usd_cents import UsdCents, _read_usd_cents, _write_usd_cents


@define(kw_only=True)
class BalanceChange:
    """A change of the prepaid credit balance.

    Attributes:
        team_id: The team whose balance changed.
        change_origin: What caused the change.
        topup_status: Progress of a top-up; INVALID_STATUS for other changes.
        amount: Amount of the change, negative for purchases, refunds and automatic purchases, positive for spends.
        invoice_id: ID of the invoice of a top-up.
        invoice_number: Number of the invoice of a top-up.
        create_time: When the change was created; None on spend rows.
        spend_bp_key_year: Year of the billing period a spend belongs to.
        spend_bp_key_month: Month of the billing period a spend belongs to.
        create_ts: When the change was created.
        payment_processor: Who processed the payment of a top-up.
        additional_properties: Members the server sent that this client does not know; to_dict()
            writes them back.
    """

    team_id: str = ""
    change_origin: ChangeOrigin = ChangeOrigin.INVALID_ORIGIN
    topup_status: TopupStatus | None = None
    amount: UsdCents | None = None
    invoice_id: str | None = None
    invoice_number: str | None = None
    create_time: datetime.datetime | None = None
    spend_bp_key_year: int | None = None
    spend_bp_key_month: int | None = None
    create_ts: datetime.datetime | None = None
    payment_processor: PaymentProcessor | None = None
    additional_properties: Mapping[str, Any] = field(default=NO_EXTRAS, repr=False)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> BalanceChange:
        """Read a BalanceChange from proto3 JSON (a dict as json.loads gives it): an absent or null field
        gets its default, a member this client does not know goes to additional_properties.

        Raises:
            WireFormatError: (also a TypeError and a ValueError) a value of the wrong JSON type, or one its
                field cannot hold; the message names the field. int64 and int32 values must be integral
                and in range; timestamps need their RFC 3339 offset (see the README's Models section).
        """
        try:
            return _read_balance_change(src)
        except WireFormatError:
            raise
        except (TypeError, ValueError, KeyError, AttributeError, IndexError, RecursionError) as exc:
            raise not_a_message(src, "BalanceChange", exc) from exc

    def to_dict(self) -> dict[str, Any]:
        """This BalanceChange as proto3 JSON: int64 values as strings, fields that are not set left out."""
        return _write_balance_change(self)

    # pickle and copy.deepcopy: a MappingProxyType (additional_properties) cannot be pickled as it is.
    __getstate__ = message_state
    __setstate__ = set_message_state


_BALANCE_CHANGE_MEMBERS: frozenset[str] = frozenset(
    (
        "teamId",
        "changeOrigin",
        "topupStatus",
        "amount",
        "invoiceId",
        "invoiceNumber",
        "createTime",
        "spendBpKeyYear",
        "spendBpKeyMonth",
        "createTs",
        "paymentProcessor",
    )
)
_BALANCE_CHANGE_FIELDS = itemgetter(
    "teamId",
    "changeOrigin",
)
_CHANGE_ORIGIN: dict[str, ChangeOrigin] = {member.value: member for member in ChangeOrigin}
_TOPUP_STATUS: dict[str, TopupStatus] = {member.value: member for member in TopupStatus}


def _read_balance_change(src: Mapping[str, Any]) -> BalanceChange:
    whole = len(src) == 2
    if whole:  # as the API writes messages: every field without presence, and no other member
        try:
            team_id, change_origin = _BALANCE_CHANGE_FIELDS(src)
        except KeyError:  # one left out, an unknown one in its place
            whole = False
    if not whole:  # some left out at their defaults, as proto3 JSON allows: read as null, as the default
        team_id = src.get("teamId")
        change_origin = src.get("changeOrigin")
    self = new(BalanceChange)
    self.team_id = team_id if team_id.__class__ is str else read_str(team_id, "BalanceChange.teamId")
    self.change_origin = (_CHANGE_ORIGIN.get(change_origin) if change_origin.__class__ is str else None) or read_enum(
        ChangeOrigin, change_origin, "BalanceChange.changeOrigin"
    )
    v = src.get("topupStatus")
    self.topup_status = (
        None
        if v is None
        else (_TOPUP_STATUS.get(v) if v.__class__ is str else None)
        or read_enum(TopupStatus, v, "BalanceChange.topupStatus")
    )
    v = src.get("amount")
    self.amount = (
        None
        if v is None
        else _read_usd_cents(v)
        if v.__class__ is dict
        else bad(v, "an object", "BalanceChange.amount")
    )
    v = src.get("invoiceId")
    self.invoice_id = v if v is None or v.__class__ is str else bad(v, "a string", "BalanceChange.invoiceId")
    v = src.get("invoiceNumber")
    self.invoice_number = v if v is None or v.__class__ is str else bad(v, "a string", "BalanceChange.invoiceNumber")
    v = src.get("createTime")
    self.create_time = (
        None
        if v is None
        else (READ_TIMESTAMPS.get(v) if v.__class__ is str else None) or read_timestamp(v, "BalanceChange.createTime")
    )
    v = src.get("spendBpKeyYear")
    self.spend_bp_key_year = (
        v
        if v is None or v.__class__ is int and -2147483648 <= v <= 2147483647
        else read_int32(v, "BalanceChange.spendBpKeyYear")
    )
    v = src.get("spendBpKeyMonth")
    self.spend_bp_key_month = (
        v
        if v is None or v.__class__ is int and -2147483648 <= v <= 2147483647
        else read_int32(v, "BalanceChange.spendBpKeyMonth")
    )
    v = src.get("createTs")
    self.create_ts = (
        None
        if v is None
        else (READ_TIMESTAMPS.get(v) if v.__class__ is str else None) or read_timestamp(v, "BalanceChange.createTs")
    )
    v = src.get("paymentProcessor")
    self.payment_processor = (
        None
        if v is None
        else _read_payment_processor(v)
        if v.__class__ is dict
        else bad(v, "an object", "BalanceChange.paymentProcessor")
    )
    self.additional_properties = (
        NO_EXTRAS if whole or _BALANCE_CHANGE_MEMBERS.issuperset(src) else extras(src, _BALANCE_CHANGE_MEMBERS)
    )
    return self


def _write_balance_change(self: BalanceChange) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["teamId"] = self.team_id
    d["changeOrigin"] = self.change_origin
    if self.topup_status is not None:
        d["topupStatus"] = self.topup_status
    if self.amount is not None:
        d["amount"] = _write_usd_cents(self.amount)
    if self.invoice_id is not None:
        d["invoiceId"] = self.invoice_id
    if self.invoice_number is not None:
        d["invoiceNumber"] = self.invoice_number
    if self.create_time is not None:
        d["createTime"] = write_timestamp(self.create_time)
    if self.spend_bp_key_year is not None:
        d["spendBpKeyYear"] = self.spend_bp_key_year
    if self.spend_bp_key_month is not None:
        d["spendBpKeyMonth"] = self.spend_bp_key_month
    if self.create_ts is not None:
        d["createTs"] = write_timestamp(self.create_ts)
    if self.payment_processor is not None:
        d["paymentProcessor"] = _write_payment_processor(self.payment_processor)
    if self.additional_properties:
        d.update(self.additional_properties)
    return d
