"""The canonical fields every layout is mapped onto."""

from __future__ import annotations

# Order-level fields: the same for every row of an order.
ORDER_FIELDS = (
    "order_id", "status", "buyer_name", "buyer_username", "buyer_email", "phone",
    "address1", "address2", "city", "region", "postcode", "country", "full_address",
    "currency", "total", "items_total", "shipping_fee", "discount", "tax",
    "ordered_at", "paid_at", "ship_by", "shipped_at", "delivered_at",
    "tracking_number", "carrier", "shipping_service", "buyer_note",
)  # fmt: skip
# Line-level fields: one value per item row.
LINE_FIELDS = ("sku", "title", "variant", "quantity", "unit_price", "line_total", "item_id")
# Columns read for what they tell about the order, not stored as they are: a record number to
# fall back on when the order number is empty (eBay), and the signals that an order was
# cancelled or refunded (a cancellation time, a payment status, a cancellation type).
SIGNAL_FIELDS = (
    "record_number", "sub_status", "cancelled_at", "payment_status", "cancel_type", "cancel_reason",
    "item_promotion", "ship_promotion", "items_cell",
)  # fmt: skip
CANONICAL_FIELDS = ORDER_FIELDS + LINE_FIELDS + SIGNAL_FIELDS

MONEY_FIELDS = frozenset(
    {"total", "items_total", "shipping_fee", "discount", "tax", "unit_price", "line_total"}
)
DATE_FIELDS = frozenset({"ordered_at", "paid_at", "ship_by", "shipped_at", "delivered_at"})

# English labels for the command line and the mapping dialog (the dialog translates them).
FIELD_LABELS = {
    "order_id": "Order ID", "status": "Marketplace status", "buyer_name": "Buyer / recipient name",
    "buyer_username": "Buyer username", "buyer_email": "Buyer email", "phone": "Phone",
    "address1": "Address line 1", "address2": "Address line 2", "city": "City",
    "region": "State / province", "postcode": "Postcode", "country": "Country",
    "full_address": "Full address", "currency": "Currency", "total": "Order total",
    "items_total": "Items subtotal", "shipping_fee": "Shipping fee", "discount": "Discount",
    "tax": "Tax", "ordered_at": "Order date", "paid_at": "Paid at", "ship_by": "Ship by",
    "shipped_at": "Shipped at", "delivered_at": "Delivered at", "tracking_number": "Tracking number",
    "carrier": "Carrier", "shipping_service": "Shipping service", "buyer_note": "Buyer's note",
    "sku": "SKU", "title": "Item title", "variant": "Variant", "quantity": "Quantity",
    "unit_price": "Unit price", "line_total": "Line total", "item_id": "Item / listing ID",
    "record_number": "Sales record number", "sub_status": "Marketplace sub-status",
    "cancelled_at": "Cancelled at", "payment_status": "Payment status",
    "cancel_type": "Cancellation / return type", "cancel_reason": "Cancellation reason", "item_promotion": "Item promotion discount",
    "ship_promotion": "Shipping promotion discount", "items_cell": "All items in one cell",
}  # fmt: skip
