"""An unknown layout is mapped once by the seller, then recognised on its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.models import MappingProfile, Order, OrderLine
from desktop.core.orders.errors import UnknownLayout
from desktop.core.orders.importer import import_file
from desktop.core.orders.layout import row_texts
from desktop.core.orders.mapping_guess import guess_mapping
from desktop.core.orders.saved_mappings import layout_for, save_mapping

HEADER = "Bestellnummer,Kunde,Land,Artikel,Artikelnummer,Menge,Preis,Summe"
ROWS = ["B-1001,Jürgen Weiß,Deutschland,Tasse,MUG-1,2,9.50,19.00", "B-1002,Ana Ruiz,España,Teller,PLT-2,1,12.00,12.00"]


def _file(tmp_path: Path, name: str, rows: list[str]) -> Path:
    path = tmp_path / name
    path.write_text("\n".join([HEADER, *rows]), encoding="utf-8")
    return path


def test_mapping_is_saved_and_reused(data_dir: Path, tmp_path: Path) -> None:
    first = _file(tmp_path, "shop-export-nov.csv", ROWS)
    with pytest.raises(UnknownLayout) as raised:
        import_file(first)
    headers = raised.value.headers
    assert headers[0] == "Bestellnummer"
    columns = {"order_id": 0, "buyer_name": 1, "country": 2, "title": 3, "sku": 4, "quantity": 5, "unit_price": 6, "total": 7}
    save_mapping("My shop", "other", headers, columns)
    result = import_file(first, layout=layout_for(headers, 0, columns, "other", "My shop"))
    assert result.orders_created == 2 and result.layout == "My shop"

    # Next month's file with the same columns needs no dialog.
    second = _file(tmp_path, "shop-export-dec.csv", ["B-1003,Li Wei,中国,Schale,BWL-3,3,5.00,15.00"])
    again = import_file(second)
    assert again.orders_created == 1 and again.layout == "My shop"
    order = Order.get(Order.order_id == "B-1003")
    assert order.country == "CN" and order.marketplace == "other"
    assert OrderLine.get(OrderLine.order == order).quantity == 3
    assert MappingProfile.select().count() == 1


def test_guess_uses_every_profiles_synonyms() -> None:
    headers = ["Order Number", "Ship To Name", "Country", "SKU", "Qty", "Total", "运单号"]
    guessed = guess_mapping(headers)
    assert guessed["order_id"] == 0 and guessed["buyer_name"] == 1 and guessed["country"] == 2
    assert guessed["sku"] == 3 and guessed["quantity"] == 4 and guessed["total"] == 5
    assert guessed["tracking_number"] == 6
    assert row_texts([" Order Number ", None, 3.0]) == ["Order Number", "", "3"]


def test_a_second_layout_with_the_same_name_keeps_both(data_dir: Path) -> None:
    first = save_mapping("orders", "other", ["Nr", "Kunde"], {"order_id": 0, "buyer_name": 1})
    second = save_mapping("orders", "other", ["Auftrag", "Name"], {"order_id": 0, "buyer_name": 1})
    again = save_mapping("orders", "other", ["Nr", "Kunde"], {"order_id": 0})
    assert (first.name, second.name, again.id) == ("orders", "orders (2)", first.id)
    assert MappingProfile.select().count() == 2
