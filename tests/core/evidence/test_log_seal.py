"""`verify` reports every tampering with the evidence log or the items table."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.core.evidence.store import EvidenceStore, log_head
from desktop.core.evidence.verify import verify_store
from desktop.core.models import EvidenceItem
from tests.core.evidence.media import photo


@pytest.fixture
def filled(store: EvidenceStore, order_pk: int, tmp_path: Path) -> EvidenceStore:
    for number, color in enumerate(("tan", "red", "blue")):
        store.add(order_pk, photo(tmp_path / f"p{number}.jpg", color=color), "contents")
    store.remove(int(EvidenceItem.select().order_by(EvidenceItem.id.desc()).get().id))
    return store


def _lines(store: EvidenceStore) -> list[bytes]:
    return store.log.path.read_bytes().splitlines(keepends=True)


def _rechain(lines: list[bytes]) -> bytes:
    import hashlib

    previous = "0" * 64
    out = []
    for raw in lines:
        entry = json.loads(raw)
        entry["prev"] = previous
        line = (json.dumps(entry, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n").encode()
        previous = hashlib.sha256(line).hexdigest()
        out.append(line)
    return b"".join(out)


def test_an_untouched_store_verifies(filled: EvidenceStore) -> None:
    report = verify_store(filled)
    assert report.ok, report.log_problems
    assert log_head() == filled.log.head()


def test_deleting_the_last_lines_is_reported(filled: EvidenceStore) -> None:
    filled.log.path.write_bytes(b"".join(_lines(filled)[:-2]))
    assert not verify_store(filled).ok


def test_deleting_the_whole_log_is_reported(filled: EvidenceStore) -> None:
    filled.log.path.unlink()
    report = verify_store(filled)
    assert not report.ok
    assert any("never added in the log" in p for p in report.log_problems)


def test_a_rewritten_and_rechained_log_is_reported(filled: EvidenceStore) -> None:
    lines = _lines(filled)
    entry = json.loads(lines[0])
    entry["name"] = "forged.jpg"
    lines[0] = json.dumps(entry).encode() + b"\n"
    filled.log.path.write_bytes(_rechain(lines))
    report = verify_store(filled)
    assert filled.log.check() == []  # the chain itself is intact again
    assert not report.ok and any("does not end" in p for p in report.log_problems)


def test_reordered_lines_are_reported(filled: EvidenceStore) -> None:
    lines = _lines(filled)
    lines[0], lines[1] = lines[1], lines[0]
    filled.log.path.write_bytes(b"".join(lines))
    assert not verify_store(filled).ok
    filled.log.path.write_bytes(_rechain(lines))
    assert not verify_store(filled).ok


def test_an_appended_forged_line_is_reported(filled: EvidenceStore) -> None:
    filled.log.append("add", order=1, item=999, sha256="f" * 64, size=1, name="x.jpg", stage="other")
    report = verify_store(filled)
    assert not report.ok
    assert any("not anchored" in p for p in report.log_problems)


def test_a_deleted_item_row_is_reported(filled: EvidenceStore) -> None:
    EvidenceItem.delete().where(EvidenceItem.id == EvidenceItem.select().get().id).execute()
    report = verify_store(filled)
    assert not report.ok and any("missing from the database" in p for p in report.log_problems)


def test_a_photo_swapped_under_its_new_hash_is_reported(
    filled: EvidenceStore, order_pk: int, tmp_path: Path
) -> None:
    import hashlib
    import os

    first = EvidenceItem.select().order_by(EvidenceItem.id).get()
    other = photo(tmp_path / "swap.jpg", color="green").read_bytes()
    sha = hashlib.sha256(other).hexdigest()
    target = filled.blobs.path_for(sha)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(other)
    os.chmod(target, 0o444)
    EvidenceItem.update(sha256=sha, size=len(other)).where(EvidenceItem.id == first.id).execute()
    report = verify_store(filled)
    assert report.missing == [] and report.altered == []  # every file matches its name
    assert not report.ok and any("differs from the one the log recorded" in p for p in report.log_problems)


def test_an_unremoved_row_is_reported(filled: EvidenceStore) -> None:
    EvidenceItem.update(removed_at=None).execute()
    assert not verify_store(filled).ok


def test_a_line_whose_commit_a_kill_cut_off_is_dropped_at_recovery(data_dir, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The store appends its line, then commits; a kill in between leaves a line the database
    never took: recovery drops exactly that line, and verify is OK again."""
    from desktop.core.evidence.store import EvidenceStore, log_head
    from desktop.core.evidence.verify import verify_store
    from desktop.core.models import Order, Shop
    from tests.core.evidence.media import photo

    shop = Shop.create(marketplace="shopee", name="S")
    order = Order.create(order_id="K-1", shop=shop, marketplace="shopee")
    store = EvidenceStore(data_dir)
    store.add(order.id, photo(tmp_path / "a.jpg"), "contents")
    committed = log_head()
    store.log.append("add", order=order.id, item=999, sha256="0" * 64, size=1, name="b.jpg")  # no commit
    assert not verify_store(store).ok
    assert store.recover_log()
    assert store.log.head() == committed and verify_store(store).ok
    assert not store.recover_log()  # nothing more to drop


def test_a_first_line_whose_commit_a_kill_cut_off_is_dropped_at_recovery(data_dir, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The store's very first line: the database has anchored no head yet, so the line is
    known for a leftover by the row it names not being in the database."""
    from desktop.core.evidence.store import EvidenceStore, log_head
    from desktop.core.evidence.verify import verify_store
    from desktop.core.models import Order, Shop
    from tests.core.evidence.media import photo

    shop = Shop.create(marketplace="shopee", name="S")
    order = Order.create(order_id="K-1", shop=shop, marketplace="shopee")
    store = EvidenceStore(data_dir)
    store.log.append("add", order=order.id, item=1, sha256="0" * 64, size=1, name="b.jpg")  # no commit
    assert log_head() == "" and not verify_store(store).ok
    assert store.recover_log()
    assert not store.log.path.read_bytes() and verify_store(store).ok
    assert not store.recover_log()
    # Once a line's row is committed, it stays: the first line of a store that has its row.
    added = store.add(order.id, photo(tmp_path / "a.jpg"), "contents")
    assert added.created and not store.recover_log() and verify_store(store).ok
