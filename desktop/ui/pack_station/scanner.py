"""Scanner input that is never lost: while the station is on screen, a scan typed into the
capture window, a message box or any button of the station still reaches the station.

A keyboard-wedge scanner types its payload and then a suffix (Enter, Tab or both), sometimes
after an AIM identifier such as ]C0 (stripped by the core's normalize)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QTextEdit,
    QWidget,
)

SUFFIXES = ("auto", "enter", "tab", "enter_tab")
# A window whose keyboard input belongs to the station while it is open (the capture window).
FORWARD_PROPERTY = "forwardScans"
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_TEXT_INPUTS = (QLineEdit, QAbstractSpinBox, QComboBox, QTextEdit, QPlainTextEdit)


def suffix_setting(value: object) -> str:
    text = str(value or "auto").strip().lower().replace("+", "_")
    return text if text in SUFFIXES else "auto"


class ScannerInput(QObject):
    """An application-wide event filter, armed while the station is visible."""

    scanned = Signal(str)

    def __init__(self, station: QWidget, scan_field: QLineEdit, suffix: str = "auto") -> None:
        super().__init__(station)
        self._station = station
        self._field = scan_field
        self.suffix = suffix if suffix in SUFFIXES else "auto"
        self._buffer = ""
        self.armed = False

    def arm(self, on: bool) -> None:
        app = QApplication.instance()
        if app is None or on == self.armed:
            return
        if on:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)
            self._buffer = ""
        self.armed = on

    def ends_scan(self, key: Qt.Key) -> bool:
        if key in _ENTER:
            return self.suffix in ("auto", "enter", "enter_tab")
        if key == Qt.Key.Key_Tab:
            return self.suffix in ("auto", "tab", "enter_tab")
        return False

    def listens_in(self, widget: QWidget | None) -> bool:
        """Whether keys typed into `widget` are the station's."""
        if widget is None:
            return False
        window = widget.window()
        if window is self._station.window():
            return widget is self._field or not isinstance(widget, _TEXT_INPUTS)
        if bool(window.property(FORWARD_PROPERTY)):
            return True
        return isinstance(window, (QMessageBox, QProgressDialog))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        if not isinstance(watched, QWidget) or not self.listens_in(watched):
            return False
        assert isinstance(event, QKeyEvent)
        if kind == QEvent.Type.ShortcutOverride:
            # A scanned "R" or " " must not fire the capture window's R / Space shortcuts:
            # claim plain typing so it arrives as a key press, which is the station's.
            plain = not event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
            )
            if plain and event.text() and event.text().isprintable() and watched is not self._field:
                event.accept()
                return True
            return False
        key = Qt.Key(event.key())
        if watched is self._field:
            # The field types for itself; only a Tab suffix needs help (Tab would move focus).
            if key == Qt.Key.Key_Tab:
                if self.ends_scan(key) and self._field.text().strip():
                    self._field.returnPressed.emit()
                return True
            return False
        mods = event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        )
        if mods:
            return False
        if key in _ENTER or key == Qt.Key.Key_Tab:
            code, self._buffer = self._buffer, ""
            if code.strip() and self.ends_scan(key):
                self.scanned.emit(code)
                return True
            # A suffix with nothing before it (the Tab after Enter) is swallowed too, so it
            # never closes a message box or moves the focus away.
            return bool(code) or key == Qt.Key.Key_Tab or self._swallows_enter(watched)
        text = event.text()
        if text and text.isprintable():
            self._buffer += text
            return True
        return False

    def _swallows_enter(self, watched: QWidget) -> bool:
        # An Enter on its own in the station (on a button) must not click it.
        return watched.window() is self._station.window()
