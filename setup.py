"""Package list for setuptools, computed so that no folder of Python files is ever left out.

resources/ and i18n/ sit at the top of the repository; installed, they travel inside the package
as desktop._data.resources and desktop._data.i18n (found by desktop.core.paths). Declarative
discovery cannot see mapped folders, hence this file; everything else is in pyproject.toml."""

from setuptools import find_namespace_packages, setup

PACKAGES = [
    name
    for name in find_namespace_packages(include=["desktop", "desktop.*"])
    if "__pycache__" not in name.split(".")
]

setup(packages=[*PACKAGES, "desktop._data.resources", "desktop._data.i18n"])
