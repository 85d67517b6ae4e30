"""What the seller knows about her SKUs beyond the orders: shelf locations and extra barcodes."""

from __future__ import annotations

import peewee

from desktop.core.models.base import BaseModel, UtcDateTimeField, utc_now


class SkuBarcode(BaseModel):
    """A barcode printed on a product (EAN, supplier code...) that stands for one of her SKUs."""

    barcode = peewee.CharField(max_length=200, unique=True)
    sku = peewee.CharField(max_length=200, index=True)
    created_at = UtcDateTimeField(default=utc_now)

    class Meta:
        table_name = "sku_barcode"


class SkuLocation(BaseModel):
    """Where a SKU sits on the shelf, so a pick list can follow the walk through the store room."""

    sku = peewee.CharField(max_length=200, unique=True)
    location = peewee.CharField(max_length=120, default="")

    class Meta:
        table_name = "sku_location"
