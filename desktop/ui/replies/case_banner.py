"""The strip above the composer when the order has an open case: which step is next, a
button to write it, and the follow-up date that logging the message sets."""

from __future__ import annotations

from datetime import UTC, datetime, time

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from desktop.core.models.replies import Case
from desktop.core.replies import cases
from desktop.ui.replies.services import RepliesServices
from desktop.ui.replies.words import resolution_text, translate


def qdate_to_utc(value: QDate, services: RepliesServices) -> datetime:
    """Start of the chosen day on the seller's clock, stored as UTC."""
    zone = services.plan_settings().zone
    local = datetime.combine(value.toPython(), time(0), tzinfo=zone)  # type: ignore[arg-type]
    return local.astimezone(UTC)


class CaseBanner(QFrame):
    scenario_requested = Signal(str)

    def __init__(self, services: RepliesServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#caseBanner { background: #fff6e0; }")
        self._services = services
        self.case: Case | None = None
        self.label = QLabel(self)
        self.write_step = QPushButton(translate("Replies", "Write this step"), self)
        self.write_step.setObjectName("writeCaseStep")
        self.write_kind = QPushButton(self)
        self.write_kind.setObjectName("writeCaseKind")
        self.completes = QCheckBox(
            translate("Replies", "Logging the message completes this step; next follow-up"), self
        )
        self.completes.setObjectName("completesStep")
        self.next_due = QDateEdit(self)
        self.next_due.setObjectName("caseNextDue")
        self.next_due.setCalendarPopup(True)
        self.next_due.setDisplayFormat("yyyy-MM-dd")
        # Closing the case (its last step) records how it ended.
        self.resolution = QComboBox(self)
        self.resolution.setObjectName("caseBannerResolution")
        for key in ("", *cases.RESOLUTIONS):
            self.resolution.addItem(resolution_text(key), key)
        self._offered: int | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.write_step)
        layout.addWidget(self.write_kind)
        layout.addWidget(self.completes)
        layout.addWidget(self.next_due)
        layout.addWidget(self.resolution)
        self.write_step.clicked.connect(self._request_step)
        self.write_kind.clicked.connect(
            lambda: self.case and self.scenario_requested.emit(self.case.kind)
        )
        self.hide()

    def load(self, order_pk: int | None) -> None:
        self.case = cases.open_case_for_order(order_pk) if order_pk is not None else None
        step = cases.current_step(self.case.id) if self.case else None
        if self.case is None or step is None:
            self.hide()
            return
        catalogue = self._services.catalogue
        language = self._services.seller_language()
        kind_title = (
            catalogue.scenario(self.case.kind).title(language)
            if catalogue.has_scenario(self.case.kind)
            else self.case.kind
        )
        step_title = catalogue.scenario(cases.spec_of(step).scenario_key).title(language)
        self.label.setText(
            translate("Replies", "Case: {kind} — step {n} of 7: {step}").format(
                kind=kind_title, n=step.position, step=step_title
            )
        )
        self.write_kind.setText(kind_title)
        self.write_kind.setVisible(catalogue.has_scenario(self.case.kind))
        due = cases.default_next_due(step, self._services.now(), self._services.answer_days())
        local_due = (due or self._services.now()).astimezone(self._services.plan_settings().zone)
        self.next_due.setDate(QDate(local_due.year, local_due.month, local_due.day))
        last = step.position == len(cases.STEPS)
        self.next_due.setVisible(not last)
        self.resolution.setVisible(last)
        self.resolution.setCurrentIndex(max(0, self.resolution.findData(self.case.resolution)))
        self.show()

    def step_scenario(self) -> str | None:
        step = cases.current_step(self.case.id) if self.case else None
        return cases.spec_of(step).scenario_key if step else None

    def suits(self, scenario_key: str) -> bool:
        """Whether a message of this scenario is the case's next step."""
        return self.case is not None and scenario_key in {self.step_scenario(), self.case.kind}

    def offer_completion(self, scenario_key: str) -> None:
        suits = self.suits(scenario_key)
        self.completes.setChecked(suits)
        step = cases.current_step(self.case.id) if self.case and suits else None
        # The step this message is for: copying it again must not complete the next one.
        self._offered = step.position if step else None

    def resolution_missing(self) -> bool:
        """Logging now would close the case, and its outcome is not chosen yet."""
        step = cases.current_step(self.case.id) if self.case else None
        return (
            step is not None
            and step.position == len(cases.STEPS)
            and self.completes.isChecked()
            and not self.isHidden()
            and not self.resolution.currentData()
        )

    def complete_after_logging(self, message_id: int, promised: datetime | None = None) -> bool:
        """Complete the step the message was written for, if the seller left the box checked
        and it is still open; the date promised in the message sets the next due date."""
        if self.case is None or self.isHidden() or not self.completes.isChecked():
            return False
        step = cases.current_step(self.case.id)
        if step is None or self._offered is None or step.position != self._offered:
            return False
        if step.position == len(cases.STEPS) and self.resolution.currentData():
            cases.record_resolution(
                self.case.id, str(self.resolution.currentData()),
                self.case.resolution_amount, self.case.resolution_note,
            )  # fmt: skip
        cases.complete_step(
            self.case.id,
            message_id=message_id,
            next_due=qdate_to_utc(self.next_due.date(), self._services),
            now=self._services.now(),
            position=step.position,
            promised=promised,
        )
        self._offered = None
        self.completes.setChecked(False)
        return True

    def _request_step(self) -> None:
        key = self.step_scenario()
        if key:
            self.scenario_requested.emit(key)
