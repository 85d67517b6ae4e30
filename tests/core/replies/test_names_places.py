"""Languages by country and region, neutral localised country names, address order,
carriers from tracking numbers, typed amounts and buyers' clocks."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from desktop.core.amounts import parse_amount
from desktop.core.models import Order
from desktop.core.replies.carriers import carrier_from_tracking
from desktop.core.replies.compose import Composer
from desktop.core.replies.language import language_for, remember_language
from desktop.core.replies.localefmt import country_name
from desktop.core.replies.localtime import zone_for
from desktop.core.replies.order_values import ship_address, shipping_method

LANGUAGES = (
    "en",
    "zh_CN",
    "zh_TW",
    "es",
    "pt",
    "pt_PT",
    "fr",
    "de",
    "it",
    "ru",
    "ja",
    "ko",
    "th",
    "vi",
    "id",
    "ms",
    "ar",
    "nl",
)


@pytest.mark.parametrize(
    ("country", "region", "postcode", "name", "expected"),
    [
        ("CA", "QC", "H2X 1Y4", None, "fr"),
        ("CA", "Québec", None, None, "fr"),
        ("CA", None, "G1R 4P5", None, "fr"),
        ("CA", "ON", "M5V 2T6", None, "en"),
        ("CH", "Zürich", "8001", None, "de"),
        ("CH", "VD", "1003", None, "fr"),
        ("CH", "Genève", None, None, "fr"),
        ("CH", "Ticino", "6900", None, "it"),
        ("CH", None, "6900", None, "it"),
        ("BE", "Liège", "4000", None, "fr"),
        ("BE", "Antwerpen", "2000", None, "nl"),
        ("BE", None, "9000", None, "nl"),
        ("BE", None, "1000", None, "fr"),
        ("BE", "Provincie Antwerpen", None, None, "nl"),
        ("BE", "Province de Liège", None, None, "fr"),
        ("BE", "Gent", "9000", None, "nl"),
        ("BE", "Eupen", "4700", None, "de"),
        ("BE", None, None, None, "fr"),
        ("NL", "Noord-Holland", "1012 LG", None, "nl"),
        ("SR", None, None, None, "nl"),
        ("SX", None, None, None, "en"),
        ("PT", "Lisboa", "1100-148", None, "pt_PT"),
        ("BR", "SP", "01310-100", None, "pt"),
        ("MY", "Selangor", "47500", "李海明", "zh_CN"),
        ("MY", "Selangor", "47500", "Nur Aisyah", "ms"),
        ("MY", "Penang", "10200", "Lee Wei Ming", "en"),
    ],
)
def test_language_by_country_and_region(
    country: str, region: str | None, postcode: str | None, name: str | None, expected: str
) -> None:
    assert (
        language_for(
            country, region=region, postcode=postcode, buyer_name=name, available=LANGUAGES
        )
        == expected
    )


def test_flemish_buyers_get_english_where_there_are_no_dutch_templates() -> None:
    assert language_for("BE", region="Oost-Vlaanderen", available=("en", "fr")) == "en"


@pytest.mark.parametrize("language", LANGUAGES)
def test_country_names_are_neutral_and_localised(language: str) -> None:
    for code in ("TW", "KR", "VN", "RU"):
        name = country_name(code, language)
        assert name and "Province" not in name and "Republic" not in name and "Viet Nam" not in name
        assert "Federation" not in name
    assert country_name("TW", "en") == "Taiwan"
    assert country_name("KR", "en") == "South Korea"


def test_country_names_in_chinese() -> None:
    assert country_name("TW", "zh_TW") == "台灣"
    assert country_name("TW", "zh_CN") == "台湾"
    assert country_name("KR", "zh_TW") == "南韓"


def test_address_order_per_country(make_vase_order: Any) -> None:
    us = Order.get_by_id(make_vase_order(country="US", region="IL", city="Chicago", postcode="60668",
                                          address1="233 S Wacker Dr", buyer_name="Ann Lee"))  # fmt: skip
    assert ship_address(us, "en") == "Ann Lee\n233 S Wacker Dr\nChicago, IL 60668\nUnited States"
    tw = Order.get_by_id(make_vase_order(country="TW", region="高雄市", city="前鎮區", postcode="806",
                                          address1="成功二路 88 號", buyer_name="林小姐"))  # fmt: skip
    address = ship_address(tw, "zh_TW")
    assert address is not None and address.endswith("台灣") and "Province" not in address
    gb = Order.get_by_id(make_vase_order(country="GB", region=None, city="London", postcode="SW1A 1AA",
                                          address1="10 Downing St", buyer_name="Sam"))  # fmt: skip
    assert ship_address(gb, "en") == "Sam\n10 Downing St\nLondon\nSW1A 1AA\nUnited Kingdom"


def test_shopee_shipping_method_is_the_shipping_option(make_vase_order: Any) -> None:
    order = Order.get_by_id(
        make_vase_order(marketplace="shopee", carrier="Shopee Xpress", shipping_service="Drop off")
    )
    assert shipping_method(order) == "Shopee Xpress"
    ebay = Order.get_by_id(
        make_vase_order(carrier="USPS", shipping_service="USPS Ground Advantage")
    )
    assert shipping_method(ebay) == "USPS Ground Advantage"


@pytest.mark.parametrize(
    ("number", "carrier"),
    [
        ("1Z999AA10123456784", "UPS"),
        ("9400111899223100001234", "USPS"),
        ("LZ123456789CN", "China Post"),
        ("RR123456785GB", "Royal Mail"),
        ("YT2412345678901234", "YunExpress"),
        ("XYZ", None),
        ("", None),
    ],
)
def test_carrier_from_the_tracking_number(number: str, carrier: str | None) -> None:
    assert carrier_from_tracking(number) == carrier


def test_carrier_filled_from_the_tracking_number(composer: Composer, make_vase_order: Any) -> None:
    pk = make_vase_order(carrier=None, tracking_number="1Z999AA10123456784")
    draft = composer.draft(pk, "shipped_tracking", "en")
    assert "UPS" in draft.text and "ups.com" in draft.text


@pytest.mark.parametrize(
    ("raw", "currency", "expected"),
    [
        ("50.000", "VND", "50000"),
        ("50.000", "IDR", "50000"),
        ("1.367.000 ₫", "VND", "1367000"),
        ("50.000", "EUR", "50.000"),
        ("12,50", "EUR", "12.50"),
        ("1,234.50", "USD", "1234.50"),
        ("1.234,50 €", "EUR", "1234.50"),
        ("1,433", "USD", "1433"),
        ("US$ 15", "USD", "15"),
        ("-4,5", "EUR", "-4.5"),
    ],
)
def test_one_reading_of_typed_amounts(raw: str, currency: str, expected: str) -> None:
    assert parse_amount(raw, currency) == Decimal(expected)
    assert parse_amount("abc", currency) is None


def test_vnd_amount_typed_with_a_dot_is_fifty_thousand(
    composer: Composer, make_vase_order: Any
) -> None:
    pk = make_vase_order(country="VN", currency="VND", region="Hà Nội", buyer_name="Nguyễn Văn An")
    draft = composer.draft(pk, "no_longer_wanted", "vi", "short", {"refund_amount": "50.000"})
    assert "50.000\u00a0₫" in draft.text
    assert draft.text.startswith("Xin chào An")


@pytest.mark.parametrize(
    "region", ["Саратовская область", "Saratov Oblast", "Ульяновская область", "Astrakhan"]
)
def test_volga_regions_are_not_on_moscow_time(region: str) -> None:
    zone, certain = zone_for("RU", region)
    assert zone in {"Europe/Saratov", "Europe/Ulyanovsk", "Europe/Astrakhan"} and certain


def test_an_unnamed_russian_region_is_a_guess() -> None:
    assert zone_for("RU", "Нижегородская область") == ("Europe/Moscow", False)


def test_the_language_the_seller_picks_is_remembered_for_the_buyer(
    composer: Composer, make_vase_order: Any
) -> None:
    first = Order.get_by_id(make_vase_order(buyer_username="javi77"))
    assert composer.buyer_language(first) == "es"
    remember_language(first, "en")
    later = Order.get_by_id(make_vase_order(buyer_username="javi77"))
    assert composer.buyer_language(later) == "en"
    other = Order.get_by_id(make_vase_order(buyer_username="someone"))
    assert composer.buyer_language(other) == "es"


def test_portugal_reads_european_portuguese(composer: Composer, make_vase_order: Any) -> None:
    pk = make_vase_order(
        country="PT", region="Lisboa", city="Lisboa", postcode="1100-148", total="1234.5"
    )
    order = Order.get_by_id(pk)
    assert composer.buyer_language(order) == "pt_PT"
    text = composer.draft(pk, "paid_confirm_address", None, "short").text
    assert "encomenda" in text and "você" not in text and "pedido" not in text
    brazil = composer.draft(
        make_vase_order(country="BR", currency="BRL"), "paid_confirm_address", None, "short"
    )
    assert brazil.language == "pt" and "pedido" in brazil.text


def test_malaysian_chinese_are_not_greeted_by_their_family_name(
    composer: Composer, make_vase_order: Any
) -> None:
    pk = make_vase_order(country="MY", region="Penang", buyer_name="Lee Hai Ming", currency="MYR")
    draft = composer.draft(pk, "quick_greeting", "ms", "short")
    assert draft.text.startswith("Hai Lee Hai Ming") and not draft.text.startswith("Hai Lee,")
    malay = composer.draft(
        make_vase_order(country="MY", buyer_name="Mohd Amirul Hakim"),
        "quick_greeting",
        "ms",
        "short",
    )
    assert malay.text.startswith("Hai Amirul")


@pytest.mark.parametrize(
    ("country", "region", "city", "postcode", "language"),
    [
        ("BE", "Antwerpen", "Antwerpen", "2000", "nl"),
        ("NL", "Noord-Holland", "Amsterdam", "1012 LG", "nl"),
        ("BE", "Liège", "Liège", "4000", "fr"),
    ],
)
def test_flanders_and_the_netherlands_read_dutch(
    composer: Composer, make_vase_order: Any, country: str, region: str, city: str,
    postcode: str, language: str,
) -> None:  # fmt: skip
    pk = make_vase_order(country=country, region=region, city=city, postcode=postcode,
                         buyer_name="Lotte Peeters", carrier="bpost")  # fmt: skip
    assert composer.buyer_language(Order.get_by_id(pk)) == language
    draft = composer.draft(pk, "delivered_check", None, "short")
    assert draft.language == language and draft.missing == []
    if language == "nl":
        assert draft.text.startswith("Hallo Lotte, uw bestelling 12-")
        assert "is geleverd" in draft.text and "delivered" not in draft.text
        address = composer.draft(pk, "paid_confirm_address", None, "warm").text
        assert "verzendadres" in address and ("België" in address or "Nederland" in address)
    else:
        assert draft.text.startswith("Bonjour Lotte") and "commande" in draft.text
