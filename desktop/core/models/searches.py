from __future__ import annotations

import peewee

from desktop.core.models.base import BaseModel, JSONField, UtcDateTimeField, utc_now


class SavedSearch(BaseModel):
    """A search with its filters that the seller keeps in the sidebar."""

    name = peewee.CharField(max_length=200)
    view = peewee.CharField(max_length=64, default="all")
    criteria = JSONField(default=dict)
    position = peewee.IntegerField(default=0)
    created_at = UtcDateTimeField(default=utc_now)

    class Meta:
        table_name = "saved_search"
