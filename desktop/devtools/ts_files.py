"""Reading, checking and filling Qt Linguist .ts files (XML), without Qt."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

# {name} for str.format, %1..%99 and %L1 for QString.arg, %n for plurals.
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}|%L?\d{1,2}|%n")
_HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    forms: tuple[str, ...]  # the translation, one entry per plural form (one for a plain message)
    finished: bool

    @property
    def key(self) -> str:
        return f"{self.context}::{self.source}"


def _live(element: ET.Element) -> bool:
    translation = element.find("translation")
    return translation is None or translation.get("type") not in {"obsolete", "vanished"}


def _iter(tree: ET.ElementTree) -> Iterator[tuple[str, ET.Element]]:
    root = tree.getroot()
    assert root is not None
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            if _live(element):
                yield name, element


def _message(context: str, element: ET.Element) -> Message:
    translation = element.find("translation")
    numerus = element.get("numerus") == "yes"
    if translation is None:
        forms: tuple[str, ...] = ()
    elif numerus:
        forms = tuple(f.text or "" for f in translation.iter("numerusform"))
    else:
        forms = (translation.text or "",)
    finished = (
        translation is not None
        and translation.get("type") != "unfinished"
        and bool(forms)
        and all(forms)
    )
    return Message(
        context=context,
        source=element.findtext("source") or "",
        comment=element.findtext("comment") or "",
        numerus=numerus,
        forms=forms,
        finished=finished,
    )


def read_messages(path: Path) -> list[Message]:
    return [_message(c, e) for c, e in _iter(ET.parse(path))]


def language_of(path: Path) -> str:
    return ET.parse(path).getroot().get("language") or ""


def placeholders(text: str) -> Counter[str]:
    return Counter(PLACEHOLDER.findall(text))


def placeholder_problems(message: Message) -> list[str]:
    """How a translation's placeholders differ from its source's (a dropped {name} crashes .format)."""
    expected = placeholders(message.source)
    problems = []
    for form in message.forms:
        found = placeholders(form)
        if message.numerus:
            # A language with one plural form may say the number in words of its own; %n is optional.
            expected_here = Counter({k: v for k, v in expected.items() if k != "%n"})
            found = Counter({k: v for k, v in found.items() if k != "%n"})
        else:
            expected_here = expected
        if form and found != expected_here:
            problems.append(
                f"[{message.context}] {message.source!r} -> {form!r}: placeholders "
                f"{sorted(expected_here.elements())} != {sorted(found.elements())}"
            )
    return problems


def fill(path: Path, translations: Mapping[str, str | list[str]]) -> int:
    """Write translations (keyed by source text, or by "Context::source") into a .ts file.

    Returns how many messages were filled."""
    tree = ET.parse(path)
    filled = 0
    for context, element in _iter(tree):
        source = element.findtext("source") or ""
        value = translations.get(f"{context}::{source}", translations.get(source))
        if value is None or value == "" or value == []:
            continue
        translation = element.find("translation")
        if translation is None:
            translation = ET.SubElement(element, "translation")
        translation.attrib.pop("type", None)
        if element.get("numerus") == "yes":
            forms = [value] if isinstance(value, str) else list(value)
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = value if isinstance(value, str) else value[0]
        filled += 1
    write(tree, path)
    return filled


def write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    root = tree.getroot()
    assert root is not None
    body = ET.tostring(root, encoding="unicode", short_empty_elements=False)
    path.write_text(_HEADER + body + "\n", encoding="utf-8")
