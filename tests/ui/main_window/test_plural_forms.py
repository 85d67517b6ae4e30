"""Counts read as sentences: "1 order marked Packed", "2 orders", 1 个订单 (Qt %n plural forms)."""

from __future__ import annotations

from desktop.core.models import Order
from desktop.ui.i18n import install_translators


def test_counts_use_plural_forms(qtbot, qapp, full_window) -> None:  # type: ignore[no-untyped-def]
    window = full_window
    try:
        install_translators(qapp, "en")
        window.sidebar.select_key("to_pack")
        window.table.selectRow(0)
        window.actions_["status_packed"].trigger()
        assert window.statusBar().currentMessage() == "1 order marked Packed. Ctrl+Z undoes."
        window._update_counts()
        assert window.count_label.text().endswith("·  1 selected")
        assert window.count_label.text().split("  ·")[0].endswith("orders")
        today = set(window.model.all_ids())
        outside = Order.select().where(Order.id.not_in(list(today))).first()
        window.search_bar.set_in_view_only(True)
        window.search_bar.search.setText(outside.order_id)
        window.search_bar._now()
        assert window.hint_label.text() == "No match in this view; 1 match in all orders."
        install_translators(qapp, "zh_CN")
        window._update_hint()
        assert window.hint_label.text() == "此视图中没有匹配；全部订单中有 1 个匹配。"
    finally:
        install_translators(qapp, "en")
