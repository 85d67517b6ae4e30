"""The Case tab: open a case on the order, follow its seven steps with their dates, record
the resolution, close or reopen it."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.amounts import parse_amount
from desktop.core.models.replies import Case
from desktop.core.replies import cases
from desktop.core.replies.errors import RepliesError
from desktop.ui.replies.case_banner import qdate_to_utc
from desktop.ui.replies.services import RepliesServices
from desktop.ui.replies.words import error_text, resolution_text, translate

ChooseResolution = Callable[[QWidget], str | None]


def ask_resolution(parent: QWidget) -> str | None:
    """How did the case end? None when the seller cancels."""
    keys = list(cases.RESOLUTIONS)
    labels = [resolution_text(key) for key in keys]
    label, ok = QInputDialog.getItem(
        parent,
        translate("Replies", "Close case"),
        translate("Replies", "How was the case resolved?"),
        labels,
        0,
        False,
    )
    return keys[labels.index(label)] if ok and label in labels else None


class CasePanel(QWidget):
    case_changed = Signal(int)  # order pk
    compose_requested = Signal(str)  # scenario key to write in the Replies tab

    def __init__(
        self,
        services: RepliesServices,
        parent: QWidget | None = None,
        choose_resolution: ChooseResolution = ask_resolution,
    ) -> None:
        super().__init__(parent)
        self._choose_resolution = choose_resolution
        self.setObjectName("casePanel")
        self.services = services
        self.order_pk: int | None = None
        language = services.seller_language()
        catalogue = services.catalogue

        self.kind = QComboBox(self)
        self.kind.setObjectName("caseKind")
        # The longest problem's name must not widen the pane; the open list shows it whole.
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind.setMinimumContentsLength(14)
        for key in cases.CASE_KINDS:
            self.kind.addItem(catalogue.scenario(key).title(language), key)
        self.open_button = QPushButton(translate("Replies", "Open a case"), self)
        self.open_button.setObjectName("openCase")
        self.cases = QComboBox(self)
        self.cases.setObjectName("caseChooser")
        self.cases.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.cases.setMinimumContentsLength(14)
        self.summary = QLabel(self)
        self.summary.setObjectName("caseSummary")
        self.summary.setWordWrap(True)
        self.steps = QTreeWidget(self)
        self.steps.setObjectName("caseSteps")
        self.steps.setRootIsDecorated(False)
        self.steps.setHeaderLabels(
            [
                translate("Replies", "Step"),
                translate("Replies", "Done"),
                translate("Replies", "Due"),
            ]
        )
        self.steps.setColumnWidth(0, 300)
        self.write_button = QPushButton(translate("Replies", "Write this step in Replies"), self)
        self.write_button.setObjectName("writeStep")
        self.done_button = QPushButton(translate("Replies", "Mark step done"), self)
        self.done_button.setObjectName("markStepDone")
        self.next_due = QDateEdit(self)
        self.next_due.setObjectName("stepDue")
        self.next_due.setCalendarPopup(True)
        self.next_due.setDisplayFormat("yyyy-MM-dd")
        self.set_due_button = QPushButton(translate("Replies", "Set follow-up date"), self)
        self.set_due_button.setObjectName("setFollowUp")

        self.resolution = QComboBox(self)
        self.resolution.setObjectName("caseResolution")
        for key in ("", *cases.RESOLUTIONS):
            self.resolution.addItem(resolution_text(key), key)
        self.amount = QLineEdit(self)
        self.amount.setObjectName("resolutionAmount")
        self.amount.setPlaceholderText(translate("Replies", "Amount refunded, e.g. 8.00"))
        self.note = QLineEdit(self)
        self.note.setObjectName("resolutionNote")
        self.save_resolution = QPushButton(translate("Replies", "Save resolution"), self)
        self.save_resolution.setObjectName("saveResolution")
        self.close_button = QPushButton(translate("Replies", "Close case"), self)
        self.close_button.setObjectName("closeCase")
        self.reopen_button = QPushButton(translate("Replies", "Reopen case"), self)
        self.reopen_button.setObjectName("reopenCase")
        self.status = QLabel(self)
        self.status.setObjectName("caseStatus")
        self.status.setWordWrap(True)
        self._layout()
        self._connect()
        self.set_order(None)

    def _layout(self) -> None:
        opener = QHBoxLayout()
        opener.addWidget(QLabel(translate("Replies", "New case:"), self))
        opener.addWidget(self.kind, 1)
        opener.addWidget(self.open_button)
        chooser = QHBoxLayout()
        chooser.addWidget(self.cases, 1)
        chooser.addWidget(self.close_button)
        chooser.addWidget(self.reopen_button)
        step_actions = QHBoxLayout()
        step_actions.addWidget(self.write_button)
        step_actions.addWidget(self.done_button)
        step_actions.addStretch(1)
        step_actions.addWidget(QLabel(translate("Replies", "Next follow-up:"), self))
        step_actions.addWidget(self.next_due)
        step_actions.addWidget(self.set_due_button)
        resolution = QGroupBox(translate("Replies", "Resolution"), self)
        form = QFormLayout(resolution)
        form.addRow(translate("Replies", "Outcome"), self.resolution)
        form.addRow(translate("Replies", "Amount"), self.amount)
        form.addRow(translate("Replies", "Note"), self.note)
        form.addRow("", self.save_resolution)
        layout = QVBoxLayout(self)
        layout.addLayout(opener)
        layout.addLayout(chooser)
        layout.addWidget(self.summary)
        layout.addWidget(self.steps, 1)
        layout.addLayout(step_actions)
        layout.addWidget(resolution)
        layout.addWidget(self.status)

    def _connect(self) -> None:
        self.open_button.clicked.connect(self.open_case)
        self.cases.currentIndexChanged.connect(lambda _i: self._show_case())
        self.write_button.clicked.connect(self._write_step)
        self.done_button.clicked.connect(self.mark_done)
        self.set_due_button.clicked.connect(self.set_follow_up)
        self.save_resolution.clicked.connect(self.record_resolution)
        self.close_button.clicked.connect(self.close_case)
        self.reopen_button.clicked.connect(self.reopen_case)

    # ----- loading ------------------------------------------------------------------------------
    def set_order(self, order_pk: int | None) -> None:
        self.order_pk = order_pk
        self.setEnabled(order_pk is not None)
        self.status.setText("")
        self.reload()

    def reload(self) -> None:
        keep = self.current_case_id()
        self.cases.blockSignals(True)
        self.cases.clear()
        language = self.services.seller_language()
        for case in cases.cases_for_order(self.order_pk) if self.order_pk is not None else []:
            title = self._kind_title(case.kind, language)
            state = (
                translate("Replies", "open")
                if case.status == cases.OPEN
                else translate("Replies", "closed")
            )
            opened = case.opened_at.astimezone().strftime("%Y-%m-%d")
            self.cases.addItem(f"{title} — {state} — {opened}", case.id)
        index = self.cases.findData(keep) if keep is not None else -1
        self.cases.setCurrentIndex(index if index >= 0 else 0)
        self.cases.blockSignals(False)
        self._show_case()

    def _kind_title(self, kind: str, language: str) -> str:
        catalogue = self.services.catalogue
        return catalogue.scenario(kind).title(language) if catalogue.has_scenario(kind) else kind

    def current_case_id(self) -> int | None:
        data = self.cases.currentData()
        return int(data) if data is not None else None

    def current_case(self) -> Case | None:
        case_id = self.current_case_id()
        return Case.get_or_none(Case.id == case_id) if case_id is not None else None

    def _show_case(self) -> None:
        case = self.current_case()
        has_case = case is not None
        for widget in (self.cases, self.steps, self.write_button, self.done_button, self.next_due,
                       self.set_due_button, self.save_resolution, self.resolution, self.amount, self.note):  # fmt: skip
            widget.setVisible(has_case)
        self.close_button.setVisible(has_case and case.status == cases.OPEN)  # type: ignore[union-attr]
        self.reopen_button.setVisible(has_case and case.status == cases.CLOSED)  # type: ignore[union-attr]
        self.steps.clear()
        if case is None:
            self.summary.setText(
                translate(
                    "Replies", "No case on this order. Open one when a buyer reports a problem."
                )
            )
            return
        language = self.services.seller_language()
        current = cases.current_step(case.id) if case.status == cases.OPEN else None
        for step in cases.steps(case.id):
            title = self.services.catalogue.scenario(cases.spec_of(step).scenario_key).title(
                language
            )
            done = step.done_at.astimezone().strftime("%Y-%m-%d %H:%M") if step.done_at else ""
            due = (
                step.due_at.astimezone().strftime("%Y-%m-%d")
                if step.due_at and not step.done_at
                else ""
            )
            item = QTreeWidgetItem(
                [
                    ("✓ " if step.done_at else "→ " if current and step.id == current.id else "   ")
                    + title,
                    done,
                    due,
                ]
            )
            if current is not None and step.id == current.id:
                font = item.font(0)
                font.setBold(True)
                for column in range(3):
                    item.setFont(column, font)
            elif step.done_at:
                item.setForeground(0, QColor(90, 120, 90))
            self.steps.addTopLevelItem(item)
        step_open = current is not None
        self.write_button.setEnabled(step_open)
        self.done_button.setEnabled(step_open)
        self.set_due_button.setEnabled(step_open)
        self.next_due.setEnabled(step_open)
        zone = self.services.plan_settings().zone
        today = self.services.now().astimezone(zone)
        self.next_due.setMinimumDate(QDate(today.year, today.month, today.day))
        if current is not None:
            # The date the step after this one falls due by the rule, from today: the current
            # step's own date may already be past.
            due = cases.next_due_for(
                current, self.services.now(), answer_days=self.services.answer_days()
            )
            local = (due or self.services.now()).astimezone(zone)
            self.next_due.setDate(QDate(local.year, local.month, local.day))
        self.resolution.setCurrentIndex(max(0, self.resolution.findData(case.resolution)))
        self.amount.setText("" if case.resolution_amount is None else str(case.resolution_amount))
        self.note.setText(case.resolution_note)
        if current is not None:
            self.summary.setText(
                translate("Replies", "Next: step {n} of 7").format(n=current.position)
            )
        else:
            self.summary.setText(
                translate("Replies", "Closed. Resolution: {outcome}").format(
                    outcome=resolution_text(case.resolution)
                )
            )

    # ----- actions --------------------------------------------------------------------------------
    def _changed(self, message: str = "") -> None:
        self.status.setText(message)
        self.reload()
        if self.order_pk is not None:
            self.case_changed.emit(self.order_pk)

    def open_case(self) -> None:
        if self.order_pk is None:
            return
        case = cases.open_case(self.order_pk, str(self.kind.currentData()), now=self.services.now())
        self.cases.addItem("", case.id)
        self.cases.setCurrentIndex(self.cases.count() - 1)
        self._changed(
            translate("Replies", "Case opened. Step 1: acknowledge the buyer's message today.")
        )

    def _write_step(self) -> None:
        case = self.current_case()
        step = cases.current_step(case.id) if case else None
        if step is not None:
            self.compose_requested.emit(cases.spec_of(step).scenario_key)

    def _resolution_for_closing(self, case: Case) -> bool:
        """The case has its outcome, or the seller gives it now; False when she cancels."""
        if case.resolution:
            return True
        chosen = self._choose_resolution(self)
        if not chosen:
            self.status.setText(
                translate("Replies", "The case stays open until you say how it was resolved.")
            )
            return False
        cases.record_resolution(case.id, chosen, case.resolution_amount, case.resolution_note)
        return True

    def mark_done(self) -> None:
        case = self.current_case()
        if case is None:
            return
        step = cases.current_step(case.id)
        closing = step is not None and step.position == len(cases.STEPS)
        if closing and not self._resolution_for_closing(case):
            return
        try:
            following = cases.complete_step(
                case.id,
                next_due=qdate_to_utc(self.next_due.date(), self.services),
                now=self.services.now(),
                position=step.position if step else None,
            )
        except RepliesError as error:
            self.status.setText(error_text(error))
            return
        self._changed(
            translate("Replies", "Step done.")
            if following
            else translate("Replies", "All seven steps done; the case is closed.")
        )

    def set_follow_up(self) -> None:
        case = self.current_case()
        if case is not None:
            cases.set_next_action(case.id, qdate_to_utc(self.next_due.date(), self.services))
            self._changed(
                translate("Replies", "Follow-up date set; the order shows in Today on that day.")
            )

    def record_resolution(self) -> None:
        case = self.current_case()
        if case is None:
            return
        amount: Decimal | None = None
        if self.amount.text().strip():
            amount = parse_amount(self.amount.text())
            if amount is None:
                self.status.setText(
                    translate("Replies", "The amount is not a number. Nothing was saved.")
                )
                return
        try:
            cases.record_resolution(
                case.id, str(self.resolution.currentData()), amount, self.note.text().strip()
            )
        except RepliesError as error:
            self.status.setText(error_text(error))
            return
        self._changed(translate("Replies", "Resolution saved."))

    def close_case(self) -> None:
        case = self.current_case()
        if case is not None and self._resolution_for_closing(case):
            cases.close_case(case.id, now=self.services.now())
            self._changed(translate("Replies", "Case closed."))

    def reopen_case(self) -> None:
        case = self.current_case()
        if case is not None:
            cases.reopen_case(case.id, now=self.services.now())
            self._changed(translate("Replies", "Case reopened."))
