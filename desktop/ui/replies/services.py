"""What the replies widgets share: the catalogue, the library and today's settings, built
once by the feature and passed to each widget."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from PySide6.QtCore import QLocale

from desktop.core.day import seller_day
from desktop.core.models import Order, Shop
from desktop.core.replies.catalogue import Catalogue, load_catalogue
from desktop.core.replies.compose import Composer
from desktop.core.replies.followup import PlanSettings, Transit
from desktop.core.replies.library import Library
from desktop.core.replies.order_values import ValueOptions
from desktop.ui.i18n import choose_language
from desktop.ui.settings_store import Settings


def _utc_now() -> datetime:
    return datetime.now(UTC)


def seller_language_of(settings: Settings, available: object) -> str:
    """The seller's own language: her choice in Settings, else the interface language."""
    chosen = str(settings.get("seller/language") or "")
    if not chosen:
        chosen = choose_language(
            str(settings.get("ui/language") or ""), QLocale.system().uiLanguages()
        )
    return chosen if chosen in available else "en"  # type: ignore[operator]


def transit_of(settings: Settings) -> Transit:
    return Transit.of(seller_day(settings.get))


def plan_settings_of(settings: Settings) -> PlanSettings:
    # The seller's day (desktop.core.day) is the one "today" of the app.
    day = seller_day(settings.get)
    return PlanSettings(
        no_news_days=day.no_news_days,
        after_delivery_days=int(settings.get("followup/after_delivery_days")),
        not_received_after_days=int(settings.get("followup/not_received_days")),
        zone=day.zone,
        transit=transit_of(settings),
    )


@dataclass
class RepliesServices:
    settings: Settings
    catalogue: Catalogue = field(default_factory=load_catalogue)
    # Injected in tests to freeze the clock.
    now: Callable[[], datetime] = _utc_now

    def __post_init__(self) -> None:
        self.library = Library(self.catalogue)

    def value_options(self) -> ValueOptions:
        # Read on every use: a change in the Settings dialog applies to the next message.
        return ValueOptions(
            signature=str(self.settings.get("seller/signature") or ""),
            shop_name=str(self.settings.get("replies/shop_name") or ""),
            transit=transit_of(self.settings),
            today=self.today().date(),
        )

    def composer(self) -> Composer:
        return Composer(self.catalogue, self.library, self.value_options())

    def seller_language(self) -> str:
        return seller_language_of(self.settings, self.catalogue.texts)

    def default_variant(self) -> str:
        variant = str(self.settings.get("replies/variant") or "warm")
        return variant if variant in ("short", "warm") else "warm"

    def plan_settings(self) -> PlanSettings:
        return plan_settings_of(self.settings)

    def answer_days(self) -> int:
        return int(self.settings.get("followup/open_case_days"))

    def today(self) -> datetime:
        return self.now().astimezone(self.plan_settings().zone)

    def needs_signature(self, order: Order) -> bool:
        """Nobody has said how to sign this shop's replies yet (asked once, on first use)."""
        shop: Shop | None = order.shop
        if shop is not None and shop.signature.strip():
            return False
        return not str(self.settings.get("seller/signature") or "").strip() or shop is not None

    def remember_signature(self, order: Order, signature: str) -> None:
        """Sign this shop's replies so from now on; without a shop, all replies."""
        signature = signature.strip()
        if not signature:
            return
        shop: Shop | None = order.shop
        if shop is not None:
            Shop.update(signature=signature).where(Shop.id == shop.id).execute()  # type: ignore[attr-defined]
        else:
            self.settings.set("seller/signature", signature)
            self.settings.sync()
