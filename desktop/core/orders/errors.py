"""Typed import errors. The core names the problem; the UI and CLI word it for the user."""

from __future__ import annotations


class ImportFailure(Exception):
    """A file that could not be imported; nothing was written."""

    kind = "import_failed"

    def __init__(self, detail: str = "") -> None:
        super().__init__(detail or self.kind)
        self.detail = detail


class FileMissing(ImportFailure):
    kind = "file_not_found"


class EmptyFile(ImportFailure):
    kind = "empty_file"


class CorruptFile(ImportFailure):
    kind = "corrupt_file"


class PasswordProtected(ImportFailure):
    kind = "password_protected"


class UnsupportedFormat(ImportFailure):
    kind = "unsupported_format"


class UnknownLayout(ImportFailure):
    """The file reads fine but its columns match no marketplace and no saved mapping."""

    kind = "unknown_layout"

    def __init__(self, detail: str = "", headers: list[str] | None = None) -> None:
        super().__init__(detail)
        self.headers = headers or []


class NoOrders(ImportFailure):
    kind = "no_orders"


class Cancelled(ImportFailure):
    kind = "cancelled"


# Plain-language messages for the command line (the GUI translates its own, see ui/import_messages).
MESSAGES = {
    "file_not_found": "The file does not exist or cannot be opened.",
    "empty_file": "The file is empty.",
    "corrupt_file": "The file is damaged or truncated and cannot be read.",
    "password_protected": "The workbook is protected by a password. Save it without a password and import it again.",
    "unsupported_format": "This is not a spreadsheet or CSV order export.",
    "unknown_layout": "The columns of this file do not match any marketplace export or saved column mapping.",
    "no_orders": "The file has a header but no order rows.",
    "cancelled": "The import was cancelled; nothing was changed.",
    "import_failed": "The file could not be imported.",
}


def describe(error: ImportFailure) -> str:
    text = MESSAGES.get(error.kind, MESSAGES["import_failed"])
    return f"{text} ({error.detail})" if error.detail and error.detail != error.kind else text
