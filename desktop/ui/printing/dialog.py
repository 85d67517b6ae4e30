"""Print checklists / pick list / packing lists: choose orders and paper, then preview, print
or save a PDF. Printing and saving run in the background with progress and cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.printing.paper import paper
from desktop.core.printing.selection import orders_for_filter
from desktop.ui.context import AppContext
from desktop.ui.printing.job import (
    KINDS,
    NothingToPrintError,
    PrintCancelled,
    PrintJob,
    print_to,
    write_pdf,
)
from desktop.ui.printing.options import fragile_rule, high_value_rule, label_printer
from desktop.ui.tasks import Task, Work


class PrintDialog(QDialog):
    def __init__(
        self, ctx: AppContext, kind: str = "checklists", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent or ctx.window)
        self.setObjectName("printDialog")
        self.setWindowTitle(QCoreApplication.translate("PrintDialog", "Print"))
        self._ctx = ctx
        self._selected = ctx.selected_order_ids()
        self.task: Task | None = None
        self._printer: QPrinter | None = None
        self._build(kind)

    def _build(self, kind: str) -> None:
        settings = self._ctx.settings
        self.selection = QRadioButton(
            QCoreApplication.translate("PrintDialog", "Selected orders ({count})").format(
                count=len(self._selected)
            ),
            objectName="scopeSelected",
        )
        self.view = QRadioButton(
            QCoreApplication.translate("PrintDialog", "Every order in the view"),
            objectName="scopeView",
        )
        (self.selection if self._selected else self.view).setChecked(True)
        self.selection.setEnabled(bool(self._selected))
        self.kind = QComboBox(objectName="kind")
        for key, label in zip(
            KINDS,
            (
                QCoreApplication.translate("PrintDialog", "Packing checklists"),
                QCoreApplication.translate("PrintDialog", "Pick list"),
                QCoreApplication.translate("PrintDialog", "Packing lists for the buyer"),
            ),
            strict=True,
        ):
            self.kind.addItem(label, key)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.paper = QComboBox(objectName="paper")
        for key, label in (
            ("a4", QCoreApplication.translate("PrintDialog", "A4")),
            ("letter", QCoreApplication.translate("PrintDialog", "Letter")),
            ("4x6", QCoreApplication.translate("PrintDialog", "4×6 in label (100×150 mm)")),
        ):
            self.paper.addItem(label, key)
        self.paper.setCurrentIndex(max(0, self.paper.findData(settings.get("printing/paper"))))
        self.per_page = QComboBox(objectName="perPage")
        for n in (1, 2, 4):
            self.per_page.addItem(str(n), n)
        self.per_page.setCurrentIndex(
            max(0, self.per_page.findData(settings.get("printing/per_page")))
        )
        self.sort = QComboBox(objectName="sort")
        for key, label in (
            ("sku", QCoreApplication.translate("PrintDialog", "SKU")),
            ("title", QCoreApplication.translate("PrintDialog", "Title")),
            ("location", QCoreApplication.translate("PrintDialog", "Shelf location")),
        ):
            self.sort.addItem(label, key)
        self.sort.setCurrentIndex(max(0, self.sort.findData(settings.get("printing/pick_sort"))))
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("PrintDialog", "Orders:"), self.selection)
        form.addRow("", self.view)
        form.addRow(QCoreApplication.translate("PrintDialog", "Print:"), self.kind)
        form.addRow(QCoreApplication.translate("PrintDialog", "Paper:"), self.paper)
        form.addRow(QCoreApplication.translate("PrintDialog", "Per sheet:"), self.per_page)
        form.addRow(QCoreApplication.translate("PrintDialog", "Sort pick list by:"), self.sort)
        self.progress = QProgressBar(objectName="progress")
        self.progress.hide()
        self.message = QLabel(objectName="message")
        self.message.setWordWrap(True)
        self.preview_button = QPushButton(
            QCoreApplication.translate("PrintDialog", "Preview…"), objectName="previewButton"
        )
        self.print_button = QPushButton(
            QCoreApplication.translate("PrintDialog", "Print…"), objectName="printButton"
        )
        self.pdf_button = QPushButton(
            QCoreApplication.translate("PrintDialog", "Save PDF…"), objectName="pdfButton"
        )
        self.cancel_button = QPushButton(
            QCoreApplication.translate("PrintDialog", "Cancel"), objectName="cancelButton"
        )
        self.close_button = QPushButton(
            QCoreApplication.translate("PrintDialog", "Close"), objectName="closeButton"
        )
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.print_)
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.cancel_button.clicked.connect(self._cancel)
        self.close_button.clicked.connect(self.reject)
        self.cancel_button.hide()
        buttons = QHBoxLayout()
        for button in (self.preview_button, self.print_button, self.pdf_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.kind.currentIndexChanged.connect(self._update)
        self.paper.currentIndexChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        kind = self.kind.currentData()
        sheet = paper(self.paper.currentData())
        self.per_page.setEnabled(kind != "picklist" and len(sheet.per_page_choices) > 1)
        self.sort.setEnabled(kind == "picklist")

    def job(self) -> PrintJob:
        pks = (
            self._selected
            if self.selection.isChecked()
            else orders_for_filter(self._ctx.current_filter())
        )
        settings = self._ctx.settings
        settings.set("printing/paper", self.paper.currentData())
        settings.set("printing/per_page", self.per_page.currentData())
        settings.set("printing/pick_sort", self.sort.currentData())
        return PrintJob(
            kind=self.kind.currentData(),
            order_pks=list(pks),
            paper=self.paper.currentData(),
            per_page=int(self.per_page.currentData()),
            sort=self.sort.currentData(),
            rule=high_value_rule(settings),
            fragile=fragile_rule(settings),
        )

    # -- outputs -------------------------------------------------------------------------
    def _check(self, job: PrintJob) -> bool:
        if not job.order_pks:
            self.message.setText(
                QCoreApplication.translate(
                    "PrintDialog",
                    "No orders to print: select orders or choose a view that has some.",
                )
            )
            return False
        return True

    def preview(self) -> None:
        job = self.job()
        if not self._check(job):
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setObjectName("printPreview")
        dialog.paintRequested.connect(lambda p: print_to(p, job))
        dialog.exec()

    def print_(self) -> None:
        job = self.job()
        if not self._check(job):
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)
        chosen = label_printer(self._ctx.settings, job.paper)
        if chosen:
            # Labels go to the thermal printer she named; the dialog still lets her change it.
            printer.setPrinterName(chosen)
        chooser = QPrintDialog(printer, self)
        if chooser.exec() != QDialog.DialogCode.Accepted:
            return
        self._printer = printer  # alive until the background task has painted every page
        self._run(
            lambda report, cancelled: print_to(printer, job, report, cancelled),
            QCoreApplication.translate("PrintDialog", "Sent {pages} pages to the printer."),
        )

    def save_pdf(self, path: Path | None = None) -> Task | None:
        job = self.job()
        if not self._check(job):
            return None
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self,
                QCoreApplication.translate("PrintDialog", "Save PDF"),
                str(Path.home() / f"{job.kind}.pdf"),
                QCoreApplication.translate("PrintDialog", "PDF (*.pdf)"),
            )
            if not name:
                return None
            path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        target = path
        done = QCoreApplication.translate("PrintDialog", "Saved {pages} pages to {path}.")
        return self._run(
            lambda report, cancelled: write_pdf(target, job, report, cancelled), done, str(target)
        )

    def _run(self, work: Work, done_text: str, path: str = "") -> Task | None:
        if self.task is not None:
            return None
        task = Task(work, self)
        task.progressed.connect(self._progressed)
        task.succeeded.connect(
            lambda pages: self.message.setText(done_text.format(pages=pages, path=path))
        )
        task.failed.connect(self._failed)
        task.finished.connect(self._finished)
        self.task = task
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        for button in (self.preview_button, self.print_button, self.pdf_button):
            button.setEnabled(False)
        self.message.setText(QCoreApplication.translate("PrintDialog", "Working…"))
        task.start()
        return task

    def _progressed(self, fraction: float, order_id: str) -> None:
        self.progress.setValue(int(fraction * 100))
        if order_id:
            self.message.setText(
                QCoreApplication.translate("PrintDialog", "Painting order {order}…").format(
                    order=order_id
                )
            )

    def _failed(self, error: object) -> None:
        if isinstance(error, PrintCancelled):
            self.message.setText(
                QCoreApplication.translate("PrintDialog", "Cancelled: nothing was written.")
            )
        elif isinstance(error, NothingToPrintError):
            self.message.setText(QCoreApplication.translate("PrintDialog", "No orders to print."))
        else:
            self.message.setText(
                QCoreApplication.translate("PrintDialog", "Could not print: {error}").format(
                    error=error
                )
            )

    def _finished(self) -> None:
        self.task = None
        self._printer = None
        self.progress.hide()
        self.cancel_button.hide()
        for button in (self.preview_button, self.print_button, self.pdf_button):
            button.setEnabled(True)

    def _cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def reject(self) -> None:
        # Closing while a PDF is written cancels it; the partial file is removed by write_pdf.
        self._cancel()
        super().reject()
