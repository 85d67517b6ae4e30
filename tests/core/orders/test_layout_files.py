"""The layout files themselves: well-formed, canonical fields only, each one tested."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from desktop.core.orders.fields import CANONICAL_FIELDS
from desktop.core.orders.layout import parse_synonym
from desktop.core.orders.profiles import PROFILES, profile_from_spec
from desktop.core.paths import shipped_folder

LAYOUTS = sorted((shipped_folder("resources") / "layouts").glob("*.json"))
TESTS = Path(__file__).parent


def test_every_layout_file_loads_with_canonical_fields() -> None:
    assert len(PROFILES) == len(LAYOUTS) >= 21
    keys = [p.key for p in PROFILES]
    assert len(set(keys)) == len(keys)
    for profile in PROFILES:
        assert set(profile.fields) <= set(CANONICAL_FIELDS), profile.key
        assert "order_id" in profile.fields and len(profile.signature) >= profile.min_signature
        assert all(parse_synonym(s).key for names in profile.fields.values() for s in names)


@pytest.mark.parametrize("path", LAYOUTS, ids=lambda p: p.stem)
def test_every_layout_has_an_import_test(path: Path) -> None:
    """Adding a layout is one file and one sample test: the layout's name must be asserted somewhere."""
    name = profile_from_spec(json.loads(path.read_text(encoding="utf-8"))).name
    sources = "".join(p.read_text(encoding="utf-8") for p in TESTS.glob("test_*.py"))
    marketplace = json.loads(path.read_text(encoding="utf-8"))["marketplace"]
    assert f'"{name}"' in sources or re.search(rf'"{marketplace}", \d+, \d+\)', sources), name


def test_malformed_layout_is_refused() -> None:
    with pytest.raises(ValueError):
        profile_from_spec({"key": "x", "fields": {"order_id": ["A"]}, "grouping": "sideways"})
    with pytest.raises(ValueError):
        profile_from_spec({"key": "x", "fields": {}, "price": "each"})
