"""Thumbnails: from the camera's embedded preview when it is usable, else decoded in draft mode."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from desktop.core.evidence import thumbnails
from desktop.core.evidence.thumbnails import ThumbnailCache, make_thumbnail
from tests.core.evidence.media import photo, photo_with_preview


def test_embedded_preview_is_used_without_decoding_the_photo(tmp_path: Path, monkeypatch) -> None:
    source = photo_with_preview(tmp_path / "cam.jpg")
    decoded = []
    original_draft = Image.Image.draft
    monkeypatch.setattr(Image.Image, "draft", lambda self, *a: decoded.append(1) or original_draft(self, *a))
    thumb = make_thumbnail(source)
    assert thumb.size == (160, 120) and decoded == []
    assert thumb.getpixel((20, 20))[2] > 100  # navy corner top-left: right way up


def test_embedded_preview_follows_the_orientation_tag(tmp_path: Path) -> None:
    thumb = make_thumbnail(photo_with_preview(tmp_path / "cam.jpg", orientation=6))
    assert thumb.size == (120, 160)
    assert thumb.getpixel((100, 20))[2] > 100  # rotated 90° clockwise: navy corner top-right


def test_small_or_letterboxed_previews_are_ignored(tmp_path: Path) -> None:
    assert make_thumbnail(photo_with_preview(tmp_path / "tiny.jpg", preview=(80, 60))).size == (256, 192)
    wide = photo_with_preview(tmp_path / "wide.jpg", size=(1920, 1080), preview=(160, 120))
    assert make_thumbnail(wide).size == (256, 144)


def test_cache_makes_each_thumbnail_once(tmp_path: Path, monkeypatch) -> None:
    cache = ThumbnailCache(tmp_path / "thumbs")
    source = photo(tmp_path / "a.jpg", size=(2000, 1500))
    made = []
    real = thumbnails.make_thumbnail
    monkeypatch.setattr(thumbnails, "make_thumbnail", lambda p, s=256: made.append(p) or real(p, s))
    first = cache.photo("ab" * 32, source)
    again = cache.photo("ab" * 32, source)
    assert first == again and first is not None and len(made) == 1
    with Image.open(first) as image:
        assert image.size == (256, 192)
    assert cache.photo("cd" * 32, tmp_path / "missing.jpg") is None
    assert dict(cache.photos([("ab" * 32, source)])) == {"ab" * 32: first}
