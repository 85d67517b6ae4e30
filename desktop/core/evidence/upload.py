"""Copies of evidence small enough to upload to a marketplace's dispute form. The originals
stay in the pack untouched; a copy is re-encoded only when the original is over the limit.

Limits: Shopee's Help Centre (SG, MY and PH articles "[Return Refund] What are the effective
supporting documents...") says 10 MB per photo and 30 MB (up to 1 min) per video. The other
marketplaces publish no figure we could find; the same limits are assumed for them, which is
on the safe side of what their upload forms take."""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

from PIL import Image

MB = 1024 * 1024


@dataclass(frozen=True)
class UploadLimit:
    photo_bytes: int
    video_bytes: int
    video_seconds: int | None
    verified: bool  # False: assumed, see the module's note


SHOPEE = UploadLimit(10 * MB, 30 * MB, 60, True)
ASSUMED = UploadLimit(10 * MB, 30 * MB, None, False)
LIMITS: dict[str, UploadLimit] = {"shopee": SHOPEE}


def limit_for(marketplace: str) -> UploadLimit:
    return LIMITS.get(marketplace.lower(), ASSUMED)


def photo_copy(data: bytes, limit: int) -> bytes | None:
    """A JPEG of the photo within `limit` bytes (quality first, then size), or None when
    even a small picture does not fit. Metadata is not carried over (no location)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        opened = Image.open(io.BytesIO(data))
        opened.draft("RGB", (4096, 4096))  # JPEG: decode at a fraction of a huge size
        image = opened.convert("RGB")
    side = max(image.size)
    scale = min(1.0, 4096 / side) if side else 1.0
    while True:
        size = (max(1, int(image.width * scale)), max(1, int(image.height * scale)))
        frame = image if scale == 1.0 else image.resize(size, Image.Resampling.LANCZOS)
        for quality in (90, 82, 74):
            out = io.BytesIO()
            frame.save(out, "JPEG", quality=quality, optimize=True)
            if out.tell() <= limit:
                return out.getvalue()
        if max(size) <= 640:
            return None
        scale *= 0.75


def video_note(
    name: str, size: int, duration_ms: int | None, limit: UploadLimit, marketplace: str
) -> str | None:
    """Why a video cannot be uploaded as it is, in words; None when it fits."""
    too_big = size > limit.video_bytes
    too_long = (
        limit.video_seconds is not None
        and duration_ms is not None
        and duration_ms > limit.video_seconds * 1000
    )
    if not (too_big or too_long):
        return None
    said = "accepts" if limit.verified else "is assumed to accept"
    parts = []
    if too_big:
        parts.append(f"{size / MB:.1f} MB")
    if too_long and duration_ms is not None:
        parts.append(f"{duration_ms / 1000:.0f} s")
    rule = f"{limit.video_bytes // MB} MB"
    if limit.video_seconds:
        rule += f", {limit.video_seconds} s"
    return (
        f"{name}: {' and '.join(parts)}; {marketplace} {said} {rule} per video. "
        "The original is in the pack; trim or compress a copy before uploading it."
    )
