# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, null_as_unset

if TYPE_CHECKING:
    from ..models.payment_method import PaymentMethod
    from ..models.pending_payment_method import PendingPaymentMethod


T = TypeVar("T", bound="ListPaymentMethodsResponse")


@_attrs_define
class ListPaymentMethodsResponse:
    """
    Attributes:
        payment_methods (list[PaymentMethod] | Unset): Payment methods on file.
        pending_payment_method (None | PendingPaymentMethod | Unset): An incomplete attempt to add a payment method, if
            any.
    """

    payment_methods: list[PaymentMethod] | Unset = UNSET
    pending_payment_method: None | PendingPaymentMethod | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.pending_payment_method import PendingPaymentMethod  # noqa: PLC0415

        payment_methods: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payment_methods, Unset):
            payment_methods = []
            for payment_methods_item_data in self.payment_methods:
                payment_methods_item = payment_methods_item_data.to_dict()
                payment_methods.append(payment_methods_item)

        pending_payment_method: dict[str, Any] | None | Unset
        if isinstance(self.pending_payment_method, Unset):
            pending_payment_method = UNSET
        elif isinstance(self.pending_payment_method, PendingPaymentMethod):
            pending_payment_method = self.pending_payment_method.to_dict()
        else:
            pending_payment_method = self.pending_payment_method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment_methods is not UNSET:
            field_dict["paymentMethods"] = payment_methods
        if pending_payment_method is not UNSET:
            field_dict["pendingPaymentMethod"] = pending_payment_method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payment_method import PaymentMethod  # noqa: PLC0415
        from ..models.pending_payment_method import PendingPaymentMethod  # noqa: PLC0415

        d = dict(src_dict)
        _payment_methods = null_as_unset(d.pop("paymentMethods", UNSET))
        payment_methods: list[PaymentMethod] | Unset = UNSET
        if _payment_methods is not UNSET:
            payment_methods = []
            for payment_methods_item_data in _payment_methods:
                payment_methods_item = PaymentMethod.from_dict(payment_methods_item_data)

                payment_methods.append(payment_methods_item)

        def _parse_pending_payment_method(data: object) -> None | PendingPaymentMethod | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"expected PendingPaymentMethod or null, got {type(data).__name__}")
            pending_payment_method_type_0 = PendingPaymentMethod.from_dict(data)

            return pending_payment_method_type_0

        pending_payment_method = _parse_pending_payment_method(d.pop("pendingPaymentMethod", UNSET))

        list_payment_methods_response = cls(
            payment_methods=payment_methods,
            pending_payment_method=pending_payment_method,
        )

        list_payment_methods_response.additional_properties = d
        return list_payment_methods_response

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
