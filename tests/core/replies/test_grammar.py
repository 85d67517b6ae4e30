"""Per-language checks on every rendered scenario: no double full stop where a value ends
with one ("2024 г.."), French and Italian elision at the seams ("de un", "il 8"), the French
"1er", Dutch punctuation, spacing and the formal "u", and left-to-right values isolated inside
Arabic."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

import pytest

from desktop.core.replies.catalogue import Catalogue, load_catalogue
from desktop.core.replies.compose import Composer
from desktop.core.replies.grammar import polish
from desktop.core.replies.library import Library
from desktop.core.replies.order_values import ValueOptions

CATALOGUE = load_catalogue()
_DOUBLE_STOP = re.compile(r"(?<!\.)\.\.(?!\.)")
_CHECKS: dict[str, list[re.Pattern[str]]] = {
    "fr": [re.compile(r"\b(de|que) [aeiouéèêà]", re.IGNORECASE), re.compile(r"\b1 (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)")],
    "it": [re.compile(r"\b(il|dal|del|al|nel|sul) (8|11)\b")],
    # Dutch: no space before : ; ! ? (French habit), no double space, and the formal "u" only.
    "nl": [re.compile(r"[ \u00a0\u202f][:;!?]"), re.compile(r"(?<=\S)  +(?=\S)"),
           re.compile(r"\b(je|jij|jou|jouw|jullie)\b", re.IGNORECASE)],
}  # fmt: skip
_FSI, _PDI = "\u2068", "\u2069"


def _unisolated_latin(text: str) -> list[str]:
    """Latin-letter runs outside first-strong isolates."""
    outside = re.sub(f"{_FSI}[^{_PDI}]*{_PDI}", "", text)
    return re.findall(r"[A-Za-z][A-Za-z0-9 .,:/()×-]*", outside)


def _variants(catalogue: Catalogue) -> list[tuple[str, str]]:
    return [(s.key, v) for s in catalogue.scenarios for v in ("short", "warm")]


@pytest.mark.parametrize("language", CATALOGUE.languages)
def test_every_scenario_reads_right(language: str, data_dir: Any, make_vase_order: Any) -> None:
    pk = make_vase_order(
        buyer_name="Javier Martínez", total="39.90", tracking_number="LZ123456789CN",
        shipped_at=datetime(2024, 12, 1, 8, tzinfo=UTC),
    )  # fmt: skip
    composer = Composer(
        CATALOGUE, Library(CATALOGUE),
        ValueOptions(signature="Vase Studio Ltd.", today=datetime(2024, 12, 1).date()),
    )  # fmt: skip
    problems = []
    for reason in [c.key for c in CATALOGUE.choices["delay_reason"]]:
        fills = {"delay_reason": reason, "new_delivery_date": "2024-12-08", "resolve_by": "2024-12-11",
                 "refund_amount": "5", "duty_share_amount": "3", "new_address": "Calle Mayor 1",
                 "alternative_link": "https://shop.example/similar", "issue_summary": "damaged",
                 "solution": "refund", "listing_clause": "not_stated"}  # fmt: skip
        for key, variant in _variants(CATALOGUE):
            if reason != "customs" and "delay_reason" not in CATALOGUE.scenario(key).fields:
                continue
            text = composer.draft(pk, key, language, variant, fills).text
            if _DOUBLE_STOP.search(text):
                problems.append((key, variant, "double full stop", text))
            for pattern in _CHECKS.get(language, []):
                if pattern.search(text):
                    problems.append((key, variant, pattern.pattern, pattern.search(text).group(0)))  # type: ignore[union-attr]
            if language == "ar" and _unisolated_latin(text):
                problems.append((key, variant, "unisolated", _unisolated_latin(text)))
    assert problems == []


def test_the_repairs() -> None:
    assert polish("le 22 октября 2024 г.. Спасибо", "ru") == "le 22 октября 2024 г. Спасибо"
    assert polish("à cause de un retard", "fr") == "à cause d'un retard"
    assert polish("à cause de une grève", "fr") == "à cause d'une grève"
    assert polish("arriverà il 8 dicembre", "it") == "arriverà l'8 dicembre"
    assert polish("dal 11 dicembre", "it") == "dall'11 dicembre"
    assert polish("Wait... really", "en") == "Wait... really"
    assert polish("uiterlijk op 8 december 2024.. Bedankt", "nl") == "uiterlijk op 8 december 2024. Bedankt"
    assert polish("Hallo Lotte, het is geregeld: bedankt!", "nl") == "Hallo Lotte, het is geregeld: bedankt!"
