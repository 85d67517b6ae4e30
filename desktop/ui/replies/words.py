"""Everything the replies area says to the user, translated (context "Replies")."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.core.replies.checks import Warning
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
    "buyer_waiting": QT_TRANSLATE_NOOP("Replies", "Buyer wrote, not answered yet"),
    "case_due": QT_TRANSLATE_NOOP("Replies", "Case follow-up due"),
    "not_received": QT_TRANSLATE_NOOP("Replies", "Not received: long past the expected delivery"),
    "late": QT_TRANSLATE_NOOP("Replies", "Delayed: past the expected delivery"),
    "past_expected": QT_TRANSLATE_NOOP("Replies", "Should have arrived: ask the buyer"),
    "just_paid": QT_TRANSLATE_NOOP("Replies", "Just paid: confirm the address"),
    "shipped": QT_TRANSLATE_NOOP("Replies", "Shipped: send the tracking number"),
    "arriving": QT_TRANSLATE_NOOP("Replies", "Expected within days: send an update"),
    "no_news": QT_TRANSLATE_NOOP("Replies", "In transit, no news for days"),
    "delivered": QT_TRANSLATE_NOOP("Replies", "Delivered: ask for feedback"),
}


def days_text(reason: str, days: int) -> str:
    """How long, in the words of the reason (plural forms through Qt's %n)."""
    if reason == "buyer_waiting":
        if days == 0:
            return translate("Replies", "waiting since today")
        return translate("Replies", "waiting %n day(s)", "", days)
    if reason == "case_due":
        return (
            translate("Replies", "due today")
            if days == 0
            else translate("Replies", "overdue %n day(s)", "", days)
        )
    if reason in {"not_received", "late", "past_expected"}:
        return translate("Replies", "%n day(s) past expected delivery", "", days)
    if reason == "no_news":
        return translate("Replies", "no news for %n day(s)", "", days)
    if reason == "arriving":
        return (
            translate("Replies", "expected today")
            if days == 0
            else translate("Replies", "expected in %n day(s)", "", days)
        )
    if reason == "delivered":
        return translate("Replies", "%n day(s) ago", "", days)
    return (
        translate("Replies", "today")
        if days == 0
        else translate("Replies", "%n day(s) ago", "", days)
    )


WARNINGS = {
    "already_shipped": QT_TRANSLATE_NOOP(
        "Replies", "This message says the order has not shipped yet, but it has."
    ),
    "not_shipped": QT_TRANSLATE_NOOP(
        "Replies", "This message is about a parcel on its way, but the order has not shipped yet."
    ),
    "already_delivered": QT_TRANSLATE_NOOP(
        "Replies", "This message is about a parcel on its way, but it has been delivered."
    ),
    "not_delivered": QT_TRANSLATE_NOOP(
        "Replies", "This message says the parcel was delivered, but nothing says so yet."
    ),
    "customs_claim": QT_TRANSLATE_NOOP(
        "Replies",
        "This message says the parcel cleared customs: send it only if the tracking shows that.",
    ),
    "open_case": QT_TRANSLATE_NOOP(
        "Replies", "A case is open on this order: a cheerful message now reads as not listening."
    ),
}


def warning_text(warning: Warning) -> str:
    if warning.code == "ship_by_past":
        return translate(
            "Replies",
            "The ship-by date passed %n day(s) ago: give the buyer a new date.",
            "",
            warning.days or 0,
        )
    if warning.code == "past_expected":
        return translate(
            "Replies",
            "The parcel is %n day(s) past its expected delivery: it is not on schedule.",
            "",
            warning.days or 0,
        )
    text = WARNINGS.get(warning.code)
    return tr(text) if text else warning.message


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
