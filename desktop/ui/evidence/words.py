"""Everything the evidence area says to the user, translated (context "Evidence")."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.core.evidence.errors import EvidenceError

CONTEXT = "Evidence"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def when_text(moment: datetime | None) -> str:
    """A capture or event time on this computer's clock, with its offset."""
    if moment is None:
        return "—"
    return moment.astimezone().strftime("%Y-%m-%d %H:%M %z")


STAGE_NAMES = {
    "contents": QT_TRANSLATE_NOOP("Evidence", "Contents"),
    "inner_packing": QT_TRANSLATE_NOOP("Evidence", "Inner packing"),
    "outer_packing": QT_TRANSLATE_NOOP("Evidence", "Outer packing"),
    "label": QT_TRANSLATE_NOOP("Evidence", "Label"),
    "handover": QT_TRANSLATE_NOOP("Evidence", "Handover"),
    "return_received": QT_TRANSLATE_NOOP("Evidence", "Return received"),
    "other": QT_TRANSLATE_NOOP("Evidence", "Other"),
}

EVENT_NAMES = {
    "ordered": QT_TRANSLATE_NOOP("Evidence", "Ordered"),
    "paid": QT_TRANSLATE_NOOP("Evidence", "Paid"),
    "packed": QT_TRANSLATE_NOOP("Evidence", "Packed"),
    "shipped": QT_TRANSLATE_NOOP("Evidence", "Shipped"),
    "delivered": QT_TRANSLATE_NOOP("Evidence", "Delivered"),
    "evidence": QT_TRANSLATE_NOOP("Evidence", "Evidence"),
    "message": QT_TRANSLATE_NOOP("Evidence", "Message"),
}

ERRORS = {
    "file_not_found": QT_TRANSLATE_NOOP("Evidence", "{name} does not exist or cannot be opened."),
    "unsupported_file": QT_TRANSLATE_NOOP(
        "Evidence",
        "{name} cannot be kept as evidence. Use a photo (JPEG, PNG, WebP, GIF, BMP, TIFF), "
        "a video (MP4, MOV, MKV, WebM, AVI) or a PDF.",
    ),
    "damaged_file": QT_TRANSLATE_NOOP(
        "Evidence",
        "{name} is damaged or incomplete (perhaps cut off while copying). It was not stored.",
    ),
    "too_large": QT_TRANSLATE_NOOP(
        "Evidence", "{name} has too many pixels to open safely. It was not stored."
    ),
    "file_changed": QT_TRANSLATE_NOOP(
        "Evidence",
        "{name} changed or disappeared while it was being copied. Nothing was stored; "
        "try again once the file is complete.",
    ),
    "empty_file": QT_TRANSLATE_NOOP("Evidence", "{name} is empty."),
    "no_space": QT_TRANSLATE_NOOP(
        "Evidence", "There is not enough free disk space to store {name}."
    ),
    "order_not_found": QT_TRANSLATE_NOOP("Evidence", "The order no longer exists."),
    "cancelled": QT_TRANSLATE_NOOP("Evidence", "Cancelled."),
    "evidence_failed": QT_TRANSLATE_NOOP("Evidence", "{name} could not be stored."),
}


def stage_name(stage: str) -> str:
    return tr(STAGE_NAMES.get(stage, STAGE_NAMES["other"]))


def event_name(kind: str) -> str:
    return tr(EVENT_NAMES.get(kind, kind))


def error_text(error: BaseException) -> str:
    if isinstance(error, EvidenceError):
        template = ERRORS.get(error.kind, ERRORS["evidence_failed"])
        return tr(template).format(name=error.name or tr("The file"))
    if isinstance(error, OSError):
        return tr("The file could not be read or written: {reason}").format(
            reason=error.strerror or str(error)
        )
    return tr("Something went wrong: {reason}").format(reason=str(error))
