from __future__ import annotations

import peewee

from desktop.core.models.base import BaseModel


class Meta(BaseModel):
    """Key/value facts about the database itself, such as its schema version."""

    key = peewee.CharField(max_length=64, primary_key=True)
    value = peewee.TextField()

    class Meta:
        table_name = "meta"
