"""Typed evidence errors. The core names the problem; the UI and CLI word it for the user."""

from __future__ import annotations


class EvidenceError(Exception):
    """A file that could not be stored; the store and the database are as they were."""

    kind = "evidence_failed"

    def __init__(self, name: str = "", detail: str = "") -> None:
        super().__init__(f"{name}: {detail or self.kind}" if name else (detail or self.kind))
        self.name = name
        self.detail = detail


class FileMissing(EvidenceError):
    kind = "file_not_found"


class UnsupportedFile(EvidenceError):
    kind = "unsupported_file"


class DamagedFile(EvidenceError):
    """Truncated or corrupt: the bytes do not decode as what they claim to be."""

    kind = "damaged_file"


class TooLarge(EvidenceError):
    """An image whose pixel count would exhaust memory (a decompression bomb)."""

    kind = "too_large"


class FileChanged(EvidenceError):
    """The file vanished, shrank or grew while it was being copied."""

    kind = "file_changed"


class EmptyFile(EvidenceError):
    kind = "empty_file"


class NoSpace(EvidenceError):
    kind = "no_space"


class OrderNotFound(EvidenceError):
    kind = "order_not_found"


class AmbiguousOrder(EvidenceError):
    kind = "ambiguous_order"


class Cancelled(EvidenceError):
    kind = "cancelled"


# Plain-language messages for the command line (the GUI translates its own).
MESSAGES = {
    "file_not_found": "The file does not exist or cannot be opened.",
    "unsupported_file": "This kind of file cannot be kept as evidence. Use a photo (JPEG, PNG, WebP, GIF, BMP, TIFF), a video (MP4, MOV, MKV, WebM, AVI) or a PDF.",
    "damaged_file": "The file is damaged or incomplete (for example cut off while copying) and was not stored.",
    "too_large": "The image has too many pixels to open safely and was not stored.",
    "file_changed": "The file changed or disappeared while it was being copied; nothing was stored. Try again once it is complete.",
    "empty_file": "The file is empty.",
    "no_space": "There is not enough free disk space in the data folder.",
    "order_not_found": "No order has this id.",
    "ambiguous_order": "Several marketplaces have an order with this id; write it as MARKETPLACE:ORDER_ID.",
    "cancelled": "Cancelled.",
    "evidence_failed": "The file could not be stored.",
}


def describe(error: EvidenceError) -> str:
    message = MESSAGES.get(error.kind, MESSAGES["evidence_failed"])
    if error.detail and error.kind in {"damaged_file", "unsupported_file", "file_changed"}:
        return f"{message} ({error.detail})"
    return message
