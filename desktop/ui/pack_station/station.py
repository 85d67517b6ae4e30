"""The pack station window. A keyboard-wedge scanner types fast keys then Enter into the scan
field, which keeps the focus; everything else has a key too, so no mouse is needed.

Scan an order id or tracking number to open the order; scan items to fill the box; a wrong or
extra item is refused with a beep and red; when every line is satisfied the order is marked
Packed (automatically, or with F12 / Enter on an empty field) and the next queued order opens."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.models.base import utc_now
from desktop.core.packing.lookup import find_order, link_barcode, normalize, sku_for_barcode
from desktop.core.packing.session import PackSession, ScanOutcome
from desktop.core.packing.status import OrderGoneError, mark_packed
from desktop.core.printing.checklist import HighValueRule, load_checklists
from desktop.ui.pack_station.lines_model import PackLinesModel

OK_STYLE = "background:#2e7d32;color:white;font-size:20px;padding:8px;"
BAD_STYLE = "background:#c62828;color:white;font-size:20px;padding:8px;"
IDLE_STYLE = "background:#eeeeee;color:black;font-size:20px;padding:8px;"


class ScanField(QLineEdit):
    """The scan input, which keeps the keyboard: Up/Down move through the order's lines and the
    function keys act on the order, so the packer's hands stay on the scanner and the box."""

    moved = Signal(int)
    command = Signal(str)

    _COMMANDS: ClassVar[dict[Qt.Key, str]] = {
        Qt.Key.Key_F2: "tick",
        Qt.Key.Key_F3: "link",
        Qt.Key.Key_F12: "complete",
        Qt.Key.Key_Escape: "close",
    }

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if key == Qt.Key.Key_Up:
            self.moved.emit(-1)
        elif key == Qt.Key.Key_Down:
            self.moved.emit(1)
        elif key in self._COMMANDS:
            self.command.emit(self._COMMANDS[key])
        elif ctrl and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.command.emit("complete")
        else:
            super().keyPressEvent(event)


class PackStation(QWidget):
    # For evidence capture: start recording when an order opens, stop when it is packed.
    order_opened = Signal(int)
    order_completed = Signal(int)
    # Something was refused: the text the packer sees.
    refused = Signal(str)

    def __init__(
        self,
        packer: str = "",
        queue: Sequence[int] = (),
        auto_complete: bool = True,
        rule: HighValueRule | None = None,
        beep: Callable[[], None] | None = None,
        clock: Callable[[], datetime] = utc_now,
        orders_changed: Callable[[int], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("PackStation", "Pack station"))
        self.setObjectName("packStation")
        self._queue = list(queue)
        self._rule = rule or HighValueRule()
        self._beep = beep or QApplication.beep
        self._clock = clock
        self._orders_changed = orders_changed or (lambda _pk: None)
        self.session: PackSession | None = None
        self._last_refused_code = ""
        self._build(packer, auto_complete)
        self._show_idle(
            QCoreApplication.translate("PackStation", "Scan an order barcode or tracking number")
        )

    # -- building ------------------------------------------------------------------------
    def _build(self, packer: str, auto_complete: bool) -> None:
        self.banner = QLabel(objectName="banner")
        self.banner.setWordWrap(True)
        self.order_label = QLabel(objectName="orderLabel")
        self.order_label.setWordWrap(True)
        self.order_label.setTextFormat(Qt.TextFormat.PlainText)
        self.scan = ScanField(objectName="scanInput")
        self.scan.setPlaceholderText(
            QCoreApplication.translate("PackStation", "Scan here (order, tracking or item barcode)")
        )
        self.scan.returnPressed.connect(self._on_scan)
        self.scan.moved.connect(self._move_line)
        self.model = PackLinesModel(self)
        self.table = QTableView(objectName="packLines")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps the keyboard
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        # Read from arm's length at the packing table.
        big = self.table.font()
        big.setPointSizeF(big.pointSizeF() * 1.4)
        self.table.setFont(big)
        self.order_label.setFont(big)
        self.packer = QLineEdit(packer, objectName="packerInput")
        self.packer.setPlaceholderText(QCoreApplication.translate("PackStation", "Packer"))
        self.auto_complete = QCheckBox(
            QCoreApplication.translate("PackStation", "Mark Packed when every item is scanned"),
            objectName="autoComplete",
        )
        self.auto_complete.setChecked(auto_complete)
        self.tick_button = QPushButton(
            QCoreApplication.translate("PackStation", "Tick line (F2)"), objectName="tickButton"
        )
        self.tick_button.clicked.connect(self.toggle_current_line)
        self.link_button = QPushButton(
            QCoreApplication.translate("PackStation", "Link last refused barcode to line (F3)"),
            objectName="linkButton",
        )
        self.link_button.clicked.connect(self.link_refused_code)
        self.complete_button = QPushButton(
            QCoreApplication.translate("PackStation", "Complete (F12)"), objectName="completeButton"
        )
        self.complete_button.clicked.connect(self.complete)
        self.skip_button = QPushButton(
            QCoreApplication.translate("PackStation", "Close order (Esc)"), objectName="closeButton"
        )
        self.skip_button.clicked.connect(self.close_order)

        top = QHBoxLayout()
        top.addWidget(self.scan, 3)
        top.addWidget(QLabel(QCoreApplication.translate("PackStation", "Packer:")))
        top.addWidget(self.packer, 1)
        buttons = QHBoxLayout()
        for button in (self.tick_button, self.link_button, self.skip_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.auto_complete)
        self.complete_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        buttons.addWidget(self.complete_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.order_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.scan.command.connect(self._command)
        self.resize(900, 600)
        self._update_buttons()

    def _command(self, name: str) -> None:
        actions = {
            "tick": self.toggle_current_line,
            "link": self.link_refused_code,
            "complete": self.complete,
            "close": self.close_order,
        }
        actions[name]()

    # -- feedback ------------------------------------------------------------------------
    def _show_ok(self, text: str) -> None:
        self.banner.setStyleSheet(OK_STYLE)
        self.banner.setText(text)

    def _show_idle(self, text: str) -> None:
        self.banner.setStyleSheet(IDLE_STYLE)
        self.banner.setText(text)

    def _refuse(self, text: str, code: str = "") -> None:
        self._last_refused_code = code
        self.banner.setStyleSheet(BAD_STYLE)
        self.banner.setText(text)
        self._beep()
        self.refused.emit(text)

    def _update_buttons(self) -> None:
        has = self.session is not None
        self.tick_button.setEnabled(has)
        self.skip_button.setEnabled(has)
        self.link_button.setEnabled(has and bool(self._last_refused_code))
        self.complete_button.setEnabled(has and self.session is not None and self.session.complete)

    # -- scanning ------------------------------------------------------------------------
    def scan_code(self, code: str) -> None:
        """What a scan does; also the entry point for a capture or test harness."""
        code = normalize(code)
        if not code:
            if self.session is not None and self.session.complete:
                self.complete()
            return
        if self.session is not None:
            self._scan_item(code)
        else:
            self._scan_order(code)
        self._update_buttons()

    def _on_scan(self) -> None:
        code = self.scan.text()
        self.scan.clear()
        self.scan_code(code)

    def _scan_order(self, code: str) -> None:
        pk = find_order(code)
        if pk is None:
            self._refuse(
                QCoreApplication.translate(
                    "PackStation", "No order has the id or tracking number {code}"
                ).format(code=code)
            )
            return
        self.open_order(pk)

    def _scan_item(self, code: str) -> None:
        assert self.session is not None
        result = self.session.scan(code)
        if result.outcome is ScanOutcome.ACCEPTED:
            assert result.line_index is not None
            self.model.refresh_row(result.line_index)
            self.table.selectRow(result.line_index)
            pack = self.session.lines[result.line_index]
            self._show_ok(
                QCoreApplication.translate(
                    "PackStation", "{sku}: {packed} of {quantity} in the box"
                ).format(sku=pack.line.sku, packed=pack.packed, quantity=pack.line.quantity)
            )
            if self.session.complete:
                if self.auto_complete.isChecked():
                    self.complete()
                else:
                    self._show_ok(
                        QCoreApplication.translate(
                            "PackStation", "Every item is in the box: press F12 to mark it Packed"
                        )
                    )
            return
        if result.outcome is ScanOutcome.EXTRA:
            self._refuse(
                QCoreApplication.translate(
                    "PackStation", "Extra item: every {code} of this order is already in the box"
                ).format(code=code)
            )
            return
        other = find_order(code)
        if other is not None and other != self.session.order_pk:
            # Another checklist was scanned: the packer moved on to that order.
            self.open_order(other)
            return
        self._refuse(
            QCoreApplication.translate(
                "PackStation", "Wrong item: {code} is not in this order"
            ).format(code=code),
            code,
        )

    # -- actions -------------------------------------------------------------------------
    def open_order(self, order_pk: int) -> None:
        checklists = load_checklists([order_pk], self._rule)
        if not checklists:
            self._refuse(QCoreApplication.translate("PackStation", "That order no longer exists"))
            return
        checklist = checklists[0]
        self.session = PackSession(checklist, alias=sku_for_barcode)
        self._last_refused_code = ""
        self.model.set_session(self.session)
        if checklist.lines:
            self.table.selectRow(0)
        parts = [
            checklist.order_id,
            checklist.marketplace,
            checklist.buyer_name,
            checklist.country_name,
        ]
        header = " · ".join(p for p in parts if p)
        if checklist.evidence_reminder:
            header += "\n" + QCoreApplication.translate(
                "PackStation", "Photograph contents, inner and outer packing"
            )
        if checklist.buyer_note:
            header += "\n" + QCoreApplication.translate(
                "PackStation", "Buyer's note: {note}"
            ).format(note=checklist.buyer_note)
        if checklist.seller_note:
            header += "\n" + QCoreApplication.translate(
                "PackStation", "Seller's note: {note}"
            ).format(note=checklist.seller_note)
        self.order_label.setText(header)
        if checklist.packed_at is not None:
            when = checklist.packed_at.astimezone().strftime("%Y-%m-%d %H:%M")
            self._show_idle(
                QCoreApplication.translate(
                    "PackStation",
                    "Already packed on {when} by {packer}: scan the items to pack it again",
                ).format(when=when, packer=checklist.packed_by or "—")
            )
        else:
            self._show_idle(
                QCoreApplication.translate(
                    "PackStation", "Order {order}: scan the {units} items"
                ).format(order=checklist.order_id, units=self.session.total_units)
            )
        self._update_buttons()
        self.scan.setFocus()
        self.order_opened.emit(order_pk)

    def set_queue(self, queue: Sequence[int]) -> None:
        """The orders to open one after another once the current one is packed."""
        self._queue = list(queue)

    def close_order(self) -> None:
        self.session = None
        self.model.set_session(None)
        self.order_label.clear()
        self._show_idle(
            QCoreApplication.translate("PackStation", "Scan an order barcode or tracking number")
        )
        self._update_buttons()

    def _move_line(self, step: int) -> None:
        if self.session is None or not self.session.lines:
            return
        row = self.table.currentIndex().row()
        row = max(0, min(len(self.session.lines) - 1, row + step))
        self.table.selectRow(row)

    def current_line(self) -> int | None:
        if self.session is None or not self.session.lines:
            return None
        row = self.table.currentIndex().row()
        return row if row >= 0 else 0

    def toggle_current_line(self) -> None:
        row = self.current_line()
        if row is None or self.session is None:
            return
        self.session.toggle(row)
        self.model.refresh_row(row)
        if self.session.complete and self.auto_complete.isChecked():
            self.complete()
        self._update_buttons()

    def link_refused_code(self) -> None:
        """The last refused barcode is printed on the selected line's product: remember it."""
        row = self.current_line()
        if row is None or self.session is None or not self._last_refused_code:
            return
        sku = self.session.lines[row].line.sku
        if not sku:
            self._refuse(
                QCoreApplication.translate(
                    "PackStation", "This line has no SKU to link a barcode to"
                )
            )
            return
        code = self._last_refused_code
        link_barcode(code, sku)
        self._last_refused_code = ""
        self.scan_code(code)

    def complete(self) -> None:
        session = self.session
        if session is None:
            return
        if not session.complete:
            missing = session.total_units - session.packed_units
            self._refuse(
                QCoreApplication.translate(
                    "PackStation", "Not complete: {missing} items still missing"
                ).format(missing=missing)
            )
            return
        packer = self.packer.text().strip()
        try:
            when = mark_packed(session.order_pk, packer, self._clock())
        except OrderGoneError:
            self._refuse(QCoreApplication.translate("PackStation", "That order no longer exists"))
            self.close_order()
            return
        order_id = session.checklist.order_id
        self.order_completed.emit(session.order_pk)
        self._orders_changed(session.order_pk)
        self.close_order()
        self._show_ok(
            QCoreApplication.translate("PackStation", "Order {order} packed at {time}").format(
                order=order_id, time=when.astimezone().strftime("%H:%M")
            )
        )
        if session.order_pk in self._queue:
            self._queue.remove(session.order_pk)
        self._open_next()

    def _open_next(self) -> None:
        while self._queue:
            pk = self._queue[0]
            checklists = load_checklists([pk], self._rule)
            if checklists and checklists[0].packed_at is None:
                banner, style = self.banner.text(), self.banner.styleSheet()
                self.open_order(pk)
                # Keep the "packed" confirmation visible while the next order is already open.
                self.banner.setText(
                    banner
                    + "  →  "
                    + QCoreApplication.translate("PackStation", "next: {order}").format(
                        order=checklists[0].order_id
                    )
                )
                self.banner.setStyleSheet(style)
                return
            self._queue.pop(0)
