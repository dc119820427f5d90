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
    read_int64,
    read_str,
    set_message_state,
)


@define(kw_only=True)
class CardDetails:
    """Details of a card.

    Attributes:
        brand: Brand of the card, a plain string in the proto (new brands may appear): seen as `amex`, `diners`,
            `discover`, `eftpos_au`, `jcb`, `mastercard`, `unionpay`, `visa` and `unknown`.
        exp_month: Expiry month, 1 to 12.
        exp_year: Expiry year.
        last4: Last four digits of the card number.
        additional_properties: Members the server sent that this client does not know; to_dict()
            writes them back.
    """

    brand: str = ""
    exp_month: int = 0
    exp_year: int = 0
    last4: str = ""
    additional_properties: Mapping[str, Any] = field(default=NO_EXTRAS, repr=False)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> CardDetails:
        """Read a CardDetails from proto3 JSON (a dict as json.loads gives it): an absent or null field
        gets its default, a member this client does not know goes to additional_properties.

        Raises:
            WireFormatError: (also a TypeError and a ValueError) a value of the wrong JSON type, or one its
                field cannot hold; the message names the field. int64 and int32 values must be integral
                and in range; timestamps need their RFC 3339 offset (see the README's Models section).
        """
        try:
            return _read_card_details(src)
        except WireFormatError:
            raise
        except (TypeError, ValueError, KeyError, AttributeError, IndexError, RecursionError) as exc:
            raise not_a_message(src, "CardDetails", exc) from exc

    def to_dict(self) -> dict[str, Any]:
        """This CardDetails as proto3 JSON: int64 values as strings, fields that are not set left out."""
        return _write_card_details(self)

    # pickle and copy.deepcopy: a MappingProxyType (additional_properties) cannot be pickled as it is.
    __getstate__ = message_state
    __setstate__ = set_message_state


_CARD_DETAILS_MEMBERS: frozenset[str] = frozenset(
    (
        "brand",
        "expMonth",
        "expYear",
        "last4",
    )
)
_CARD_DETAILS_FIELDS = itemgetter(
    "brand",
    "expMonth",
    "expYear",
    "last4",
)


def _read_card_details(src: Mapping[str, Any]) -> CardDetails:
    whole = len(src) == 4
    if whole:  # as the API writes messages: every field without presence, and no other member
        try:
            brand, exp_month, exp_year, last4 = _CARD_DETAILS_FIELDS(src)
        except KeyError:  # one left out, an unknown one in its place
            whole = False
    if not whole:  # some left out at their defaults, as proto3 JSON allows: read as null, as the default
        brand = src.get("brand")
        exp_month = src.get("expMonth")
        exp_year = src.get("expYear")
        last4 = src.get("last4")
    self = new(CardDetails)
    self.brand = brand if brand.__class__ is str else read_str(brand, "CardDetails.brand")
    try:
        self.exp_month = (
            n
            if exp_month.__class__ is str and len(exp_month) < 19 and str(n := int(exp_month)) == exp_month
            else exp_month
            if exp_month.__class__ is int and -9223372036854775808 <= exp_month <= 9223372036854775807
            else read_int64(exp_month, "CardDetails.expMonth")
        )
    except WireFormatError:
        raise
    except ValueError:  # from int(): not decimal digits alone
        self.exp_month = read_int64(exp_month, "CardDetails.expMonth")
    try:
        self.exp_year = (
            n
            if exp_year.__class__ is str and len(exp_year) < 19 and str(n := int(exp_year)) == exp_year
            else exp_year
            if exp_year.__class__ is int and -9223372036854775808 <= exp_year <= 9223372036854775807
            else read_int64(exp_year, "CardDetails.expYear")
        )
    except WireFormatError:
        raise
    except ValueError:  # from int(): not decimal digits alone
        self.exp_year = read_int64(exp_year, "CardDetails.expYear")
    self.last4 = last4 if last4.__class__ is str else read_str(last4, "CardDetails.last4")
    self.additional_properties = (
        NO_EXTRAS if whole or _CARD_DETAILS_MEMBERS.issuperset(src) else extras(src, _CARD_DETAILS_MEMBERS)
    )
    return self


def _write_card_details(self: CardDetails) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["brand"] = self.brand
    d["expMonth"] = str(self.exp_month)
    d["expYear"] = str(self.exp_year)
    d["last4"] = self.last4
    if self.additional_properties:
        d.update(self.additional_properties)
    return d
