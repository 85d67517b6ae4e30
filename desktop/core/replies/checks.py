"""Whether a scenario's words are true for an order today: a message that says "not shipped
yet" for a shipped parcel, "on schedule" for a late one, or "cleared customs" with nothing to
show for it is flagged before the seller copies it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from desktop.core.models import Order
from desktop.core.replies.followup import WITH_DELIVERY_STATUS, Transit
from desktop.core.replies.localtime import zone_for

NOT_SHIPPED = {"to_pack", "packed"}
# Scenario stages (scenarios.json) and the order states they are true for.
_STAGE_STATES = {
    "paid": NOT_SHIPPED,
    "to_ship": NOT_SHIPPED,
    "shipped": {"shipped"},
    "in_transit": {"shipped"},
    "arriving": {"shipped"},
    "delivered": {"delivered", "closed"},
}
# Scenarios that state something no export column tells; the seller must know it.
CLAIMS = {
    "arriving_soon": "customs_cleared",
}
ON_SCHEDULE = {"in_transit_update", "logistics_inquiry", "shipped_tracking", "ship_date_notice"}
CHEERFUL = {"feedback_request", "arriving_soon", "closing_thanks", "delivered_check"}


@dataclass(frozen=True)
class Warning:
    code: str
    message: str  # English; the window words it from the code and values
    days: int | None = None
    status: str = ""

    def as_json(self) -> dict[str, object]:
        return {"code": self.code, "message": self.message}


def _local(moment: datetime, order: Order) -> date:
    zone, _ = zone_for(order.country, order.region)
    return moment.astimezone(ZoneInfo(zone)).date() if zone else moment.date()


def check(
    order: Order,
    scenario_key: str,
    stage: str,
    today: date,
    transit: Transit,
    has_open_case: bool | None = None,
) -> list[Warning]:
    """What is not true, or not known, if this scenario goes to this order today."""
    found: list[Warning] = []
    status = order.workflow_status or ""
    wanted = _STAGE_STATES.get(stage)
    if (
        stage == "delivered"
        and status == "shipped"
        and order.marketplace not in WITH_DELIVERY_STATUS
    ):
        wanted = None  # this marketplace never says "delivered": the seller knows better
    if wanted is not None and status and status not in wanted:
        if stage in {"paid", "to_ship"}:
            found.append(
                Warning(
                    "already_shipped",
                    "This message says the order has not shipped yet, but it has.",
                    status=status,
                )
            )
        elif status in NOT_SHIPPED:
            found.append(
                Warning(
                    "not_shipped",
                    "This message is about a parcel on its way, but the order has not shipped yet.",
                    status=status,
                )
            )
        elif status == "delivered" and stage != "delivered":
            found.append(
                Warning(
                    "already_delivered",
                    "This message is about a parcel on its way, but it has been delivered.",
                    status=status,
                )
            )
        elif stage == "delivered":
            found.append(
                Warning(
                    "not_delivered",
                    "This message says the parcel was delivered, but nothing says so.",
                    status=status,
                )
            )
    if order.shipped_at is None and order.ship_by is not None and status in NOT_SHIPPED:
        late = (today - _local(order.ship_by, order)).days
        if late > 0 and scenario_key in {"ship_date_notice", "paid_confirm_address"}:
            found.append(
                Warning(
                    "ship_by_past",
                    f"The ship-by date passed {late} day(s) ago; give the buyer a new date.",
                    days=late,
                )
            )
    if order.shipped_at is not None and status == "shipped" and scenario_key in ON_SCHEDULE:
        expected = transit.expected(_local(order.shipped_at, order), order.country)
        late = (today - expected).days
        if late > 0:
            found.append(
                Warning(
                    "past_expected",
                    f"The parcel is {late} day(s) past its expected delivery; it is not on schedule.",
                    days=late,
                )
            )
    claim = CLAIMS.get(scenario_key)
    if claim == "customs_cleared":
        found.append(
            Warning(
                "customs_claim",
                "This message says the parcel cleared customs: send it only if tracking shows that.",
            )
        )
    open_case = order.has_open_case if has_open_case is None else has_open_case
    if open_case and scenario_key in CHEERFUL:
        found.append(
            Warning(
                "open_case",
                "A case is open on this order: a cheerful message now reads as not listening.",
            )
        )
    return found
