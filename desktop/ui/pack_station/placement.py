"""Where the capture window goes while packing: beside the station, never over it."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QWidget

MIN_SIDE = 320


def side_by_side(
    screen: QRect,
    station: QRect,
    share: float = 0.38,
    station_min: QSize = QSize(0, 0),  # noqa: B008 - QSize is a value type
    capture_min: QSize = QSize(MIN_SIDE, 0),  # noqa: B008
) -> tuple[QRect, QRect]:
    """(station, capture) rectangles that do not overlap, each at least its minimum size.
    The station keeps its place when there is room beside it; otherwise the screen is split
    (station left, capture right), or, on a screen too narrow for both, stacked."""
    side_min = max(MIN_SIDE, capture_min.width())
    right_room = screen.right() - station.right()
    if right_room >= side_min and station.left() >= screen.left():
        width = max(side_min, min(right_room - 1, 640))
        return station, QRect(station.right() + 1, station.top(), width, station.height())
    left_room = station.left() - screen.left()
    if left_room >= side_min and station.right() <= screen.right():
        width = max(side_min, min(left_room - 1, 640))
        return station, QRect(station.left() - width - 1, station.top(), width, station.height())
    if station_min.width() + side_min <= screen.width():
        capture_w = max(side_min, int(screen.width() * share))
        station_w = max(station_min.width(), screen.width() - capture_w)
        capture_w = screen.width() - station_w
        kept = QRect(screen.left(), screen.top(), station_w, screen.height())
        return kept, QRect(screen.left() + station_w, screen.top(), capture_w, screen.height())
    capture_h = max(capture_min.height(), int(screen.height() * share))
    station_h = screen.height() - capture_h
    kept = QRect(screen.left(), screen.top(), screen.width(), station_h)
    return kept, QRect(screen.left(), screen.top() + station_h, screen.width(), capture_h)


def place_beside(window: QWidget, station: QWidget) -> None:
    """Show `window` beside the station without taking the keyboard from it."""
    compact = getattr(window, "set_compact", None)
    if compact is not None:
        compact(True)
    screen = station.screen().availableGeometry()
    kept, side = side_by_side(
        screen,
        station.frameGeometry(),
        station_min=station.minimumSizeHint(),
        capture_min=window.minimumSizeHint(),
    )
    if kept != station.frameGeometry():
        station.setGeometry(kept)
    window.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
    window.setGeometry(side)
    window.show()
    station.raise_()
    station.activateWindow()
