"""Rows to orders, the way each marketplace lays them out."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal

from desktop.core.orders.fields import LINE_FIELDS
from desktop.core.orders.layout import Layout, norm_header
from desktop.core.orders.values import Cell, cell_text, parse_money

_LINE_FIELDS = frozenset(LINE_FIELDS)


class Columns:
    """Where each mapped field sits in a row's texts, shared by every row of a sheet, with the
    order-level and line-level fields apart (each order splits its rows so)."""

    __slots__ = ("line_slots", "order_slots", "positions")

    def __init__(self, names: list[str]) -> None:
        self.positions = {name: position for position, name in enumerate(names)}
        self.order_slots = tuple((n, i) for n, i in self.positions.items() if n not in _LINE_FIELDS)
        self.line_slots = tuple((n, i) for n, i in self.positions.items() if n in _LINE_FIELDS)


class RowValues:
    """A row's mapped texts: a tuple in the layout's field order plus the layout's shared Columns.

    Read like a dict (get, [], in, items). A real dict per row costs about a kilobyte more
    at fifty fields: 100 MB at 100,000 rows, the difference to the memory target.
    """

    __slots__ = ("_columns", "_texts")

    def __init__(self, columns: Columns, texts: tuple[str, ...]) -> None:
        self._columns = columns
        self._texts = texts

    def get(self, name: str, default: str = "") -> str:
        """The field's text; `default` when the column is missing or the cell is empty."""
        position = self._columns.positions.get(name)
        if position is None:
            return default
        return self._texts[position] or default

    def __getitem__(self, name: str) -> str:
        text = self.get(name)
        if not text:
            raise KeyError(name)
        return text

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and bool(self.get(name))

    def items(self) -> list[tuple[str, str]]:
        texts = self._texts
        return [(name, texts[i]) for name, i in self._columns.positions.items() if texts[i]]

    def order_part(self) -> dict[str, str]:
        """The filled order-level fields."""
        texts = self._texts
        return {name: texts[i] for name, i in self._columns.order_slots if texts[i]}

    def line_part(self) -> dict[str, str]:
        """The filled line-level fields."""
        texts = self._texts
        return {name: texts[i] for name, i in self._columns.line_slots if texts[i]}


Values = RowValues | dict[str, str]


@dataclass(slots=True)
class Row:
    number: int  # 1-based, as a spreadsheet shows it
    values: RowValues  # canonical field -> text
    # Every cell in file order, already as a JSON array in UTF-8: 100,000 rows of 50 cells
    # kept as Python strings would cost half a gigabyte, and one Thai or Chinese name makes
    # a str of the whole row take two or four bytes per character.
    source: bytes


@dataclass
class RawLine:
    values: dict[str, str]


@dataclass(slots=True)
class RawOrder:
    """An order's rows, before its values are parsed."""

    order_id: str
    rows: list[Row] = field(default_factory=list)
    order_values: dict[str, str] = field(default_factory=dict)
    lines: list[RawLine] = field(default_factory=list)
    # Amounts that several rows contribute to (Amazon's shipping on the first line, Lazada's units).
    sums: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class Skipped:
    row: int
    reason: str


def _ready(order: RawOrder) -> None:
    return None


@dataclass
class Grouped:
    orders: list[RawOrder]
    skipped: list[Skipped]
    rows_read: int
    # Completes an order (merged values, lines) just before it is parsed: done for all orders
    # at once, the merged dicts of 100,000 orders would sit in memory together.
    finish: Callable[[RawOrder], None] = _ready


_FOOTER = re.compile(
    r"^\s*(\d*\s*record\(s\)\s+downloaded|seller id\s*:"
    # "Total", "Grand total: 1,234.00", "合计 56": a summary word followed by an amount at most,
    # so that a product called "Total Gym" is not taken for a footer.
    r"|(grand\s+)?(sub)?totals?\s*[:：]?[\s\d$€£¥.,()-]*$|(合计|總計|合計|summe|gesamt)\s*[:：]?[\s\d$€£¥.,()-]*$)",
    re.I,
)
# A footer or summary row fills a few cells at most; order rows fill many mapped ones.
_FOOTER_MAX_CELLS = 3
_ML_PACK = re.compile(r"paquete de\s+(\d+)\s+productos?|pacote de\s+(\d+)\s+produtos?", re.I)


def read_rows(
    layout: Layout, rows: Iterator[list[Cell]], skipped: list[Skipped], tick: Callable[[int], None]
) -> Iterator[Row]:
    """Data rows under the header, each reduced to its mapped values and its source cells."""
    mapped = list(layout.columns.values())
    index = Columns(list(layout.columns))
    header_key = norm_header(layout.headers[layout.columns["order_id"]])
    record_fallback = "record_number" in layout.columns
    order_slot = index.positions["order_id"]
    for number, cells in enumerate(rows, start=1):
        if number <= layout.header_row + 1:
            continue
        if number % 2000 == 0:
            tick(number)
        width = len(cells)
        texts: list[str] = []
        # Only mapped cells become text here; the rest go to the source row as read.
        for column in mapped:
            text = ""
            if column < width:
                cell = cells[column]
                text = cell.strip() if type(cell) is str and "\r" not in cell else cell_text(cell)
                # Statuses, countries, carriers repeat on every row: one string object each.
                if len(text) <= 32:
                    text = sys.intern(text)
            texts.append(text)
        values = RowValues(index, tuple(texts))
        if len(texts) - texts.count("") <= _FOOTER_MAX_CELLS:
            footer = _footer_text(cells)
            if footer:
                skipped.append(Skipped(number, f"footer line: {footer[:80]}"))
                continue
        order_id = values.get("order_id") or ""
        if not order_id and record_fallback:
            if "paid_at" in layout.columns and not values.get("paid_at") and values.get("record_number"):
                skipped.append(
                    Skipped(number, f"not paid yet (sales record {values.get('record_number')})")
                )
                continue
            # eBay leaves "Order Number" empty on some rows; their sales record number stands in.
            order_id = values.get("record_number")
            if order_id:
                texts[order_slot] = order_id
                values = RowValues(index, tuple(texts))
        if not order_id:
            everything = [cell_text(c) for c in cells]
            if not any(everything):
                continue
            first = next(t for t in everything if t)
            skipped.append(Skipped(number, f"no order number in this row: {first[:80]}"))
            continue
        # Ids nearly always start with a digit; only other ones can be the header again.
        if not order_id[0].isdigit() and norm_header(order_id) == header_key:
            skipped.append(Skipped(number, "repeated header row"))
            continue
        if _is_description(order_id):
            skipped.append(Skipped(number, f"column description row: {order_id[:80]}"))
            continue
        yield Row(number, values, _dumps(cells).encode())


def _footer_text(cells: list[Cell]) -> str:
    """The text of a footer line ("5,record(s) downloaded,...", "Seller ID : x"), in any cell."""
    texts = [cell_text(c) for c in cells]
    filled = [t for t in texts if t]
    if not filled or len(filled) > _FOOTER_MAX_CELLS:
        return ""
    for text in filled:
        if _FOOTER.match(text):
            return ", ".join(filled)
    return ""


def _as_text(value: object) -> str:
    return cell_text(value)  # type: ignore[arg-type]


# Source rows keep cells as read: numbers stay JSON numbers (shown as text again by
# source_rows.iter_source_rows), dates become their ISO text.
_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=_as_text).encode


def _is_description(order_id: str) -> bool:
    # "Platform unique order ID." is TikTok's description row; real ids have no sentence in them.
    words = order_id.split()
    return len(words) >= 3 or (order_id.endswith(".") and len(words) >= 2)


def group(layout: Layout, rows: Iterator[list[Cell]], tick: Callable[[int], None]) -> Grouped:
    skipped: list[Skipped] = []
    counter = {"rows": 0}

    def counted() -> Iterator[Row]:
        for row in read_rows(layout, rows, skipped, tick):
            counter["rows"] += 1
            yield row

    grouping = layout.profile.grouping
    if grouping == "ml_pack":
        return Grouped(_group_ml(counted(), skipped), skipped, counter["rows"])
    make_lines = {
        "packed_cell": _aliexpress_lines,
        "ebay_cart": _ebay_lines,
        "per_unit": _unit_lines,
        "order_only": _no_lines,
    }.get(grouping, _row_lines)

    def finish(order: RawOrder) -> None:
        _merge_order_values(order)
        order.lines = make_lines(order)

    orders = _group_by_id(counted())
    return Grouped(orders, skipped, counter["rows"], finish)


def _group_by_id(rows: Iterator[Row]) -> list[RawOrder]:
    by_id: dict[str, RawOrder] = {}
    for row in rows:
        order = by_id.get(row.values["order_id"])
        if order is None:
            order = by_id[row.values["order_id"]] = RawOrder(row.values["order_id"])
        order.rows.append(row)
    return list(by_id.values())


def _no_lines(order: RawOrder) -> list[RawLine]:
    return []


_SUMMED = ("shipping_fee", "line_total", "item_promotion", "ship_promotion")


def _merge_order_values(order: RawOrder) -> None:
    """Order-level values from the first row that has them (Shopify leaves them blank after row 1)."""
    rows = order.rows
    if len(rows) == 1:
        # Most orders are one row: nothing to merge.
        values = rows[0].values
        order.order_values = values.order_part()
        order.sums = {n: [values[n]] for n in _SUMMED if n in values}
        return
    merged: dict[str, str] = {}
    for row in rows:
        for name, value in row.values.order_part().items():
            if name not in merged:
                merged[name] = value
    # A cart shipped in several parcels has a tracking number on each item row: keep every one.
    tracking = list(dict.fromkeys(r.values["tracking_number"] for r in rows if "tracking_number" in r.values))
    if len(tracking) > 1:
        merged["tracking_number"] = ", ".join(tracking)
    order.order_values = merged
    for name in _SUMMED:
        order.sums[name] = [r.values[name] for r in rows if name in r.values]


def _is_line(values: Values) -> bool:
    return any(values.get(name) for name in ("sku", "title", "item_id"))


def _line(values: RowValues) -> RawLine:
    return RawLine(values.line_part())


def _row_lines(order: RawOrder) -> list[RawLine]:
    return [_line(row.values) for row in order.rows if _is_line(row.values)]


def _ebay_lines(order: RawOrder) -> list[RawLine]:
    # A cart is a summary row (order totals, no item) followed by one row per item.
    item_rows = [r for r in order.rows if r.values.get("item_id") or r.values.get("title")]
    if not item_rows:
        item_rows = order.rows[:1]
    return [_line(row.values) for row in item_rows]


def _unit_lines(order: RawOrder) -> list[RawLine]:
    # Lazada writes one row per unit and no quantity: identical units make one line.
    lines: dict[tuple[str, ...], RawLine] = {}
    for row in order.rows:
        values = row.values
        key = tuple(values.get(n, "") for n in ("sku", "title", "variant", "unit_price"))
        line = lines.get(key)
        if line is None:
            line = lines[key] = _line(values)
            line.values["quantity"] = "0"
            line.values["line_total"] = "0"
            line.values["item_id"] = values.get("item_id", "")
        else:
            line.values["item_id"] += "," + values.get("item_id", "")
        line.values["quantity"] = str(int(line.values["quantity"]) + 1)
        paid = _dec(values.get("line_total"))
        line.values["line_total"] = str(_dec(line.values["line_total"]) + paid)
    return list(lines.values())


def _dec(text: str | None) -> Decimal:
    money = parse_money(text)
    return money.amount if money else Decimal(0)


def _group_ml(rows: Iterator[Row], skipped: list[Skipped]) -> list[RawOrder]:
    """Mercado Libre: a pack is a parent row carrying the money, then one child row per product."""
    orders: list[RawOrder] = []
    parent: RawOrder | None = None
    children_left = 0
    for row in rows:
        status = row.values.get("status", "")
        pack = _ML_PACK.search(status)
        if pack:
            parent = RawOrder(row.values["order_id"], rows=[row])
            children_left = int(pack.group(1) or pack.group(2))
            orders.append(parent)
            _merge_order_values(parent)
            # The pack row's status only says "pack of N"; the children carry the real one.
            parent.order_values.pop("status", None)
            continue
        if parent is not None and children_left > 0:
            parent.rows.append(row)
            parent.lines.append(_line(row.values))
            for name in ("status", "tracking_number", "carrier", "shipped_at", "delivered_at"):
                if name in row.values:
                    parent.order_values.setdefault(name, row.values[name])
            children_left -= 1
            continue
        parent = None
        order = RawOrder(row.values["order_id"], rows=[row])
        _merge_order_values(order)
        order.lines = [_line(row.values)] if _is_line(row.values) else []
        orders.append(order)
    return _merge_duplicates(orders)


def _merge_duplicates(orders: list[RawOrder]) -> list[RawOrder]:
    by_id: dict[str, RawOrder] = {}
    for order in orders:
        if order.order_id in by_id:
            kept = by_id[order.order_id]
            kept.rows.extend(order.rows)
            kept.lines.extend(order.lines)
        else:
            by_id[order.order_id] = order
    return list(by_id.values())


_AE_ITEM = re.compile(r"【\s*\d+\s*】")
_AE_PART = re.compile(r"^\(\s*([^:：]+?)\s*[:：]\s*(.*?)\s*\)$")
_AE_LABELS = {
    "产品属性": "variant", "product attributes": "variant", "商家编码": "sku", "sku": "sku",
    "seller sku": "sku", "merchant code": "sku", "产品数量": "quantity", "quantity": "quantity",
    "单价": "unit_price", "unit price": "unit_price", "price": "unit_price",
}  # fmt: skip


def _aliexpress_lines(order: RawOrder) -> list[RawLine]:
    """AliExpress packs every line of an order into one cell: 【1】title, then '(label: value)' lines."""
    lines: list[RawLine] = []
    for row in order.rows:
        cell = row.values.get("items_cell", "")
        for chunk in _AE_ITEM.split(cell):
            if not chunk.strip():
                continue
            parts = [p.strip() for p in chunk.strip().splitlines() if p.strip()]
            values: dict[str, str] = {"title": parts[0]}
            for part in parts[1:]:
                match = _AE_PART.match(part)
                if not match:
                    continue
                label = match.group(1).casefold()
                name = _AE_LABELS.get(label)
                value = re.sub(r"\s*件$", "", match.group(2)).strip()
                if name and value and value != "-":
                    values[name] = value
            lines.append(RawLine(values))
    return lines
