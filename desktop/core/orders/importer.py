"""Importing one export file: one transaction, created / updated / unchanged / skipped."""

from __future__ import annotations

import gc
import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import peewee

from desktop.core.models import ImportBatch, MappingProfile, Order, OrderLine, Shop, SourceRow
from desktop.core.models.base import database_proxy, utc_now
from desktop.core.orders import bulk_indexes, row_guards
from desktop.core.orders import layout as layouts
from desktop.core.orders.errors import Cancelled, EmptyFile, UnknownLayout
from desktop.core.orders.grouping import RawOrder, group
from desktop.core.orders.parsing import OrderParser, ParsedOrder
from desktop.core.orders.profiles import MARKETPLACES
from desktop.core.orders.reader import Sheet, read_table
from desktop.core.orders.saved_mappings import layout_from_saved, layout_with_mapping
from desktop.core.orders.search import search_text
from desktop.core.orders.workflow import derive_workflow

Progress = Callable[[float, str], None]
CancelCheck = Callable[[], bool]

# Fields the marketplace owns: a later export refreshes them.
MARKETPLACE_FIELDS = (
    "marketplace_status", "buyer_name", "buyer_username", "buyer_email", "phone", "address1",
    "address2", "city", "region", "postcode", "country", "full_address", "currency", "total",
    "items_total", "shipping_fee", "discount", "tax", "ordered_at", "paid_at", "ship_by",
    "shipped_at", "delivered_at", "tracking_number", "carrier", "shipping_service", "buyer_note",
)  # fmt: skip
CHUNK = 500
STORE_CHUNK = 5000  # orders parsed and written at a time: bounds memory


@dataclass
class ImportResult:
    file: str
    marketplace: str
    layout: str
    orders_created: int = 0
    orders_updated: int = 0
    orders_unchanged: int = 0
    items: int = 0
    rows_read: int = 0
    skipped: list[tuple[int, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    batch_id: int | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def rows_skipped(self) -> int:
        return len(self.skipped)

    def as_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "marketplace": self.marketplace,
            "layout": self.layout,
            "orders_created": self.orders_created,
            "orders_updated": self.orders_updated,
            "orders_unchanged": self.orders_unchanged,
            "items": self.items,
            "rows_skipped": self.rows_skipped,
            "skipped_rows": [{"row": r, "reason": why} for r, why in self.skipped],
            "warnings": self.warnings,
            "notes": self.notes,
        }


def _no_progress(fraction: float, message: str) -> None:
    return None


def _never() -> bool:
    return False


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def detect_layout(sheet: Sheet) -> layouts.Layout:
    """A sheet's layout: a saved mapping of the seller's first, then the built-in marketplaces."""
    head = sheet.head(layouts.HEADER_SCAN_ROWS + 1)
    saved = {m.header_signature: m for m in MappingProfile.select()}
    if saved:
        found = layouts.find_row_with_signature(head, saved)
        if found:
            row, signature = found
            return layout_from_saved(saved[signature], layouts.row_texts(head[row]), row)
    recognition = layouts.recognise(head)
    if recognition.layout is None:
        guess = layouts.find_header_row(head)
        if guess is None:
            guess = layouts.guess_header_row(head)
        headers = layouts.row_texts(head[guess]) if head else []
        raise UnknownLayout(recognition.reason, headers=headers)
    return recognition.layout


def import_file(
    path: Path,
    progress: Progress = _no_progress,
    cancelled: CancelCheck = _never,
    layout: layouts.Layout | None = None,
    mapping: str | None = None,
) -> ImportResult:
    """Import one export. Raises an ImportFailure and changes nothing when the file is bad.

    `layout` imports with columns already chosen (the mapping dialog); `mapping` names a saved
    mapping to use whatever the headers look like.
    """
    # An import builds millions of small objects that all live until it ends; the cyclic
    # garbage collector would rescan them again and again (measured: 100k orders 12x slower).
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _import_file(Path(path), progress, cancelled, layout, mapping)
    finally:
        if enabled:
            gc.enable()


def _import_file(
    path: Path,
    progress: Progress,
    cancelled: CancelCheck,
    layout: layouts.Layout | None,
    mapping: str | None,
) -> ImportResult:
    progress(0.0, "reading")
    table = read_table(path)
    if layout is None:
        sheet, layout = _sheet_and_layout(table.sheets, mapping)
    else:
        sheet = table.sheets[min(layout.sheet, len(table.sheets) - 1)]
    profile = layout.profile

    def tick(row: int) -> None:
        if cancelled():
            raise Cancelled()
        progress(min(0.5, row / 200000), "reading")

    grouped = group(layout, sheet.rows(), tick)
    result = ImportResult(
        file=path.name,
        marketplace=profile.marketplace or "other",
        layout=layout.saved_mapping or profile.name,
        rows_read=grouped.rows_read,
        skipped=[(s.row, s.reason) for s in grouped.skipped],
    )
    if not grouped.orders:
        # "Unshipped orders" downloaded on a quiet day: a header and nothing else is no failure.
        result.notes.append("0 orders in this file")
    if cancelled():
        raise Cancelled()
    db = database_proxy.obj
    with db.atomic():
        store = _Store(path, layout, result, [raw.order_id for raw in grouped.orders])
        parser = OrderParser(layout)
        raw_orders = grouped.orders
        for start in range(0, len(raw_orders), STORE_CHUNK):
            if cancelled():
                raise Cancelled()
            progress(0.5 + 0.5 * start / len(raw_orders), "writing")
            chunk = raw_orders[start : start + STORE_CHUNK]
            for raw in chunk:
                grouped.finish(raw)
            parsed = _parse_chunk(parser, chunk, result)
            # Parsed orders carry everything needed from here on; the raw rows can go.
            for index in range(start, min(start + STORE_CHUNK, len(raw_orders))):
                raw_orders[index] = None  # type: ignore[call-overload]
            for order in parsed:
                result.warnings.extend(order.warnings)
            store.add(parsed)
        store.finish()
    progress(1.0, "done")
    return result


def _parse_chunk(parser: OrderParser, chunk: Sequence[RawOrder], result: ImportResult) -> list[ParsedOrder]:
    """Parse orders one by one: a bad cell costs its row (skipped with the reason) or its field
    (blank, with a warning), never the file."""
    parsed = []
    for raw in chunk:
        first_row = raw.rows[0].number if raw.rows else 0
        reason = row_guards.refusal(raw)
        if reason is None:
            try:
                order = parser.parse(raw)
            except (ValueError, ArithmeticError, TypeError, KeyError, IndexError) as exc:
                reason = f"order {raw.order_id}: a value could not be read ({str(exc)[:120]})"
        if reason is None:
            reason = row_guards.too_long(order)
        if reason is not None:
            result.skipped.append((first_row, reason))
            continue
        order.warnings.extend(row_guards.warnings(raw, order))
        parsed.append(order)
    return parsed


def _sheet_and_layout(
    sheets: Sequence[Sheet], mapping: str | None = None
) -> tuple[Sheet, layouts.Layout]:
    """Exports sometimes carry a notes or summary sheet: the first sheet with a known layout
    (a saved mapping or a marketplace's) is the one to import; none raises for the first sheet."""
    first_error: UnknownLayout | None = None
    for index, sheet in enumerate(sheets):
        try:
            if mapping:
                layout = layout_with_mapping(mapping, sheet.head(layouts.HEADER_SCAN_ROWS + 1))
            else:
                layout = detect_layout(sheet)
        except UnknownLayout as error:
            first_error = first_error or error
            continue
        layout.sheet = index
        return sheet, layout
    raise first_error or EmptyFile("no sheets")


class _Store:
    """Writes parsed orders chunk by chunk inside the import's one transaction."""

    def __init__(
        self, path: Path, layout: layouts.Layout, result: ImportResult, order_ids: list[str]
    ) -> None:
        self.result = result
        marketplace = result.marketplace
        shop, _ = Shop.get_or_create(  # type: ignore[no-untyped-call]
            marketplace=marketplace, name=MARKETPLACES.get(marketplace, marketplace)
        )
        self.shop_id = shop.id
        self.batch = ImportBatch.create(
            file_name=path.name,
            sha256=file_sha256(path),
            marketplace=marketplace,
            layout=result.layout,
            rows_read=result.rows_read,
            headers=layout.headers,
        )
        result.batch_id = self.batch.id
        self.now = utc_now()
        # One query for every id the marketplace has; details only for those that exist.
        query: Any = Order.select(Order.order_id).where(Order.marketplace == marketplace).tuples()
        self.known: set[str] = {order_id for (order_id,) in query}
        new = len(set(order_ids) - self.known)
        db = database_proxy.obj
        self.set_aside: list[str] = []
        if bulk_indexes.worth_setting_aside(db, new, Order.select().count()):
            self.set_aside = bulk_indexes.set_aside(db, Order._meta.table_name)

    def add(self, parsed: list[ParsedOrder]) -> None:
        result = self.result
        marketplace = result.marketplace
        created: list[ParsedOrder] = []
        changed: list[tuple[int, ParsedOrder, dict[str, Any]]] = []
        known = self.known
        new = [p for p in parsed if p.order_id not in known]
        created.extend(new)
        seen = [p for p in parsed if p.order_id in known]
        for start in range(0, len(seen), CHUNK):
            chunk = seen[start : start + CHUNK]
            existing = _existing(marketplace, [p.order_id for p in chunk])
            for order in chunk:
                row = existing.get(order.order_id)
                if row is None:
                    created.append(order)
                    continue
                updates = _changes(row, order)
                if updates or (order.has_lines and row["source_digest"] != _lines_digest(order)):
                    changed.append((row["id"], order, updates))
                else:
                    result.orders_unchanged += 1
        ids = _insert_orders(created, marketplace, self.shop_id, self.batch.id, self.now)
        for db_id, order, updates in changed:
            _update_order(db_id, order, updates, self.batch.id, self.now)
        touched = [(ids[o.order_id], o) for o in created] + [(i, o) for i, o, _ in changed]
        _replace_lines(touched, replaced=[i for i, o, _ in changed if o.has_lines])
        _insert_source_rows(touched, self.batch.id)
        result.orders_created += len(created)
        result.orders_updated += len(changed)
        result.items += sum(len(o.lines) for o in parsed)

    def finish(self) -> None:
        bulk_indexes.rebuild(database_proxy.obj, self.set_aside)
        result, batch = self.result, self.batch
        batch.orders_created = result.orders_created
        batch.orders_updated = result.orders_updated
        batch.orders_unchanged = result.orders_unchanged
        batch.items = result.items
        batch.rows_skipped = result.rows_skipped
        batch.problems = [{"row": r, "reason": why} for r, why in result.skipped] + [
            {"warning": w} for w in result.warnings
        ]
        batch.save()


def _existing(marketplace: str, order_ids: list[str]) -> dict[str, dict[str, Any]]:
    columns = [Order.id, Order.order_id, Order.source_digest, Order.workflow_status]
    columns += [getattr(Order, name) for name in MARKETPLACE_FIELDS]
    query: Any = Order.select(*columns).where(
        (Order.marketplace == marketplace) & (Order.order_id.in_(order_ids))
    )
    return {row["order_id"]: row for row in query.dicts()}


def _order_values(order: ParsedOrder) -> dict[str, Any]:
    values = dict(order.values)
    values["marketplace_status"] = values.pop("status", None)
    return {k: v for k, v in values.items() if k in MARKETPLACE_FIELDS}


def _changes(row: dict[str, Any], order: ParsedOrder) -> dict[str, Any]:
    # A value the new export leaves blank keeps what an earlier export said (Etsy's two files
    # each carry half of an order).
    return {
        name: value
        for name, value in _order_values(order).items()
        if value is not None and value != "" and row.get(name) != value
    }


# json.dumps(payload, sort_keys=True) would build an encoder per order; the text is the same.
_digest_json = json.JSONEncoder(sort_keys=True).encode


def _lines_digest(order: ParsedOrder) -> str:
    payload = [
        {k: str(v) if v is not None else None for k, v in line.as_dict().items()}
        for line in order.lines
    ]
    return hashlib.sha256(_digest_json(payload).encode()).hexdigest()


def _summary(order: ParsedOrder) -> tuple[str, int]:
    parts = []
    quantity = 0
    for line in order.lines:
        quantity += line.quantity
        label = line.sku or line.title or "?"
        parts.append(f"{line.quantity}× {label}" if line.quantity != 1 else label)
    return ", ".join(parts), quantity


def _search_parts(order_id: str, values: dict[str, Any], order: ParsedOrder) -> str:
    parts: list[Any] = [order_id]
    parts += [values.get(n) for n in ("buyer_name", "buyer_username", "buyer_email", "tracking_number", "phone", "city", "postcode")]
    for line in order.lines:
        parts += [line.sku, line.title, line.variant]
    return search_text(p for p in parts if isinstance(p, str))


# Field types whose Python values the driver takes as they are.
_PLAIN_FIELDS = (peewee.CharField, peewee.TextField, peewee.IntegerField, peewee.ForeignKeyField)


def _bulk_insert(
    model: type[peewee.Model], names: list[str], rows: list[list[Any]], raw: frozenset[str] = frozenset()
) -> None:
    """executemany straight to the driver: peewee's insert_many builds SQL per row, 5x slower here.

    Columns named in `raw` already hold database values (pre-serialised JSON).
    """
    if not rows:
        return
    db = database_proxy.obj
    meta = model._meta
    # Python-side defaults are not in the schema, so the columns left out get them here.
    defaults = [f for f in meta.sorted_fields if f.name not in names and f.default is not None and not f.primary_key]
    extra = [f.default() if callable(f.default) else f.default for f in defaults]
    names = names + [f.name for f in defaults]
    rows = [row + extra for row in rows]
    fields = [meta.fields[n] for n in names]
    columns = ", ".join(f'"{f.column_name}"' for f in fields)
    marks = ", ".join([db.param] * len(fields))
    sql = f'INSERT INTO "{meta.table_name}" ({columns}) VALUES ({marks})'
    convert = [
        i for i, f in enumerate(fields)
        if f.name not in raw and not (type(f) in _PLAIN_FIELDS or isinstance(f, peewee.ForeignKeyField))
    ]  # fmt: skip
    converters = [(i, fields[i].db_value) for i in convert]
    cursor = db.cursor()
    for start in range(0, len(rows), 5000):
        batch = []
        for row in rows[start : start + 5000]:
            values = list(row)
            for i, convert_value in converters:
                values[i] = convert_value(values[i])
            batch.append(values)
        cursor.executemany(sql, batch)


def _insert_orders(
    orders: list[ParsedOrder], marketplace: str, shop_id: int, batch_id: int, now: Any
) -> dict[str, int]:
    names = ["shop", "marketplace", "order_id", *MARKETPLACE_FIELDS, "items_summary",
             "quantity_total", "line_count", "search_text", "source_digest", "last_batch",
             "imported_at", "updated_at", "workflow_status", "seller_note", "packed_by"]  # fmt: skip
    rows = []
    for order in orders:
        values = _order_values(order)
        summary, quantity = _summary(order)
        workflow = derive_workflow(
            values.get("marketplace_status"), values.get("shipped_at"), values.get("delivered_at")
        )
        rows.append(
            [shop_id, marketplace, order.order_id, *[values.get(n) for n in MARKETPLACE_FIELDS],
             summary, quantity, len(order.lines), _search_parts(order.order_id, values, order),
             _lines_digest(order) if order.has_lines else "", batch_id, now, now, workflow, "", ""]
        )  # fmt: skip
    # New rows get ids above the current largest: one range query maps them back to order ids.
    highest: Any = Order.select(peewee.fn.MAX(Order.id)).scalar() or 0
    _bulk_insert(Order, names, rows)
    query: Any = (
        Order.select(Order.id, Order.order_id)
        .where((Order.id > highest) & (Order.marketplace == marketplace))
        .tuples()
    )
    ids: dict[str, int] = {order_id: pk for pk, order_id in query}
    return ids


def _update_order(
    db_id: int, order: ParsedOrder, updates: dict[str, Any], batch_id: int, now: Any
) -> None:
    values: dict[Any, Any] = {getattr(Order, k): v for k, v in updates.items()}
    current = Order.get_by_id(db_id)
    # Cancelled or refunded after it was printed or packed: it must leave the To pack list.
    status = updates.get("marketplace_status")
    if status and current.workflow_status != "closed" and derive_workflow(status, None, None) == "closed":
        values[Order.workflow_status] = "closed"
    merged = {n: getattr(current, n) for n in MARKETPLACE_FIELDS} | updates
    if order.has_lines:
        summary, quantity = _summary(order)
        values[Order.items_summary] = summary
        values[Order.quantity_total] = quantity
        values[Order.line_count] = len(order.lines)
        values[Order.source_digest] = _lines_digest(order)
        values[Order.search_text] = _search_parts(order.order_id, merged, order)
    values[Order.last_batch] = batch_id
    values[Order.updated_at] = now
    Order.update(values).where(Order.id == db_id).execute()


def _replace_lines(touched: list[tuple[int, ParsedOrder]], replaced: list[int]) -> None:
    """Lines of every touched order; the ones in `replaced` had lines before, which go first."""
    with_lines = [(i, o) for i, o in touched if o.has_lines]
    for start in range(0, len(replaced), CHUNK):
        OrderLine.delete().where(OrderLine.order.in_(replaced[start : start + CHUNK])).execute()
    names = ["order", "position", "sku", "title", "variant", "quantity", "unit_price", "line_total", "item_id"]
    rows = [
        [db_id, pos, line.sku, line.title, line.variant, line.quantity, line.unit_price,
         line.line_total, line.item_id]
        for db_id, order in with_lines
        for pos, line in enumerate(order.lines, start=1)
    ]  # fmt: skip
    _bulk_insert(OrderLine, names, rows)


def _insert_source_rows(touched: list[tuple[int, ParsedOrder]], batch_id: int) -> None:
    rows = [
        [db_id, batch_id, number, cells.decode()]
        for db_id, order in touched
        for number, cells in order.source_rows
    ]
    _bulk_insert(SourceRow, ["order", "batch", "row_number", "cells"], rows, raw=frozenset({"cells"}))
