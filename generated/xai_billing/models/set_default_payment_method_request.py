# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SetDefaultPaymentMethodRequest")


@_attrs_define
class SetDefaultPaymentMethodRequest:
    """
    Attributes:
        payment_method_id (str): ID of a payment method on file.
    """

    payment_method_id: str

    def to_dict(self) -> dict[str, Any]:
        payment_method_id = self.payment_method_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "paymentMethodId": payment_method_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        payment_method_id = d.pop("paymentMethodId")

        set_default_payment_method_request = cls(
            payment_method_id=payment_method_id,
        )

        return set_default_payment_method_request
