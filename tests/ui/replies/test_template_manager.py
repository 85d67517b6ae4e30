from __future__ import annotations

from pathlib import Path

from desktop.core.models.replies import CustomTemplate
from desktop.core.replies import custom
from desktop.ui.replies.template_manager import TemplateManager


def _manager(qtbot, services, tmp_path: Path, answer: bool = True) -> TemplateManager:  # type: ignore[no-untyped-def]
    target = tmp_path / "templates.json"
    manager = TemplateManager(
        services, chooser=lambda _w, _mode: target, confirm=lambda _w, _q: answer
    )
    qtbot.addWidget(manager)
    return manager


def test_new_edit_duplicate_reorder_delete(qtbot, services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    manager = _manager(qtbot, services, tmp_path)
    manager.buttons["new"].click()
    key = manager.key
    assert key and key.startswith("my:")
    manager.title.setText("Holiday notice")
    manager.category.setEditText("Notices")
    manager.shortcut.setText("/holiday")
    manager.editors["warm"].setPlainText(
        "Hi {buyer_first_name}, we are closed until {reopen_date}."
    )
    manager.language.setCurrentIndex(manager.language.findData("es"))
    manager.editors["warm"].setPlainText("Hola {buyer_first_name}, cerramos hasta {reopen_date}.")
    manager.buttons["save"].click()
    stored = custom.get(key)
    assert (
        stored.title == "Holiday notice"
        and stored.category == "Notices"
        and stored.shortcut == "holiday"
    )
    assert stored.texts["es"]["warm"].startswith("Hola")
    assert stored.texts["en"]["warm"].startswith("Hi")
    manager.buttons["duplicate"].click()
    assert len(custom.own_templates()) == 2
    manager.buttons["up"].click()
    assert custom.own_templates()[0].key == manager.key
    manager.buttons["delete"].click()
    assert len(custom.own_templates()) == 1


def test_bad_text_is_refused_with_a_message(qtbot, services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    manager = _manager(qtbot, services, tmp_path)
    manager.buttons["new"].click()
    manager.editors["warm"].setPlainText("Hi {buyer_first_name")
    manager.buttons["save"].click()
    assert "cannot be done" in manager.status.text()
    assert custom.get(manager.key).texts["en"]["warm"] == "Hi {buyer_first_name}, "  # type: ignore[arg-type]


def test_customise_and_reset_a_builtin(qtbot, services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    manager = _manager(qtbot, services, tmp_path)
    row = manager.model.row_of("feedback_request")
    manager.list.setCurrentIndex(manager.model.index(row, 0))
    assert not manager.title.isEnabled() and not manager.buttons["reset"].isEnabled()
    manager.language.setCurrentIndex(manager.language.findData("en"))
    manager.editors["short"].setPlainText("Hi {buyer_first_name}, a quick review?")
    manager.buttons["save"].click()
    assert (
        services.library.text("feedback_request", "en", "short")
        == "Hi {buyer_first_name}, a quick review?"
    )
    assert manager.buttons["reset"].isEnabled()
    manager.buttons["reset"].click()
    assert (
        services.library.text("feedback_request", "en", "short")
        != "Hi {buyer_first_name}, a quick review?"
    )


def test_export_and_import(qtbot, services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    custom.create("Holiday", {"en": {"warm": "Closed until {reopen_date}."}})
    manager = _manager(qtbot, services, tmp_path)
    manager.buttons["export"].click()
    assert (tmp_path / "templates.json").is_file()
    CustomTemplate.delete().execute()
    manager.buttons["import"].click()
    assert [t.title for t in custom.own_templates()] == ["Holiday"]
    (tmp_path / "templates.json").write_text("not json", encoding="utf-8")
    manager.buttons["import"].click()
    assert "Nothing was changed" in manager.status.text()
