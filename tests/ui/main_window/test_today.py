"""The Today view: the day's orders and the follow-up plan above them."""

from __future__ import annotations


def test_today_shows_plan_and_opens_reply(qtbot, full_window) -> None:  # type: ignore[no-untyped-def]
    window = full_window
    window.show()
    window.sidebar.select_key("today")
    assert window.today_panel.isVisible()
    plan = window.today_widgets[0]
    # The plan is computed in the thread pool.
    qtbot.waitUntil(lambda: bool(plan.order_ids()))
    assert window.model.rowCount() == window.sidebar.count_of("today")
    due = set(plan.order_ids())
    assert due <= set(window.model.all_ids())  # every order in the plan is in Today
    first = plan.order_ids()[0]
    # Row 0 is its reason's header; the order is the row under it.
    plan.view.activated.emit(plan.model.index(1, 0))
    assert window.detail.current_order() == first
    assert window.detail.currentWidget().objectName() != "" or window.detail.currentIndex() > 0
    window.sidebar.select_key("all")
    assert not window.today_panel.isVisible()


def test_today_and_the_plan_use_the_sellers_day(qtbot, window_factory, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from zoneinfo import ZoneInfo

    from desktop.ui.settings_store import Settings

    data_dir = tmp_path / "shanghai"
    data_dir.mkdir()
    Settings(data_dir / "settings.ini").set("day/zone", "Asia/Shanghai")
    window = window_factory(data_dir)
    qtbot.waitUntil(lambda: bool(window.today_widgets), timeout=5000)  # built after the first paint
    assert window.seller_day().zone == ZoneInfo("Asia/Shanghai")
    assert window.ctx.seller_day().zone == ZoneInfo("Asia/Shanghai")
    plan = window.today_widgets[0]
    assert plan.services.plan_settings().zone == ZoneInfo("Asia/Shanghai")
    assert window.model.current_filter().day.zone == ZoneInfo("Asia/Shanghai")
