"""Search finds what the seller types: accents folded, words in any order, more fields."""

from __future__ import annotations

from desktop.core.models import Order
from desktop.core.models.replies import Message
from desktop.core.orders.queries import OrderFilter, order_ids
from desktop.core.orders.search import fold, search_text, words
from desktop.core.orders.search_index import SearchIndex


def test_fold_removes_accents_but_keeps_scripts_whose_marks_matter() -> None:
    assert fold("Müller") == "muller"
    assert fold("Nguyễn Văn Đức") == "nguyen van duc"
    assert fold("ＭÜLLER") == "muller"
    assert fold("São Paulo Łódź Øresund") == "sao paulo lodz oresund"
    assert fold("が") == "が" != fold("か")  # Japanese voicing marks change the word
    assert fold("张伟") == "张伟"
    assert words("SWB  45 swb") == ["swb", "45"]


def _order(make, order_id: str, **fields: object) -> int:  # type: ignore[no-untyped-def]
    pk = make(order_id, [("SWB-45", "Stainless water bottle 45 oz", "", 1)], **fields)
    name = str(fields.get("buyer_name") or "")
    Order.update(search_text=search_text([order_id, name, "SWB-45", "Stainless water bottle 45 oz"])).where(
        Order.id == pk
    ).execute()
    return pk


def test_index_folds_and_matches_words_in_any_order(order_factory) -> None:  # type: ignore[no-untyped-def]
    make = order_factory("ebay", "Bottles")
    muller = _order(make, "1", buyer_name="Jürgen Müller", country="DE", region="Bayern")
    nguyen = _order(make, "2", buyer_name="Nguyễn Thị Lan", country="VN", seller_note="gift wrap, red ribbon")
    other = _order(make, "3", buyer_name="Ana Souza", country="BR", region="São Paulo")
    Message.create(order=other, direction="in", text="Where is my parcel? Código LX99")
    index = SearchIndex()
    index.reload()
    ids = [muller, nguyen, other]
    assert index.filter(ids, "muller") == [muller]
    assert index.filter(ids, "MÜLLER") == [muller]
    assert index.filter(ids, "Nguyen") == [nguyen] == index.filter(ids, "Nguyễn")
    assert index.filter(ids, "bottle 45 stainless") == ids  # words in any order
    assert index.filter(ids, "45 swb") == ids
    assert index.filter(ids, "muller nguyen") == []
    assert index.filter(ids, "bayern") == [muller]  # province / state
    assert index.filter(ids, "sao paulo") == [other]
    assert index.filter(ids, "germany") == [muller]  # the country's name
    assert index.filter(ids, "德国") == [muller]  # ... in the interface languages
    assert index.filter(ids, "越南") == [nguyen]
    assert index.filter(ids, "ribbon") == [nguyen]  # the seller's note
    assert index.filter(ids, "codigo lx99") == [other]  # message text
    assert index.count("bottle") == 3
    # Typing on narrows the previous answer; deleting widens it again.
    assert index.filter(ids, "mu") == [muller]
    assert index.filter(ids, "bottle") == ids


def test_update_picks_up_a_new_note(order_factory) -> None:  # type: ignore[no-untyped-def]
    make = order_factory("ebay", "Bottles")
    pk = _order(make, "9", buyer_name="Kim")
    index = SearchIndex()
    index.reload()
    assert index.filter([pk], "fragile") == []
    Order.update(seller_note="FRAGILE, double box").where(Order.id == pk).execute()
    index.update([pk])
    assert index.filter([pk], "fragile double") == [pk]


def test_command_line_search_takes_words_in_any_order(order_factory) -> None:  # type: ignore[no-untyped-def]
    make = order_factory("ebay", "Bottles")
    pk = _order(make, "7", buyer_name="Zoë Brown")
    assert order_ids(OrderFilter(search="45 swb")) == [pk]
    assert order_ids(OrderFilter(search="zoe")) == [pk]
    assert order_ids(OrderFilter(search="swb 46")) == []
