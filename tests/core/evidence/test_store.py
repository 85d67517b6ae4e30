"""Adding, deduplicating, removing and restoring evidence; what is recorded about each file."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from desktop.core.evidence.errors import DamagedFile, FileChanged, FileMissing, UnsupportedFile
from desktop.core.evidence.store import EvidenceStore, find_order, pk
from desktop.core.models import EvidenceItem, Order
from tests.core.evidence.media import mp4, photo


def _count(order_pk: int) -> int:
    return int(Order.get_by_id(order_pk).evidence_count)


def _files(store: EvidenceStore) -> list[str]:
    return list(store.blobs.iter_stored())


def test_the_same_photo_added_twice_is_stored_once(store, order_pk, other_order_pk, tmp_path: Path) -> None:
    source = photo(tmp_path / "IMG_0001.jpg")
    first = store.add(order_pk, source, "contents")
    again = store.add(order_pk, source, "contents")
    copy = tmp_path / "renamed.jpg"
    copy.write_bytes(source.read_bytes())
    elsewhere = store.add(other_order_pk, copy, "label")
    assert first.created and first.stored
    assert not again.created and not again.stored
    assert elsewhere.created and not elsewhere.stored
    assert _files(store) == [first.item.sha256]
    assert EvidenceItem.select().count() == 2
    assert _count(order_pk) == 1 and _count(other_order_pk) == 1
    assert not list(store.blobs.tmp.iterdir())


def test_stored_file_is_read_only_and_named_by_its_hash(store, order_pk, tmp_path: Path) -> None:
    import hashlib

    source = photo(tmp_path / "a.jpg")
    item = store.add(order_pk, source).item
    path = store.file_path(item)
    assert path.name == hashlib.sha256(source.read_bytes()).hexdigest() == item.sha256
    assert not os.stat(path).st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)


def test_metadata_of_a_photo(store, order_pk, tmp_path: Path) -> None:
    item = store.add(order_pk, photo(tmp_path / "IMG_7.jpg", gps=True), "inner_packing").item
    assert (item.kind, item.mime, item.width, item.height) == ("photo", "image/jpeg", 640, 480)
    assert item.captured_at.isoformat() == "2024-11-30T10:11:12+00:00"
    assert item.captured_from == "exif"
    assert item.camera_model == "Google Pixel 8"
    assert item.has_location
    assert item.original_name == "IMG_7.jpg" and item.stage == "inner_packing"


def test_photo_without_exif_falls_back_to_file_time(store, order_pk, tmp_path: Path) -> None:
    source = photo(tmp_path / "plain.png", taken=None, model="", fmt="PNG")
    os.utime(source, (1_700_000_000, 1_700_000_000))
    item = store.add(order_pk, source).item
    assert item.captured_from == "file_time"
    assert item.mime == "image/png"


def test_metadata_of_a_video(store, order_pk, tmp_path: Path) -> None:
    item = store.add(order_pk, mp4(tmp_path / "clip.mp4", seconds=7), "contents").item
    assert (item.kind, item.duration_ms, item.width, item.height) == ("video", 7000, 1920, 1080)
    assert item.captured_from == "video"


def test_remove_keeps_the_file_and_restore_brings_it_back(store, order_pk, tmp_path: Path) -> None:
    item = store.add(order_pk, photo(tmp_path / "a.jpg")).item
    store.remove(pk(item), reason="blurred")
    assert _count(order_pk) == 0
    assert store.items(order_pk) == []
    assert [pk(i) for i in store.items(order_pk, removed=True)] == [pk(item)]
    assert store.file_path(item).is_file()
    store.restore(pk(item))
    assert _count(order_pk) == 1
    actions = [e["action"] for e in store.log.entries()]
    assert actions == ["add", "remove", "restore"]
    assert store.log.check() == []


def test_adding_a_removed_file_again_restores_it(store, order_pk, tmp_path: Path) -> None:
    source = photo(tmp_path / "a.jpg")
    item = store.add(order_pk, source).item
    store.remove(pk(item))
    again = store.add(order_pk, source)
    assert again.created and pk(again.item) == pk(item)
    assert _count(order_pk) == 1


@pytest.mark.parametrize(
    ("make", "error"),
    [
        (lambda p: (p / "notes.txt").write_text("hello") and p / "notes.txt", UnsupportedFile),
        (lambda p: p / "nothing-here.jpg", FileMissing),
        (lambda p: mp4(p / "cut.mp4", truncate=True), DamagedFile),
    ],
)
def test_bad_files_leave_store_and_database_unchanged(store, order_pk, tmp_path: Path, make, error) -> None:
    store.add(order_pk, photo(tmp_path / "ok.jpg"))
    before_files, before_log = _files(store), store.log.path.read_bytes()
    with pytest.raises(error):
        store.add(order_pk, make(tmp_path))
    assert _files(store) == before_files
    assert store.log.path.read_bytes() == before_log
    assert EvidenceItem.select().count() == 1 and _count(order_pk) == 1
    assert not list(store.blobs.tmp.iterdir())


def test_a_file_that_shrinks_mid_copy_is_refused(store, order_pk, tmp_path: Path, monkeypatch) -> None:
    from desktop.core.evidence import blobs

    source = tmp_path / "growing.mp4"
    mp4(source)
    source.write_bytes(source.read_bytes() + bytes(3 * blobs.CHUNK))  # several chunks long
    monkeypatch.setattr(blobs, "CHUNK", 1024 * 1024)

    def vanish(copied: int) -> None:
        if copied <= 1024 * 1024:
            os.truncate(source, 100)  # the camera app deletes or rewrites the file

    with pytest.raises(FileChanged):
        store.blobs.stage(source, progress=vanish)
    with pytest.raises(FileChanged):
        source.write_bytes(bytes(5 * 1024 * 1024))
        store.blobs.stage(source, progress=lambda n: source.unlink() if source.exists() else None)
    assert _files(store) == [] and not list(store.blobs.tmp.iterdir())


def test_log_lines_are_chained_and_an_edit_shows(store, order_pk, tmp_path: Path) -> None:
    store.add(order_pk, photo(tmp_path / "a.jpg"))
    store.add(order_pk, photo(tmp_path / "b.jpg", color="red"))
    lines = store.log.path.read_text().splitlines()
    entry = json.loads(lines[0])
    entry["name"] = "forged.jpg"
    lines[0] = json.dumps(entry, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    store.log.path.write_text("\n".join(lines) + "\n")
    assert [p.line for p in store.log.check()] == [2]


def test_find_order_by_id_or_marketplace_prefix(order_pk, data_dir) -> None:
    from desktop.core.evidence.errors import AmbiguousOrder, OrderNotFound

    assert pk(find_order("2411290AB7K")) == order_pk
    Order.create(marketplace="lazada", order_id="2411290AB7K")
    with pytest.raises(AmbiguousOrder):
        find_order("2411290AB7K")
    assert pk(find_order("shopee:2411290AB7K")) == order_pk
    with pytest.raises(OrderNotFound):
        find_order("nope")
