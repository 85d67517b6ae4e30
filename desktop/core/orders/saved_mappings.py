"""Column mappings the seller confirmed for files of a layout the app did not know.

A saved mapping is stored in the same shape as a layout file (resources/layouts/*.json): its
fields name the headers the seller chose ('Name#2' for the second column called Name), plus
how rows make orders and whether prices are per unit or per line. So a mapping also applies to
a later file whose columns moved, and `import --mapping NAME` can use it for any file.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from desktop.core.models import MappingProfile
from desktop.core.orders.errors import UnknownLayout
from desktop.core.orders.layout import (
    HEADER_SCAN_ROWS,
    HeaderKeys,
    Layout,
    header_signature,
    norm_header,
    resolve_columns,
    row_texts,
)
from desktop.core.orders.profiles import Profile, profile_from_spec, profile_spec
from desktop.core.orders.values import Cell

SPEC_FORMAT = 2


def profile_from_mapping(marketplace: str, name: str, **options: Any) -> Profile:
    """A profile under the marketplace the seller chose; options as in a layout file."""
    spec = {"key": f"mapping:{name}", "name": name, "marketplace": marketplace, "fields": {}}
    spec.update({k: v for k, v in options.items() if v})
    return profile_from_spec(spec)


def header_synonyms(headers: Sequence[str], columns: dict[str, int]) -> dict[str, list[str]]:
    """Each mapped column as the header that names it, with '#n' where names repeat."""
    keys = [norm_header(h) for h in headers]
    fields: dict[str, list[str]] = {}
    for name, index in columns.items():
        if not 0 <= index < len(headers) or not keys[index]:
            continue
        occurrence = keys[: index + 1].count(keys[index])
        repeated = keys.count(keys[index]) > 1
        fields[name] = [f"{headers[index]}#{occurrence}" if repeated else headers[index]]
    return fields


def mapping_spec(
    name: str, marketplace: str, headers: Sequence[str], columns: dict[str, int], **options: Any
) -> dict[str, Any]:
    profile = profile_from_mapping(marketplace, name, **options)
    spec = profile_spec(profile)
    spec["fields"] = header_synonyms(headers, columns)
    spec["format"] = SPEC_FORMAT
    return spec


def save_mapping(
    name: str, marketplace: str, headers: list[str], columns: dict[str, int], **options: Any
) -> MappingProfile:
    """Saves (or replaces) the mapping for files with this header row; returns it (its name may
    carry a number when another layout's mapping already has the name)."""
    signature = header_signature(headers)
    existing = MappingProfile.get_or_none(MappingProfile.header_signature == signature)
    if existing is None:
        # Another layout's mapping keeps its name: `import --mapping NAME` must mean one mapping.
        taken = {m.name for m in MappingProfile.select(MappingProfile.name)}
        base, number = name, 2
        while name in taken:
            name, number = f"{base} ({number})", number + 1
    spec = mapping_spec(name, marketplace, headers, columns, **options)
    if existing is not None:
        existing.name, existing.marketplace, existing.mapping = name, marketplace, spec
        existing.headers, existing.header_signature = headers, signature
        existing.save()
        return existing
    return MappingProfile.create(
        name=name, marketplace=marketplace, header_signature=signature, headers=headers, mapping=spec
    )


def _spec_of(mapping: MappingProfile) -> dict[str, Any]:
    stored: dict[str, Any] = dict(mapping.mapping)
    if stored.get("format") == SPEC_FORMAT:
        return stored
    # Mappings saved before the layout format: {field: column index} for the saved headers.
    columns = {str(k): int(v) for k, v in stored.items()}
    return mapping_spec(mapping.name, mapping.marketplace, list(mapping.headers), columns)


def layout_from_saved(mapping: MappingProfile, headers: list[str], header_row: int) -> Layout:
    spec = _spec_of(mapping)
    spec["key"], spec["name"], spec["marketplace"] = f"mapping:{mapping.name}", mapping.name, mapping.marketplace
    profile = profile_from_spec(spec)
    columns = resolve_columns(profile.fields, HeaderKeys(headers))
    return Layout(header_row=header_row, headers=headers, columns=columns, profile=profile, saved_mapping=mapping.name)


def layout_with_mapping(name: str, head: list[list[Cell]]) -> Layout:
    """The layout a saved mapping (by name) or a layout file (a path ending in .json, in the
    format of resources/layouts) gives this sheet: its header row is the one that holds most
    of the mapping's columns. Raises UnknownLayout when the mapping or the order column is missing."""
    if name.lower().endswith(".json"):
        profile = _profile_from_file(Path(name))
    else:
        mapping = MappingProfile.get_or_none(MappingProfile.name == name)
        if mapping is None:
            known = ", ".join(m.name for m in MappingProfile.select().order_by(MappingProfile.name))
            raise UnknownLayout(f"no saved mapping called {name!r} (saved: {known or 'none'})")
        spec = _spec_of(mapping)
        spec.update(key=f"mapping:{name}", name=name, marketplace=mapping.marketplace)
        profile = profile_from_spec(spec)
    best: tuple[int, int, dict[str, int]] | None = None
    for index, row in enumerate(head[:HEADER_SCAN_ROWS]):
        columns = resolve_columns(profile.fields, HeaderKeys(row_texts(row)))
        if "order_id" in columns and (best is None or len(columns) > best[1]):
            best = (index, len(columns), columns)
    if best is None:
        raise UnknownLayout(f"the order column of mapping {name!r} is not in this file")
    return Layout(
        header_row=best[0], headers=row_texts(head[best[0]]), columns=best[2], profile=profile,
        saved_mapping=profile.name,
    )  # fmt: skip


def _profile_from_file(path: Path) -> Profile:
    try:
        spec = json.loads(path.read_text(encoding="utf-8"))
        spec.setdefault("key", f"file:{path.stem}")
        spec.setdefault("name", path.stem)
        spec.setdefault("marketplace", "other")
        return profile_from_spec(spec)
    except FileNotFoundError as exc:
        raise UnknownLayout(f"no layout file {path}") from exc
    except (OSError, ValueError) as exc:
        raise UnknownLayout(f"the layout file {path.name} cannot be used: {exc}") from exc


def layout_for(
    headers: list[str], header_row: int, columns: dict[str, int], marketplace: str, name: str, **options: Any
) -> Layout:
    return Layout(
        header_row=header_row,
        headers=headers,
        columns=columns,
        profile=profile_from_mapping(marketplace, name, **options),
        saved_mapping=name,
    )
