"""A plain `pip install .` (the README's start command) must carry everything the app reads."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _source_files() -> list[str]:
    """The files of the working tree that a clean clone would hold (tracked or about to be)."""
    if shutil.which("git") is None or not (REPO / ".git").exists():
        pytest.skip("not a git checkout")
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"],
        cwd=REPO, capture_output=True, text=True, check=True,
    ).stdout.split("\n")
    return [name for name in listed if name and (REPO / name).is_file()]


@pytest.fixture(scope="module")
def wheel_names(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    """Build the wheel from a copy of the tree, as pip does, and list what it holds."""
    tree = tmp_path_factory.mktemp("tree")
    for name in _source_files():
        target = tree / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(REPO / name, target)
    out = tmp_path_factory.mktemp("wheel")
    script = (
        "import sys, setuptools.build_meta as b; "
        "print(b.build_wheel(sys.argv[1]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(out)], cwd=tree, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr[-2000:]
    wheel = out / result.stdout.strip().splitlines()[-1]
    return set(zipfile.ZipFile(wheel).namelist())


def test_wheel_ships_every_module(wheel_names: set[str]) -> None:
    modules = [n for n in _source_files() if n.startswith("desktop/") and n.endswith(".py")]
    assert modules
    missing = [n for n in modules if n not in wheel_names]
    assert missing == []


def test_wheel_carries_resources_and_translations(wheel_names: set[str]) -> None:
    for needed in (
        "desktop/_data/resources/replies/scenarios.json",
        "desktop/_data/resources/replies/templates/th.json",
        "desktop/_data/resources/samples/shopify_orders_export_1.csv",
        "desktop/_data/resources/icons/seller-desk.png",
        "desktop/_data/i18n/seller_desk_zh_CN.qm",
        "desktop/_data/i18n/seller_desk_zh_TW.qm",
    ):
        assert needed in wheel_names, needed
    shipped_resources = {n for n in _source_files() if n.startswith("resources/")}
    assert {n for n in shipped_resources if f"desktop/_data/{n}" not in wheel_names} == set()


def test_shipped_folder_inside_an_installed_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.core import paths

    package = tmp_path / "site-packages" / "desktop"
    (package / "_data" / "resources" / "replies").mkdir(parents=True)
    monkeypatch.setattr(paths, "_PACKAGE", package)
    assert paths.shipped_folder("resources") == package / "_data" / "resources"
