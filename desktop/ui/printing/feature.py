"""Printing and packing in the main window: Print checklists…, Print pick list…, Packing
lists…, and the Pack station."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from desktop.core.notices import Changed
from desktop.core.printing.selection import orders_for_filter
from desktop.ui.context import AppContext
from desktop.ui.pack_station.station import PackStation
from desktop.ui.printing.dialog import PrintDialog
from desktop.ui.printing.options import high_value_rule, packer_name


class PackingSignals(QObject):
    """Relays the pack station's moments, so evidence capture can connect once at start-up
    and start/stop recording whether or not a station window is open yet."""

    order_opened = Signal(int)
    order_completed = Signal(int)


class PrintingFeature:
    def __init__(self, ctx: AppContext) -> None:
        self._ctx = ctx
        self.signals = PackingSignals()
        self.station: PackStation | None = None
        self.dialog: PrintDialog | None = None

    def detail_tabs(self, ctx: AppContext) -> list[tuple[str, QWidget]]:
        return []  # the lead's order detail owns "Items & checklist"

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
        dialog = PrintDialog(self._ctx, kind)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Closing deletes the dialog: no reference may outlive it (using one raises).
        dialog.destroyed.connect(self._dialog_gone)
        dialog.show()
        self.dialog = dialog
        return dialog

    def _dialog_gone(self) -> None:
        self.dialog = None

    def open_station(self) -> PackStation:
        """One station window; it queues the selected orders, else the view's unpacked orders."""
        queue = self._ctx.selected_order_ids()
        if not queue:
            flt = self._ctx.current_filter()
            queue = orders_for_filter(replace(flt, workflow_status="to_pack"))
        if self.station is None:
            settings = self._ctx.settings
            station = PackStation(
                packer=packer_name(settings),
                queue=queue,
                auto_complete=bool(settings.get("packing/auto_complete")),
                rule=high_value_rule(settings),
                orders_changed=lambda pk: self._ctx.notices.orders([pk], Changed.STATUS, source=self.station),
                parent=self._ctx.window,
            )
            station.setWindowFlag(Qt.WindowType.Window)
            station.order_opened.connect(self.signals.order_opened)
            station.order_completed.connect(self.signals.order_completed)
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
