"""The built-in library: complete, consistent across languages, covering DOMAIN.md."""

from __future__ import annotations

import json

from desktop.core.replies.catalogue import VARIANTS, Catalogue, check_language, resources_dir
from desktop.core.replies.placeholders import placeholders_in

REQUIRED_LANGUAGES = {
    "en", "zh_CN", "zh_TW", "es", "pt", "fr", "de", "it", "nl", "ru", "ja", "ko", "th", "vi", "id", "ms", "ar",
}  # fmt: skip

# Every lifecycle message and problem of DOMAIN.md, and the seven case steps.
DOMAIN_SCENARIOS = {
    "paid_confirm_address", "ship_date_notice", "shipped_tracking", "in_transit_update",
    "arriving_soon", "delivered_check", "feedback_request", "closing_thanks",
    "address_change_request", "address_change_confirm", "address_change_shipped_low_value",
    "address_change_shipped_high_value", "cancel_before_shipping", "cancel_after_shipping",
    "no_longer_wanted", "damaged_item", "wrong_item", "not_received", "package_delayed",
    "out_of_stock", "customs_duties", "logistics_inquiry",
    "case_acknowledge", "case_identify", "case_propose", "case_follow_up", "case_confirm",
    "case_feedback", "case_close",
}  # fmt: skip


def test_required_languages_present(catalogue: Catalogue) -> None:
    # Fails until the translator has written every language file; that is expected meanwhile.
    assert set(catalogue.languages) >= REQUIRED_LANGUAGES, sorted(
        REQUIRED_LANGUAGES - set(catalogue.languages)
    )


def test_every_language_file_is_complete_and_keeps_the_placeholders(catalogue: Catalogue) -> None:
    problems = [p for language in catalogue.languages for p in check_language(catalogue, language)]
    assert problems == []


def test_language_files_name_themselves(catalogue: Catalogue) -> None:
    for path in (resources_dir() / "templates").glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["language"] == path.stem
        assert data.get("native_name")


def test_scenarios_cover_the_domain(catalogue: Catalogue) -> None:
    keys = {s.key for s in catalogue.scenarios}
    assert keys >= DOMAIN_SCENARIOS
    assert len({s.shortcut for s in catalogue.scenarios}) == len(catalogue.scenarios)


def test_declared_placeholders_and_fields_match_the_english_text(catalogue: Catalogue) -> None:
    for scenario in catalogue.scenarios:
        used: set[str] = set()
        for variant in VARIANTS:
            used |= placeholders_in(catalogue.text(scenario.key, "en", variant))
        assert set(scenario.placeholders) == used, scenario.key
        fill_ins = {name for name in used if catalogue.placeholders[name].is_fill_in}
        assert fill_ins == set(scenario.fields), scenario.key
        for field in scenario.fields:
            if catalogue.placeholders[field].type == "choice":
                assert catalogue.choices[field], field


def test_short_variant_is_shorter(catalogue: Catalogue) -> None:
    for language in catalogue.languages:
        for scenario in catalogue.scenarios:
            short = catalogue.text(scenario.key, language, "short")
            warm = catalogue.text(scenario.key, language, "warm")
            assert len(short) < len(warm), (language, scenario.key)


def test_titles_in_english_and_both_chinese(catalogue: Catalogue) -> None:
    for scenario in catalogue.scenarios:
        assert {"en", "zh_CN", "zh_TW"} <= set(scenario.titles), scenario.key
        assert {"en", "zh_CN", "zh_TW"} <= set(scenario.handling), scenario.key
