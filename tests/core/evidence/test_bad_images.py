"""A truncated JPEG and a decompression bomb are refused cleanly."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.evidence.errors import DamagedFile, TooLarge
from desktop.core.models import EvidenceItem
from tests.core.evidence.media import bomb_png, photo, truncated_jpeg


def test_truncated_jpeg_is_refused(store, order_pk, tmp_path: Path) -> None:
    broken = truncated_jpeg(tmp_path / "cut.jpg", photo(tmp_path / "whole.jpg", size=(1200, 900)))
    with pytest.raises(DamagedFile) as caught:
        store.add(order_pk, broken)
    assert caught.value.name == "cut.jpg"
    assert list(store.blobs.iter_stored()) == []
    assert EvidenceItem.select().count() == 0
    assert not store.log.path.exists()


def test_decompression_bomb_is_refused_without_decoding(store, order_pk, tmp_path: Path) -> None:
    bomb = bomb_png(tmp_path / "bomb.png")
    assert bomb.stat().st_size < 200_000
    with pytest.raises(TooLarge):
        store.add(order_pk, bomb)
    assert list(store.blobs.iter_stored()) == []
    assert EvidenceItem.select().count() == 0
