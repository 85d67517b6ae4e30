"""The templates the composer offers: built-in scenarios (possibly customised by the seller)
and the seller's own templates, in her order and categories."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.models.replies import CustomTemplate
from desktop.core.replies.catalogue import VARIANTS, Catalogue, pick_title
from desktop.core.replies.errors import UnknownLanguageError, UnknownScenarioError

OWN_PREFIX = "my:"


@dataclass(frozen=True)
class Entry:
    key: str
    title: str
    group: str  # built-in group key, or the seller's category
    shortcut: str
    builtin: bool
    customised: bool
    languages: tuple[str, ...]
    fields: tuple[str, ...]


class Library:
    """Reads custom templates from the open database on every call: they are few and small."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue

    def _overrides(self) -> dict[str, CustomTemplate]:
        return {
            t.builtin_key: t
            for t in CustomTemplate.select().where(CustomTemplate.builtin_key != "")
        }

    def entries(self, seller_language: str = "zh_CN") -> list[Entry]:
        overrides = self._overrides()
        result = []
        for scenario in self.catalogue.scenarios:
            custom = overrides.get(scenario.key)
            languages = set(self.catalogue.languages)
            if custom is not None:
                languages |= set(custom.texts)
            result.append(
                Entry(
                    key=scenario.key,
                    title=scenario.title(seller_language),
                    group=scenario.group,
                    shortcut=(custom.shortcut if custom and custom.shortcut else scenario.shortcut),
                    builtin=True,
                    customised=custom is not None,
                    languages=tuple(lang for lang in self.catalogue.languages if lang in languages)
                    + tuple(sorted(languages - set(self.catalogue.languages))),
                    fields=scenario.fields,
                )
            )
        own = (
            CustomTemplate.select()
            .where(CustomTemplate.builtin_key == "")
            .order_by(CustomTemplate.category, CustomTemplate.position, CustomTemplate.id)
        )
        for template in own:
            result.append(
                Entry(
                    key=template.key,
                    title=template.title,
                    group=template.category,
                    shortcut=template.shortcut,
                    builtin=False,
                    customised=False,
                    languages=tuple(template.texts),
                    fields=(),
                )
            )
        return result

    def group_title(self, group: str, seller_language: str) -> str:
        for candidate in self.catalogue.groups:
            if candidate.key == group:
                return pick_title(candidate.titles, seller_language)
        return group

    def find_shortcut(self, text: str) -> str | None:
        wanted = text.strip().lstrip("/").casefold()
        if not wanted:
            return None
        for entry in self.entries():
            if entry.shortcut and entry.shortcut.casefold() == wanted:
                return entry.key
        return None

    def languages(self, key: str) -> list[str]:
        if key.startswith(OWN_PREFIX):
            template = CustomTemplate.get_or_none(CustomTemplate.key == key)
            if template is None:
                raise UnknownScenarioError(key)
            return list(template.texts)
        self.catalogue.scenario(key)
        custom = self._overrides().get(key)
        extra = [
            lang
            for lang in (custom.texts if custom else {})
            if lang not in self.catalogue.languages
        ]
        return self.catalogue.languages + extra

    def text(self, key: str, language: str, variant: str) -> str:
        """The text to render: the seller's version if she has one, else the built-in."""
        if variant not in VARIANTS:
            raise ValueError(f"unknown variant {variant}")
        if key.startswith(OWN_PREFIX):
            template = CustomTemplate.get_or_none(CustomTemplate.key == key)
            if template is None:
                raise UnknownScenarioError(key)
            versions = template.texts.get(language)
            if not versions:
                raise UnknownLanguageError(language)
            # An own template may have only one variant; the other falls back to it.
            return str(versions.get(variant) or versions.get("warm") or versions.get("short") or "")
        custom = CustomTemplate.get_or_none(CustomTemplate.builtin_key == key)
        if custom is not None:
            text = custom.texts.get(language, {}).get(variant)
            if text:
                return str(text)
        return self.catalogue.text(key, language, variant)
