"""Import errors in the user's words (the core only names the kind of problem)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.core.orders.errors import ImportFailure

MESSAGES = {
    "file_not_found": QT_TRANSLATE_NOOP(
        "ImportMessages", "The file does not exist or cannot be opened."
    ),
    "empty_file": QT_TRANSLATE_NOOP("ImportMessages", "The file is empty."),
    "corrupt_file": QT_TRANSLATE_NOOP(
        "ImportMessages",
        "The file is damaged or incomplete and cannot be read. Download the export again.",
    ),
    "password_protected": QT_TRANSLATE_NOOP(
        "ImportMessages",
        "The workbook is protected by a password. Open it in your spreadsheet program, save it without a password, and import it again.",
    ),
    "unsupported_format": QT_TRANSLATE_NOOP(
        "ImportMessages", "This is not a spreadsheet or CSV order export."
    ),
    "unknown_layout": QT_TRANSLATE_NOOP(
        "ImportMessages",
        "The columns of this file match no marketplace export and no saved column mapping.",
    ),
    "no_orders": QT_TRANSLATE_NOOP(
        "ImportMessages", "The file has column names but no order rows."
    ),
    "cancelled": QT_TRANSLATE_NOOP(
        "ImportMessages", "The import was cancelled. Nothing was changed."
    ),
    "import_failed": QT_TRANSLATE_NOOP(
        "ImportMessages", "The file could not be imported. Nothing was changed."
    ),
}


def describe(error: BaseException) -> str:
    kind = error.kind if isinstance(error, ImportFailure) else "import_failed"
    return QCoreApplication.translate(
        "ImportMessages", MESSAGES.get(kind, MESSAGES["import_failed"])
    )
