"""A restore happens whole or not at all: refused up front when it cannot succeed, and a kill
(SIGKILL) at every step of the swap ends, after the next start, with the old data or the new
data complete, never a mix, never an empty database."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from desktop.core.backup.errors import BackupDamaged, BackupNoSpace, BackupTooNew
from desktop.core.backup.manifest import Manifest
from desktop.core.backup.restore import KILL_ENV, restore_backup
from desktop.core.backup.seal import PLACEHOLDER, write_seal
from desktop.core.backup.snapshot import create_backup
from desktop.core.db import close_database, open_database
from desktop.core.evidence.store import EvidenceStore, pk
from desktop.core.models import Order
from desktop.core.paths import DB_FILE_NAME, database_url
from tests.core.evidence.media import photo

from .conftest import table_dump, tree_hashes

WORK = ("logs/", "backups/", "in-progress/")


def _make_folder(folder: Path, prefix: str, color: str) -> None:
    folder.mkdir(parents=True)
    open_database(database_url(folder))
    try:
        store = EvidenceStore(folder)
        for number in range(3):
            order = Order.create(marketplace="shopee", order_id=f"{prefix}{number}")
            store.add(pk(order), photo(folder.parent / f"{prefix}{number}.jpg", color=color, size=(64 + number, 48)))
        (folder / "settings.ini").write_text(f"[ui]\nname={prefix}\n")
    finally:
        close_database()


def _state(folder: Path) -> tuple[dict[str, object], dict[str, str]]:
    files = {
        k: v for k, v in tree_hashes(folder).items()
        if not k.startswith(WORK) and not k.startswith(DB_FILE_NAME)
    }  # fmt: skip
    return table_dump(folder / DB_FILE_NAME), files


@pytest.fixture(scope="module")
def worlds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    root = tmp_path_factory.mktemp("restore")
    new, old = root / "new", root / "old"
    _make_folder(new, "NEW", "red")
    open_database(database_url(new))
    try:
        archive = create_backup(new, root / "new-backup.zip").path
    finally:
        close_database()
    _make_folder(old, "OLD", "blue")
    return {"root": root, "archive": archive, "old": old, "new": _state(new), "before": _state(old)}


def _cli(data_dir: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), *args],
        capture_output=True, text=True, env={**os.environ, **(env or {})}, timeout=120,
    )  # fmt: skip


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL semantics")
def test_a_kill_at_every_step_of_the_restore_leaves_old_or_new_data_whole(
    worlds: dict[str, object], tmp_path: Path
) -> None:
    steps = ["unpacked", "planned", "noted", *(f"move-{i}" for i in range(40)), "moved"]
    tried = held = 0
    outcomes: dict[str, str] = {}
    for step in steps:
        folder = tmp_path / step
        shutil.copytree(worlds["old"], folder)  # type: ignore[arg-type]
        run = _cli(folder, "restore", str(worlds["archive"]), env={KILL_ENV: f"restore:{step}"})
        if run.returncode == 0:
            if step.startswith("move-"):
                shutil.rmtree(folder)
                continue  # fewer moves than this step number
            raise AssertionError(f"{step}: not reached")
        assert run.returncode == -9, (step, run.stderr)
        tried += 1
        check = _cli(folder, "check", "--json")
        assert check.returncode == 0, (step, check.stdout, check.stderr)
        state = _state(folder)
        assert not [p for p in folder.iterdir() if p.name.startswith(".restore-")], step
        if state == worlds["new"]:
            outcomes[step] = "new"
            # The data it replaced is kept whole beside.
            [aside] = (folder / "backups").glob("replaced-*")
            assert table_dump(aside / DB_FILE_NAME) == worlds["before"][0]
        else:
            assert state == worlds["before"], step
            outcomes[step] = "old"
        held += 1
    print(f"restore kill test: tried {tried}, held {held}, failed {tried - held}: {outcomes}")
    assert tried >= 8 and held == tried
    assert outcomes["unpacked"] == "old" and outcomes["moved"] == "new"


def _forged(archive: Path, out: Path, edit) -> Path:  # type: ignore[no-untyped-def]
    """A copy of a backup with its manifest (or members) changed, sealed again."""
    with zipfile.ZipFile(archive) as source, zipfile.ZipFile(out, "w") as target:
        manifest = json.loads(source.read("manifest.json"))
        members = {name: source.read(name) for name in source.namelist() if name != "manifest.json"}
        edit(manifest, members)
        for name, data in members.items():
            target.writestr(name, data)
        target.writestr("manifest.json", json.dumps(manifest))
        target.comment = PLACEHOLDER
    write_seal(out)
    return out


def test_a_backup_from_a_newer_schema_is_refused_before_anything_changes(
    worlds: dict[str, object], tmp_path: Path
) -> None:
    def newer(manifest: dict, members: dict) -> None:  # type: ignore[type-arg]
        manifest["schema_version"] = 99

    archive = _forged(worlds["archive"], tmp_path / "newer.zip", newer)  # type: ignore[arg-type]
    folder = tmp_path / "data"
    shutil.copytree(worlds["old"], folder)  # type: ignore[arg-type]
    with pytest.raises(BackupTooNew, match=r"newer Seller Desk.*update first"):
        restore_backup(archive, folder)
    assert _state(folder) == worlds["before"]
    run = _cli(folder, "restore", str(archive))
    assert run.returncode == 1 and "update first" in run.stderr and "Traceback" not in run.stderr


def test_a_backup_with_members_in_the_apps_working_folders_is_refused(
    worlds: dict[str, object], tmp_path: Path
) -> None:
    import hashlib

    def working(manifest: dict, members: dict) -> None:  # type: ignore[type-arg]
        data = b'{"kind": "import"}'
        members["files/in-progress/import-1-x.json"] = data
        manifest["entries"].append(
            {"member": "files/in-progress/import-1-x.json", "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
        )

    archive = _forged(worlds["archive"], tmp_path / "working.zip", working)  # type: ignore[arg-type]
    folder = tmp_path / "data"
    shutil.copytree(worlds["old"], folder)  # type: ignore[arg-type]
    with pytest.raises(BackupDamaged, match="working folders"):
        restore_backup(archive, folder)
    assert _state(folder) == worlds["before"]


def test_no_restore_without_room_for_it(worlds: dict[str, object], tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "data"
    shutil.copytree(worlds["old"], folder)  # type: ignore[arg-type]
    monkeypatch.setattr(shutil, "disk_usage", lambda _p: shutil._ntuple_diskusage(10**9, 10**9 - 1000, 1000))  # type: ignore[attr-defined]
    with pytest.raises(BackupNoSpace, match="needed"):
        restore_backup(worlds["archive"], folder)  # type: ignore[arg-type]
    assert _state(folder) == worlds["before"]
    assert not [p for p in folder.iterdir() if p.name.startswith(".restore-")]


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_restored_data_is_private_and_evidence_read_only(worlds: dict[str, object], tmp_path: Path) -> None:
    folder = tmp_path / "data"
    restore_backup(worlds["archive"], folder)  # type: ignore[arg-type]
    assert folder.stat().st_mode & 0o777 == 0o700
    objects = [p for p in (folder / "evidence" / "objects").rglob("*") if p.is_file()]
    assert objects and all(p.stat().st_mode & 0o222 == 0 for p in objects)
    archive_mode = Path(worlds["archive"]).stat().st_mode & 0o777  # type: ignore[arg-type]
    assert archive_mode == 0o600


def test_the_manifest_carries_the_evidence_log_head(worlds: dict[str, object]) -> None:
    with zipfile.ZipFile(worlds["archive"]) as archive:  # type: ignore[arg-type]
        manifest = Manifest.from_bytes(archive.read("manifest.json"))
    assert len(manifest.evidence_log_head) == 64


def test_already_compressed_evidence_is_stored_as_is(worlds: dict[str, object]) -> None:
    with zipfile.ZipFile(worlds["archive"]) as archive:  # type: ignore[arg-type]
        objects = [i for i in archive.infolist() if i.filename.startswith("files/evidence/objects/")]
        log = archive.getinfo("files/evidence/log.jsonl")
    assert objects and all(i.compress_type == zipfile.ZIP_STORED for i in objects)
    assert log.compress_type == zipfile.ZIP_DEFLATED


def test_no_backup_without_room_for_it(tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "data"
    _make_folder(folder, "ROOM", "tan")
    open_database(database_url(folder))
    try:
        monkeypatch.setattr(shutil, "disk_usage", lambda _p: shutil._ntuple_diskusage(10**9, 10**9 - 1000, 1000))  # type: ignore[attr-defined]
        with pytest.raises(BackupNoSpace, match="needed"):
            create_backup(folder, tmp_path / "out" / "b.zip")
    finally:
        close_database()
    assert not list((tmp_path / "out").iterdir())
