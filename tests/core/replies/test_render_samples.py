"""Every built-in scenario renders in every language, for orders from every shared sample,
with no raw placeholder left once the fill-in fields (and values an export lacks) are given."""

from __future__ import annotations

from pathlib import Path

from desktop.core.models import Order
from desktop.core.replies.catalogue import VARIANTS, Catalogue
from desktop.core.replies.compose import Composer
from desktop.core.replies.keys import pk_of
from desktop.core.replies.library import Library
from desktop.core.replies.order_values import ValueOptions
from desktop.core.replies.placeholders import render

FILL_INS = {
    "new_address": "Calle Mayor 1\n28013 Madrid",
    "refund_amount": "5.50",
    "duty_share_amount": "12",
    "new_delivery_date": "2024-12-20",
    "resolve_by": "2024-12-10",
    "alternative_link": "https://shop.example/similar",
    "delay_reason": "customs",
    "issue_summary": "damaged",
    "solution": "partial_refund",
    "listing_clause": "stated",
}
# What an export may lack; the composer asks the seller for it.
SELLER_SUPPLIED = {
    "carrier": "YunExpress",
    "tracking_number": "YT0000000001",
    "tracking_link": "https://t.example/YT0000000001",
    "ship_date": "2024-12-01",
    "expected_delivery": "2024-12-15",
    "shop_name": "Vase Studio",
    "shipping_method": "Standard",
    "ship_address": "somewhere",
    "items": "a vase",
    "buyer_first_name": "friend",
    "buyer_name": "friend",
    "quantity_total": "1",
    "order_total": "10",
}


def test_every_scenario_renders_in_every_language_for_every_sample(
    imported: Path, catalogue: Catalogue
) -> None:
    composer = Composer(catalogue, Library(catalogue), ValueOptions(signature="Lin"))
    marketplaces = [r.marketplace for r in Order.select(Order.marketplace).distinct()]
    assert len(marketplaces) == 9
    checked = 0
    for marketplace in marketplaces:
        # A shipped and a not-yet-shipped order of each file, and one more at random.
        picks = list(
            Order.select()
            .where(Order.marketplace == marketplace)
            .order_by(Order.workflow_status)
            .limit(1)
        )
        picks += list(
            Order.select()
            .where(Order.marketplace == marketplace)
            .order_by(Order.workflow_status.desc())
            .limit(1)
        )
        for order in picks:
            for language in catalogue.languages:
                values = composer.values(order, language, FILL_INS)
                for name, value in SELLER_SUPPLIED.items():
                    if not values.get(name):
                        values[name] = value
                for scenario in catalogue.scenarios:
                    for variant in VARIANTS:
                        result = render(catalogue.text(scenario.key, language, variant), values)
                        assert result.complete, (
                            marketplace,
                            order.order_id,
                            language,
                            scenario.key,
                            result.missing,
                        )
                        assert "{" not in result.text and "}" not in result.text
                        checked += 1
    assert checked >= 18 * len(catalogue.scenarios) * 2 * len(catalogue.languages)


def test_sample_orders_fill_most_values_themselves(imported: Path, catalogue: Catalogue) -> None:
    """A shipped AliExpress order needs nothing from the seller for a logistics answer."""
    composer = Composer(catalogue, Library(catalogue), ValueOptions(signature="Lin"))
    order = (
        Order.select()
        .where(
            (Order.marketplace == "aliexpress")
            & Order.tracking_number.is_null(False)
            & (Order.country == "ES")
        )
        .first()
    )
    draft = composer.draft(pk_of(order), "logistics_inquiry", "es")
    assert draft.missing == []
    assert order.tracking_number in draft.text
