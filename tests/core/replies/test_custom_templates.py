from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from desktop.core.models.replies import CustomTemplate
from desktop.core.replies import custom
from desktop.core.replies.catalogue import Catalogue
from desktop.core.replies.compose import Composer
from desktop.core.replies.errors import TemplateFileError
from desktop.core.replies.library import Library


def test_own_template_add_edit_duplicate_reorder_delete(
    data_dir: Path, catalogue: Catalogue
) -> None:
    first = custom.create("Holiday notice", {"en": {"warm": "Hi {buyer_first_name}, we are closed until {reopen_date}."}},
                          category="Notices", shortcut="/holiday")  # fmt: skip
    second = custom.create(
        "Thanks again", {"en": {"short": "Thanks {buyer_first_name}!"}}, category="Notices"
    )
    assert [t.key for t in custom.own_templates()] == [first.key, second.key]
    custom.move(second.key, -1)
    assert [t.key for t in custom.own_templates()] == [second.key, first.key]
    custom.update(
        first.key,
        texts={
            "en": {"warm": "Closed until {reopen_date}."},
            "es": {"warm": "Cerrado hasta {reopen_date}."},
        },
    )
    copy = custom.duplicate(first.key, catalogue)
    assert copy.texts["es"]["warm"] == "Cerrado hasta {reopen_date}."
    library = Library(catalogue)
    assert library.find_shortcut("/holiday") == first.key
    assert library.text(first.key, "es", "short") == "Cerrado hasta {reopen_date}."
    assert custom.categories() == ["Notices"]
    custom.delete(copy.key)
    assert len(custom.own_templates()) == 2


def test_own_template_unknown_placeholder_is_a_fill_in(
    data_dir: Path, catalogue: Catalogue, composer: Composer, make_order: Any
) -> None:
    template = custom.create(
        "Holiday", {"en": {"warm": "Hi {buyer_first_name}, back on {reopen_date}."}}
    )
    draft = composer.draft(make_order(), template.key, "en", "warm")
    assert draft.missing == ["reopen_date"]
    assert composer.is_fill_in("reopen_date")
    done = composer.draft(make_order(), template.key, "en", "warm", {"reopen_date": "Monday"})
    assert done.text == "Hi Javier, back on Monday."


def test_bad_template_is_refused(data_dir: Path) -> None:
    with pytest.raises(custom.TemplateError):
        custom.create("", {"en": {"warm": "x"}})
    with pytest.raises(custom.TemplateError):
        custom.create("Broken", {"en": {"warm": "Hi {name"}})
    assert CustomTemplate.select().count() == 0


def test_customise_and_reset_a_builtin(data_dir: Path, catalogue: Catalogue) -> None:
    library = Library(catalogue)
    original = library.text("feedback_request", "en", "short")
    custom.customise_builtin(
        catalogue, "feedback_request", "en", "short", "Hi {buyer_first_name}, a review please?"
    )
    assert (
        library.text("feedback_request", "en", "short") == "Hi {buyer_first_name}, a review please?"
    )
    assert library.text("feedback_request", "en", "warm") == catalogue.text(
        "feedback_request", "en", "warm"
    )
    assert next(e for e in library.entries() if e.key == "feedback_request").customised
    custom.reset_builtin("feedback_request")
    assert library.text("feedback_request", "en", "short") == original


def test_export_import_round_trip(data_dir: Path, catalogue: Catalogue, tmp_path: Path) -> None:
    custom.create("Holiday", {"en": {"warm": "Closed until {reopen_date}."}}, category="Notices")
    custom.customise_builtin(catalogue, "closing_thanks", "en", "short", "Thanks from {shop_name}!")
    target = tmp_path / "templates.json"
    assert custom.export_templates(target) == 2
    CustomTemplate.delete().execute()
    assert custom.import_templates(target, catalogue) == 2
    assert Library(catalogue).text("closing_thanks", "en", "short") == "Thanks from {shop_name}!"
    # Importing again replaces rather than duplicates.
    custom.import_templates(target, catalogue)
    assert CustomTemplate.select().count() == 2


def test_damaged_import_changes_nothing(
    data_dir: Path, catalogue: Catalogue, tmp_path: Path
) -> None:
    custom.create("Keep me", {"en": {"warm": "Hello."}})
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": custom.FILE_FORMAT, "version": 1, "templates": [
        {"key": "my:new1", "title": "Good", "texts": {"en": {"warm": "fine"}}},
        {"key": "my:new2", "title": "Bad", "texts": {"en": {"warm": "broken {brace"}}},
    ]}), encoding="utf-8")  # fmt: skip
    with pytest.raises(TemplateFileError):
        custom.import_templates(bad, catalogue)
    assert [t.title for t in CustomTemplate.select()] == ["Keep me"]
    other = tmp_path / "other.json"
    other.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(TemplateFileError):
        custom.import_templates(other, catalogue)
