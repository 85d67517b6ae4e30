"""Import batches and the column mappings the seller saved for unknown layouts."""

from __future__ import annotations

import peewee

from desktop.core.models.base import BaseModel, JSONField, UtcDateTimeField, utc_now


class ImportBatch(BaseModel):
    file_name = peewee.TextField()
    sha256 = peewee.CharField(max_length=64, index=True)
    imported_at = UtcDateTimeField(default=utc_now)
    marketplace = peewee.CharField(max_length=32, null=True)
    layout = peewee.CharField(max_length=120, null=True)
    rows_read = peewee.IntegerField(default=0)
    orders_created = peewee.IntegerField(default=0)
    orders_updated = peewee.IntegerField(default=0)
    orders_unchanged = peewee.IntegerField(default=0)
    items = peewee.IntegerField(default=0)
    rows_skipped = peewee.IntegerField(default=0)
    problems = JSONField(default=list)
    # The header row as written; SourceRow.cells holds each row's values in the same order.
    headers = JSONField(default=list)

    class Meta:
        table_name = "import_batch"


class MappingProfile(BaseModel):
    """A column mapping the seller confirmed for a header the app did not know."""

    name = peewee.CharField(max_length=200)
    marketplace = peewee.CharField(max_length=32)
    header_signature = peewee.CharField(max_length=64, unique=True)
    headers = JSONField()
    mapping = JSONField()  # canonical field -> column index
    created_at = UtcDateTimeField(default=utc_now)

    class Meta:
        table_name = "mapping_profile"
