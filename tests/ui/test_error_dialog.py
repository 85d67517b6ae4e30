"""An unexpected error is logged, shown with its details, and the app goes on."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop.ui.error_dialog import ErrorDialog, install_error_dialog


def _dialogs() -> list[ErrorDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, ErrorDialog) and w.isVisible()]


def test_an_uncaught_error_is_logged_and_shown_once(qtbot, tmp_path: Path, caplog, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    passed_on: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, value, tb: passed_on.append(kind))
    install_error_dialog(tmp_path / "logs")
    try:
        raise ZeroDivisionError("the total was divided by nothing")
    except ZeroDivisionError:
        with caplog.at_level(logging.CRITICAL, logger="seller-desk"):
            sys.excepthook(*sys.exc_info())
            try:
                raise KeyError("a second one while the first is shown")
            except KeyError:
                # The second goes to the log and the previous hook, not to a second dialog.
                sys.excepthook(*sys.exc_info())
    assert passed_on == [KeyError]
    qtbot.waitUntil(lambda: len(_dialogs()) == 1, timeout=3000)
    dialog = _dialogs()[0]
    qtbot.addWidget(dialog)
    assert "ZeroDivisionError: the total was divided by nothing" in dialog.details.toPlainText()
    assert "Traceback" in dialog.details.toPlainText()
    assert "the total was divided by nothing" in caplog.text
    dialog.copy_button.click()
    assert "ZeroDivisionError" in QGuiApplication.clipboard().text()
    assert dialog.isVisible()  # copying does not close it
    dialog.reject()
    assert _dialogs() == []


def test_native_crashes_write_to_the_logs_folder(tmp_path: Path) -> None:
    import subprocess

    script = (
        "import sys, ctypes; from pathlib import Path; from desktop.core.logs import enable_fault_log; "
        "h = enable_fault_log(Path(sys.argv[1])); ctypes.string_at(0)"
    )
    result = subprocess.run([sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True)
    assert result.returncode != 0
    crash = (tmp_path / "logs" / "crashes.log").read_text()
    assert "Segmentation fault" in crash or "Fatal Python error" in crash
    assert "<string>" in crash  # the Python stack of the crash
