"""A search looks in all orders unless the seller keeps it inside the view."""

from __future__ import annotations

from desktop.core.models import Order


def _type(window, text: str) -> None:  # type: ignore[no-untyped-def]
    window.search_bar.search.setText(text)
    window.search_bar._now()  # Enter: no debounce wait


def test_a_search_in_today_finds_an_order_outside_it(qtbot, full_window) -> None:  # type: ignore[no-untyped-def]
    window = full_window
    window.sidebar.select_key("today")
    today = set(window.model.all_ids())
    outside = Order.select().where(Order.id.not_in(list(today)) & Order.buyer_name.is_null(False)).first()
    _type(window, outside.order_id)
    assert outside.id in window.model.all_ids()
    assert window.sidebar.current_key() == "today"
    assert not window.hint.isVisible() or window.hint.isHidden()


def test_kept_inside_the_view_the_empty_state_says_where_the_matches_are(qtbot, full_window) -> None:  # type: ignore[no-untyped-def]
    window = full_window
    window.show()
    window.sidebar.select_key("today")
    today = set(window.model.all_ids())
    outside = Order.select().where(Order.id.not_in(list(today))).first()
    window.search_bar.set_in_view_only(True)
    _type(window, outside.order_id)
    assert window.model.rowCount() == 0
    assert window.hint.isVisible()
    assert "1 match" in window.hint_label.text() and "all orders" in window.hint_label.text()
    window.hint_button.click()  # one click to see them
    assert outside.id in window.model.all_ids()
    assert not window.search_bar.in_view_only()


def test_filters_hiding_everything_offer_clear_filters(qtbot, full_window) -> None:  # type: ignore[no-untyped-def]
    window = full_window
    window.show()
    window.sidebar.select_key("to_pack")
    bar = window.search_bar
    bar.status.setCurrentIndex(bar.status.findData("shipped"))
    assert window.model.rowCount() == 0
    assert window.hint.isVisible() and window.hint_button.text() == "Clear filters"
    window.hint_button.click()
    assert window.model.rowCount() == Order.select().where(Order.workflow_status == "to_pack").count()
    assert not window.hint.isVisible()


def test_accents_and_words_in_any_order_in_the_table(qtbot, full_window) -> None:  # type: ignore[no-untyped-def]
    window = full_window
    mullers = {o.id for o in Order.select() if "Müller" in (o.buyer_name or "")}
    assert mullers  # the Etsy sample has buyers called Müller
    _type(window, "muller")
    assert set(window.model.all_ids()) == mullers
    _type(window, "Müller")
    assert set(window.model.all_ids()) == mullers
    first = Order.get_by_id(next(iter(mullers)))
    given = first.buyer_name.split()[0]
    _type(window, f"müller {given.lower()}")
    assert first.id in window.model.all_ids()
