"""Importing files from the window: one background task per file, progress, cancel, summary."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog, QWidget

from desktop.core.journal import WorkJournal
from desktop.core.orders import errors
from desktop.core.orders.layout import Layout
from desktop.core.orders.saved_mappings import save_mapping
from desktop.ui.importing.messages import describe
from desktop.ui.tasks import Task

if TYPE_CHECKING:
    from desktop.core.orders.importer import ImportResult
    from desktop.ui.importing.mapping_dialog import ColumnMappingDialog


def tr(text: str) -> str:
    return QCoreApplication.translate("Import", text)


class ImportController(QObject):
    """Imports a queue of files one after another; emits import_finished once all are done."""

    import_finished = Signal(list, list)  # [ImportResult], [(file name, message)]

    def __init__(self, parent_widget: QWidget, journal: WorkJournal | None = None, ask_mapping: bool = True) -> None:
        super().__init__(parent_widget)
        self._journal = journal
        self._parent = parent_widget
        self._queue: list[tuple[Path, Layout | None]] = []
        self._results: list[ImportResult] = []
        self._failures: list[tuple[str, str]] = []
        self._task: Task | None = None
        self._progress: QProgressDialog | None = None
        # A file whose layout is unknown waits here until its task has finished: the mapping
        # dialog then opens with nothing else running and nothing summarised behind it.
        self._needs_mapping: Path | None = None
        self.mapping_dialog: ColumnMappingDialog | None = None
        self.ask_mapping = ask_mapping
        self.show_summary = True

    @property
    def busy(self) -> bool:
        return self._task is not None or self.mapping_dialog is not None

    def import_files(self, paths: list[Path]) -> None:
        queued = {p for p, _ in self._queue}
        self._queue.extend((Path(p), None) for p in paths if Path(p) not in queued)
        if not self.busy:
            self._results, self._failures = [], []
            self._next()

    def _next(self) -> None:
        if not self._queue:
            self._close_progress()
            self.import_finished.emit(self._results, self._failures)
            if self.show_summary:
                self._summary()
            return
        # The readers (calamine, charset detection) load with the first import, not at start.
        from desktop.core.orders.importer import import_file

        path, layout = self._queue.pop(0)
        self._open_progress(path)
        journal = self._journal

        def work(report: Callable[[float, str], None], cancelled: Callable[[], bool]) -> ImportResult:
            # A note in the data folder while the import runs: a crash is reported at next start.
            if journal is None:
                return import_file(path, progress=report, cancelled=cancelled, layout=layout)
            with journal.recording("import", path.name):
                return import_file(path, progress=report, cancelled=cancelled, layout=layout)

        task = Task(work, self)
        self._task = task
        task.progressed.connect(self._on_progress)
        task.succeeded.connect(self._results.append)
        task.failed.connect(lambda error: self._on_failed(path, error))
        task.finished.connect(self._on_finished)
        if self._progress is not None:
            self._progress.canceled.connect(task.cancel)
        task.start()

    def _open_progress(self, path: Path) -> None:
        if self._progress is None:
            self._progress = QProgressDialog(self._parent)
            self._progress.setWindowTitle(tr("Importing"))
            self._progress.setWindowModality(Qt.WindowModality.WindowModal)
            self._progress.setRange(0, 100)
            self._progress.setMinimumDuration(300)
        self._progress.setLabelText(tr("Importing {file}…").format(file=path.name))
        self._progress.setValue(0)

    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None

    def _on_progress(self, fraction: float, message: str) -> None:
        if self._progress is not None and not self._progress.wasCanceled():
            self._progress.setValue(int(fraction * 99))

    def _on_failed(self, path: Path, error: BaseException) -> None:
        if isinstance(error, errors.UnknownLayout) and self.ask_mapping:
            self._needs_mapping = path
            return
        self._failures.append((path.name, describe(error)))

    def _on_finished(self) -> None:
        self._task = None
        path, self._needs_mapping = self._needs_mapping, None
        if path is not None:
            self._ask_for_mapping(path)
            return
        self._next()

    def _ask_for_mapping(self, path: Path) -> None:
        """Opens the mapping dialog; Save imports the file once with the chosen columns."""
        from desktop.ui.importing.mapping_dialog import ColumnMappingDialog

        self._close_progress()
        try:
            dialog = ColumnMappingDialog(path, self._parent)
        except errors.ImportFailure as error:
            self._failures.append((path.name, describe(error)))
            self._next()
            return
        self.mapping_dialog = dialog

        def done(code: int) -> None:
            self.mapping_dialog = None
            dialog.deleteLater()
            if code == QDialog.DialogCode.Accepted:
                layout = dialog.chosen_layout()
                saved = save_mapping(
                    layout.profile.name, layout.profile.marketplace, dialog.headers, dialog.columns(),
                    **dialog.options(),
                )  # fmt: skip
                layout.profile = replace(layout.profile, name=saved.name)
                layout.saved_mapping = saved.name
                self._queue.insert(0, (path, layout))
            else:
                self._failures.append((path.name, tr("Not imported: the columns were not mapped.")))
            self._next()

        dialog.finished.connect(done)
        dialog.open()

    def _summary(self) -> None:
        lines = []
        for r in self._results:
            lines.append(
                tr(
                    "{file} ({layout}): {created} new, {updated} updated, {unchanged} unchanged, {items} items"
                ).format(
                    file=r.file,
                    layout=r.layout,
                    created=r.orders_created,
                    updated=r.orders_updated,
                    unchanged=r.orders_unchanged,
                    items=r.items,
                )
            )
            for note in r.notes:
                if note == "0 orders in this file":
                    lines.append("    " + tr("0 orders in this file"))
            if r.rows_skipped:
                lines.append(
                    "    " + tr("{count} rows skipped (details below)").format(count=r.rows_skipped)
                )
        for name, message in self._failures:
            lines.append(tr("{file}: not imported. {reason}").format(file=name, reason=message))
        details = []
        for r in self._results:
            details += [
                tr("{file} row {row}: {reason}").format(file=r.file, row=row, reason=why)
                for row, why in r.skipped
            ]
            details += [f"{r.file}: {w}" for w in r.warnings]
        box = QMessageBox(self._parent)
        box.setObjectName("importSummary")
        box.setWindowTitle(tr("Import finished"))
        box.setIcon(QMessageBox.Icon.Warning if self._failures else QMessageBox.Icon.Information)
        box.setText("\n".join(lines) or tr("Nothing was imported."))
        if details:
            box.setDetailedText("\n".join(details))
        box.open()
