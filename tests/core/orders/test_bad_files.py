"""A bad file gives one clear error and leaves the database exactly as it was."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from desktop.core.models import ALL_MODELS
from desktop.core.orders.errors import ImportFailure
from desktop.core.orders.importer import import_file


def _snapshot() -> dict[str, int]:
    return {m._meta.table_name: m.select().count() for m in ALL_MODELS}


@pytest.fixture
def before(data_dir: Path, samples: Path) -> dict[str, int]:
    import_file(samples / "shopify_orders_export_1.csv")
    return _snapshot()


def _truncated_xlsx(samples: Path, tmp_path: Path) -> Path:
    data = (samples / "shopee_my_Order.all.20241015_20241130.xlsx").read_bytes()
    path = tmp_path / "truncated.xlsx"
    path.write_bytes(data[: len(data) // 2])
    return path


def _password_protected(tmp_path: Path) -> Path:
    # Excel stores an encrypted workbook as an OLE compound file with an EncryptedPackage stream.
    path = tmp_path / "locked.xlsx"
    name = "EncryptedPackage".encode("utf-16-le")
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + name + b"\x00" * 4000)
    return path


def _not_a_workbook_zip(tmp_path: Path) -> Path:
    path = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("a.txt", "hello")
    return path


CASES = {
    "empty_file": lambda s, t: _write(t / "empty.csv", b""),
    "whitespace_only": lambda s, t: _write(t / "blank.csv", b"\r\n  \r\n"),
    "corrupt_file": _truncated_xlsx,
    "password_protected": lambda s, t: _password_protected(t),
    "unsupported_format": lambda s, t: _not_a_workbook_zip(t),
    "unknown_layout": lambda s, t: _write(t / "notes.csv", b"colour,size,weight\nred,M,3\n"),
    "binary": lambda s, t: _write(t / "image.csv", bytes(range(256)) * 40),
    "missing": lambda s, t: t / "does-not-exist.xlsx",
}
KINDS = {
    "empty_file": "empty_file", "whitespace_only": "empty_file", "corrupt_file": "corrupt_file",
    "password_protected": "password_protected", "unsupported_format": "unsupported_format",
    "unknown_layout": "unknown_layout", "binary": "unsupported_format", "missing": "file_not_found",
}  # fmt: skip


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_file_changes_nothing(before: dict[str, int], samples: Path, tmp_path: Path, case: str) -> None:
    path = CASES[case](samples, tmp_path)
    with pytest.raises(ImportFailure) as raised:
        import_file(path)
    assert raised.value.kind == KINDS[case]
    assert _snapshot() == before


def test_cancel_mid_import_changes_nothing(before: dict[str, int], samples: Path) -> None:
    from desktop.core.orders.errors import Cancelled

    calls = {"n": 0}

    def cancel_on_writing() -> bool:
        calls["n"] += 1
        return calls["n"] > 1  # lets the import begin writing, then cancels it

    with pytest.raises(Cancelled):
        import_file(samples / "shopee_my_Order.all.20241015_20241130.xlsx", cancelled=cancel_on_writing)
    assert _snapshot() == before
