# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_processor_kind import PaymentProcessorKind
from ..types import UNSET, Unset, null_as_unset

T = TypeVar("T", bound="PaymentProcessor")


@_attrs_define
class PaymentProcessor:
    """Who processed the payment of a balance change.

    Attributes:
        kind (PaymentProcessorKind | Unset): Who processed a payment:
            - `UNKNOWN`: unset or unknown.
            - `STRIPE`: Stripe.
            - `CHECKOUT`: Checkout.com.
            - `EXTERNAL`: an external party.
            - `MANUAL`: handled manually.
        external_party (str | Unset): Name of the external party, when `kind` is `EXTERNAL`.
        external_invoice_id (str | Unset): The external party's invoice ID.
    """

    kind: PaymentProcessorKind | Unset = UNSET
    external_party: str | Unset = UNSET
    external_invoice_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        external_party = self.external_party

        external_invoice_id = self.external_invoice_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if kind is not UNSET:
            field_dict["kind"] = kind
        if external_party is not UNSET:
            field_dict["externalParty"] = external_party
        if external_invoice_id is not UNSET:
            field_dict["externalInvoiceId"] = external_invoice_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _kind = null_as_unset(d.pop("kind", UNSET))
        kind: PaymentProcessorKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = PaymentProcessorKind(_kind)

        external_party = null_as_unset(d.pop("externalParty", UNSET))

        external_invoice_id = null_as_unset(d.pop("externalInvoiceId", UNSET))

        payment_processor = cls(
            kind=kind,
            external_party=external_party,
            external_invoice_id=external_invoice_id,
        )

        payment_processor.additional_properties = d
        return payment_processor

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
