"""The window fits a 1280x720 laptop screen with any detail tab open, and never grows by itself."""

from __future__ import annotations

from desktop.core.models import Order

LIMIT = 1200


def test_minimum_width_with_each_tab_open(qtbot, full_window) -> None:  # type: ignore[no-untyped-def]
    window = full_window
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    # The order with the longest buyer line and place.
    longest = max(Order.select(), key=lambda o: len((o.buyer_name or "") + (o.city or "") + (o.region or "")))
    long_name = "Maximiliana Alessandra Wolkenstein-Trostburg von Hohenzollern-Sigmaringen"
    Order.update(buyer_name=long_name, city="Sankt Leonhard im Pitztal").where(Order.id == longest.id).execute()
    window.reload()
    detail = window.detail
    for index in range(detail.count()):
        detail.setCurrentIndex(index)
        for pk in (longest.id, window.model.order_id_at(0), window.model.order_id_at(5)):
            window.open_order(pk, None)
            detail.settle()  # the tab shows this order, long buyer line included
            qtbot.wait(1)
            assert window.minimumSizeHint().width() <= LIMIT, detail.tabText(index)
            assert window.minimumWidth() <= LIMIT
            assert window.width() == 1280, detail.tabText(index)  # the window did not grow
            assert window.minimumSizeHint().height() <= 720, detail.tabText(index)
            assert window.height() == 720, detail.tabText(index)


def test_pane_widths_stay_put_between_orders_and_for_a_custom_range(qtbot, full_window) -> None:  # type: ignore[no-untyped-def]
    window = full_window
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    detail = window.detail
    replies = next(i for i in range(detail.count()) if detail.panel_at(i).objectName() == "replyComposer")
    detail.setCurrentIndex(replies)
    sizes = set()
    for row in range(0, 40, 4):
        window.table.selectRow(row)
        detail.settle()
        qtbot.wait(1)
        sizes.add(tuple(window.splitter.sizes()))
    assert len(sizes) == 1
    bar = window.search_bar
    bar.period.setCurrentIndex(bar.period.findData("custom"))
    qtbot.wait(1)
    assert bar.date_from.isVisible()
    assert window.width() == 1280 and window.minimumSizeHint().width() <= LIMIT


def test_a_saved_size_wider_than_the_screen_is_brought_back(qtbot, window_factory, tmp_path) -> None:  # type: ignore[no-untyped-def]
    data_dir = tmp_path / "wide"
    first = window_factory(data_dir)
    room = first.screen().availableGeometry()
    first.resize(room.width() + 400, room.height() + 300)
    first.save_state()
    first.close()
    second = window_factory(data_dir)
    assert second.width() <= room.width() and second.height() <= room.height()


def test_every_tab_fits_its_pane_without_scrolling_sideways(qtbot, full_window) -> None:  # type: ignore[no-untyped-def]
    """At 1280x720 each detail tab's content is as wide as the pane: nothing hides to the right
    (the Replies tab once needed a sideways scroll for its language list)."""
    window = full_window
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    detail = window.detail
    window.open_order(window.model.order_id_at(0), None)
    for index in range(detail.count()):
        detail.setCurrentIndex(index)
        detail.settle()
        qtbot.wait(1)
        holder = detail.widget(index)
        panel = detail.panel_at(index)
        assert panel.minimumSizeHint().width() <= holder.viewport().width(), detail.tabText(index)
        assert not holder.horizontalScrollBar().isVisible(), detail.tabText(index)
