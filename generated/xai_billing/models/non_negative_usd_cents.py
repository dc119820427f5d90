# generated from spec/openapi.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="NonNegativeUsdCents")


@_attrs_define
class NonNegativeUsdCents:
    """Representation of USD cents, zero or more.

    Attributes:
        val (str): An amount of USD cents, zero or more, as an int64 string.
    """

    val: str

    def to_dict(self) -> dict[str, Any]:
        val = self.val

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "val": val,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        val = d.pop("val")

        non_negative_usd_cents = cls(
            val=val,
        )

        return non_negative_usd_cents
