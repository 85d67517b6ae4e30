"""After-sales cases: open on an order, walk the seven steps of the sources (initial response,
problem identification, solution proposal, follow-up with a date, resolution confirmation,
feedback request, closing), record the resolution. Keeps Order.has_open_case and
Order.follow_up_at in step with the open cases."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from desktop.core.models import Order
from desktop.core.models.base import database_proxy, utc_now
from desktop.core.models.replies import Case, CaseStep, Message
from desktop.core.replies.errors import OrderNotFoundError, RepliesError
from desktop.core.replies.keys import ORDER_PK


@dataclass(frozen=True)
class StepSpec:
    key: str
    scenario_key: str
    # Days from finishing the previous step until this one is due.
    days_after_previous: int


STEPS: tuple[StepSpec, ...] = (
    StepSpec("acknowledge", "case_acknowledge", 0),
    StepSpec("identify", "case_identify", 0),
    StepSpec("propose", "case_propose", 1),
    StepSpec("follow_up", "case_follow_up", 2),
    StepSpec("confirm", "case_confirm", 3),
    StepSpec("feedback", "case_feedback", 2),
    StepSpec("close", "case_close", 1),
)
RESOLUTIONS = ("refund", "resend", "return", "partial_refund")
# Scenarios a case can be opened for: the problems, not the routine lifecycle messages.
CASE_KINDS = (
    "damaged_item", "wrong_item", "not_received", "package_delayed", "out_of_stock",
    "customs_duties", "no_longer_wanted", "cancel_before_shipping", "cancel_after_shipping",
    "address_change_request", "address_change_shipped_low_value",
    "address_change_shipped_high_value", "logistics_inquiry",
)  # fmt: skip
OPEN = "open"
CLOSED = "closed"


class CaseError(RepliesError):
    """A case operation that does not fit the case's state."""


class ResolutionNeededError(CaseError):
    """A case closes only with its outcome recorded."""

    def __init__(self) -> None:
        super().__init__("say how the case was resolved before closing it")


class StepAlreadyDoneError(CaseError):
    """The step was completed before (the same message copied twice)."""


def _order(order_pk: int) -> Order:
    order = Order.get_or_none(order_pk == ORDER_PK)
    if order is None:
        raise OrderNotFoundError(order_pk)
    return order


def _case(case_id: int) -> Case:
    case = Case.get_or_none(Case.id == case_id)
    if case is None:
        raise CaseError(f"no such case: {case_id}")
    return case


def sync_order(order_pk: int) -> None:
    """has_open_case and follow_up_at (the earliest next action of the open cases)."""
    open_cases = Case.select().where((Case.order == order_pk) & (Case.status == OPEN))
    dues = [c.next_action_at for c in open_cases if c.next_action_at is not None]
    Order.update(
        has_open_case=open_cases.exists(),
        follow_up_at=min(dues) if dues else None,
    ).where(order_pk == ORDER_PK).execute()


def open_case(order_pk: int, kind: str, now: datetime | None = None, note: str = "") -> Case:
    """A new case; its first step (acknowledge) is due at once."""
    now = now or utc_now()
    with database_proxy.atomic():
        order = _order(order_pk)
        case = Case.create(order=order, kind=kind, opened_at=now, next_action_at=now, note=note)
        for position, spec in enumerate(STEPS, start=1):
            CaseStep.create(
                case=case, position=position, step=spec.key, due_at=now if position == 1 else None
            )
        sync_order(order_pk)
    return case


def steps(case_id: int) -> list[CaseStep]:
    return list(CaseStep.select().where(CaseStep.case == case_id).order_by(CaseStep.position))


def current_step(case_id: int) -> CaseStep | None:
    """The first step not done yet; None when all seven are done."""
    step: CaseStep | None = (
        CaseStep.select()
        .where((CaseStep.case == case_id) & CaseStep.done_at.is_null())
        .order_by(CaseStep.position)
        .first()
    )
    return step


def spec_of(step: CaseStep) -> StepSpec:
    return STEPS[step.position - 1]


def default_next_due(
    step: CaseStep, now: datetime, answer_days: int | None = None
) -> datetime | None:
    """When the step after this one falls due if the seller does not choose a date; a waiting
    step gets the seller's "answer an open case within" days when given."""
    if step.position >= len(STEPS):
        return None
    days = STEPS[step.position].days_after_previous
    if days and answer_days is not None:
        days = answer_days
    return now + timedelta(days=days)


def next_due_for(
    step: CaseStep,
    now: datetime,
    chosen: datetime | None = None,
    promised: datetime | None = None,
    answer_days: int | None = None,
) -> datetime | None:
    """The next step's due date: the date promised to the buyer in the message, else the
    seller's choice, else the rule; never before `now`."""
    rule = default_next_due(step, now, answer_days)
    if rule is None:
        return None
    for candidate in (promised, chosen):
        if candidate is not None and candidate >= now:
            return candidate
    return rule


def complete_step(
    case_id: int,
    *,
    message_id: int | None = None,
    next_due: datetime | None = None,
    now: datetime | None = None,
    note: str = "",
    position: int | None = None,
    promised: datetime | None = None,
) -> CaseStep | None:
    """Mark the current step done and schedule the next; completing the last closes the case
    (only once its resolution is recorded). `position` names the step meant: a step is
    completed once, so a second copy of the same message leaves the next step alone.
    Returns the next step, or None when the case is finished."""
    now = now or utc_now()
    with database_proxy.atomic():
        case = _case(case_id)
        if case.status != OPEN:
            raise CaseError("the case is closed")
        step = current_step(case_id)
        if step is None:
            raise CaseError("all steps are done")
        if position is not None and step.position != position:
            raise StepAlreadyDoneError(f"step {position} is already done")
        if step.position == len(STEPS) and not case.resolution:
            raise ResolutionNeededError()
        step.done_at = now
        step.message = Message.get_or_none(Message.id == message_id) if message_id else None
        step.note = note
        step.save()
        following = current_step(case_id)
        if following is None:
            case.status = CLOSED
            case.closed_at = now
            case.next_action_at = None
        else:
            due = next_due_for(step, now, next_due, promised)
            following.due_at = due
            following.save()
            case.next_action_at = due
        case.save()
        sync_order(case.order_id)
    return following


def set_next_action(case_id: int, when: datetime | None) -> None:
    with database_proxy.atomic():
        case = _case(case_id)
        case.next_action_at = when
        case.save()
        step = current_step(case_id)
        if step is not None:
            step.due_at = when
            step.save()
        sync_order(case.order_id)


def record_resolution(
    case_id: int, resolution: str, amount: Decimal | None = None, note: str = ""
) -> None:
    if resolution and resolution not in RESOLUTIONS:
        raise CaseError(f"unknown resolution: {resolution}")
    if amount is not None and amount < 0:
        raise CaseError("the amount cannot be negative")
    with database_proxy.atomic():
        case = _case(case_id)
        case.resolution = resolution
        case.resolution_amount = amount
        case.resolution_note = note
        case.save()


def close_case(case_id: int, now: datetime | None = None, resolution: str | None = None) -> None:
    """Close the case; its resolution must be recorded before or given here."""
    if resolution is not None and resolution not in RESOLUTIONS:
        raise CaseError(f"unknown resolution: {resolution}")
    with database_proxy.atomic():
        case = _case(case_id)
        if resolution:
            case.resolution = resolution
        if not case.resolution:
            raise ResolutionNeededError()
        case.status = CLOSED
        case.closed_at = now or utc_now()
        case.next_action_at = None
        case.save()
        sync_order(case.order_id)


def reopen_case(case_id: int, now: datetime | None = None) -> None:
    with database_proxy.atomic():
        case = _case(case_id)
        case.status = OPEN
        case.closed_at = None
        case.next_action_at = now or utc_now()
        case.save()
        sync_order(case.order_id)


def cases_for_order(order_pk: int) -> list[Case]:
    return list(
        Case.select().where(Case.order == order_pk).order_by(Case.opened_at.desc(), Case.id.desc())
    )


def open_case_for_order(order_pk: int) -> Case | None:
    case: Case | None = (
        Case.select()
        .where((Case.order == order_pk) & (Case.status == OPEN))
        .order_by(Case.opened_at.desc(), Case.id.desc())
        .first()
    )
    return case


def delete_case(case_id: int) -> None:
    with database_proxy.atomic():
        case = _case(case_id)
        order_pk = case.order_id
        case.delete_instance(recursive=False)
        sync_order(order_pk)


def step_state(step: CaseStep, current: CaseStep | None) -> str:
    if step.done_at is not None:
        return "done"
    if current is not None and step.id == current.id:
        return "current"
    return "pending"


def case_json(order_pk: int, now: datetime | None = None) -> dict[str, object] | None:
    """The order's open case (else its latest) with each step's due date and state
    (done, current, pending; "overdue" for a current step past its due date at `now`)."""
    case = open_case_for_order(order_pk) or next(iter(cases_for_order(order_pk)), None)
    if case is None:
        return None
    current = current_step(case.id) if case.status == OPEN else None
    now = now or utc_now()
    rows = []
    for step in steps(case.id):
        state = step_state(step, current)
        if state == "current" and step.due_at is not None and step.due_at < now - timedelta(days=1):
            state = "overdue"
        rows.append(
            {
                "position": step.position,
                "step": step.step,
                "scenario": STEPS[step.position - 1].scenario_key,
                "state": state,
                "due_at": _iso(step.due_at),
                "done_at": _iso(step.done_at),
            }
        )
    return {
        "kind": case.kind,
        "status": case.status,
        "opened_at": _iso(case.opened_at),
        "closed_at": _iso(case.closed_at),
        "next_action_at": _iso(case.next_action_at),
        "resolution": case.resolution,
        "steps": rows,
    }


def cases_json(order_pk: int) -> list[dict[str, object]]:
    """Cases with their steps, for the dispute pack and the CLI."""
    result: list[dict[str, object]] = []
    for case in cases_for_order(order_pk):
        result.append(
            {
                "kind": case.kind,
                "status": case.status,
                "opened_at": _iso(case.opened_at),
                "closed_at": _iso(case.closed_at),
                "next_action_at": _iso(case.next_action_at),
                "resolution": case.resolution,
                "resolution_amount": str(case.resolution_amount)
                if case.resolution_amount is not None
                else None,
                "resolution_note": case.resolution_note,
                "steps": [
                    {
                        "position": s.position,
                        "step": s.step,
                        "done_at": _iso(s.done_at),
                        "due_at": _iso(s.due_at),
                    }
                    for s in steps(case.id)
                ],
            }
        )
    return result


def _iso(value: datetime | None) -> str | None:
    return value.isoformat().replace("+00:00", "Z") if value else None
