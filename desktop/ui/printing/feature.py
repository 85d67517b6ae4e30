"""Printing and packing in the main window: Print checklists…, Print pick list…, Packing
lists…, and the Pack station."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from desktop.core.notices import Changed
from desktop.core.printing.selection import orders_for_filter
from desktop.ui.context import AppContext
from desktop.ui.pack_station.scan_log_panel import ScanLogPanel
from desktop.ui.printing.options import fragile_rule, high_value_rule, packer_name

# The print dialog (PDF renderers, barcodes) and the pack station load when first opened: the
# window's start does not pay for them.
if TYPE_CHECKING:
    from desktop.ui.pack_station.locations import LocationsDialog
    from desktop.ui.pack_station.station import PackStation
    from desktop.ui.printing.dialog import PrintDialog


class PackingSignals(QObject):
    """Relays the pack station's moments, so evidence capture can connect once at start-up
    and start/stop recording whether or not a station window is open yet."""

    order_opened = Signal(int)
    order_completed = Signal(int)
    order_sealed = Signal(int)
    scanned = Signal(int)
    photo_requested = Signal(int)
    stop_requested = Signal()
    # Back from evidence capture: the order whose clip runs now, or -1 for none.
    recording = Signal(int)


class PrintingFeature:
    def __init__(self, ctx: AppContext) -> None:
        self._ctx = ctx
        self.signals = PackingSignals()
        self.station: PackStation | None = None
        self.dialog: PrintDialog | None = None
        self.scan_log: ScanLogPanel | None = None

    def detail_tabs(self, ctx: AppContext) -> list[tuple[str, QWidget]]:
        # The order detail owns "Items & checklist"; the pack station adds what it recorded.
        panel = ScanLogPanel()
        self.signals.scanned.connect(lambda _pk: panel.set_order(panel.order_pk))
        self.scan_log = panel
        return [(QCoreApplication.translate("PrintingFeature", "Pack log"), panel)]

    def actions(self, ctx: AppContext) -> list[QAction]:
        specs = (
            (
                "printChecklists",
                QCoreApplication.translate("PrintingFeature", "Print checklists…"),
                "Ctrl+P",
                "Orders",
                True,
                lambda: self.open_dialog("checklists"),
            ),
            (
                "printPickList",
                QCoreApplication.translate("PrintingFeature", "Print pick list…"),
                "Ctrl+Shift+P",
                "Orders",
                False,
                lambda: self.open_dialog("picklist"),
            ),
            (
                "printPackingLists",
                QCoreApplication.translate("PrintingFeature", "Packing lists…"),
                "",
                "Orders",
                False,
                lambda: self.open_dialog("packing_lists"),
            ),
            (
                "shelfLocations",
                QCoreApplication.translate("PrintingFeature", "Shelf locations…"),
                "",
                "Tools",
                False,
                self.open_locations,
            ),
            (
                "packStation",
                QCoreApplication.translate("PrintingFeature", "Pack station"),
                "F9",
                "Tools",
                True,
                self.open_station,
            ),
        )
        actions = []
        for name, text, shortcut, menu, toolbar, slot in specs:
            action = QAction(text, ctx.window)
            action.setObjectName(name)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.setProperty("menu", menu)
            if toolbar:
                action.setProperty("toolbar", True)
            action.triggered.connect(slot)
            actions.append(action)
        return actions

    def open_dialog(self, kind: str) -> PrintDialog:
        from desktop.ui.printing.dialog import PrintDialog

        dialog = PrintDialog(self._ctx, kind)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Closing deletes the dialog: no reference may outlive it (using one raises).
        dialog.destroyed.connect(self._dialog_gone)
        dialog.show()
        self.dialog = dialog
        return dialog

    def _dialog_gone(self) -> None:
        self.dialog = None

    def open_locations(self) -> LocationsDialog:
        from desktop.ui.pack_station.locations import LocationsDialog

        dialog = LocationsDialog(self._ctx.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_station(self) -> PackStation:
        """One station window; it queues the selected orders, else the view's unpacked orders."""
        queue = self._ctx.selected_order_ids()
        if not queue:
            flt = self._ctx.current_filter()
            queue = orders_for_filter(replace(flt, workflow_status="to_pack"))
        if self.station is None:
            from desktop.ui.pack_station.scanner import suffix_setting
            from desktop.ui.pack_station.sounds import StationSounds
            from desktop.ui.pack_station.station import PackStation

            settings = self._ctx.settings
            station = PackStation(
                packer=packer_name(settings),
                queue=queue,
                auto_complete=bool(settings.get("packing/auto_complete")),
                rule=high_value_rule(settings),
                orders_changed=lambda pk: self._ctx.notices.orders([pk], Changed.STATUS, source=self.station),
                parent=self._ctx.window,
                fragile=fragile_rule(settings),
                sound=StationSounds(bool(settings.get("scanner/beep")), self._ctx.window),
                suffix=suffix_setting(settings.get("scanner/suffix")),
                video_for_high_value=bool(settings.get("packing/high_value_video")),
                station_name=str(settings.get("packing/station") or "") or None,
            )
            station.setWindowFlag(Qt.WindowType.Window)
            for name in (
                "order_opened", "order_completed", "order_sealed", "scanned", "photo_requested",
                "stop_requested",
            ):  # fmt: skip
                getattr(station, name).connect(getattr(self.signals, name))
            self.signals.recording.connect(
                lambda pk: station.set_recording(pk if pk >= 0 else None)
            )
            station.packer.editingFinished.connect(
                lambda: settings.set("packing/packer", station.packer.text().strip())
            )
            station.auto_complete.toggled.connect(
                lambda on: settings.set("packing/auto_complete", on)
            )
            self.station = station
        else:
            self.station.set_queue(queue)
        self.station.show()
        self.station.raise_()
        self.station.activateWindow()
        self.station.scan.setFocus()
        return self.station
