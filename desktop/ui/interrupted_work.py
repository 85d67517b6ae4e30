"""At start: what a crash or a kill interrupted last time, told in the seller's words."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.core.journal import WorkJournal, WorkNote
from desktop.core.recovery import kept_import

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("InterruptedWork", text)


def describe(note: WorkNote, data_dir: Path | None = None) -> str:
    subject = note.subject
    kept = kept_import(note, data_dir) if data_dir is not None else None
    if kept is not None:
        text = QCoreApplication.translate(
            "InterruptedWork",
            "The import of {file} was interrupted after it was saved: all of it was kept "
            "(%n order(s)).",
            None,
            kept.orders,
        )
    elif note.kind == "import":
        text = _tr(
            "The import of {file} was interrupted. Nothing of it was saved; import the file again."
        )
    elif note.kind == "backup":
        text = _tr("The backup to {file} was interrupted. No backup file was left; back up again.")
    elif note.kind == "restore":
        text = _tr(
            "The restore from {file} was interrupted. Any data that was replaced is kept in the "
            "backups folder; restore again."
        )
    elif note.kind == "evidence":
        text = _tr(
            "Saving the evidence {file} was interrupted. The half-saved file was removed; record it again."
        )
    else:
        text = _tr("Work on {file} was interrupted and was not saved.")
    return text.format(file=subject)


def report_interrupted(data_dir: Path, parent: QWidget | None) -> QMessageBox | None:
    """Clean up after interrupted work and show what it was (not modal: start-up goes on)."""
    journal = WorkJournal(data_dir)
    notes = journal.recover()
    for finished in journal.finished:
        log.warning("completed interrupted %s of %s", finished.kind, finished.subject)
    if not notes:
        return None
    for note in notes:
        log.warning("interrupted %s of %s started %s", note.kind, note.subject, note.started_at)
    box = QMessageBox(parent)
    box.setObjectName("interruptedWork")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(_tr("Seller Desk was stopped"))
    box.setText(_tr("Seller Desk was stopped while it was working. Your data is safe."))
    box.setInformativeText("\n\n".join(describe(n, data_dir) for n in notes))
    box.setModal(False)
    box.show()
    return box
