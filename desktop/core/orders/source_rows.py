"""The export rows an order was imported from, as the seller's file had them ("As exported",
dispute packs, reply fill-ins that read a column the order does not map)."""

from __future__ import annotations

from collections.abc import Iterator

from desktop.core.models import ImportBatch, SourceRow
from desktop.core.orders.values import cell_text


def iter_source_rows(order_id: int) -> Iterator[tuple[str, int, list[tuple[str, str]]]]:
    """(file name, row number, [(header, value), ...]) for every stored export row of an order."""
    query = (
        SourceRow.select(SourceRow, ImportBatch)
        .join(ImportBatch)
        .where(SourceRow.order == order_id)
        .order_by(SourceRow.batch, SourceRow.row_number)
    )
    for row in query:
        headers = list(row.batch.headers)
        cells = [cell_text(c) for c in row.cells]
        width = max(len(headers), len(cells))
        headers += [f"Column {i + 1}" for i in range(len(headers), width)]
        cells += [""] * (width - len(cells))
        yield row.batch.file_name, row.row_number, list(zip(headers, cells, strict=True))
