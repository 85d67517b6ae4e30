"""The conversation log of an order: both sides, time-stamped, as evidence for a dispute."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from desktop.core.models import Order
from desktop.core.models.base import database_proxy, utc_now
from desktop.core.models.replies import Case, Message
from desktop.core.replies.errors import OrderNotFoundError, RepliesError, UnfilledPlaceholdersError
from desktop.core.replies.keys import ORDER_PK
from desktop.core.replies.placeholders import unfilled_in

OUT = "out"
IN = "in"


class EmptyMessageError(RepliesError):
    """Nothing to log."""


def _check_order(order_pk: int) -> Order:
    order = Order.get_or_none(order_pk == ORDER_PK)
    if order is None:
        raise OrderNotFoundError(order_pk)
    return order


def record(
    order_pk: int,
    direction: str,
    text: str,
    *,
    language: str = "",
    scenario_key: str = "",
    seller_text: str = "",
    case_id: int | None = None,
    at: datetime | None = None,
) -> Message:
    """Log one message and keep Order.last_message_at current. An outgoing message with a raw
    {placeholder} left in it is refused: it must never reach a buyer."""
    if direction not in (OUT, IN):
        raise ValueError(f"direction must be {OUT!r} or {IN!r}")
    text = text.strip()
    if not text:
        raise EmptyMessageError("the message is empty")
    if direction == OUT:
        left = unfilled_in(text)
        if left:
            raise UnfilledPlaceholdersError(left)
    moment = at or utc_now()
    with database_proxy.atomic():
        order = _check_order(order_pk)
        case = Case.get_or_none(Case.id == case_id) if case_id is not None else None
        message = Message.create(
            order=order,
            case=case,
            at=moment,
            direction=direction,
            language=language,
            text=text,
            scenario_key=scenario_key,
            seller_text=seller_text.strip(),
        )
        if order.last_message_at is None or order.last_message_at < moment:
            Order.update(last_message_at=moment).where(order_pk == ORDER_PK).execute()
    return message


def delete_message(message_id: int) -> None:
    """Remove a message logged by mistake; last_message_at follows the remaining log."""
    with database_proxy.atomic():
        message = Message.get_or_none(Message.id == message_id)
        if message is None:
            return
        order_pk = message.order_id
        message.delete_instance()
        latest = (
            Message.select(Message.at)
            .where(Message.order == order_pk)
            .order_by(Message.at.desc())
            .first()
        )
        Order.update(last_message_at=latest.at if latest else None).where(
            order_pk == ORDER_PK
        ).execute()


def messages(order_pk: int) -> list[Message]:
    return list(Message.select().where(Message.order == order_pk).order_by(Message.at, Message.id))


def messages_for_order(order_pk: int) -> list[dict[str, Any]]:
    """The log for a dispute pack: [{"time" (ISO-8601 UTC), "direction" ("out" seller to buyer,
    "in" buyer to seller), "language", "text", "scenario", "translation" (seller's language)}],
    oldest first."""
    return [
        {
            "time": message.at.isoformat().replace("+00:00", "Z"),
            "direction": message.direction,
            "language": message.language,
            "text": message.text,
            "scenario": message.scenario_key,
            "translation": message.seller_text,
        }
        for message in messages(order_pk)
    ]
