"""Everything the replies area says to the user, translated (context "Replies")."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.core.replies.errors import (
    OrderNotFoundError,
    RepliesError,
    TemplateFileError,
    UnfilledPlaceholdersError,
)
from desktop.core.replies.localtime import TimeHint

CONTEXT = "Replies"


# Call sites write translate("Replies", "text") with the context spelled out, so that
# pyside6-lupdate files each string under its context; tr() is for texts held in tables.
translate = QCoreApplication.translate


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


HINTS = {
    TimeHint.GOOD: QT_TRANSLATE_NOOP("Replies", "a good time to write"),
    TimeHint.EARLY: QT_TRANSLATE_NOOP(
        "Replies", "early morning there: the buyer may not be up yet"
    ),
    TimeHint.LATE: QT_TRANSLATE_NOOP("Replies", "late evening there: the answer may come tomorrow"),
    TimeHint.NIGHT: QT_TRANSLATE_NOOP(
        "Replies", "night there: the buyer will read it in the morning"
    ),
}

REASONS = {
    "case_due": QT_TRANSLATE_NOOP("Replies", "Case follow-up due"),
    "just_paid": QT_TRANSLATE_NOOP("Replies", "Just paid: confirm the address"),
    "shipped": QT_TRANSLATE_NOOP("Replies", "Shipped: send the tracking number"),
    "arriving": QT_TRANSLATE_NOOP("Replies", "Arriving: ask the buyer to look out for it"),
    "no_news": QT_TRANSLATE_NOOP("Replies", "In transit, no news for days"),
    "delivered": QT_TRANSLATE_NOOP("Replies", "Delivered: ask for feedback"),
}

RESOLUTIONS = {
    "": QT_TRANSLATE_NOOP("Replies", "Not decided yet"),
    "refund": QT_TRANSLATE_NOOP("Replies", "Refund"),
    "resend": QT_TRANSLATE_NOOP("Replies", "Resend"),
    "return": QT_TRANSLATE_NOOP("Replies", "Return"),
    "partial_refund": QT_TRANSLATE_NOOP("Replies", "Partial refund"),
}

DIRECTIONS = {
    "out": QT_TRANSLATE_NOOP("Replies", "You"),
    "in": QT_TRANSLATE_NOOP("Replies", "Buyer"),
}


def hint_text(hint: TimeHint) -> str:
    return tr(HINTS[hint])


def reason_text(reason: str) -> str:
    return tr(REASONS.get(reason, reason))


def resolution_text(resolution: str) -> str:
    return tr(RESOLUTIONS.get(resolution, resolution))


def direction_text(direction: str) -> str:
    return tr(DIRECTIONS.get(direction, direction))


def error_text(error: Exception) -> str:
    """An error in the seller's words."""
    if isinstance(error, UnfilledPlaceholdersError):
        return translate(
            "Replies", "Fill in {names} before copying: a buyer must never see a raw placeholder."
        ).format(names=", ".join(error.names))
    if isinstance(error, OrderNotFoundError):
        return translate("Replies", "This order no longer exists. It may have been deleted.")
    if isinstance(error, TemplateFileError):
        return translate(
            "Replies", "This file cannot be imported: {detail}. Nothing was changed."
        ).format(detail=str(error))
    if isinstance(error, RepliesError):
        return translate("Replies", "This cannot be done: {detail}").format(detail=str(error))
    if isinstance(error, OSError):
        return translate("Replies", "The file cannot be read or written: {detail}").format(
            detail=error.strerror or str(error)
        )
    return translate("Replies", "Something went wrong: {detail}").format(detail=str(error))
