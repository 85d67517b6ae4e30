"""The built-in scenario library: resources/replies/scenarios.json plus one text file per
language in resources/replies/templates/ (format: templates/FORMAT.md)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.paths import shipped_folder
from desktop.core.replies.errors import CatalogueError, UnknownLanguageError, UnknownScenarioError
from desktop.core.replies.placeholders import placeholders_in

VARIANTS = ("short", "warm")
CASE_GROUP = "case"


def resources_dir() -> Path:
    """resources/replies, wherever the program runs from (desktop.core.paths.shipped_folder)."""
    folder = shipped_folder("resources") / "replies"
    if not (folder / "scenarios.json").is_file():
        raise CatalogueError("resources/replies/scenarios.json not found")
    return folder


Titles = dict[str, str]


def pick_title(titles: Titles, language: str) -> str:
    """The title in the seller's language, falling back to the other Chinese, then English."""
    for candidate in (language, "zh_CN" if language.startswith("zh") else "", "en"):
        if candidate and titles.get(candidate):
            return titles[candidate]
    return next(iter(titles.values()), "")


@dataclass(frozen=True)
class Placeholder:
    name: str
    source: str  # "order": filled from the order; "fill": the seller fills it in
    type: str  # text, money, date, url, choice
    titles: Titles

    @property
    def is_fill_in(self) -> bool:
        return self.source == "fill"


@dataclass(frozen=True)
class Choice:
    key: str
    titles: Titles


@dataclass(frozen=True)
class Scenario:
    key: str
    group: str
    stage: str
    shortcut: str
    titles: Titles
    handling: Titles
    seeds: tuple[str, ...]
    fields: tuple[str, ...]
    placeholders: tuple[str, ...]

    def title(self, language: str = "en") -> str:
        return pick_title(self.titles, language)


@dataclass(frozen=True)
class Group:
    key: str
    titles: Titles


@dataclass
class Catalogue:
    scenarios: list[Scenario]
    groups: list[Group]
    placeholders: dict[str, Placeholder]
    choices: dict[str, list[Choice]]
    required_languages: tuple[str, ...]
    # language -> scenario key -> variant -> text
    texts: dict[str, dict[str, dict[str, str]]] = field(default_factory=dict)
    # language -> choice field -> choice key -> text
    choice_texts: dict[str, dict[str, dict[str, str]]] = field(default_factory=dict)
    native_names: dict[str, str] = field(default_factory=dict)
    # language -> placeholder -> the words used when the order has no value ("our shop")
    fallbacks: dict[str, dict[str, str]] = field(default_factory=dict)

    @property
    def languages(self) -> list[str]:
        """Languages with a template file, required ones first in their declared order."""
        present = set(self.texts)
        ordered = [lang for lang in self.required_languages if lang in present]
        return ordered + sorted(present - set(ordered))

    def scenario(self, key: str) -> Scenario:
        for scenario in self.scenarios:
            if scenario.key == key:
                return scenario
        raise UnknownScenarioError(key)

    def has_scenario(self, key: str) -> bool:
        return any(s.key == key for s in self.scenarios)

    def text(self, key: str, language: str, variant: str) -> str:
        self.scenario(key)
        if language not in self.texts:
            raise UnknownLanguageError(language)
        try:
            return self.texts[language][key][variant]
        except KeyError:
            raise CatalogueError(f"{language}.json has no {variant} text for {key}") from None

    def choice_text(self, name: str, choice: str, language: str) -> str | None:
        return self.choice_texts.get(language, {}).get(name, {}).get(choice)

    def by_shortcut(self, shortcut: str) -> Scenario | None:
        wanted = shortcut.lstrip("/").casefold()
        return next((s for s in self.scenarios if s.shortcut.casefold() == wanted), None)


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise CatalogueError(f"{path.name}: {error}") from error


def load_catalogue(root: Path | None = None) -> Catalogue:
    root = root or resources_dir()
    data = _read_json(root / "scenarios.json")
    try:
        placeholders = {
            name: Placeholder(name, spec["source"], spec["type"], spec["title"])
            for name, spec in data["placeholders"].items()
        }
        choices = {
            name: [Choice(item["key"], item["title"]) for item in items]
            for name, items in data["choices"].items()
        }
        scenarios = [
            Scenario(
                key=s["key"],
                group=s["group"],
                stage=s.get("stage", ""),
                shortcut=s.get("shortcut", ""),
                titles=s["title"],
                handling=s.get("handling", {}),
                seeds=tuple(s.get("seeds", ())),
                fields=tuple(s.get("fields", ())),
                placeholders=tuple(s.get("placeholders", ())),
            )
            for s in data["scenarios"]
        ]
        groups = [Group(g["key"], g["title"]) for g in data["groups"]]
        required = tuple(data["required_languages"])
    except (KeyError, TypeError) as error:
        raise CatalogueError(f"scenarios.json: missing {error}") from error
    catalogue = Catalogue(scenarios, groups, placeholders, choices, required)
    for path in sorted((root / "templates").glob("*.json")):
        language_file = _read_json(path)
        language = path.stem
        if not isinstance(language_file, dict) or "templates" not in language_file:
            raise CatalogueError(f"{path.name}: no templates")
        catalogue.texts[language] = language_file["templates"]
        catalogue.choice_texts[language] = language_file.get("choices", {})
        catalogue.native_names[language] = language_file.get("native_name", language)
        catalogue.fallbacks[language] = dict(language_file.get("fallbacks", {}))
    return catalogue


def check_language(catalogue: Catalogue, language: str) -> list[str]:
    """Problems of one language file against English: keys, variants, choices, placeholders."""
    problems: list[str] = []
    english = catalogue.texts.get("en", {})
    texts = catalogue.texts.get(language, {})
    for scenario in catalogue.scenarios:
        for variant in VARIANTS:
            text = texts.get(scenario.key, {}).get(variant)
            if not isinstance(text, str) or not text.strip():
                problems.append(f"{language}: {scenario.key}.{variant} missing")
                continue
            try:
                used = placeholders_in(text)
            except ValueError as error:
                problems.append(f"{language}: {scenario.key}.{variant}: {error}")
                continue
            reference = placeholders_in(english.get(scenario.key, {}).get(variant, ""))
            if used != reference:
                problems.append(
                    f"{language}: {scenario.key}.{variant} placeholders {sorted(used)} "
                    f"!= English {sorted(reference)}"
                )
    extra = set(texts) - {s.key for s in catalogue.scenarios}
    problems.extend(f"{language}: unknown scenario {key}" for key in sorted(extra))
    for name, items in catalogue.choices.items():
        have = catalogue.choice_texts.get(language, {}).get(name, {})
        for item in items:
            if not str(have.get(item.key, "")).strip():
                problems.append(f"{language}: choice {name}.{item.key} missing")
    return problems
