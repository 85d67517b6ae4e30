"""Column mappings the seller confirmed for files of a layout the app did not know."""

from __future__ import annotations

from desktop.core.models import MappingProfile
from desktop.core.orders.layout import Layout, header_signature
from desktop.core.orders.profiles import Profile


def profile_from_mapping(marketplace: str, name: str) -> Profile:
    """A generic one-row-per-line profile under the marketplace the seller chose."""
    return Profile(key=marketplace, name=name, fields={}, signature=())


def save_mapping(name: str, marketplace: str, headers: list[str], columns: dict[str, int]) -> MappingProfile:
    signature = header_signature(headers)
    existing = MappingProfile.get_or_none(MappingProfile.header_signature == signature)
    if existing is not None:
        existing.name, existing.marketplace, existing.mapping = name, marketplace, columns
        existing.headers = headers
        existing.save()
        return existing
    return MappingProfile.create(
        name=name,
        marketplace=marketplace,
        header_signature=signature,
        headers=headers,
        mapping=columns,
    )


def layout_for(headers: list[str], header_row: int, columns: dict[str, int], marketplace: str, name: str) -> Layout:
    return Layout(
        header_row=header_row,
        headers=headers,
        columns=columns,
        profile=profile_from_mapping(marketplace, name),
        saved_mapping=name,
    )
