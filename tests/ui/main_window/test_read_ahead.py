"""Today's orders are read in the background before the seller clicks Today; a change of
membership (a status edit) forgets what was read, so Today never shows yesterday's answer."""

from __future__ import annotations

from typing import Any

import desktop.ui.orders.table_model as table_model
from desktop.core.orders.queries import order_ids


def today_ids(window: Any) -> list[int]:
    flt = window._filter_for("today")
    return order_ids(flt, *window.model.sort_state())


def test_today_comes_from_the_read_ahead_and_follows_a_status_change(qtbot, full_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = full_window
    window.show()
    qtbot.waitExposed(window)
    model = window.model
    qtbot.waitUntil(model.read_ahead_ready, timeout=10_000)

    queries: list[object] = []
    real = table_model.order_ids

    def counting(*args: Any) -> list[int]:
        queries.append(args[0])
        return real(*args)

    monkeypatch.setattr(table_model, "order_ids", counting)
    window.sidebar.select_key("today")
    assert queries == []  # read ahead: no query on the click
    assert model.all_ids() == today_ids(window) and model.all_ids()

    # Marking one of Today's orders Shipped changes Today: what was read ahead is forgotten.
    window.sidebar.select_key("all")
    leaving = next(pk for pk in today_ids(window) if window.model.row_of(pk) is not None)
    window.open_order(leaving, None)
    window.mark_selected("shipped")
    queries.clear()
    window.sidebar.select_key("today")
    assert model.all_ids() == today_ids(window)
    assert leaving not in model.all_ids()
    window.sidebar.select_key("all")
    qtbot.waitUntil(model.read_ahead_ready, timeout=10_000)
    window.sidebar.select_key("today")
    assert model.all_ids() == today_ids(window)
