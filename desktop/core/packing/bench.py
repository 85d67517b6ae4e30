"""The pack station's rules, shared by the window and the `pack` command.

One order at a time is on the bench. Scanning its checklist or tracking number opens it (or
refuses it: cancelled, refunded, shipped, delivered, already packed); item scans fill the
box; when every line is satisfied it is marked Packed and the box is sealed; scanning the
order's own label (checklist barcode or tracking number) is the last step. Scanning another
order half-way asks first, and the first order is kept as interrupted. Every scan is logged.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from desktop.core.models import EvidenceItem
from desktop.core.models.base import utc_now
from desktop.core.packing import scanlog
from desktop.core.packing.guards import Refusal, check_order
from desktop.core.packing.lookup import find_order, normalize, sku_for_barcode
from desktop.core.packing.scan_results import (
    ACCEPTED,
    AFTER_PACKED,
    ASK_SWITCH,
    CLOSED,
    COMPLETED,
    ERRORS,
    EXTRA,
    INCOMPLETE,
    INTERRUPTED,
    LABEL,
    LABEL_EARLY,
    NO_VIDEO,
    NOT_FOUND,
    OPENED,
    REFUSED,
    RESUMED,
    TICKED,
    UNTICKED,
    WRONG,
)
from desktop.core.packing.session import PackSession, ScanOutcome
from desktop.core.packing.status import NotPackableError, OrderGoneError, mark_packed
from desktop.core.printing.checklist import FragileRule, HighValueRule, load_checklists


@dataclass(frozen=True)
class ScanEvent:
    code: str
    result: str
    message: str  # in English, for the log and the headless seam; the window words its own
    order_pk: int | None
    params: dict[str, Any] = field(default_factory=dict)
    line_index: int | None = None
    completed: bool = False  # this scan made the order Packed

    @property
    def is_error(self) -> bool:
        return self.result in ERRORS

    def as_json(self) -> dict[str, Any]:
        return {"code": self.code, "result": self.result, "message": self.message}


def order_has_video(order_pk: int) -> bool:
    """A packing video is already attached to the order (and not removed)."""
    return bool(
        EvidenceItem.select()
        .where(
            (EvidenceItem.order == order_pk)
            & (EvidenceItem.kind == "video")
            & EvidenceItem.removed_at.is_null()
        )
        .exists()
    )


def _same(a: str, b: str) -> bool:
    return bool(a) and normalize(a).casefold() == normalize(b).casefold()


class PackBench:
    def __init__(
        self,
        packer: str = "",
        station: str | None = None,
        rule: HighValueRule | None = None,
        fragile: FragileRule | None = None,
        auto_complete: bool = True,
        video_for_high_value: bool = False,
        has_video: Callable[[int], bool] = order_has_video,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self.packer = packer
        self.station = scanlog.this_station() if station is None else station
        self.rule = rule or HighValueRule()
        self.fragile = fragile or FragileRule()
        self.auto_complete = auto_complete
        self.video_for_high_value = video_for_high_value
        self.has_video = has_video
        self.clock = clock
        self.session: PackSession | None = None
        self.packed = False  # the open order is Packed, its label not scanned yet
        self.interrupted: dict[int, PackSession] = {}
        self._switch_to: int | None = None

    # -- what is on the bench ------------------------------------------------------------
    @property
    def order_pk(self) -> int | None:
        return None if self.session is None else self.session.order_pk

    @property
    def order_id(self) -> str:
        return "" if self.session is None else self.session.checklist.order_id

    def _is_own_label(self, code: str) -> bool:
        if self.session is None:
            return False
        checklist = self.session.checklist
        return _same(checklist.order_id, code) or _same(checklist.tracking, code)

    # -- logging -------------------------------------------------------------------------
    def _event(
        self,
        code: str,
        result: str,
        message: str,
        order_pk: int | None,
        log: bool = True,
        **params: Any,
    ) -> ScanEvent:
        line_index = params.pop("line_index", None)
        completed = bool(params.pop("completed", False))
        event = ScanEvent(code, result, message, order_pk, params, line_index, completed)
        if log:
            scanlog.record(
                order_pk, code, result, message, self.packer, self.station, self.clock()
            )
        return event

    # -- scanning ------------------------------------------------------------------------
    def scan(self, raw: str) -> ScanEvent:
        code = normalize(raw)
        if not code:
            # Enter on an empty field: complete the order when it can be.
            if self.session is not None and self.session.complete and not self.packed:
                return self.complete()
            return ScanEvent("", "empty", "", self.order_pk)
        switch_to, self._switch_to = self._switch_to, None
        if self.session is None:
            return self._open_code(code)
        if self._is_own_label(code):
            return self._label(code)
        if self.packed:
            other = find_order(code)
            if other is not None and other != self.order_pk:
                self.close(log=False)
                return self._open(other, code)
            return self._event(
                code, AFTER_PACKED,
                f"order {self.order_id} is packed: scan its label, or the next order",
                self.order_pk, order=self.order_id,
            )  # fmt: skip
        return self._item(code, switch_to)

    def _item(self, code: str, switch_to: int | None) -> ScanEvent:
        session = self.session
        assert session is not None
        result = session.scan(code)
        if result.outcome is ScanOutcome.ACCEPTED:
            assert result.line_index is not None
            pack = session.lines[result.line_index]
            event = self._event(
                code, ACCEPTED,
                f"{pack.line.sku}: {pack.packed} of {pack.line.quantity} in the box",
                session.order_pk, line_index=result.line_index, sku=pack.line.sku,
                packed=pack.packed, quantity=pack.line.quantity,
            )  # fmt: skip
            if session.complete and self.auto_complete:
                done = self.complete()
                if done.result == COMPLETED:
                    return ScanEvent(
                        code, ACCEPTED, f"{event.message}; {done.message}", session.order_pk,
                        {**event.params, **done.params}, result.line_index, completed=True,
                    )  # fmt: skip
                return done
            return event
        if result.outcome is ScanOutcome.EXTRA:
            return self._event(
                code, EXTRA, f"extra item: every {code} of this order is already in the box",
                session.order_pk, line_index=result.line_index,
            )  # fmt: skip
        other = find_order(code)
        if other is not None and other != session.order_pk:
            if session.packed_units == 0 or switch_to == other:
                return self._switch(other, code)
            self._switch_to = other
            return self._event(
                code, ASK_SWITCH,
                f"order {self.order_id} is half packed ({session.packed_units} of "
                f"{session.total_units}): scan {code} again to switch to it and keep "
                f"{self.order_id} as interrupted, or go on with {self.order_id}",
                session.order_pk, order=self.order_id, other=code,
                packed=session.packed_units, units=session.total_units,
            )  # fmt: skip
        return self._event(
            code, WRONG, f"wrong item: {code} is not in this order", session.order_pk
        )

    def _switch(self, other: int, code: str) -> ScanEvent:
        session = self.session
        assert session is not None
        if session.packed_units:
            self.interrupted[session.order_pk] = session
            self._event(
                code, INTERRUPTED,
                f"interrupted with {session.packed_units} of {session.total_units} in the box",
                session.order_pk, packed=session.packed_units, units=session.total_units,
            )  # fmt: skip
        self.session, self.packed = None, False
        return self._open(other, code, interrupted=self.order_id_of(session))

    @staticmethod
    def order_id_of(session: PackSession) -> str:
        return session.checklist.order_id

    def _label(self, code: str) -> ScanEvent:
        session = self.session
        assert session is not None
        if not session.complete:
            missing = session.total_units - session.packed_units
            return self._event(
                code, LABEL_EARLY,
                f"label of {self.order_id} scanned, but {missing} items are still missing",
                session.order_pk, missing=missing,
            )  # fmt: skip
        completed = False
        if not self.packed:
            done = self.complete()
            if done.result != COMPLETED:
                return done
            completed = True
        order_id = self.order_id
        event = self._event(
            code, LABEL, f"label scanned: order {order_id} is sealed", session.order_pk,
            order=order_id, completed=completed,
        )  # fmt: skip
        self.session, self.packed = None, False
        return event

    # -- opening -------------------------------------------------------------------------
    def _open_code(self, code: str) -> ScanEvent:
        pk = find_order(code)
        if pk is None:
            return self._event(
                code, NOT_FOUND, f"not_found: no order has the id or tracking number {code}",
                None, log=True,
            )  # fmt: skip
        return self._open(pk, code)

    def open(self, order_pk: int, code: str = "") -> ScanEvent:
        """Open an order on the bench (queued, or picked from a list) as a scan would."""
        if self.session is not None:
            self.close(log=False)
        return self._open(order_pk, code)

    def _open(self, order_pk: int, code: str, interrupted: str = "") -> ScanEvent:
        refusal = check_order(order_pk)
        if refusal is not None:
            return self._refused(order_pk, code, refusal)
        checklists = load_checklists([order_pk], self.rule, self.fragile)
        if not checklists:
            return self._refused(order_pk, code, Refusal("gone", ""))
        checklist = checklists[0]
        earlier = self.interrupted.pop(order_pk, None)
        session = PackSession(checklist, alias=sku_for_barcode)
        if earlier is not None and earlier.checklist.lines == checklist.lines:
            session.lines = earlier.lines
        self.session, self.packed = session, False
        if earlier is not None:
            return self._event(
                code, RESUMED,
                f"order {checklist.order_id} resumed: {session.packed_units} of "
                f"{session.total_units} already in the box",
                order_pk, order=checklist.order_id, packed=session.packed_units,
                units=session.total_units, interrupted=interrupted,
            )  # fmt: skip
        return self._event(
            code, OPENED, f"order {checklist.order_id}: scan the {session.total_units} items",
            order_pk, order=checklist.order_id, units=session.total_units,
            interrupted=interrupted,
        )  # fmt: skip

    def _refused(self, order_pk: int, code: str, refusal: Refusal) -> ScanEvent:
        row_id = code or str(order_pk)
        checklists = load_checklists([order_pk], self.rule, self.fragile)
        order_id = checklists[0].order_id if checklists else row_id
        return self._event(
            code, REFUSED, refusal.reason(order_id), order_pk if checklists else None,
            status=refusal.status, order=order_id, marketplace_status=refusal.marketplace_status,
            packed_at=refusal.packed_at, packed_by=refusal.packed_by,
        )  # fmt: skip

    # -- finishing -----------------------------------------------------------------------
    def complete(self) -> ScanEvent:
        session = self.session
        if session is None:
            return ScanEvent("", "empty", "", None)
        if self.packed:
            return ScanEvent("", COMPLETED, f"order {self.order_id} is already packed", self.order_pk)
        if not session.complete:
            missing = session.total_units - session.packed_units
            return self._event(
                "", INCOMPLETE, f"not complete: {missing} items still missing",
                session.order_pk, missing=missing,
            )  # fmt: skip
        # Read again now: a cancellation may have been imported while the box was filled.
        refusal = check_order(session.order_pk)
        if refusal is not None:
            event = self._refused(session.order_pk, "", refusal)
            self.session, self.packed = None, False
            return event
        try:
            when = mark_packed(session.order_pk, self.packer, self.clock())
        except (OrderGoneError, NotPackableError):
            event = self._refused(session.order_pk, "", check_order(session.order_pk) or Refusal("gone", ""))
            self.session, self.packed = None, False
            return event
        self.packed = True
        params: dict[str, Any] = {"order": self.order_id, "when": when, "completed": True}
        message = f"order {self.order_id} packed; seal the box and scan its label"
        checklist = session.checklist
        if self.video_for_high_value and checklist.high_value and not self.has_video(session.order_pk):
            params["no_video"] = True
            message += "; WARNING: high-value order packed without a packing video"
        event = self._event("", COMPLETED, message, session.order_pk, **params)
        if params.get("no_video"):
            self._event(
                "", NO_VIDEO, "high-value order packed without a packing video", session.order_pk
            )
        return event

    def tick(self, index: int, ticked: bool) -> ScanEvent:
        """The manual fallback for an item with no barcode: the packer vouches for the line."""
        session = self.session
        assert session is not None
        session.set_ticked(index, ticked)
        line = session.lines[index].line
        label = line.sku or line.title
        event = self._event(
            "", TICKED if ticked else UNTICKED,
            f"{label} {'ticked' if ticked else 'unticked'} by hand", session.order_pk,
            line_index=index,
        )  # fmt: skip
        if ticked and session.complete and self.auto_complete and not self.packed:
            done = self.complete()
            return ScanEvent(event.code, event.result, event.message, event.order_pk,
                             done.params, index, completed=done.result == COMPLETED)
        return event

    def close(self, log: bool = True) -> ScanEvent | None:
        """Put the open order aside: a half-packed one is kept as interrupted."""
        session = self.session
        if session is None:
            return None
        self.session, self.packed, self._switch_to = None, False, None
        if not session.complete and session.packed_units:
            self.interrupted[session.order_pk] = session
            return self._event(
                "", INTERRUPTED,
                f"interrupted with {session.packed_units} of {session.total_units} in the box",
                session.order_pk, packed=session.packed_units, units=session.total_units,
            )  # fmt: skip
        if log:
            return self._event("", CLOSED, "closed", session.order_pk)
        return None
