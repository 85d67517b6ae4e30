"""seller-desk checklist / picklist, run as the user types them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from desktop.cli import main

MakeOrder = Callable[..., int]


def test_checklist_and_picklist_commands(
    qapp: object, tools: Any, make_order: MakeOrder, data_dir: Path, tmp_path: Path
) -> None:
    make_order("111-A", [("MUG", "Mug", "", 2)])
    make_order("222-B", [("MUG", "Mug", "", 1)], workflow_status="shipped")
    out = tmp_path / "labels.pdf"
    assert (
        main(
            [
                "--data-dir",
                str(data_dir),
                "checklist",
                "111-A",
                "222-B",
                "--size",
                "4x6",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    assert tools.pages(out) == 2
    assert "CODE-128:222-B" in tools.barcodes(out)
    # Without ids: the orders still to pack.
    pick = tmp_path / "pick.pdf"
    assert main(["--data-dir", str(data_dir), "picklist", "--out", str(pick)]) == 0
    assert "Total units: 2" in tools.text(pick)
    assert (
        main(["--data-dir", str(data_dir), "picklist", "--status", "shipped", "--out", str(pick)])
        == 0
    )
    assert "Total units: 1" in tools.text(pick)


def test_bad_input_writes_nothing(
    qapp: object,
    make_order: MakeOrder,
    data_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    make_order("111-A", [("MUG", "Mug", "", 2)])
    out = tmp_path / "none.pdf"
    assert (
        main(["--data-dir", str(data_dir), "checklist", "111-A", "999-Z", "--out", str(out)]) == 1
    )
    assert "no such order: 999-Z" in capsys.readouterr().err
    assert main(["--data-dir", str(data_dir), "checklist", "--out", str(tmp_path / "x.txt")]) == 2
    assert (
        main(["--data-dir", str(data_dir), "checklist", "--status", "closed", "--out", str(out)])
        == 1
    )
    assert not out.exists()
