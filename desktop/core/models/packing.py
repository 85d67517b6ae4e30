"""What happened at the packing table: every scan, kept per order for a dispute."""

from __future__ import annotations

import peewee

from desktop.core.models.base import BaseModel, UtcDateTimeField, utc_now
from desktop.core.models.orders import Order


class PackScan(BaseModel):
    """One scan at the pack station (or one step with no code: completed, ticked by hand).

    A scan that matched no order has no order; it is still kept, so nothing scanned is lost."""

    order = peewee.ForeignKeyField(Order, backref="pack_scans", null=True, on_delete="CASCADE")
    at = UtcDateTimeField(default=utc_now, index=True)
    code = peewee.TextField(default="")
    # A stable word: opened, refused, accepted, extra, wrong, label, completed, ... (see bench).
    result = peewee.CharField(max_length=24)
    message = peewee.TextField(default="")
    packer = peewee.CharField(max_length=120, default="")
    station = peewee.CharField(max_length=120, default="")

    class Meta:
        table_name = "pack_scan"
