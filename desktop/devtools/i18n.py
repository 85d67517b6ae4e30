"""Translation workflow for the interface.

    python3 -m desktop.devtools.i18n update      # extract strings into i18n/*.ts, build .qm, list what is left
    python3 -m desktop.devtools.i18n todo [OUT]  # the unfinished strings as a JSON template to fill
    python3 -m desktop.devtools.i18n fill FILE   # {"zh_CN": {"source": "translation"}, ...} -> .ts, then release
    python3 -m desktop.devtools.i18n release     # .ts -> .qm (committed, checked by tests/ui/i18n)
    python3 -m desktop.devtools.i18n check       # exit 1 when a string is unfinished or loses a placeholder

In FILE a key may be "Context::source" to translate one context differently; a plural message
takes a list of forms (Chinese has one form, English two)."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

import PySide6

from desktop.devtools.extract import extract, stub
from desktop.devtools.ts_files import fill, placeholder_problems, read_messages

REPO = Path(__file__).resolve().parents[2]
I18N = REPO / "i18n"
LANGUAGES = ("zh_CN", "zh_TW", "en")
SOURCE_LANGUAGE = "en"


def ts_path(language: str, folder: Path = I18N) -> Path:
    return folder / f"seller_desk_{language}.ts"


def qm_path(language: str, folder: Path = I18N) -> Path:
    return folder / f"seller_desk_{language}.qm"


def sources(repo: Path = REPO) -> list[Path]:
    """Files whose strings are translated: the interface and the composition root."""
    found = sorted((repo / "desktop" / "ui").rglob("*.py"))
    app = repo / "desktop" / "app.py"
    if app.exists():
        found.append(app)
    return found


def _tool(name: str) -> str:
    bundled = Path(PySide6.__file__).parent / (f"{name}.exe" if os.name == "nt" else name)
    if bundled.exists():
        return str(bundled)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"{name} not found: pip install PySide6-Essentials")
    return found


def lupdate(ts_files: Sequence[tuple[str, Path]], repo: Path = REPO) -> None:
    """Merge the strings of today's sources into the .ts files (see desktop.devtools.extract)."""
    messages = extract(sources(repo), repo)
    with tempfile.TemporaryDirectory() as folder:
        strings = Path(folder) / "interface_strings.py"
        strings.write_text(stub(messages), encoding="utf-8")
        for language, ts in ts_files:
            options = ["-no-obsolete", "-locations", "none", "-source-language", SOURCE_LANGUAGE]
            options += ["-target-language", language]
            if language == SOURCE_LANGUAGE:
                # The source texts are English already; only plural forms need an English entry.
                options.append("-pluralonly")
            subprocess.run(
                [_tool("lupdate"), "-silent", str(strings), "-ts", str(ts.resolve()), *options],
                cwd=folder,
                check=True,
            )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def release(folder: Path = I18N) -> None:
    for language in LANGUAGES:
        lrelease(ts_path(language, folder), qm_path(language, folder))


def unfinished(folder: Path = I18N) -> dict[str, dict[str, str | list[str]]]:
    """language -> {source: ""} for every string still to translate (the `fill` format)."""
    todo: dict[str, dict[str, str | list[str]]] = {}
    for language in LANGUAGES:
        entries: dict[str, str | list[str]] = {}
        for message in read_messages(ts_path(language, folder)):
            if not message.finished:
                key = message.source if message.source not in entries else message.key
                entries[key] = ["", ""] if message.numerus and language == "en" else ""
        todo[language] = entries
    return todo


def problems(folder: Path = I18N) -> list[str]:
    found = []
    for language in LANGUAGES:
        for message in read_messages(ts_path(language, folder)):
            if not message.finished:
                found.append(f"{language}: unfinished: [{message.context}] {message.source!r}")
            found.extend(f"{language}: {p}" for p in placeholder_problems(message))
    return found


def _print_todo(todo: dict[str, dict[str, str | list[str]]]) -> None:
    for language, entries in todo.items():
        print(f"{language}: {len(entries)} unfinished")
        for source in entries:
            print(f"    {source}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python3 -m desktop.devtools.i18n",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("update", help="extract strings, build .qm, list unfinished strings")
    todo = commands.add_parser("todo", help="write the unfinished strings as a JSON template")
    todo.add_argument("out", nargs="?", help="file to write (default: print)")
    filler = commands.add_parser("fill", help="write translations from a JSON file, then release")
    filler.add_argument("file")
    commands.add_parser("release", help="compile .ts into .qm")
    commands.add_parser("check", help="fail on unfinished strings or lost placeholders")
    args = parser.parse_args(argv)

    if args.command == "update":
        lupdate([(language, ts_path(language)) for language in LANGUAGES])
        release()
        _print_todo(unfinished())
        return 0
    if args.command == "todo":
        text = json.dumps(unfinished(), ensure_ascii=False, indent=2) + "\n"
        if args.out:
            Path(args.out).write_text(text, encoding="utf-8")
        else:
            sys.stdout.write(text)
        return 0
    if args.command == "fill":
        given = json.loads(Path(args.file).read_text(encoding="utf-8"))
        for language, translations in given.items():
            if language not in LANGUAGES:
                raise SystemExit(f"unknown language {language!r}; expected one of {LANGUAGES}")
            count = fill(ts_path(language), translations)
            print(f"{language}: {count} messages filled")
        release()
        _print_todo(unfinished())
        return 0
    if args.command == "release":
        release()
        return 0
    found = problems()
    print("\n".join(found) or "all translations complete")
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
