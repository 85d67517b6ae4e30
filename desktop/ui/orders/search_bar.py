"""Search as you type and the filters above the order table."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.core.models import Order
from desktop.core.orders.countries import country_name
from desktop.core.orders.profiles import MARKETPLACES
from desktop.core.orders.queries import OrderFilter
from desktop.core.orders.workflow import WORKFLOW_STATUSES
from desktop.ui.orders.labels import workflow_label

DEBOUNCE_MS = 120


def tr(text: str) -> str:
    return QCoreApplication.translate("SearchBar", text)


class SearchBar(QWidget):
    """Emits changed() when the search text (after a short pause) or a filter changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setObjectName("orderSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            tr("Search order, buyer, SKU, title, tracking, phone, city, note…  (Ctrl+F)")
        )
        self.search.setToolTip(self.search.placeholderText())
        # Off: a search looks in all orders, whatever view is selected.
        self.in_view = QCheckBox(tr("Only in this view"), self)
        self.in_view.setObjectName("searchInView")
        self.in_view.setToolTip(tr("Search only the orders of the selected view"))
        self.marketplace = QComboBox(self)
        self.status = QComboBox(self)
        self.country = QComboBox(self)
        self.period = QComboBox(self)
        self.date_from = QDateEdit(self)
        self.date_to = QDateEdit(self)
        self.has_evidence = QCheckBox(tr("Has evidence"), self)
        self.has_case = QCheckBox(tr("Open case"), self)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDate(QDate.currentDate())
            edit.setVisible(False)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.changed)
        self._fill_static()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.in_view)
        layout.addLayout(top)
        # Two short rows instead of one long one, and combo boxes that elide their longest
        # entry: the row fits a laptop, and showing the date range never widens the window.
        filters = QGridLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        for column, combo in enumerate((self.marketplace, self.status, self.country, self.period)):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            filters.addWidget(combo, 0, column)
        second = QHBoxLayout()
        for widget in (self.has_evidence, self.has_case, self.date_from, self.date_to):
            second.addWidget(widget)
        second.addStretch(1)
        filters.addLayout(second, 1, 0, 1, 4)
        layout.addLayout(filters)
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self._now)
        for combo in (self.marketplace, self.status, self.country):
            combo.currentIndexChanged.connect(self.changed)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.date_from.dateChanged.connect(self.changed)
        self.date_to.dateChanged.connect(self.changed)
        self.has_evidence.toggled.connect(self.changed)
        self.has_case.toggled.connect(self.changed)
        self.in_view.toggled.connect(self._scope_toggled)

    def in_view_only(self) -> bool:
        return self.in_view.isChecked()

    def set_in_view_only(self, on: bool) -> None:
        self.in_view.setChecked(on)

    def _scope_toggled(self) -> None:
        if self.search.text().strip():
            self.changed.emit()

    def has_filters(self) -> bool:
        """A filter beside the search text narrows the view."""
        return any(
            combo.currentIndex() > 0
            for combo in (self.marketplace, self.status, self.country, self.period)
        ) or self.has_evidence.isChecked() or self.has_case.isChecked() or bool(self.search.text().strip())

    def clear_filters(self) -> None:
        self.blockSignals(True)
        self.search.clear()
        for combo in (self.marketplace, self.status, self.country, self.period):
            combo.setCurrentIndex(0)
        self.has_evidence.setChecked(False)
        self.has_case.setChecked(False)
        self.blockSignals(False)
        self._timer.stop()
        self.changed.emit()

    def _now(self) -> None:
        self._timer.stop()
        self.changed.emit()

    def _fill_static(self) -> None:
        self.marketplace.addItem(tr("All marketplaces"), None)
        self.status.addItem(tr("Any status"), None)
        for status in WORKFLOW_STATUSES:
            self.status.addItem(workflow_label(status), status)
        self.country.addItem(tr("All countries"), None)
        for label, key in (
            (tr("Any date"), ""), (tr("Today"), "today"), (tr("Last 7 days"), "7"),
            (tr("Last 30 days"), "30"), (tr("This year"), "year"), (tr("Custom range…"), "custom"),
        ):  # fmt: skip
            self.period.addItem(label, key)

    def reload_choices(self) -> None:
        """Marketplaces and countries present in the database."""
        for combo, field, label in (
            (self.marketplace, Order.marketplace, lambda k: MARKETPLACES.get(k, k)),
            (self.country, Order.country, lambda k: f"{k}  {country_name(k)}"),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            values = [r[0] for r in Order.select(field).distinct().order_by(field).tuples() if r[0]]
            for value in values:
                combo.addItem(label(value), value)
            index = combo.findData(current)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def _period_changed(self) -> None:
        custom = self.period.currentData() == "custom"
        self.date_from.setVisible(custom)
        self.date_to.setVisible(custom)
        self.changed.emit()

    def apply_to(self, flt: OrderFilter) -> OrderFilter:
        flt.search = self.search.text()
        flt.marketplace = self.marketplace.currentData() or flt.marketplace
        flt.workflow_status = self.status.currentData()
        flt.country = self.country.currentData()
        flt.has_evidence = self.has_evidence.isChecked()
        flt.has_open_case = self.has_case.isChecked()
        flt.ordered_from, flt.ordered_to = self._range()
        return flt

    def _range(self) -> tuple[datetime | None, datetime | None]:
        key = self.period.currentData()
        now = datetime.now().astimezone()
        start_of_day = now.replace(hour=0, minute=0, second=0, microsecond=0)
        if key == "today":
            return start_of_day.astimezone(UTC), None
        if key in ("7", "30"):
            return (start_of_day - timedelta(days=int(key))).astimezone(UTC), None
        if key == "year":
            return start_of_day.replace(month=1, day=1).astimezone(UTC), None
        if key == "custom":
            start = self.date_from.dateTime()
            start.setTime(QTime(0, 0))
            end = self.date_to.date().addDays(1).startOfDay()
            return (
                datetime.fromtimestamp(start.toSecsSinceEpoch(), UTC),
                datetime.fromtimestamp(end.toSecsSinceEpoch(), UTC),
            )
        return None, None

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def state(self) -> dict[str, object]:
        return {
            "search": self.search.text(), "marketplace": self.marketplace.currentData(),
            "status": self.status.currentData(), "country": self.country.currentData(),
            "period": self.period.currentData(), "has_evidence": self.has_evidence.isChecked(),
            "has_case": self.has_case.isChecked(),
        }  # fmt: skip

    def restore(self, state: dict[str, object]) -> None:
        self.blockSignals(True)
        self.search.setText(str(state.get("search") or ""))
        for combo, key in ((self.marketplace, "marketplace"), (self.status, "status"),
                           (self.country, "country"), (self.period, "period")):  # fmt: skip
            index = combo.findData(state.get(key))
            combo.setCurrentIndex(max(index, 0))
        self.has_evidence.setChecked(bool(state.get("has_evidence")))
        self.has_case.setChecked(bool(state.get("has_case")))
        self.blockSignals(False)
        self._timer.stop()
        self.changed.emit()
