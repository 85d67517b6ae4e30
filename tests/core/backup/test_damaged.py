"""A damaged or tampered backup is refused before anything is replaced."""

from __future__ import annotations

import hashlib
import io
import random
import zipfile
from pathlib import Path

import pytest

from desktop.core.backup.errors import BackupDamaged
from desktop.core.backup.manifest import (
    DATABASE_MEMBER,
    MANIFEST_MEMBER,
    Entry,
    Manifest,
    target_of,
)
from desktop.core.backup.restore import restore_backup
from desktop.core.backup.seal import PLACEHOLDER, write_seal
from desktop.core.backup.snapshot import create_backup
from desktop.core.backup.verify import verify_backup
from desktop.core.db import close_database, open_database
from desktop.core.orders.importer import import_file
from desktop.core.paths import database_url

from .conftest import tree_hashes

pytestmark = pytest.mark.sqlite_only  # the embedded database file itself


@pytest.fixture
def small_backup(tmp_path: Path, samples: Path) -> Path:
    """A few-kilobyte backup, small enough to flip bytes all over it."""
    folder = tmp_path / "small"
    folder.mkdir()
    open_database(database_url(folder))
    import_file(samples / "EtsySoldOrders2024-11.csv")
    (folder / "evidence").mkdir()
    (folder / "evidence" / "photo.jpg").write_bytes(b"\xff\xd8" + bytes(range(256)) * 8)
    backup = create_backup(folder, tmp_path / "small.zip").path
    close_database()
    return backup


def _flipped(source: Path, position: int, target: Path) -> Path:
    data = bytearray(source.read_bytes())
    data[position] ^= 0x01
    target.write_bytes(bytes(data))
    return target


def test_every_sampled_flipped_byte_is_refused(small_backup: Path, tmp_path: Path) -> None:
    size = small_backup.stat().st_size
    rng = random.Random(7)
    # Headers and the end of the file (central directory, seal) in full; the bulk sampled.
    positions = sorted({*range(0, 64), *range(size - 200, size), *rng.sample(range(size), 150)})
    for position in positions:
        bad = _flipped(small_backup, position, tmp_path / "bad.zip")
        with pytest.raises(BackupDamaged):
            verify_backup(bad)


def test_restore_of_a_flipped_backup_changes_nothing(
    small_backup: Path, tmp_path: Path, full_data_dir: Path
) -> None:
    close_database()
    before = tree_hashes(full_data_dir)
    bad = _flipped(small_backup, small_backup.stat().st_size // 2, tmp_path / "bad.zip")
    with pytest.raises(BackupDamaged):
        restore_backup(bad, full_data_dir)
    assert tree_hashes(full_data_dir) == before
    assert not [p for p in full_data_dir.iterdir() if p.name.startswith(".restore-")]


def _resealed(members: dict[str, bytes], manifest: Manifest, target: Path) -> Path:
    """An archive that is well-formed and sealed, as a careful tamperer would write it."""
    with zipfile.ZipFile(target, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
        archive.writestr(MANIFEST_MEMBER, manifest.to_bytes())
        archive.comment = PLACEHOLDER
    write_seal(target)
    return target


def _members(backup: Path) -> tuple[dict[str, bytes], Manifest]:
    with zipfile.ZipFile(backup) as archive:
        manifest = Manifest.from_bytes(archive.read(MANIFEST_MEMBER))
        return {e.member: archive.read(e.member) for e in manifest.entries}, manifest


def test_changed_file_with_a_fresh_seal_is_refused(small_backup: Path, tmp_path: Path) -> None:
    members, manifest = _members(small_backup)
    members["files/evidence/photo.jpg"] = b"someone else's photo"
    tampered = _resealed(members, manifest, tmp_path / "tampered.zip")
    with pytest.raises(BackupDamaged, match="checksum"):
        verify_backup(tampered)


def test_extra_or_missing_members_are_refused(small_backup: Path, tmp_path: Path) -> None:
    members, manifest = _members(small_backup)
    extra = _resealed({**members, "files/evil.exe": b"MZ"}, manifest, tmp_path / "extra.zip")
    with pytest.raises(BackupDamaged):
        verify_backup(extra)
    fewer = {k: v for k, v in members.items() if k != "files/evidence/photo.jpg"}
    missing = _resealed(fewer, manifest, tmp_path / "missing.zip")
    with pytest.raises(BackupDamaged):
        verify_backup(missing)


@pytest.mark.parametrize(
    "member",
    [
        "files/../../outside.txt",
        "files/evidence/../../../outside.txt",
        "files//etc/passwd",
        "files/C:/Windows/evil.dll",
        "files/evidence\\..\\..\\outside.txt",
        "files/",
        "elsewhere/file.txt",
        "/files/abs.txt",
    ],
)
def test_paths_that_would_escape_are_refused(member: str, tmp_path: Path) -> None:
    with pytest.raises(BackupDamaged):
        target_of(member, tmp_path)


def test_a_sealed_backup_with_an_escaping_path_writes_nothing(
    small_backup: Path, tmp_path: Path
) -> None:
    members, manifest = _members(small_backup)
    evil = b"escaped"
    entry = Entry("files/../escaped.txt", len(evil), hashlib.sha256(evil).hexdigest())
    manifest = Manifest(
        manifest.created_at, manifest.app_version, manifest.schema_version, manifest.counts,
        (*manifest.entries, entry),
    )  # fmt: skip
    archive = _resealed({**members, entry.member: evil}, manifest, tmp_path / "evil.zip")
    target = tmp_path / "target"
    with pytest.raises(BackupDamaged, match="unsafe path"):
        restore_backup(archive, target)
    assert not (tmp_path / "escaped.txt").exists()
    assert not any(target.rglob("*.txt"))


def test_not_a_backup(tmp_path: Path) -> None:
    plain = tmp_path / "plain.zip"
    with zipfile.ZipFile(plain, "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(BackupDamaged):
        verify_backup(plain)
    empty = tmp_path / "empty.zip"
    empty.write_bytes(b"")
    with pytest.raises(BackupDamaged):
        verify_backup(empty)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(DATABASE_MEMBER, b"x")
        archive.comment = PLACEHOLDER
    sealed_without_manifest = tmp_path / "nomanifest.zip"
    sealed_without_manifest.write_bytes(buffer.getvalue())
    write_seal(sealed_without_manifest)
    with pytest.raises(BackupDamaged, match="manifest"):
        verify_backup(sealed_without_manifest)
