"""Small grammar repairs where a filled-in value meets the template's words: French and
Italian elision, the French "1er", a value's full stop meeting the sentence's, and
right-to-left isolation of left-to-right values."""

from __future__ import annotations

import re

from desktop.core.replies.localefmt import RTL_LANGUAGES, base_language, isolate

_DOUBLE_STOP = re.compile(r"(?<!\.)\.\.(?!\.)")
# "de un retard" -> "d'un retard", "que il" -> "qu'il"; "h" is left alone (h aspiré).
_FRENCH_ELISION = re.compile(r"\b([dD]|[qQ]u|[jJ]|[nN]|[sS])e (?=[aeiouyâàéèêëîïôûAEIOUYÂÀÉÈÊÎÔ])")
_FRENCH_CONTRACTION = ((re.compile(r"\bde le\b"), "du"), (re.compile(r"\bde les\b"), "des"),
                       (re.compile(r"\bà le\b"), "au"), (re.compile(r"\bà les\b"), "aux"))  # fmt: skip
# "il 8 dicembre" -> "l'8 dicembre": otto and undici start with a vowel.
_ITALIAN_ELISION = re.compile(r"\b(il|dal|del|al|nel|sul) (8|11)\b")
_ITALIAN_FORMS = {
    "il": "l'",
    "dal": "dall'",
    "del": "dell'",
    "al": "all'",
    "nel": "nell'",
    "sul": "sull'",
}
_LTR = re.compile(r"[A-Za-z\u00c0-\u024f]")


def polish(text: str, language: str) -> str:
    """The rendered message with the seams between template and values repaired."""
    lang = base_language(language)
    text = _DOUBLE_STOP.sub(".", text)
    if lang == "fr":
        text = _FRENCH_ELISION.sub(lambda m: m.group(1) + "'", text)
        for pattern, replacement in _FRENCH_CONTRACTION:
            text = pattern.sub(replacement, text)
    elif lang == "it":
        text = _ITALIAN_ELISION.sub(lambda m: _ITALIAN_FORMS[m.group(1)] + m.group(2), text)
    return text


def needs_isolation(value: str, language: str) -> bool:
    return base_language(language) in RTL_LANGUAGES and bool(_LTR.search(value))


def isolated_value(value: str, language: str) -> str:
    """A value as it goes into a message: isolated when left-to-right text meets a
    right-to-left language (each line apart, so an address keeps its lines)."""
    if not needs_isolation(value, language):
        return value
    return "\n".join(isolate(line) if line.strip() else line for line in value.split("\n"))
