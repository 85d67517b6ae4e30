"""Messages exchanged with buyers, after-sales cases and the seller's own templates."""

from __future__ import annotations

import peewee

from desktop.core.models.base import BaseModel, JSONField, MoneyField, UtcDateTimeField, utc_now
from desktop.core.models.orders import Order


class Case(BaseModel):
    """An after-sales problem on one order, walked through the seven steps of the sources."""

    id = peewee.AutoField()
    order = peewee.ForeignKeyField(Order, backref="cases", on_delete="CASCADE")
    order_id: int  # peewee's accessor for the raw foreign key, declared for type checkers
    kind = peewee.CharField(max_length=64)  # the scenario key it was opened for
    status = peewee.CharField(max_length=16, default="open", index=True)  # open, closed
    opened_at = UtcDateTimeField(default=utc_now)
    closed_at = UtcDateTimeField(null=True)
    # When the seller must act next (the follow-up date of the current step).
    next_action_at = UtcDateTimeField(null=True, index=True)
    resolution = peewee.CharField(
        max_length=32, default=""
    )  # refund, resend, return, partial_refund
    resolution_amount = MoneyField(null=True)
    resolution_note = peewee.TextField(default="")
    note = peewee.TextField(default="")

    class Meta:
        table_name = "reply_case"


class Message(BaseModel):
    """One message in the conversation with the buyer, either direction, as it was sent."""

    id = peewee.AutoField()
    order = peewee.ForeignKeyField(Order, backref="messages", on_delete="CASCADE")
    order_id: int
    case = peewee.ForeignKeyField(Case, backref="messages", null=True, on_delete="SET NULL")
    at = UtcDateTimeField(default=utc_now, index=True)
    direction = peewee.CharField(max_length=8)  # "out": seller to buyer, "in": buyer to seller
    language = peewee.CharField(max_length=16, default="")
    text = peewee.TextField()
    scenario_key = peewee.CharField(max_length=64, default="")
    # The same message in the seller's language, as shown beside it when it was copied.
    seller_text = peewee.TextField(default="")

    class Meta:
        table_name = "reply_message"
        # The plan and the Today count ask, per order, who wrote last and when.
        indexes = ((("order", "direction", "at"), False),)


class CaseStep(BaseModel):
    id = peewee.AutoField()
    case = peewee.ForeignKeyField(Case, backref="steps", on_delete="CASCADE")
    position = peewee.IntegerField()  # 1..7
    step = peewee.CharField(max_length=32)
    done_at = UtcDateTimeField(null=True)
    due_at = UtcDateTimeField(null=True)
    message = peewee.ForeignKeyField(Message, null=True, on_delete="SET NULL")
    note = peewee.TextField(default="")

    class Meta:
        table_name = "reply_case_step"
        indexes = ((("case", "position"), True),)


class CustomTemplate(BaseModel):
    """A template of the seller's own, or her customised copy of a built-in scenario."""

    id = peewee.AutoField()
    key = peewee.CharField(max_length=80, unique=True)
    # The built-in scenario this customises ("" for a template of her own).
    builtin_key = peewee.CharField(max_length=64, default="", index=True)
    title = peewee.CharField(max_length=200)
    category = peewee.CharField(max_length=100, default="")
    shortcut = peewee.CharField(max_length=40, default="")
    position = peewee.IntegerField(default=0)
    # {language: {"short": text, "warm": text}}
    texts = JSONField(default=dict)
    updated_at = UtcDateTimeField(default=utc_now)

    class Meta:
        table_name = "reply_template"


class BuyerLanguage(BaseModel):
    """The language the seller chose for a buyer, used for that buyer's next orders too."""

    id = peewee.AutoField()
    marketplace = peewee.CharField(max_length=32)
    # The buyer's user name on the marketplace, else e-mail, else name, folded.
    buyer = peewee.CharField(max_length=300)
    language = peewee.CharField(max_length=16)
    chosen_at = UtcDateTimeField(default=utc_now)

    class Meta:
        table_name = "reply_buyer_language"
        indexes = ((("marketplace", "buyer"), True),)
