"""Where the capture window goes while packing: beside the station, never over it."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QWidget

MIN_SIDE = 320


def side_by_side(screen: QRect, station: QRect, share: float = 0.38) -> tuple[QRect, QRect]:
    """(station, capture) rectangles that do not overlap. The station keeps its place when
    there is room beside it; otherwise the screen is split, the station on the left."""
    right_room = screen.right() - station.right()
    if right_room >= MIN_SIDE and station.left() >= screen.left():
        width = min(right_room - 1, 640)
        return station, QRect(station.right() + 1, station.top(), width, station.height())
    left_room = station.left() - screen.left()
    if left_room >= MIN_SIDE and station.right() <= screen.right():
        width = min(left_room - 1, 640)
        return station, QRect(station.left() - width - 1, station.top(), width, station.height())
    capture_w = max(MIN_SIDE, int(screen.width() * share))
    station_w = screen.width() - capture_w
    kept = QRect(screen.left(), screen.top(), station_w, screen.height())
    return kept, QRect(screen.left() + station_w, screen.top(), capture_w, screen.height())


def place_beside(window: QWidget, station: QWidget) -> None:
    """Show `window` beside the station without taking the keyboard from it."""
    screen = station.screen().availableGeometry()
    kept, side = side_by_side(screen, station.frameGeometry())
    if kept != station.frameGeometry():
        station.setGeometry(kept)
    window.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
    window.setGeometry(side)
    window.show()
    station.raise_()
    station.activateWindow()
