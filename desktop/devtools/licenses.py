"""Collect the licence files of every runtime dependency for the app bundle (build.spec).

    python3 -m desktop.devtools.licenses OUT_DIR

writes OUT_DIR/<distribution>/<licence files> from the installed packages' metadata and prints
what it found; a dependency that ships no licence file is named, so the notices in
resources/licenses/THIRD_PARTY.md can cover it."""

from __future__ import annotations

import re
import shutil
import sys
import tomllib
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_LICENCE_NAME = re.compile(r"(^|/)(licen[cs]e|copying|notice|authors)[^/]*$", re.IGNORECASE)


def runtime_distributions(pyproject: Path = ROOT / "pyproject.toml") -> list[str]:
    """The runtime dependencies named in pyproject.toml (and the optional server driver)."""
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    wanted = [*project["dependencies"], *project["optional-dependencies"].get("postgres", [])]
    names = [re.split(r"[\s<>=!~;\[]", spec, maxsplit=1)[0] for spec in wanted]
    return sorted(set(names), key=str.casefold)


def collect(out: Path) -> dict[str, list[str]]:
    """{distribution: [copied files]} for each installed runtime dependency."""
    copied: dict[str, list[str]] = {}
    for name in runtime_distributions():
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        files = [f for f in dist.files or [] if _LICENCE_NAME.search(str(f)) and ".dist-info" in str(f)]
        target = out / dist.metadata["Name"]
        copied[dist.metadata["Name"]] = []
        for file in files:
            source = Path(str(file.locate()))
            if source.is_file():
                target.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, target / source.name)
                copied[dist.metadata["Name"]].append(source.name)
    return copied


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    for name, files in collect(Path(args[0])).items():
        print(f"{name}: {', '.join(files) if files else 'no licence file (see THIRD_PARTY.md)'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
