"""Typed change notices: each part refreshes what it shows, and nothing reloads everything."""

from __future__ import annotations

from desktop.core.models import Order
from desktop.core.notices import Changed, OrderChanges
from desktop.core.orders.changes import set_workflow
from desktop.ui.orders.columns import COLUMNS


class Spy:
    def __init__(self, model) -> None:  # type: ignore[no-untyped-def]
        self.resets = 0
        self.layouts = 0
        self.changed: list[tuple[int, int]] = []
        model.modelReset.connect(self._reset)
        model.layoutChanged.connect(self._layout)
        model.dataChanged.connect(lambda top, bottom, roles=(): self.changed.append((top.row(), bottom.row())))

    def _reset(self) -> None:
        self.resets += 1

    def _layout(self) -> None:
        self.layouts += 1


def test_a_status_change_repaints_one_row_and_does_not_reload_the_table(qtbot, full_window) -> None:  # type: ignore[no-untyped-def]
    window = full_window
    window.sidebar.select_key("to_pack")
    window.table.selectRow(3)
    pk = window.table.current_order()
    rows_before = window.model.rowCount()
    spy = Spy(window.model)
    window.actions_["status_packed"].trigger()
    assert Order.get_by_id(pk).workflow_status == "packed"
    assert spy.resets == 0 and spy.layouts == 0
    assert spy.changed == [(3, 3)]  # that row, nothing else
    assert window.model.rowCount() == rows_before  # the row keeps its place
    assert window.table.current_order() == pk
    status_column = next(i for i, c in enumerate(COLUMNS) if c.key == "workflow_status")
    assert window.model.index(3, status_column).data() == "Packed"
    qtbot.waitUntil(lambda: window.sidebar.count_of("packed") == Order.select().where(Order.workflow_status == "packed").count(), timeout=5000)


def test_a_notice_about_orders_that_do_not_show_repaints_nothing(qtbot, full_window) -> None:  # type: ignore[no-untyped-def]
    window = full_window
    window.sidebar.select_key("marketplace:ebay")
    elsewhere = Order.select(Order.id).where(Order.marketplace == "shopee").first().id
    spy = Spy(window.model)
    set_workflow([elsewhere], "problem")
    window.notices.publish(OrderChanges.of([elsewhere], Changed.STATUS))
    assert spy.resets == 0 and spy.changed == []


def test_the_initiator_skips_its_own_echo_and_others_refresh(qtbot, full_window) -> None:  # type: ignore[no-untyped-def]
    window = full_window
    window.table.selectRow(0)
    pk = window.table.current_order()
    overview = window.detail.overview
    shown: list[object] = []
    overview.show_order = lambda order: shown.append(order)  # type: ignore[method-assign]
    overview.note.setPlainText("ask about gift wrap")
    overview.save_note()  # publishes a NOTE notice with the overview as its source
    assert shown == []
    window.notices.publish(OrderChanges.of([pk], Changed.NOTE, source=window))
    assert len(shown) == 1 and shown[0].id == pk
    # The search finds the note at once.
    window.search_bar.search.setText("gift wrap")
    window.search_bar._now()
    assert window.model.all_ids() == [pk]


def test_hidden_tabs_do_no_work_until_shown(qtbot, full_window) -> None:  # type: ignore[no-untyped-def]
    window = full_window
    detail = window.detail
    composer = next(detail.panel_at(i) for i in range(detail.count()) if detail.panel_at(i).objectName() == "replyComposer")
    calls: list[object] = []
    original = composer.set_order
    composer.set_order = lambda pk: (calls.append(pk), original(pk))  # type: ignore[method-assign]
    detail.setCurrentIndex(0)
    for row in range(5):
        window.table.selectRow(row)  # ↓ five times with the Replies tab hidden
    assert calls == []
    detail.show_panel(composer)
    assert calls == [window.table.current_order()]
    window.table.selectRow(6)
    window.table.selectRow(7)  # ↓ twice quickly: the Replies tab follows once, shortly after
    qtbot.waitUntil(lambda: calls[-1] == window.table.current_order(), timeout=2000)
    assert calls.count(window.model.order_id_at(6)) == 0


def test_one_order_read_is_shared_by_the_panels(qtbot, full_window) -> None:  # type: ignore[no-untyped-def]
    window = full_window
    window.table.selectRow(2)
    order = window.detail.loaded_order()
    assert order is not None and order.id == window.table.current_order()
    assert window.detail.overview._order_pk == order.id


def test_an_order_opened_outside_the_view_leaves_nothing_else_selected(qtbot, full_window) -> None:  # type: ignore[no-untyped-def]
    window = full_window
    window.sidebar.select_key("marketplace:ebay")
    window.table.selectRow(0)
    outside = Order.select(Order.id).where(Order.marketplace == "shopee").first().id
    window.open_order(outside, None)
    assert window.table.selected_orders() == []
    assert window.table.current_order() is None
    assert window.selected_or_current() == [outside]  # Ctrl+2 acts on the order shown
    window.actions_["status_problem"].trigger()
    assert Order.get_by_id(outside).workflow_status == "problem"


def test_an_evidence_stage_change_keeps_the_selected_file(qtbot, full_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from desktop.core.evidence.store import pk as item_pk
    from desktop.ui.evidence.panel import EvidencePanel
    from tests.core.evidence.media import photo

    window = full_window
    detail = window.detail
    panel = next(detail.panel_at(i) for i in range(detail.count()) if isinstance(detail.panel_at(i), EvidencePanel))
    window.table.selectRow(0)
    detail.show_panel(panel)
    panel.new_stage.setCurrentIndex(panel.new_stage.findData("contents"))
    panel.add_paths([photo(tmp_path / "a.jpg"), photo(tmp_path / "b.jpg", color="red"), photo(tmp_path / "c.jpg", color="blue")])
    qtbot.waitUntil(lambda: not panel.busy, timeout=10000)
    assert panel.model.rowCount() == 3
    panel.view.setCurrentIndex(panel.model.index(1))
    chosen = item_pk(panel.selected_items()[0])
    # A stage that sorts first: the grid re-sorts, the selection must stay on the same file.
    stage = panel.item_stage.findData("outer_packing")
    panel.item_stage.setCurrentIndex(stage)
    panel.item_stage.activated.emit(stage)
    assert [item_pk(i) for i in panel.selected_items()] == [chosen]
    assert panel.item_stage.currentData() == "outer_packing"
