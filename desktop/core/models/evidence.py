"""Evidence attached to an order: photos, videos and documents kept in the evidence store."""

from __future__ import annotations

import peewee

from desktop.core.models.base import BaseModel, UtcDateTimeField, utc_now
from desktop.core.models.orders import Order

# Stages of the parcel's life a piece of evidence shows, in the order they happen.
STAGES: tuple[str, ...] = (
    "contents",
    "inner_packing",
    "outer_packing",
    "label",
    "handover",
    "return_received",
    "other",
)
KINDS: tuple[str, ...] = ("photo", "video", "document")


class EvidenceItem(BaseModel):
    """One file attached to one order. The bytes live in the store under `sha256`; the same
    bytes attached to two orders are stored once and listed twice."""

    order = peewee.ForeignKeyField(Order, backref="evidence", on_delete="CASCADE")
    sha256 = peewee.CharField(max_length=64, index=True)
    kind = peewee.CharField(max_length=16)
    mime = peewee.CharField(max_length=80)
    stage = peewee.CharField(max_length=24, default="other")
    original_name = peewee.CharField(max_length=300)
    size = peewee.BigIntegerField()
    captured_at = UtcDateTimeField(null=True)
    # Where captured_at came from: exif, video, camera or file_time.
    captured_from = peewee.CharField(max_length=16, default="file_time")
    width = peewee.IntegerField(null=True)
    height = peewee.IntegerField(null=True)
    duration_ms = peewee.IntegerField(null=True)
    camera_model = peewee.CharField(max_length=200, default="")
    has_location = peewee.BooleanField(default=False)
    # How it arrived: file, paste or camera.
    origin = peewee.CharField(max_length=16, default="file")
    note = peewee.TextField(default="")
    added_at = UtcDateTimeField(default=utc_now)
    # Removal only hides the item: the bytes stay in the store and the item can be restored.
    removed_at = UtcDateTimeField(null=True)

    class Meta:
        table_name = "evidence_item"
        indexes = ((("order", "sha256"), True),)
