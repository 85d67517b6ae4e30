"""Who the buyer is and what time it is where they are, with a plain hint."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from desktop.core.models import Order
from desktop.core.replies.localefmt import country_name
from desktop.core.replies.localtime import BuyerTime, TimeHint, buyer_time
from desktop.ui.replies.services import RepliesServices
from desktop.ui.replies.words import hint_text, translate

_HINT_COLOURS = {
    TimeHint.GOOD: "#1e7e34",
    TimeHint.EARLY: "#b8860b",
    TimeHint.LATE: "#b8860b",
    TimeHint.NIGHT: "#8e2c2c",
}


class BuyerLine(QWidget):
    def __init__(self, services: RepliesServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._order: Order | None = None
        self.who = QLabel(self)
        self.who.setObjectName("buyerWho")
        self.time = QLabel(self)
        self.time.setObjectName("buyerTime")
        # Wrapped, never a minimum width: a long name and place must not widen the window.
        for label in (self.who, self.time):
            label.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.who, 1)
        layout.addWidget(self.time)
        self.current: BuyerTime | None = None

    def load(self, order: Order | None) -> None:
        self._order = order
        if order is None:
            self.who.setText(translate("Replies", "No order selected"))
            self.time.setText("")
            self.current = None
            return
        country = country_name(order.country, self._services.seller_language())
        # A region that repeats the city (Antwerpen, Antwerpen) is said once.
        place = ", ".join(dict.fromkeys(p.strip() for p in (order.city, order.region, country) if p and p.strip()))
        self.who.setText(
            translate("Replies", "<b>{buyer}</b> · order {order} · {place}").format(
                buyer=order.buyer_name or translate("Replies", "(no name)"),
                order=order.order_id,
                place=place or translate("Replies", "country unknown"),
            )
        )
        self.refresh_time()

    def refresh_time(self) -> None:
        order = self._order
        self.current = (
            buyer_time(order.country, order.region, self._services.now()) if order else None
        )
        if self.current is None:
            self.time.setText(translate("Replies", "Buyer's local time unknown") if order else "")
            return
        city = (order.city if order and order.city else "") or self.current.zone.rsplit("/", 1)[
            -1
        ].replace("_", " ")
        guess = "" if self.current.certain else translate("Replies", " (region unknown, guessed)")
        self.time.setText(
            translate("Replies", "{time} in {place}{guess} — {hint}").format(
                time=self.current.local.strftime("%H:%M"),
                place=city,
                guess=guess,
                hint=hint_text(self.current.hint),
            )
        )
        self.time.setStyleSheet(f"color: {_HINT_COLOURS[self.current.hint]}; font-weight: bold;")
