# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.card_brand import CardBrand
from ..types import UNSET, Unset, null_as_unset

T = TypeVar("T", bound="CardDetails")


@_attrs_define
class CardDetails:
    """Details of a card.

    Attributes:
        brand (CardBrand | Unset): Brand of a card:
            - `amex`: American Express.
            - `diners`: Diners Club.
            - `discover`: Discover.
            - `eftpos_au`: eftpos Australia.
            - `jcb`: JCB.
            - `mastercard`: Mastercard.
            - `unionpay`: UnionPay.
            - `visa`: Visa.
            - `unknown`: the processor does not know the brand.
        exp_month (str | Unset): Expiry month, 1 to 12, as an int64 string.
        exp_year (str | Unset): Expiry year, as an int64 string.
        last4 (str | Unset): Last four digits of the card number.
    """

    brand: CardBrand | Unset = UNSET
    exp_month: str | Unset = UNSET
    exp_year: str | Unset = UNSET
    last4: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        brand: str | Unset = UNSET
        if not isinstance(self.brand, Unset):
            brand = self.brand.value

        exp_month = self.exp_month

        exp_year = self.exp_year

        last4 = self.last4

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if brand is not UNSET:
            field_dict["brand"] = brand
        if exp_month is not UNSET:
            field_dict["expMonth"] = exp_month
        if exp_year is not UNSET:
            field_dict["expYear"] = exp_year
        if last4 is not UNSET:
            field_dict["last4"] = last4

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _brand = null_as_unset(d.pop("brand", UNSET))
        brand: CardBrand | Unset
        if isinstance(_brand, Unset):
            brand = UNSET
        else:
            brand = CardBrand(_brand)

        exp_month = null_as_unset(d.pop("expMonth", UNSET))

        exp_year = null_as_unset(d.pop("expYear", UNSET))

        last4 = null_as_unset(d.pop("last4", UNSET))

        card_details = cls(
            brand=brand,
            exp_month=exp_month,
            exp_year=exp_year,
            last4=last4,
        )

        card_details.additional_properties = d
        return card_details

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
