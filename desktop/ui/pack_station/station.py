"""The pack station window, on the core bench (desktop.core.packing.bench) that the `pack`
command also runs. A keyboard-wedge scanner types fast keys then Enter and/or Tab; the
station hears it wherever the focus is while it is on screen (see scanner.py), and says
NOT LISTENING loudly when another window has taken the keyboard.

Scan an order id or tracking number to open the order (a cancelled, refunded, shipped,
delivered or already packed one is refused, full width, with its own sound); scan items to
fill the box; when every line is satisfied the order is marked Packed; scanning its label
(checklist barcode or tracking number) seals it, stops its clip and opens the next queued
order. F5 takes a photo, F8 stops the recording, F2 ticks a line, F3 links a barcode."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.models.base import utc_now
from desktop.core.packing import bench as b
from desktop.core.packing.bench import PackBench, ScanEvent, order_has_video
from desktop.core.packing.lookup import link_barcode
from desktop.core.packing.session import PackSession
from desktop.core.printing.checklist import FragileRule, HighValueRule, load_checklists
from desktop.ui.pack_station.lines_model import PackLinesModel
from desktop.ui.pack_station.scanner import ScannerInput
from desktop.ui.pack_station.sounds import StationSounds

OK_STYLE = "background:#2e7d32;color:white;font-size:20px;padding:8px;"
BAD_STYLE = "background:#c62828;color:white;font-size:20px;padding:8px;"
IDLE_STYLE = "background:#eeeeee;color:black;font-size:20px;padding:8px;"
ASK_STYLE = "background:#f9a825;color:black;font-size:20px;padding:8px;font-weight:bold;"
# An order that must not leave: black on yellow stripes would need an image; this is as loud.
REFUSED_STYLE = (
    "background:#000000;color:#ffeb3b;font-size:28px;font-weight:bold;padding:14px;"
    "border:6px solid #c62828;"
)
NOT_LISTENING_STYLE = "background:#ff6f00;color:white;font-size:22px;font-weight:bold;padding:8px;"
REC_STYLE = "background:#c62828;color:white;font-weight:bold;padding:4px 10px;"
NOT_REC_STYLE = "background:#000000;color:#ffeb3b;font-weight:bold;padding:4px 10px;"


def _tr(text: str) -> str:
    return QCoreApplication.translate("PackStation", text)


def status_name(status: str) -> str:
    names = {
        "cancelled": _tr("CANCELLED"),
        "refunded": _tr("REFUNDED"),
        "returned": _tr("RETURNED"),
        "closed": _tr("CLOSED"),
        "shipped": _tr("ALREADY SHIPPED"),
        "delivered": _tr("DELIVERED"),
        "already_packed": _tr("ALREADY PACKED"),
        "gone": _tr("DELETED"),
    }
    return names.get(status, status.upper())


def _local(when: Any) -> str:
    return when.astimezone().strftime("%Y-%m-%d %H:%M") if isinstance(when, datetime) else "—"


def event_text(event: ScanEvent) -> str:
    """What the packer reads for a scan, in her language."""
    p, code = event.params, event.code
    result = event.result
    if result == b.REFUSED:
        status = str(p.get("status", ""))
        text = _tr("DO NOT PACK — order {order} is {status}").format(
            order=p.get("order", code), status=status_name(status)
        )
        if status == "already_packed":
            text += "\n" + _tr("Packed on {when} by {packer}").format(
                when=_local(p.get("packed_at")), packer=p.get("packed_by") or "—"
            )
        elif p.get("marketplace_status"):
            text += "\n" + _tr("Marketplace status: {status}").format(status=p["marketplace_status"])
        return text
    texts: dict[str, Callable[[], str]] = {
        b.NOT_FOUND: lambda: _tr("No order has the id or tracking number {code}").format(code=code),
        b.OPENED: lambda: _tr("Order {order}: scan the {units} items").format(
            order=p.get("order"), units=p.get("units")
        ),
        b.RESUMED: lambda: _tr("Order {order} resumed: {packed} of {units} already in the box").format(
            order=p.get("order"), packed=p.get("packed"), units=p.get("units")
        ),
        b.ACCEPTED: lambda: _tr("{sku}: {packed} of {quantity} in the box").format(
            sku=p.get("sku"), packed=p.get("packed"), quantity=p.get("quantity")
        ),
        b.EXTRA: lambda: _tr("Extra item: every {code} of this order is already in the box").format(
            code=code
        ),
        b.WRONG: lambda: _tr("Wrong item: {code} is not in this order").format(code=code),
        b.LABEL: lambda: _tr("Label scanned: order {order} is sealed").format(order=p.get("order")),
        b.LABEL_EARLY: lambda: _tr("This is the order's label, but {missing} items are still missing").format(
            missing=p.get("missing")
        ),
        b.ASK_SWITCH: lambda: _tr(
            "Order {order} is half packed ({packed} of {units}). Scan {other} again to switch to it "
            "(order {order} is kept as interrupted), or go on scanning its items."
        ).format(order=p.get("order"), packed=p.get("packed"), units=p.get("units"), other=p.get("other")),
        b.AFTER_PACKED: lambda: _tr(
            "Order {order} is packed: seal the box and scan its label, or scan the next order"
        ).format(order=p.get("order")),
        b.COMPLETED: lambda: _tr(
            "Order {order} packed at {time}: seal the box, then scan its label"
        ).format(order=p.get("order"), time=_local(p.get("when"))[-5:]),
        b.INCOMPLETE: lambda: _tr("Not complete: {missing} items still missing").format(
            missing=p.get("missing")
        ),
    }
    make = texts.get(result)
    return make() if make is not None else event.message


class ScanField(QLineEdit):
    """The scan input, which keeps the keyboard: Up/Down move through the order's lines and the
    function keys act on the order, so the packer's hands stay on the scanner and the box."""

    moved = Signal(int)
    command = Signal(str)

    _COMMANDS: ClassVar[dict[Qt.Key, str]] = {
        Qt.Key.Key_F2: "tick",
        Qt.Key.Key_F3: "link",
        Qt.Key.Key_F5: "photo",
        Qt.Key.Key_F8: "stop",
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

    def focusNextPrevChild(self, _next: bool) -> bool:
        # A Tab suffix ends a scan (ScannerInput); it never moves the keyboard elsewhere.
        return False


class PackStation(QWidget):
    # Evidence capture: a clip starts when an order opens and runs through the sealing.
    order_opened = Signal(int)
    order_completed = Signal(int)  # marked Packed (the box is still being sealed)
    order_sealed = Signal(int)  # its label was scanned, or the next order: the clip may stop
    scanned = Signal(int)  # any scan for this order: an idle-stopped clip starts again
    photo_requested = Signal(int)
    stop_requested = Signal()
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
        *,
        fragile: FragileRule | None = None,
        sound: Callable[[str], None] | None = None,
        suffix: str = "auto",
        video_for_high_value: bool = False,
        has_video: Callable[[int], bool] | None = None,
        station_name: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Pack station"))
        self.setObjectName("packStation")
        self._queue = list(queue)
        self._rule = rule or HighValueRule()
        self._fragile = fragile or FragileRule()
        self._beep = beep
        # An injected beep (a test, a harness) stands for every sound: no audio device opened.
        self.sounds: Callable[[str], None] = sound or (
            StationSounds(parent=self) if beep is None else (lambda _kind: None)
        )
        self._orders_changed = orders_changed or (lambda _pk: None)
        self._recording_pk: int | None = None
        self._recording_known = False
        self.bench = PackBench(
            packer=packer,
            station=station_name,
            rule=self._rule,
            fragile=self._fragile,
            auto_complete=auto_complete,
            video_for_high_value=video_for_high_value,
            has_video=has_video or self._has_clip,
            clock=clock,
        )
        self._last_refused_code = ""
        self._build(packer, auto_complete)
        self.scanner = ScannerInput(self, self.scan, suffix)
        self.scanner.scanned.connect(self.scan_code)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self._show_idle(_tr("Scan an order barcode or tracking number"))
        self.set_recording(None)

    @property
    def session(self) -> PackSession | None:
        return self.bench.session

    # -- building ------------------------------------------------------------------------
    def _build(self, packer: str, auto_complete: bool) -> None:
        self.banner = QLabel(objectName="packBanner")
        self.banner.setWordWrap(True)
        self.banner.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.banner.setMinimumHeight(64)
        self.listening = QLabel(objectName="listenState")
        self.listening.setWordWrap(True)
        self.listening.setStyleSheet(NOT_LISTENING_STYLE)
        self.listening.setText(
            _tr("NOT LISTENING — scans go to another window. Click here or press F9 to scan.")
        )
        self.listening.hide()
        self.recording = QLabel(objectName="recordingState")
        self.order_label = QLabel(objectName="orderLabel")
        self.order_label.setWordWrap(True)
        self.order_label.setTextFormat(Qt.TextFormat.PlainText)
        self.scan = ScanField(objectName="scanInput")
        self.scan.setPlaceholderText(_tr("Scan here (order, tracking or item barcode)"))
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
        self.packer.setPlaceholderText(_tr("Packer"))
        self.packer.textChanged.connect(lambda text: setattr(self.bench, "packer", text.strip()))
        self.auto_complete = QCheckBox(
            _tr("Mark Packed when every item is scanned"), objectName="autoComplete"
        )
        self.auto_complete.setChecked(auto_complete)
        self.auto_complete.toggled.connect(lambda on: setattr(self.bench, "auto_complete", on))
        self.tick_button = QPushButton(_tr("Tick line (F2)"), objectName="tickButton")
        self.tick_button.clicked.connect(self.toggle_current_line)
        self.link_button = QPushButton(
            _tr("Link last refused barcode to line (F3)"), objectName="linkButton"
        )
        self.link_button.clicked.connect(self.link_refused_code)
        self.photo_button = QPushButton(_tr("Photo (F5)"), objectName="photoButton")
        self.photo_button.clicked.connect(self.take_photo)
        self.stop_button = QPushButton(_tr("Stop recording (F8)"), objectName="stopButton")
        self.stop_button.clicked.connect(self.stop_requested)
        self.complete_button = QPushButton(_tr("Complete (F12)"), objectName="completeButton")
        self.complete_button.clicked.connect(self.complete)
        self.skip_button = QPushButton(_tr("Close order (Esc)"), objectName="closeButton")
        self.skip_button.clicked.connect(self.close_order)

        top = QHBoxLayout()
        top.addWidget(self.scan, 3)
        top.addWidget(QLabel(_tr("Packer:")))
        top.addWidget(self.packer, 1)
        top.addWidget(self.recording)
        # Two rows, so the station fits beside the capture window on a 1366 px laptop screen.
        buttons = QHBoxLayout()
        for button in (
            self.tick_button, self.link_button, self.photo_button, self.stop_button,
            self.skip_button,
        ):  # fmt: skip
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            buttons.addWidget(button)
        buttons.addStretch(1)
        finish = QHBoxLayout()
        self.auto_complete.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        finish.addWidget(self.auto_complete)
        finish.addStretch(1)
        self.complete_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        finish.addWidget(self.complete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.listening)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.order_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addLayout(finish)
        self.scan.command.connect(self._command)
        self.resize(900, 600)
        self._update_buttons()

    def _command(self, name: str) -> None:
        actions = {
            "tick": self.toggle_current_line,
            "link": self.link_refused_code,
            "photo": self.take_photo,
            "stop": self.stop_requested.emit,
            "complete": self.complete,
            "close": self.close_order,
        }
        actions[name]()

    # -- listening -----------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.scanner.arm(True)

    def hideEvent(self, event: QHideEvent) -> None:
        self.scanner.arm(False)
        super().hideEvent(event)

    def _focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        if not self.isVisible():
            return
        # No focus at all: another program has the keyboard, and the scans go there.
        self.set_listening(now is not None and self.scanner.listens_in(now))

    def set_listening(self, on: bool) -> None:
        self.listening.setVisible(not on)

    def mousePressEvent(self, event: Any) -> None:
        self.activateWindow()
        self.scan.setFocus()
        super().mousePressEvent(event)

    # -- recording -----------------------------------------------------------------------
    def set_recording(self, order_pk: int | None, known: bool = True) -> None:
        """What the camera does now: recording this order's clip, or nothing. REC only shows
        while a clip truly runs; everything else is NOT RECORDING."""
        self._recording_pk, self._recording_known = order_pk, known
        if order_pk is not None:
            self.recording.setStyleSheet(REC_STYLE)
            self.recording.setText(_tr("● REC"))
        else:
            self.recording.setStyleSheet(NOT_REC_STYLE)
            self.recording.setText(_tr("NOT RECORDING"))

    def _has_clip(self, order_pk: int) -> bool:
        # The clip now running counts: it is attached when it stops, after the sealing.
        return self._recording_pk == order_pk or order_has_video(order_pk)

    def take_photo(self) -> None:
        if self.bench.order_pk is not None:
            self.photo_requested.emit(self.bench.order_pk)

    # -- feedback ------------------------------------------------------------------------
    def _show_ok(self, text: str) -> None:
        self.banner.setStyleSheet(OK_STYLE)
        self.banner.setText(text)

    def _show_idle(self, text: str) -> None:
        self.banner.setStyleSheet(IDLE_STYLE)
        self.banner.setText(text)

    def _play(self, kind: str) -> None:
        if kind in ("error", "refused") and self._beep is not None:
            self._beep()
        self.sounds(kind)

    def _refuse(self, text: str, code: str = "", kind: str = "error") -> None:
        self._last_refused_code = code
        self.banner.setStyleSheet(REFUSED_STYLE if kind == "refused" else BAD_STYLE)
        self.banner.setText(text)
        self._play(kind)
        self.refused.emit(text)

    def _update_buttons(self) -> None:
        has = self.session is not None
        self.tick_button.setEnabled(has and not self.bench.packed)
        self.skip_button.setEnabled(has)
        self.photo_button.setEnabled(has)
        self.link_button.setEnabled(has and bool(self._last_refused_code))
        self.complete_button.setEnabled(
            has and self.session is not None and self.session.complete and not self.bench.packed
        )

    # -- scanning ------------------------------------------------------------------------
    def scan_code(self, code: str) -> None:
        """What a scan does; also the entry point for a capture or test harness."""
        before = self.bench.order_pk
        was_packed = self.bench.packed
        event = self.bench.scan(code)
        if event.result == "empty":
            return
        self._show_event(event, before, was_packed)

    def _on_scan(self) -> None:
        code = self.scan.text()
        self.scan.clear()
        self.scan_code(code)

    def _show_event(self, event: ScanEvent, before: int | None, was_packed: bool) -> None:
        result = event.result
        now = self.bench.order_pk
        if before is not None and now != before and was_packed and result != b.LABEL:
            # The next order scanned on purpose: the packed one's clip may stop.
            self.order_sealed.emit(before)
        if result in (b.OPENED, b.RESUMED):
            self._opened(event)
        elif result == b.REFUSED:
            if before is not None and now is None:
                self.model.set_session(None)
                self.order_label.clear()
            self._refuse(event_text(event), event.code, kind="refused")
        elif result == b.LABEL:
            if event.completed:
                self._completed(event, before)
            self.model.set_session(None)
            self.order_label.clear()
            self._show_ok(event_text(event))
            self._play("done")
            if before is not None:
                self.order_sealed.emit(before)
            self._open_next(event_text(event))
        elif result == b.ASK_SWITCH:
            self.banner.setStyleSheet(ASK_STYLE)
            self.banner.setText(event_text(event))
            self._play("error")
        elif event.is_error:
            self._refuse(event_text(event), event.code if result == b.WRONG else "")
        else:
            if event.line_index is not None:
                self.model.refresh_row(event.line_index)
                self.table.selectRow(event.line_index)
            self._show_ok(event_text(event))
            self._play("ok")
            if event.completed:
                self._completed(event, now)
            elif self.session is not None and self.session.complete and not self.bench.packed:
                self._show_ok(_tr("Every item is in the box: press F12 to mark it Packed"))
        if now is not None:
            self.scanned.emit(now)
        self._update_buttons()

    def _completed(self, event: ScanEvent, order_pk: int | None) -> None:
        if order_pk is None:
            return
        self.model.refresh_all()
        text = _tr("Order {order} packed at {time}: seal the box, then scan its label").format(
            order=event.params.get("order", self.bench.order_id),
            time=_local(event.params.get("when"))[-5:],
        )
        if event.params.get("no_video"):
            text += "\n" + _tr("WARNING: high-value order packed without a packing video")
            self.banner.setStyleSheet(ASK_STYLE)
            self.banner.setText(text)
            self._play("error")
        else:
            self._show_ok(text)
            self._play("done")
        self.order_completed.emit(order_pk)
        self._orders_changed(order_pk)

    def _opened(self, event: ScanEvent) -> None:
        session = self.session
        assert session is not None
        checklist = session.checklist
        self._last_refused_code = ""
        self.model.set_session(session)
        if checklist.lines:
            self.table.selectRow(0)
        parts = [checklist.order_id, checklist.marketplace, checklist.buyer_name, checklist.country_name]
        header = " · ".join(p for p in parts if p)
        if checklist.ship_to:
            header += "\n" + _tr("Ship to: {address}").format(address=", ".join(checklist.ship_to))
        if checklist.evidence_reminder:
            reasons = []
            if checklist.fragile:
                reasons.append(_tr("FRAGILE"))
            if checklist.high_value:
                reasons.append(_tr("HIGH VALUE"))
            header += "\n" + " · ".join(reasons) + ": " + _tr("Photograph contents, inner and outer packing")
        if checklist.buyer_note:
            header += "\n" + _tr("Buyer's note: {note}").format(note=checklist.buyer_note)
        if checklist.seller_note:
            header += "\n" + _tr("Seller's note: {note}").format(note=checklist.seller_note)
        self.order_label.setText(header)
        text = event_text(event)
        interrupted = event.params.get("interrupted")
        if interrupted:
            text += "\n" + _tr("Order {order} is kept as interrupted").format(order=interrupted)
        self._show_idle(text)
        self._play("ok")
        self.scan.setFocus()
        self.order_opened.emit(session.order_pk)

    # -- actions -------------------------------------------------------------------------
    def open_order(self, order_pk: int) -> None:
        before, was_packed = self.bench.order_pk, self.bench.packed
        self._show_event(self.bench.open(order_pk), before, was_packed)

    def set_queue(self, queue: Sequence[int]) -> None:
        """The orders to open one after another once the current one is sealed."""
        self._queue = list(queue)

    def close_order(self) -> None:
        before, was_packed = self.bench.order_pk, self.bench.packed
        self.bench.close()
        self.model.set_session(None)
        self.order_label.clear()
        self._show_idle(_tr("Scan an order barcode or tracking number"))
        if before is not None and was_packed:
            self.order_sealed.emit(before)
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
        if row is None or self.session is None or self.bench.packed:
            return
        now = self.bench.order_pk
        event = self.bench.tick(row, not self.session.lines[row].done)
        self.model.refresh_row(row)
        if event.completed:
            self._completed(ScanEvent("", b.COMPLETED, "", now, event.params), now)
        self._update_buttons()

    def link_refused_code(self) -> None:
        """The last refused barcode is printed on the selected line's product: remember it."""
        row = self.current_line()
        if row is None or self.session is None or not self._last_refused_code:
            return
        sku = self.session.lines[row].line.sku
        if not sku:
            self._refuse(_tr("This line has no SKU to link a barcode to"))
            return
        code = self._last_refused_code
        link_barcode(code, sku)
        self._last_refused_code = ""
        self.scan_code(code)

    def complete(self) -> None:
        if self.session is None:
            return
        now = self.bench.order_pk
        if self.bench.packed:
            # F12 again on a packed order: done without a label scan.
            self.close_order()
            self._open_next("")
            return
        event = self.bench.complete()
        if event.result == b.COMPLETED:
            self._completed(event, now)
        elif event.result == b.REFUSED:
            self.model.set_session(None)
            self.order_label.clear()
            self._refuse(event_text(event), kind="refused")
        else:
            self._refuse(event_text(event))
        self._update_buttons()

    def _open_next(self, done_text: str) -> None:
        while self._queue:
            pk = self._queue.pop(0)
            checklists = load_checklists([pk], self._rule, self._fragile)
            if not checklists or checklists[0].workflow_status not in ("to_pack", "problem"):
                continue
            if checklists[0].packed_at is not None and checklists[0].workflow_status != "to_pack":
                continue
            style = self.banner.styleSheet()
            self.open_order(pk)
            if self.bench.order_pk == pk and done_text:
                # Keep the "sealed" confirmation visible while the next order is already open.
                self.banner.setText(
                    done_text + "  →  " + _tr("next: {order}").format(order=checklists[0].order_id)
                )
                self.banner.setStyleSheet(style)
            return
