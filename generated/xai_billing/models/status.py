# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, null_as_unset

if TYPE_CHECKING:
    from ..models.status_detail import StatusDetail


T = TypeVar("T", bound="Status")


@_attrs_define
class Status:
    """An error, as a gRPC status. `code` is the gRPC status code (for example 3 INVALID_ARGUMENT,
    5 NOT_FOUND, 7 PERMISSION_DENIED, 16 UNAUTHENTICATED).

        Attributes:
            code (int | Unset): The gRPC status code.
            message (str | Unset): A developer-facing error message.
            details (list[StatusDetail] | Unset): Details of the error, as `google.protobuf.Any` messages.
    """

    code: int | Unset = UNSET
    message: str | Unset = UNSET
    details: list[StatusDetail] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = []
            for details_item_data in self.details:
                details_item = details_item_data.to_dict()
                details.append(details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.status_detail import StatusDetail  # noqa: PLC0415

        d = dict(src_dict)
        code = null_as_unset(d.pop("code", UNSET))

        message = null_as_unset(d.pop("message", UNSET))

        _details = null_as_unset(d.pop("details", UNSET))
        details: list[StatusDetail] | Unset = UNSET
        if _details is not UNSET:
            details = []
            for details_item_data in _details:
                details_item = StatusDetail.from_dict(details_item_data)

                details.append(details_item)

        status = cls(
            code=code,
            message=message,
            details=details,
        )

        status.additional_properties = d
        return status

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
