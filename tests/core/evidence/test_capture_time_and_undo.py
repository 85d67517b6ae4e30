"""A copied file keeps its own capture time; undoing Packed puts back what it changed."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

from desktop.core.evidence.store import EvidenceStore
from desktop.core.models import Order
from desktop.core.orders.changes import restore_workflow, set_workflow
from tests.core.evidence.media import photo

TAKEN = datetime(2024, 11, 20, 9, 30, 15, tzinfo=UTC)


def test_a_copied_file_without_a_date_keeps_its_own_time(
    store: EvidenceStore, order_pk: int, tmp_path: Path
) -> None:
    source = photo(tmp_path / "no-exif.jpg", taken=None, model="")
    os.utime(source, (TAKEN.timestamp(), TAKEN.timestamp()))
    added = store.add(order_pk, source, "contents")
    assert (added.item.captured_at, added.item.captured_from) == (TAKEN, "file_time")
    # What is stored is what the database says, read back.
    assert store.items(order_pk)[0].captured_at == TAKEN


def test_undo_of_packed_restores_packed_time_and_packer(order_pk: int) -> None:
    Order.update(workflow_status="to_pack", packed_at=None, packed_by="").where(
        Order.id == order_pk
    ).execute()
    previous = set_workflow([order_pk], "packed")
    assert Order.get_by_id(order_pk).packed_at is not None
    restore_workflow(previous)
    order = Order.get_by_id(order_pk)
    assert (order.workflow_status, order.packed_at, order.packed_by) == ("to_pack", None, "")
    # An order packed at the station, moved back by hand and then undone, is packed again.
    Order.update(workflow_status="packed", packed_at=TAKEN, packed_by="Mei").where(
        Order.id == order_pk
    ).execute()
    previous = set_workflow([order_pk], "to_pack")
    order = Order.get_by_id(order_pk)
    assert (order.workflow_status, order.packed_at, order.packed_by) == ("to_pack", None, "")
    restore_workflow(previous)
    order = Order.get_by_id(order_pk)
    assert (order.workflow_status, order.packed_at, order.packed_by) == ("packed", TAKEN, "Mei")
