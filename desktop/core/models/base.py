"""Shared peewee plumbing: the database proxy and field types."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

import peewee

database_proxy = peewee.DatabaseProxy()


class BaseModel(peewee.Model):
    # Declared so that type checkers know every model has it (peewee adds it implicitly).
    id = peewee.AutoField()

    class Meta:
        database = database_proxy


class MoneyField(peewee.TextField):
    """A Decimal stored as text, so no binary float ever touches money (SQLite has no decimal type)."""

    def db_value(self, value: Any) -> str | None:
        if value is None:
            return None
        return str(Decimal(value))

    def python_value(self, value: Any) -> Decimal | None:
        if value is None or value == "":
            return None
        try:
            return Decimal(str(value))
        except InvalidOperation:
            return None


class UtcDateTimeField(peewee.TextField):
    """An aware datetime stored as an ISO-8601 UTC string: sortable as text, portable, unambiguous."""

    def db_value(self, value: Any) -> str | None:
        if value is None:
            return None
        if not isinstance(value, datetime):
            return str(value)
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        # isoformat is several times faster than strftime; same text: 2024-11-03T14:22:05Z
        return str(value.astimezone(UTC).replace(tzinfo=None, microsecond=0).isoformat()) + "Z"

    def python_value(self, value: Any) -> datetime | None:
        if not value:
            return None
        return datetime.fromisoformat(str(value))  # 3.11 reads the trailing Z; C-fast


class JSONField(peewee.TextField):
    def db_value(self, value: Any) -> str | None:
        if value is None:
            return None
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))

    def python_value(self, value: Any) -> Any:
        if value is None:
            return None
        return json.loads(value)


def utc_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)
