"""Orders > Dispute pack…: choose a file, build the pack in the background, say where it is."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.core.evidence.pack import PackResult, Renderers, build_dispute_pack
from desktop.core.evidence.store import EvidenceStore
from desktop.core.evidence.thumbnails import ThumbnailCache
from desktop.core.models import Order
from desktop.ui.evidence.pdf import any_checklist_pdf, summary_pdf
from desktop.ui.evidence.words import error_text, tr
from desktop.ui.tasks import Task, run_with_progress


def default_name(order_pks: list[int]) -> str:
    if len(order_pks) == 1:
        order = Order.get_by_id(order_pks[0])
        safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in str(order.order_id))
        return f"dispute-{order.marketplace}-{safe}.zip"
    return f"dispute-pack-{len(order_pks)}-orders-{datetime.now():%Y%m%d-%H%M}.zip"


class DisputePackRunner(QObject):
    """Builds packs for the main window. `last` holds the result of the last finished pack."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._parent = parent
        self.task: Task | None = None
        self.last: PackResult | None = None
        self.last_error = ""

    def ask_and_build(self, order_pks: list[int]) -> Task | None:
        if not order_pks:
            QMessageBox.information(self._parent, tr("Dispute pack"), tr("Select the orders first."))
            return None
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name, _ = QFileDialog.getSaveFileName(
            self._parent, tr("Save dispute pack"), str(Path(folder) / default_name(order_pks)),
            tr("Zip files (*.zip)"),
        )  # fmt: skip
        if not name:
            return None
        target = Path(name if name.lower().endswith(".zip") else f"{name}.zip")
        return self.build(order_pks, target)

    def build(self, order_pks: list[int], target: Path, quiet: bool = False) -> Task | None:
        if self.task is not None:
            return None
        store = EvidenceStore(self._data_dir)
        thumbs = ThumbnailCache(store.root / "thumbs")
        renderers = Renderers(summary_pdf=summary_pdf, checklist_pdf=any_checklist_pdf)

        def work(report, cancelled):  # type: ignore[no-untyped-def]
            return build_dispute_pack(
                order_pks, target, store, thumbs, renderers, progress=report, cancelled=cancelled
            )

        self.last, self.last_error = None, ""
        self.task = run_with_progress(
            work, tr("Writing the dispute pack…"), self._parent,
            lambda result: self._done(result, quiet), lambda error: self._failed(error, quiet),
            self._finished, name="disputePackProgress",
        )  # fmt: skip
        return self.task

    def _done(self, result: PackResult, quiet: bool) -> None:
        self.last = result
        if quiet:
            return
        text = tr("The dispute pack is ready:\n{path}\n\n{files} files for {orders} order(s). "
                  "Upload it to the marketplace as it is.").format(
            path=str(result.path), files=result.files, orders=result.orders
        )  # fmt: skip
        QMessageBox.information(self._parent, tr("Dispute pack"), text)

    def _failed(self, error: BaseException, quiet: bool) -> None:
        self.last_error = error_text(error)
        if not quiet:
            QMessageBox.warning(self._parent, tr("Dispute pack"), self.last_error)

    def _finished(self) -> None:
        self.task = None
