"""The seller's own templates and her customised built-ins: edit, order, categorise, and
move them between computers as a file."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

from desktop.core.models.base import database_proxy, utc_now
from desktop.core.models.replies import CustomTemplate
from desktop.core.replies.catalogue import VARIANTS, Catalogue
from desktop.core.replies.errors import RepliesError, TemplateFileError, UnknownScenarioError
from desktop.core.replies.library import OWN_PREFIX
from desktop.core.replies.placeholders import placeholders_in

FILE_FORMAT = "seller-desk-reply-templates"
FILE_VERSION = 1
Texts = dict[str, dict[str, str]]


class TemplateError(RepliesError):
    """A template the seller wrote cannot be saved as it is."""


def _check_texts(texts: Texts) -> Texts:
    clean: Texts = {}
    for language, versions in texts.items():
        if not isinstance(versions, dict):
            raise TemplateError(f"{language}: expected short/warm texts")
        kept = {}
        for variant, text in versions.items():
            if variant not in VARIANTS:
                raise TemplateError(f"{language}: unknown variant {variant}")
            if not isinstance(text, str):
                raise TemplateError(f"{language}.{variant}: not text")
            if not text.strip():
                continue
            try:
                placeholders_in(text)
            except ValueError as error:
                raise TemplateError(f"{language}.{variant}: {error}") from error
            kept[variant] = text
        if kept:
            clean[str(language)] = kept
    return clean


def own_templates() -> list[CustomTemplate]:
    return list(
        CustomTemplate.select()
        .where(CustomTemplate.builtin_key == "")
        .order_by(CustomTemplate.category, CustomTemplate.position, CustomTemplate.id)
    )


def get(key: str) -> CustomTemplate:
    template = CustomTemplate.get_or_none(CustomTemplate.key == key)
    if template is None:
        raise UnknownScenarioError(key)
    return template


def _next_position(category: str) -> int:
    last = (
        CustomTemplate.select(CustomTemplate.position)
        .where((CustomTemplate.category == category) & (CustomTemplate.builtin_key == ""))
        .order_by(CustomTemplate.position.desc())
        .first()
    )
    return (last.position + 1) if last else 0


def create(title: str, texts: Texts, category: str = "", shortcut: str = "") -> CustomTemplate:
    title = title.strip()
    if not title:
        raise TemplateError("a template needs a title")
    clean = _check_texts(texts)
    if not clean:
        raise TemplateError("a template needs a text in at least one language")
    with database_proxy.atomic():
        return CustomTemplate.create(
            key=OWN_PREFIX + uuid.uuid4().hex[:12],
            title=title,
            category=category.strip(),
            shortcut=shortcut.strip().lstrip("/"),
            position=_next_position(category.strip()),
            texts=clean,
        )


def update(
    key: str,
    *,
    title: str | None = None,
    texts: Texts | None = None,
    category: str | None = None,
    shortcut: str | None = None,
) -> CustomTemplate:
    with database_proxy.atomic():
        template = get(key)
        if title is not None:
            if not title.strip():
                raise TemplateError("a template needs a title")
            template.title = title.strip()
        if texts is not None:
            clean = _check_texts(texts)
            if not clean and not template.builtin_key:
                raise TemplateError("a template needs a text in at least one language")
            template.texts = clean
        if category is not None and category.strip() != template.category:
            template.category = category.strip()
            template.position = _next_position(template.category)
        if shortcut is not None:
            template.shortcut = shortcut.strip().lstrip("/")
        template.updated_at = utc_now()
        template.save()
        return template


def duplicate(key: str, catalogue: Catalogue, seller_language: str = "zh_CN") -> CustomTemplate:
    """An own copy of a built-in scenario (as customised) or of an own template."""
    if key.startswith(OWN_PREFIX):
        source = get(key)
        return create(source.title + " (2)", source.texts, source.category, "")
    scenario = catalogue.scenario(key)
    texts: Texts = {lang: dict(catalogue.texts[lang].get(key, {})) for lang in catalogue.languages}
    override = CustomTemplate.get_or_none(CustomTemplate.builtin_key == key)
    if override is not None:
        for lang, versions in override.texts.items():
            texts.setdefault(lang, {}).update(versions)
    return create(scenario.title(seller_language), texts, "", "")


def delete(key: str) -> None:
    with database_proxy.atomic():
        CustomTemplate.delete().where(CustomTemplate.key == key).execute()


def move(key: str, offset: int) -> None:
    """Move an own template up (-1) or down (+1) within its category."""
    with database_proxy.atomic():
        template = get(key)
        siblings = [t for t in own_templates() if t.category == template.category]
        index = next(i for i, t in enumerate(siblings) if t.key == key)
        target = max(0, min(len(siblings) - 1, index + offset))
        siblings.insert(target, siblings.pop(index))
        for position, item in enumerate(siblings):
            if item.position != position:
                CustomTemplate.update(position=position).where(
                    CustomTemplate.id == item.id
                ).execute()


def categories() -> list[str]:
    rows = (
        CustomTemplate.select(CustomTemplate.category)
        .where(CustomTemplate.builtin_key == "")
        .distinct()
    )
    return sorted({r.category for r in rows if r.category})


def customise_builtin(
    catalogue: Catalogue, builtin_key: str, language: str, variant: str, text: str
) -> None:
    """The seller's wording for one language and variant of a built-in scenario."""
    catalogue.scenario(builtin_key)
    with database_proxy.atomic():
        override = CustomTemplate.get_or_none(CustomTemplate.builtin_key == builtin_key)
        texts: Texts = dict(override.texts) if override else {}
        texts.setdefault(language, {})[variant] = text
        if override is None:
            CustomTemplate.create(
                key="builtin:" + builtin_key,
                builtin_key=builtin_key,
                title=catalogue.scenario(builtin_key).title("en"),
                texts=_check_texts(texts),
            )
        else:
            override.texts = _check_texts(texts)
            override.updated_at = utc_now()
            override.save()


def set_builtin_shortcut(catalogue: Catalogue, builtin_key: str, shortcut: str) -> None:
    scenario = catalogue.scenario(builtin_key)
    shortcut = shortcut.strip().lstrip("/")
    with database_proxy.atomic():
        override = CustomTemplate.get_or_none(CustomTemplate.builtin_key == builtin_key)
        if override is None:
            CustomTemplate.create(
                key="builtin:" + builtin_key,
                builtin_key=builtin_key,
                title=scenario.title("en"),
                shortcut=shortcut,
            )
        else:
            override.shortcut = shortcut
            override.save()


def reset_builtin(builtin_key: str) -> None:
    with database_proxy.atomic():
        CustomTemplate.delete().where(CustomTemplate.builtin_key == builtin_key).execute()


def export_templates(path: Path) -> int:
    """Write every own template and customised built-in; returns how many."""
    rows = list(
        CustomTemplate.select().order_by(
            CustomTemplate.builtin_key, CustomTemplate.category, CustomTemplate.position
        )
    )
    data = {
        "format": FILE_FORMAT,
        "version": FILE_VERSION,
        "templates": [
            {
                "key": t.key,
                "builtin_key": t.builtin_key,
                "title": t.title,
                "category": t.category,
                "shortcut": t.shortcut,
                "position": t.position,
                "texts": t.texts,
            }
            for t in rows
        ],
    }
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    tmp.replace(path)
    return len(rows)


def _read_import(path: Path) -> list[dict[str, Any]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise TemplateFileError(f"{path.name} is not a templates file ({error})") from error
    if not isinstance(data, dict) or data.get("format") != FILE_FORMAT:
        raise TemplateFileError(f"{path.name} is not a Seller Desk templates file")
    if int(data.get("version", 0)) > FILE_VERSION:
        raise TemplateFileError(f"{path.name} was written by a newer Seller Desk")
    items = data.get("templates")
    if not isinstance(items, list):
        raise TemplateFileError(f"{path.name} holds no templates")
    return items


def import_templates(path: Path, catalogue: Catalogue) -> int:
    """Add or replace templates from an exported file; all or nothing. Returns how many."""
    items = _read_import(path)
    with database_proxy.atomic():
        for item in items:
            try:
                key = str(item["key"])
                builtin_key = str(item.get("builtin_key", ""))
                texts = _check_texts(item.get("texts", {}))
                title = str(item.get("title", "")).strip() or key
            except (KeyError, TypeError, AttributeError, TemplateError) as error:
                raise TemplateFileError(f"{path.name}: a template is damaged ({error})") from error
            if builtin_key and not catalogue.has_scenario(builtin_key):
                continue  # a scenario this version does not have
            if not (builtin_key or key.startswith(OWN_PREFIX)):
                raise TemplateFileError(f"{path.name}: unexpected template key {key}")
            values = {
                "builtin_key": builtin_key,
                "title": title,
                "category": str(item.get("category", "")),
                "shortcut": str(item.get("shortcut", "")),
                "position": int(item.get("position", 0)),
                "texts": texts,
                "updated_at": utc_now(),
            }
            existing = CustomTemplate.get_or_none(
                (CustomTemplate.key == key)
                | ((CustomTemplate.builtin_key == builtin_key) & (CustomTemplate.builtin_key != ""))
            )
            if existing is None:
                CustomTemplate.create(key=key, **values)
            else:
                CustomTemplate.update(**values).where(CustomTemplate.id == existing.id).execute()
    return len(items)
