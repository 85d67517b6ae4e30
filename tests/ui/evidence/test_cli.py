"""seller-desk evidence add/list, dispute-pack, verify, verify-pack (in-process)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from desktop.cli import main
from tests.core.evidence.media import photo, truncated_jpeg


@pytest.fixture
def folder(qapp, tmp_path: Path, samples: Path) -> Path:
    # A QApplication first: the headless PDF renderer would otherwise start a QGuiApplication
    # that later widget tests could not use.
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "import", str(samples / "shopee_my_Order.all.20241015_20241130.xlsx")]) == 0
    return data


def _order_id(folder: Path, capsys) -> str:
    capsys.readouterr()
    main(["--data-dir", str(folder), "orders", "--json"])
    return json.loads(capsys.readouterr().out)[0]["order_id"]


def test_add_list_pack_and_verify(folder: Path, tmp_path: Path, capsys) -> None:
    order = _order_id(folder, capsys)
    good = photo(tmp_path / "inner.jpg", gps=True)
    bad = truncated_jpeg(tmp_path / "cut.jpg", photo(tmp_path / "w.jpg", size=(900, 700)))
    base = ["--data-dir", str(folder)]
    assert main([*base, "evidence", "add", order, str(good), str(bad), "--stage", "inner_packing"]) == 1
    out = capsys.readouterr()
    assert "inner.jpg: added" in out.out and "cut.jpg: The file is damaged" in out.err
    assert main([*base, "evidence", "add", f"shopee:{order}", str(good)]) == 0
    assert "already attached" in capsys.readouterr().out
    assert main([*base, "evidence", "list", order, "--json"]) == 0
    (item,) = json.loads(capsys.readouterr().out)
    assert item["stage"] == "inner_packing" and item["has_location"] and item["captured_from"] == "exif"

    pack = tmp_path / "pack.zip"
    assert main([*base, "dispute-pack", order, "--out", str(pack)]) == 0
    capsys.readouterr()
    with zipfile.ZipFile(pack) as zf:
        names = zf.namelist()
    assert any(n.endswith("summary.pdf") for n in names) and any(n.endswith("checklist.pdf") for n in names)
    assert main(["verify-pack", str(pack)]) == 0
    assert main([*base, "verify"]) == 0
    assert "OK: 1 file(s) checked" in capsys.readouterr().out

    blob = next((folder / "evidence" / "objects").rglob("*"))
    while blob.is_dir():
        blob = next(blob.iterdir())
    blob.chmod(0o644)
    data = bytearray(blob.read_bytes())
    data[100] ^= 0xFF
    blob.write_bytes(bytes(data))
    assert main([*base, "verify"]) == 1
    assert f"ALTERED: shopee:{order} inner.jpg" in capsys.readouterr().out


def test_verify_pack_fails_on_a_damaged_pack(folder: Path, tmp_path: Path, capsys) -> None:
    order = _order_id(folder, capsys)
    base = ["--data-dir", str(folder)]
    main([*base, "evidence", "add", order, str(photo(tmp_path / "a.jpg"))])
    pack = tmp_path / "pack.zip"
    main([*base, "dispute-pack", order, "--out", str(pack)])
    with zipfile.ZipFile(pack) as zf:
        info = next(i for i in zf.infolist() if i.filename.endswith("a.jpg"))
    data = bytearray(pack.read_bytes())
    data[info.header_offset + 30 + len(info.filename) + 500] ^= 0x01
    pack.write_bytes(bytes(data))
    capsys.readouterr()
    assert main(["verify-pack", str(pack)]) == 1
    assert info.filename in capsys.readouterr().out
    assert main(["verify-pack", str(tmp_path / "missing.zip")]) == 2


def test_unknown_order_is_refused(folder: Path, tmp_path: Path, capsys) -> None:
    assert main(["--data-dir", str(folder), "evidence", "add", "NOPE", str(photo(tmp_path / "a.jpg"))]) == 2
    assert "No order has this id" in capsys.readouterr().err
