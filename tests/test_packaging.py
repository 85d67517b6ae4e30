"""A plain `pip install .` (the README's start command) must carry everything the app reads."""

from __future__ import annotations

import tomllib
from pathlib import Path

from setuptools import find_packages

REPO = Path(__file__).resolve().parents[1]


def test_package_list_names_every_package() -> None:
    listed = set(tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = set(find_packages(where=str(REPO), include=["desktop*"]))
    assert listed - {"desktop._data.resources", "desktop._data.i18n"} == found


def test_installed_package_carries_resources_and_translations() -> None:
    setuptools = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]
    folders = {pkg: REPO / path for pkg, path in setuptools["package-dir"].items()}
    data = setuptools["package-data"]
    shipped = {
        (pkg, str(f.relative_to(folder)))
        for pkg, folder in folders.items()
        for pattern in data[pkg]
        for f in folder.glob(pattern)
        if f.is_file()
    }
    for needed in (
        ("desktop._data.resources", "replies/scenarios.json"),
        ("desktop._data.resources", "replies/templates/th.json"),
        ("desktop._data.resources", "samples/shopify_orders_export_1.csv"),
        ("desktop._data.resources", "icons/seller-desk.png"),
        ("desktop._data.i18n", "seller_desk_zh_CN.qm"),
        ("desktop._data.i18n", "seller_desk_zh_TW.qm"),
    ):
        assert needed in shipped, needed


def test_shipped_folder_inside_an_installed_package(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from desktop.core import paths

    package = tmp_path / "site-packages" / "desktop"
    (package / "_data" / "resources" / "replies").mkdir(parents=True)
    monkeypatch.setattr(paths, "_PACKAGE", package)
    assert paths.shipped_folder("resources") == package / "_data" / "resources"
