"""Generates a Shopee-like order export of any size, for the benchmarks."""

from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path

from openpyxl import Workbook

HEADERS = [
    "Order ID", "Order Status", "Cancel reason", "Return / Refund Status", "Tracking Number*",
    "Shipping Option", "Shipment Method", "Estimated Ship Out Date", "Ship Time", "Order Creation Date",
    "Order Paid Time", "Parent SKU Reference No.", "Product Name", "SKU Reference No.", "Variation Name",
    "Original Price", "Deal Price", "Quantity", "Returned quantity", "Product Subtotal",
    "Total Discount(MYR)", "Price Discount(from Seller)(MYR)", "Shopee Rebate(MYR)", "SKU Total Weight",
    "Number of product in order", "Order Total Weight", "Seller Voucher(MYR)",
    "Coin Cashback Voucher Amount Sponsored by Seller", "Shopee Voucher(MYR)", "Bundle Deals Indicator(Y/N)",
    "Shopee Bundle Discount(MYR)", "Seller Bundle Discount(MYR)", "Shopee Coins Offset(MYR)",
    "Credit Card Discount Total(MYR)", "Products' Price Paid by Buyer (MYR)", "Buyer Paid Shipping Fee",
    "Shipping Rebate Estimate", "Reverse Shipping Fee", "Service Fee", "Grand Total", "Estimated Shipping Fee",
    "Username (Buyer)", "Receiver Name", "Phone Number", "Delivery Address", "Town", "District", "Province",
    "City", "Country", "Zip Code", "Remark from buyer", "Order Complete Time", "Note",
]  # fmt: skip
NAMES = ["Ahmad Faizal", "黄佩琪", "Nurul Ain", "Lim Mei Ling", "Rajesh Kumar", "ณัฐพล บุญมา", "Wong Jun Hao"]
PRODUCTS = [("LBS-OVR", "Linen Blend Oversized Shirt"), ("YGM-6MM", "Yoga Mat 6mm"), ("SST-600", "Tumbler 600ml")]


CACHE = Path(tempfile.gettempdir()) / "seller-desk-bench"
# Part of the cached file's name: a change to what is generated must not reuse an old file.
VERSION = 2


def cached_export(orders: int) -> Path:
    """The generated export of this many orders, made once and kept between runs."""
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"shopee_v{VERSION}_{orders}.xlsx"
    if not path.exists():
        started = time.perf_counter()
        partial = path.with_suffix(".partial.xlsx")
        lines = generate(partial, orders)
        partial.replace(path)
        print(f"generated {path.name}: {orders} orders, {lines} lines in {time.perf_counter() - started:.1f} s")
    return path


def generate(path: Path, orders: int, seed: int = 7) -> int:
    """Writes the file; returns the number of line rows (about 1.18 per order).

    As in a real Shopee export, the order's own columns (status, dates, buyer, address,
    tracking, totals) repeat on each of its rows; only the product columns differ."""
    rng = random.Random(seed)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("orders")
    sheet.append(HEADERS)
    lines = 0
    for number in range(orders):
        order_id = f"24{number:08d}{rng.randrange(36**3):04X}"
        count = 2 if rng.random() < 0.18 else 1
        name = rng.choice(NAMES)
        status = rng.choice(["To ship", "Shipping", "Completed", "Cancelled"])
        day = 1 + number % 28
        tracking = f"SPXMY{rng.randrange(10**10):010d}"
        phone = f"601{rng.randrange(10**8):08d}"
        postcode = f"{rng.randrange(10000, 99999)}"
        products = []
        for _ in range(count):
            parent, title = rng.choice(PRODUCTS)
            products.append((parent, title, round(rng.uniform(10, 200), 2), rng.choice([1, 1, 1, 2, 3])))
        paid = round(sum(price * quantity for _, _, price, quantity in products), 2)
        for parent, title, price, quantity in products:
            sheet.append([
                order_id, status, "", "", tracking, "SPX Express", "Pickup",
                f"2024-11-{day:02d} 10:00", "", f"2024-11-{day:02d} 08:{number % 60:02d}",
                f"2024-11-{day:02d} 09:00", parent, title, f"{parent}-{rng.randrange(9)}", "Blue,XL",
                price, price, quantity, 0, round(price * quantity, 2), 0, 0, 0, 0.3, count, 0.6, 0, 0, 0, "N",
                0, 0, 0, 0, paid, 5.0, 0, 0, 1.2, round(paid + 5, 2), 5.0, f"user{number}", name,
                phone, "12, Jalan Ampang, Kuala Lumpur", "", "", "W.P. Kuala Lumpur",
                "Kuala Lumpur", "Malaysia", postcode, "", "", "",
            ])  # fmt: skip
            lines += 1
    book.save(path)
    return lines
