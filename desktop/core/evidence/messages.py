"""The messages sent to a buyer, for the dispute pack and its timeline.

Messages belong to another area (desktop.core.replies), built alongside this one. Rather than
depend on its exact shape, we look for a model with an `order` foreign key whose name says it
holds messages, and read the usual fields. No such model simply means no messages."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import peewee

from desktop.core import models

_MODEL_NAMES = ("Message", "MessageLog", "SentMessage", "BuyerMessage", "ReplyLog", "Reply")
_TIME_FIELDS = ("sent_at", "created_at", "at", "timestamp", "logged_at")
_TEXT_FIELDS = ("body", "text", "content", "message")


@dataclass
class Message:
    at: datetime | None
    text: str
    fields: dict[str, Any]


def _message_model() -> type[peewee.Model] | None:
    by_name: dict[str, type[peewee.Model]] = {m.__name__: m for m in models.ALL_MODELS}
    for name in _MODEL_NAMES:
        model = by_name.get(name)
        if model is not None and "order" in model._meta.fields:
            return model
    return None


def _first(row: dict[str, Any], names: tuple[str, ...]) -> Any:
    for name in names:
        if row.get(name) not in (None, ""):
            return row[name]
    return None


def messages_for_order(order_pk: int) -> list[Message]:
    """Every logged message of an order, oldest first; [] when there is no message log."""
    model = _message_model()
    if model is None:
        return []
    field = model._meta.fields["order"]
    try:
        rows: list[dict[str, Any]] = list(model.select().where(field == order_pk).dicts())  # type: ignore[arg-type]
    except peewee.PeeweeException:
        return []
    found: list[Message] = []
    for row in rows:
        when = _first(row, _TIME_FIELDS)
        text = _first(row, _TEXT_FIELDS)
        plain = {k: _plain(v) for k, v in row.items()}
        found.append(
            Message(when if isinstance(when, datetime) else None, str(text or ""), plain)
        )
    found.sort(key=lambda m: (m.at is None, m.at.isoformat() if m.at else ""))
    return found


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)
