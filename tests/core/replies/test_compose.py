from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from desktop.core.replies.compose import Composer, parse_amount, split_messages
from desktop.core.replies.language import language_for
from desktop.core.replies.order_values import first_name


def test_spanish_logistics_answer_is_filled_from_the_order(
    composer: Composer, make_order: Any
) -> None:
    pk = make_order()
    draft = composer.draft(pk, "logistics_inquiry")
    assert draft.language == "es"
    assert draft.missing == []
    assert "Javier" in draft.text
    assert "Correos" in draft.text and "LZ123456789CN" in draft.text
    assert "https://www.correos.es/" in draft.text
    # Shipped 20 Nov + 14 days in transit, written the Spanish way.
    assert "4 de diciembre de 2024" in draft.text


def test_seller_language_version_has_the_same_values(composer: Composer, make_order: Any) -> None:
    pk = make_order()
    draft = composer.draft(pk, "logistics_inquiry", "zh_CN")
    assert "Javier您好" in draft.text
    assert "2024年12月4日" in draft.text


def test_missing_value_is_reported_with_its_position(composer: Composer, make_order: Any) -> None:
    pk = make_order(carrier=None, tracking_number=None, shipped_at=None)
    draft = composer.draft(pk, "shipped_tracking", "en")
    assert draft.missing == ["carrier", "tracking_number", "tracking_link", "expected_delivery"]
    span = draft.rendered.spans[0]
    assert draft.text[span.start : span.end] == "{carrier}"


def test_fill_ins_are_formatted_for_the_buyer(composer: Composer, make_order: Any) -> None:
    pk = make_order()
    draft = composer.draft(
        pk,
        "package_delayed",
        "es",
        "short",
        {"delay_reason": "customs", "new_delivery_date": "2024-12-20"},
    )
    assert draft.missing == []
    assert "20 de diciembre de 2024" in draft.text
    money = composer.draft(pk, "no_longer_wanted", "es", "short", {"refund_amount": "5,5"})
    assert "5,50\u00a0€" in money.text
    english = composer.draft(pk, "no_longer_wanted", "en", "short", {"refund_amount": "5.5"})
    assert "€5.50" in english.text


def test_free_text_choice_is_kept(composer: Composer, make_order: Any) -> None:
    pk = make_order()
    draft = composer.draft(
        pk, "case_identify", "en", "short", {"issue_summary": "the lid is cracked"}
    )
    assert "the lid is cracked" in draft.text


def test_any_export_column_can_be_a_placeholder(composer: Composer, make_order: Any) -> None:
    from desktop.core.replies.placeholders import render

    pk = make_order()
    order = composer.order(pk)
    values = composer.values(order, "en", {})
    assert render("{column:Anything}", values).missing == ["column:Anything"]


@pytest.mark.parametrize(
    ("name", "country", "expected"),
    [
        ("Javier Martínez Ruiz", "ES", "Javier"),
        ("Mohd Amirul Hakim", "MY", "Amirul"),
        ("Nguyễn Văn An", "VN", "An"),
        ("山田 太郎", "JP", "山田 太郎"),
        ("สมชาย ใจดี", "TH", "สมชาย"),
        ("  ", "ES", None),
    ],
)
def test_first_name(name: str, country: str, expected: str | None) -> None:
    assert first_name(name, country) == expected


def test_language_from_country_and_marketplace() -> None:
    available = ["en", "es", "pt", "th", "zh_TW", "ar"]
    assert language_for("MX", "mercadolibre", available=available) == "es"
    assert language_for("BR", "aliexpress", available=available) == "pt"
    assert language_for("HK", "shopify", available=available) == "zh_TW"
    assert language_for("AE", "shopify", available=available) == "ar"
    assert language_for(None, "lazada", available=available) == "th"
    assert language_for("PL", "aliexpress", available=available) == "en"
    assert language_for("TH", "lazada", shop_language="en", available=available) == "en"
    assert language_for("JP", "etsy", available=["en"]) == "en"


def test_parse_amount() -> None:
    assert str(parse_amount("12,50")) == "12.50"
    assert str(parse_amount("1,234.50")) == "1234.50"
    assert str(parse_amount("1.234,50 €")) == "1234.50"
    assert str(parse_amount("1,234")) == "1234"
    assert parse_amount("abc") is None


def test_split_long_answer_into_short_messages() -> None:
    text = "Hi Ana, thanks!\n\nYour parcel is on its way.\nTracking: X1\n\nLin"
    assert split_messages(text) == [
        "Hi Ana, thanks!",
        "Your parcel is on its way.\nTracking: X1\nLin",
    ]
    long = " ".join(["This sentence is rather long but fine."] * 20)
    parts = split_messages(long, limit=120)
    assert len(parts) > 3 and all(len(p) <= 120 for p in parts)
    chinese = "非常抱歉。" * 80
    assert "".join(split_messages(chinese, limit=100)) == chinese


def test_unknown_order(composer: Composer) -> None:
    from desktop.core.replies.errors import OrderNotFoundError

    with pytest.raises(OrderNotFoundError):
        composer.draft(999999, "logistics_inquiry")


def test_dates_use_the_buyers_calendar_day(composer: Composer, make_order: Any) -> None:
    # 23:30 UTC on 20 Nov is already 21 Nov in Bangkok.
    pk = make_order(
        country="TH", region="Bangkok", shipped_at=datetime(2024, 11, 20, 23, 30, tzinfo=UTC)
    )
    draft = composer.draft(pk, "shipped_tracking", "en")
    assert "5 December 2024" in draft.text


def test_an_expected_date_already_past_is_asked_for(catalogue: Any, make_order: Any) -> None:
    from datetime import date

    from desktop.core.replies.library import Library
    from desktop.core.replies.order_values import ValueOptions

    pk = make_order()
    late = Composer(
        catalogue, Library(catalogue), ValueOptions(signature="Lin", today=date(2024, 12, 10))
    )
    assert late.draft(pk, "logistics_inquiry", "en").missing == ["expected_delivery"]
    on_time = Composer(
        catalogue, Library(catalogue), ValueOptions(signature="Lin", today=date(2024, 12, 1))
    )
    assert on_time.draft(pk, "logistics_inquiry", "en").missing == []


def test_the_customs_text_states_the_listing_clause_only_when_confirmed(
    composer: Composer, make_order: Any
) -> None:
    pk = make_order(country="US", region="IL", currency="USD")
    asked = composer.draft(pk, "customs_duties", "en", "warm", {"duty_share_amount": "5"})
    assert asked.missing == ["listing_clause"]
    neutral = composer.draft(pk, "customs_duties", "en", "warm",
                             {"duty_share_amount": "5", "listing_clause": "not_stated"})  # fmt: skip
    assert "product description" not in neutral.text and "In most countries" in neutral.text
    stated = composer.draft(pk, "customs_duties", "en", "warm",
                            {"duty_share_amount": "5", "listing_clause": "stated"})  # fmt: skip
    assert "As mentioned in the product description" in stated.text


def test_split_never_inside_numbers_or_urls_and_splits_thai() -> None:
    specs = "Great headphones with Bluetooth 5.3, 40h of battery and a case. " * 8
    link = "Track it at https://t.example/a.b?x=1.2 any time. "
    for part in split_messages(specs + link + "Thanks!", limit=140):
        assert not part.endswith("5.") and not part.startswith("3,")
        assert "https://t.example/a.b?x=1.2" in part or "https://" not in part
    german = "Ihr Paket kommt am 5. Dezember an. " * 12
    assert all(not p.endswith("5.") for p in split_messages(german, limit=100))
    thai = "สวัสดีค่ะ คุณสมชาย คำสั่งซื้อจัดส่งถึงแล้วค่ะ หวังว่าจะถูกใจนะคะ " * 8
    assert len(thai.strip()) > 451 - 100
    parts = split_messages(thai.strip())
    assert len(parts) > 1 and all(len(p) <= 320 for p in parts)
    assert " ".join(parts).split() == thai.split()


def test_the_mirror_follows_hand_edits() -> None:
    from desktop.core.replies.mirror import follow_edit

    rendered = "Hi Ann, I can refund you US$5.00 now."
    mirror = "Ann您好，我现在可以退款 US$5.00。"
    followed = follow_edit(rendered, rendered.replace("US$5.00", "US$15.00"), mirror)
    assert followed.complete and followed.text == "Ann您好，我现在可以退款 US$15.00。"
    # "5,00 €" beside "€5.00": the number is carried over.
    followed = follow_edit("I refund €5.00.", "I refund €15.00.", "Je rembourse 5,00 €.")
    assert followed.complete and followed.text == "Je rembourse 15,00 €."
    # Words the copy does not hold: it says it is out of date rather than showing the old text.
    followed = follow_edit("Hi Ann, thanks.", "Hi Ann, thanks a lot for waiting so long.", mirror)
    assert not followed.complete
