"""What the replies widgets share: the catalogue, the library and today's settings, built
once by the feature and passed to each widget."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from desktop.core.day import seller_day
from desktop.core.replies.catalogue import Catalogue, load_catalogue
from desktop.core.replies.compose import Composer
from desktop.core.replies.followup import PlanSettings
from desktop.core.replies.library import Library
from desktop.core.replies.order_values import ValueOptions
from desktop.ui.settings_store import Settings


def _utc_now() -> datetime:
    return datetime.now(UTC)


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
        signature = str(
            self.settings.get("seller/signature") or self.settings.get("seller/name") or ""
        )
        return ValueOptions(
            signature=signature,
            shop_name=str(self.settings.get("replies/shop_name") or ""),
            transit_days=int(self.settings.get("replies/transit_days")),
            today=self.today().date(),
        )

    def composer(self) -> Composer:
        return Composer(self.catalogue, self.library, self.value_options())

    def seller_language(self) -> str:
        language = str(self.settings.get("seller/language") or "zh_CN")
        return language if language in self.catalogue.texts else "en"

    def default_variant(self) -> str:
        variant = str(self.settings.get("replies/variant") or "warm")
        return variant if variant in ("short", "warm") else "warm"

    def plan_settings(self) -> PlanSettings:
        # The seller's day (desktop.core.day) is the one "today" of the app.
        day = seller_day(self.settings.get)
        return PlanSettings(
            no_news_days=day.no_news_days,
            transit_days=day.transit_days,
            after_delivery_days=int(self.settings.get("followup/after_delivery_days")),
            zone=day.zone,
        )

    def answer_days(self) -> int:
        return int(self.settings.get("followup/open_case_days"))

    def today(self) -> datetime:
        return self.now().astimezone(self.plan_settings().zone)
