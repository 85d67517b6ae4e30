"""The evidence area in the main window: the Evidence tab, Dispute pack… and Capture…"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.core.notices import Changed
from desktop.ui.context import AppContext
from desktop.ui.evidence.panel import EvidencePanel
from desktop.ui.evidence.words import tr

if TYPE_CHECKING:
    from desktop.ui.evidence.capture import PackStationRecording
    from desktop.ui.evidence.capture_window import CaptureWindow
    from desktop.ui.evidence.dispute import DisputePackRunner


class EvidenceFeature:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.panel: EvidencePanel | None = None
        self.capture: CaptureWindow | None = None
        self._packs: DisputePackRunner | None = None
        self.pack_station: PackStationRecording | None = None

    @property
    def packs(self) -> DisputePackRunner:
        # The PDF renderers and the pack builder load with the first dispute pack, not at start.
        if self._packs is None:
            from desktop.ui.evidence.dispute import DisputePackRunner

            self._packs = DisputePackRunner(self.ctx.data_dir, self.ctx.window)
        return self._packs

    def detail_tabs(self, ctx: AppContext) -> list[tuple[str, QWidget]]:
        panel = EvidencePanel(ctx.data_dir)
        panel.evidence_changed.connect(
            lambda pk: ctx.notices.orders([pk], Changed.EVIDENCE, source=panel)
        )
        panel.capture_requested.connect(self.open_capture)
        self.panel = panel
        return [(tr("Evidence"), panel)]

    def actions(self, ctx: AppContext) -> list[QAction]:
        parent = ctx.window
        pack = QAction(tr("Dispute pack…"), parent)
        pack.setObjectName("actionDisputePack")
        pack.setToolTip(tr("One zip with the order, checklist, photos, videos, messages and a timeline"))
        pack.setShortcut(QKeySequence("Ctrl+Shift+D"))
        pack.setProperty("menu", "Orders")
        pack.setProperty("toolbar", True)
        pack.triggered.connect(lambda: self.packs.ask_and_build(ctx.selected_order_ids()))
        capture = QAction(tr("Capture…"), parent)
        capture.setObjectName("actionCapture")
        capture.setToolTip(tr("Take photos or record a packing video for the selected order"))
        capture.setShortcut(QKeySequence("Ctrl+Shift+C"))
        capture.setProperty("menu", "Orders")
        capture.triggered.connect(self._capture_selected)
        return [pack, capture]

    def _capture_selected(self) -> None:
        selected = self.ctx.selected_order_ids()
        if not selected:
            QMessageBox.information(self.ctx.window, tr("Capture"), tr("Select an order first."))
            return
        self.open_capture(selected[0])

    def capture_window(self) -> CaptureWindow:
        if self.capture is None:
            # Qt Multimedia (camera, encoder) loads with the first capture, not at start.
            from desktop.ui.evidence.capture_window import CaptureWindow

            self.capture = CaptureWindow(self.ctx.data_dir, self.ctx.settings, parent=self.ctx.window)
            self.capture.evidence_added.connect(self._evidence_added)
        return self.capture

    def open_capture(self, order_pk: int) -> CaptureWindow:
        window = self.capture_window()
        window.set_order(order_pk)
        window.show()
        window.raise_()
        return window

    def connect_pack_station(self, station: Any) -> PackStationRecording:
        """Record a clip per scanned order: pass the pack station's signals (see PackStationRecording)."""
        from desktop.ui.evidence.capture import PackStationRecording

        window = self.capture_window()
        link = PackStationRecording(window.controller, window)
        link.connect_to(station)
        station.order_opened.connect(window.set_order)
        self.pack_station = link
        return link

    def _evidence_added(self, order_pk: int) -> None:
        if self.panel is not None and self.panel.order_pk == order_pk:
            self.panel.refresh()
        self.ctx.notices.orders([order_pk], Changed.EVIDENCE, source=self.panel)
