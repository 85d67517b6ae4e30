"""The pack station's rules on the core bench, and the `pack` / `pack-log` commands."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.db import SCHEMA_VERSION, open_database, schema_version
from desktop.core.models import Order, PackScan
from desktop.core.packing import bench as b
from desktop.core.packing.bench import PackBench
from desktop.core.packing.lookup import normalize
from desktop.core.packing.scanlog import entries
from desktop.core.packing.status import NotPackableError, mark_packed

MakeOrder = Callable[..., int]
WHEN = datetime(2024, 12, 2, 8, 15, tzinfo=UTC)


def _bench(**kw: object) -> PackBench:
    return PackBench(packer="Mei", station="bench-1", clock=lambda: WHEN, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("fields", "status"),
    [
        ({"marketplace_status": "Cancelled"}, "cancelled"),
        ({"marketplace_status": "Refunded"}, "refunded"),
        ({"workflow_status": "shipped", "marketplace_status": "Shipped"}, "shipped"),
        ({"workflow_status": "delivered"}, "delivered"),
        ({"workflow_status": "closed"}, "closed"),
        ({"workflow_status": "packed", "packed_at": WHEN, "packed_by": "Li"}, "already_packed"),
    ],
)
def test_orders_that_must_not_be_packed_are_refused_naming_their_status(
    make_order: MakeOrder, fields: dict[str, object], status: str
) -> None:
    pk = make_order("R-1", [("A", "a", "", 1)], tracking_number="TRK1", **fields)
    before = Order.get_by_id(pk).workflow_status
    bench = _bench()
    event = bench.scan("TRK1")
    assert event.result == b.REFUSED and event.params["status"] == status
    assert event.message.startswith(status) and "R-1" in event.message
    assert bench.session is None
    assert Order.get_by_id(pk).workflow_status == before  # nothing moved
    assert [e.result for e in entries(pk)] == ["refused"]


def test_a_partial_refund_or_an_unshipped_order_is_packed(make_order: MakeOrder) -> None:
    for n, said in enumerate(("partially_refunded", "Unshipped", "To ship", "Awaiting shipment")):
        make_order(f"OK-{n}", [("A", "a", "", 1)], marketplace_status=said)
        assert _bench().scan(f"OK-{n}").result == b.OPENED, said


def test_a_cancellation_imported_after_printing_is_caught(make_order: MakeOrder) -> None:
    pk = make_order("C-1", [("A", "a", "", 2)])
    bench = _bench()
    assert bench.scan("C-1").result == b.OPENED
    assert bench.scan("A").result == b.ACCEPTED
    # The marketplace cancels; an import writes its status while the box is being filled.
    Order.update(marketplace_status="Cancelled by buyer").where(Order.id == pk).execute()
    event = bench.scan("A")
    assert event.result == b.REFUSED and event.params["status"] == "cancelled"
    assert not event.completed and Order.get_by_id(pk).workflow_status == "to_pack"


def test_nothing_moves_an_order_back_from_shipped(make_order: MakeOrder) -> None:
    pk = make_order("S-1", [("A", "a", "", 1)], workflow_status="shipped")
    with pytest.raises(NotPackableError):
        mark_packed(pk, "Mei", WHEN)
    assert Order.get_by_id(pk).workflow_status == "shipped"


def test_label_scan_seals_and_scanning_another_order_half_way_asks(make_order: MakeOrder) -> None:
    first = make_order("F-1", [("A", "a", "", 2)], tracking_number="SPX9")
    second = make_order("F-2", [("B", "b", "", 1)])
    bench = _bench()
    bench.scan("F-1")
    assert bench.scan("A").result == b.ACCEPTED
    assert bench.scan("SPX9").result == b.LABEL_EARLY  # its own label, not a wrong item
    asked = bench.scan("F-2")
    assert asked.result == b.ASK_SWITCH and bench.order_pk == first
    assert bench.scan("F-2").result == b.OPENED and bench.order_pk == second
    assert first in bench.interrupted
    event = bench.scan("B")
    assert event.completed and Order.get_by_id(second).workflow_status == "packed"
    assert bench.order_pk == second and bench.packed  # waiting for its label
    assert bench.scan("B").result == b.AFTER_PACKED
    resumed = bench.scan("F-1")  # the next order on purpose: F-2 is done, F-1 comes back
    assert resumed.result == b.RESUMED and resumed.params["packed"] == 1
    assert bench.scan("A").completed
    assert bench.scan("SPX9").result == b.LABEL and bench.session is None
    assert [e.result for e in entries(first)] == [
        "opened", "accepted", "label_early", "ask_switch", "interrupted", "resumed",
        "accepted", "completed", "label",
    ]  # fmt: skip
    assert {(e.packer, e.station) for e in entries(first)} == {("Mei", "bench-1")}


def test_without_auto_complete_the_label_scan_completes(make_order: MakeOrder) -> None:
    pk = make_order("N-1", [("A", "a", "", 1)])
    bench = _bench(auto_complete=False)
    bench.scan("N-1")
    assert not bench.scan("A").completed
    event = bench.scan("N-1")
    assert event.result == b.LABEL and event.completed
    order = Order.get_by_id(pk)
    assert (order.workflow_status, order.packed_at, order.packed_by) == ("packed", WHEN, "Mei")


def test_high_value_order_packed_without_video_is_warned(make_order: MakeOrder) -> None:
    pk = make_order("H-1", [("A", "a", "", 1)], total=Decimal("900"), currency="USD")
    bench = _bench(video_for_high_value=True)
    bench.scan("H-1")
    event = bench.scan("A")
    assert event.completed and event.params.get("no_video")
    assert "without a packing video" in event.message
    assert "no_video" in [e.result for e in entries(pk)]


@pytest.mark.parametrize("raw", ["]C0MUG-1", "]E0MUG-1\r", "MUG-1\t", "MUG-1\r\n\t", "]Q1MUG-1"])
def test_scanner_prefixes_and_suffixes_are_stripped(raw: str) -> None:
    assert normalize(raw) == "MUG-1"


def test_unknown_code_is_kept_in_the_log(data_dir: Path) -> None:
    assert _bench().scan("NOPE").result == b.NOT_FOUND
    assert PackScan.get(PackScan.code == "NOPE").order is None


def test_schema_migration_adds_the_scan_log(tmp_path: Path) -> None:
    from desktop.core.db import close_database
    from desktop.core.paths import database_url

    folder = tmp_path / "old"
    folder.mkdir()
    url = database_url(folder)
    db = open_database(url)
    db.execute_sql("DROP TABLE pack_scan")
    db.execute_sql("UPDATE meta SET value='1' WHERE key='schema_version'")
    close_database()
    db = open_database(url)
    assert schema_version(db) == SCHEMA_VERSION == 2
    assert db.table_exists("pack_scan")
    assert list(folder.glob("*.schema1.bak"))
    close_database()


def _cli(data_dir: Path, *args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, object]:
    code = main(["--data-dir", str(data_dir), *args])
    return code, json.loads(capsys.readouterr().out)


def test_pack_command_refuses_cancelled_and_shipped(
    make_order: MakeOrder, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_order("X-1", [("A", "a", "", 1)], marketplace_status="Cancelled")
    make_order("X-2", [("A", "a", "", 1)], workflow_status="shipped", tracking_number="LZ1CN")
    code, out = _cli(data_dir, "pack", "X-1", "--scan", "A", "--json", capsys=capsys)
    assert code == 1
    assert out == {
        "order_id": "X-1", "opened": False, "refused": out["refused"], "scans": [],  # type: ignore[index]
        "completed": False, "workflow_status": "to_pack",
    }  # fmt: skip
    assert str(out["refused"]).startswith("cancelled")  # type: ignore[index]
    code, out = _cli(data_dir, "pack", "LZ1CN", "--json", capsys=capsys)
    assert out["refused"].startswith("shipped") and out["workflow_status"] == "shipped"  # type: ignore[index]


def test_pack_command_packs_and_pack_log_prints_the_log(
    make_order: MakeOrder, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_order("P-1", [("MUG", "Mug", "", 2)], tracking_number="SPX77")
    args = ["pack", "SPX77", "--scan", "]C0MUG", "--scan", "PLATE", "--scan", "MUG"]
    code, out = _cli(data_dir, *args, "--scan", "SPX77", "--packer", "Mei", "--json", capsys=capsys)
    assert code == 0
    assert out["order_id"] == "P-1" and out["opened"] is True and out["refused"] is None  # type: ignore[index]
    assert [s["result"] for s in out["scans"]] == ["accepted", "wrong", "accepted", "label"]  # type: ignore[index]
    assert set(out["scans"][0]) == {"code", "result", "message"}  # type: ignore[index]
    assert out["completed"] is True and out["workflow_status"] == "packed"  # type: ignore[index]
    code, log = _cli(data_dir, "pack-log", "P-1", "--json", capsys=capsys)
    assert code == 0
    assert [row["result"] for row in log] == [  # type: ignore[attr-defined]
        "opened", "accepted", "wrong", "accepted", "completed", "label",
    ]  # fmt: skip
    assert log[1]["code"] == "MUG" and log[1]["packer"] == "Mei"  # type: ignore[index]
    assert set(log[0]) == {"at", "code", "result", "message", "packer", "station"}  # type: ignore[index]


def test_station_sounds_are_distinct_wav_files() -> None:
    import io
    import wave

    from desktop.core.packing.tones import TONES, wav_bytes

    sounds = {kind: wav_bytes(kind) for kind in TONES}
    assert len(set(sounds.values())) == len(TONES) == 4
    for data in sounds.values():
        with wave.open(io.BytesIO(data)) as w:
            assert w.getframerate() == 22050 and w.getnframes() > 1000


def test_pack_command_uses_the_sellers_settings(
    make_order: MakeOrder, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.ui.settings_store import Settings

    settings = Settings(data_dir / "settings.ini")
    settings.set("packing/packer", "Ana")
    settings.set("packing/station", "garage")
    settings.sync()
    make_order("SET-1", [("A", "a", "", 1)])
    code, out = _cli(data_dir, "pack", "SET-1", "--scan", "A", "--json", capsys=capsys)
    assert code == 0 and out["completed"] is True  # type: ignore[index]
    order = Order.get(Order.order_id == "SET-1")
    assert order.packed_by == "Ana"
    assert {e.station for e in entries(order.id)} == {"garage"}
