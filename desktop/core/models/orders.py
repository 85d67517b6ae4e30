"""Shops, orders, their lines, and the export rows they came from."""

from __future__ import annotations

import peewee

from desktop.core.models.base import (
    BaseModel,
    JSONField,
    MoneyField,
    UtcDateTimeField,
    utc_now,
)
from desktop.core.models.imports import ImportBatch


class Shop(BaseModel):
    marketplace = peewee.CharField(max_length=32)
    name = peewee.CharField(max_length=200)
    signature = peewee.TextField(default="")
    reply_language = peewee.CharField(max_length=16, default="")

    class Meta:
        table_name = "shop"
        indexes = ((("marketplace", "name"), True),)


class Order(BaseModel):
    # Owned by the marketplace: refreshed by every import that carries them.
    shop = peewee.ForeignKeyField(Shop, backref="orders", null=True, on_delete="SET NULL")
    marketplace = peewee.CharField(max_length=32)  # indexed by (marketplace, order_id)
    order_id = peewee.CharField(max_length=64)
    marketplace_status = peewee.CharField(max_length=120, null=True)
    buyer_name = peewee.CharField(max_length=300, null=True)
    buyer_username = peewee.CharField(max_length=300, null=True)
    buyer_email = peewee.CharField(max_length=300, null=True)
    phone = peewee.CharField(max_length=80, null=True)
    address1 = peewee.TextField(null=True)
    address2 = peewee.TextField(null=True)
    city = peewee.CharField(max_length=200, null=True)
    region = peewee.CharField(max_length=200, null=True)
    postcode = peewee.CharField(max_length=40, null=True)
    country = peewee.CharField(max_length=2, null=True, index=True)
    full_address = peewee.TextField(null=True)
    currency = peewee.CharField(max_length=3, null=True)
    total = MoneyField(null=True)
    items_total = MoneyField(null=True)
    shipping_fee = MoneyField(null=True)
    discount = MoneyField(null=True)
    tax = MoneyField(null=True)
    ordered_at = UtcDateTimeField(null=True, index=True)
    paid_at = UtcDateTimeField(null=True)
    ship_by = UtcDateTimeField(null=True, index=True)
    shipped_at = UtcDateTimeField(null=True)
    delivered_at = UtcDateTimeField(null=True)
    tracking_number = peewee.CharField(max_length=120, null=True)
    carrier = peewee.CharField(max_length=200, null=True)
    shipping_service = peewee.CharField(max_length=200, null=True)
    buyer_note = peewee.TextField(null=True)
    # Derived from the lines, kept on the order so the table needs no join per row.
    items_summary = peewee.TextField(default="")
    quantity_total = peewee.IntegerField(default=0)
    line_count = peewee.IntegerField(default=0)
    # Lower-cased, width-folded text of every searchable field (see orders.search).
    search_text = peewee.TextField(default="")
    source_digest = peewee.CharField(max_length=64, default="")
    last_batch = peewee.ForeignKeyField(ImportBatch, null=True, on_delete="SET NULL")
    imported_at = UtcDateTimeField(default=utc_now)
    updated_at = UtcDateTimeField(default=utc_now)

    # Owned by the seller: an import never writes these after creating the order.
    workflow_status = peewee.CharField(max_length=16, default="to_pack", index=True)
    seller_note = peewee.TextField(default="")
    fragile = peewee.BooleanField(default=False)
    packed_at = UtcDateTimeField(null=True)
    packed_by = peewee.CharField(max_length=120, default="")
    evidence_count = peewee.IntegerField(default=0)
    last_message_at = UtcDateTimeField(null=True)
    follow_up_at = UtcDateTimeField(null=True, index=True)
    has_open_case = peewee.BooleanField(default=False)

    class Meta:
        table_name = "orders"
        indexes = ((("marketplace", "order_id"), True),)


class OrderLine(BaseModel):
    order = peewee.ForeignKeyField(Order, backref="lines", on_delete="CASCADE")
    position = peewee.IntegerField()
    sku = peewee.CharField(max_length=200, null=True, index=True)
    title = peewee.TextField(null=True)
    variant = peewee.TextField(null=True)
    quantity = peewee.IntegerField(default=1)
    unit_price = MoneyField(null=True)
    line_total = MoneyField(null=True)
    item_id = peewee.CharField(max_length=120, null=True)

    class Meta:
        table_name = "order_line"


class SourceRow(BaseModel):
    """One row of an export exactly as read: every column, mapped or not, in file order."""

    order = peewee.ForeignKeyField(Order, backref="source_rows", on_delete="CASCADE")
    batch = peewee.ForeignKeyField(ImportBatch, backref="source_rows", on_delete="CASCADE")
    row_number = peewee.IntegerField()
    # Values in header order (ImportBatch.headers): a list, because headers repeat (Mercado Libre).
    cells = JSONField()

    class Meta:
        table_name = "source_row"
