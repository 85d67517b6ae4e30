from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QAction

from desktop.core.models import Order
from desktop.core.replies import cases
from desktop.core.replies.followup import due_order_ids
from desktop.ui.context import AppContext
from desktop.ui.replies.case_panel import CasePanel
from desktop.ui.replies.composer import ReplyComposer
from desktop.ui.replies.feature import RepliesFeature
from desktop.ui.replies.followup_widget import FollowUpPlanWidget

from .conftest import NOW


def test_case_walks_its_seven_steps_from_the_composer(qtbot, services, make_order) -> None:  # type: ignore[no-untyped-def]
    pk = make_order(workflow_status="delivered", delivered_at=NOW - timedelta(days=30))
    feature = RepliesFeature(AppContext(data_dir=Path("."), settings=services.settings), services)
    tabs = dict(feature.detail_tabs(feature._ctx))
    composer, panel = tabs["Replies"], tabs["Case"]
    assert isinstance(composer, ReplyComposer) and isinstance(panel, CasePanel)
    qtbot.addWidget(composer)
    qtbot.addWidget(panel)
    composer.resize(1200, 800)
    panel.set_order(pk)
    composer.set_order(pk)
    assert "No case" in panel.summary.text()

    panel.kind.setCurrentIndex(panel.kind.findData("damaged_item"))
    panel.open_button.click()
    order = Order.get_by_id(pk)
    assert order.has_open_case
    assert pk in due_order_ids(NOW.date())
    assert composer.banner.isVisibleTo(composer)

    # Step by step: the Case tab asks the composer to write the step; copying completes it.
    fills = {"case_identify": ("issue_summary", "damaged"), "case_propose": ("solution", "resend")}
    for position in range(1, 8):
        panel.write_button.click()
        key = cases.STEPS[position - 1].scenario_key
        assert composer.scenario_key == key
        if key in fills:
            composer.form.set_value(*fills[key])
        if key == "case_follow_up":
            composer.form.set_value("resolve_by", "2024-12-06")
        assert composer.banner.completes.isChecked()
        next_day = QDate(2024, 12, 1).addDays(position)
        composer.banner.next_due.setDate(next_day)
        assert composer.copy_button.isEnabled(), composer.status.text()
        if position == 7:
            # Closing the case asks how it ended; nothing is logged until that is said.
            composer.copy_button.click()
            assert "resolved" in composer.status.text()
            assert Order.get_by_id(pk).has_open_case
            composer.banner.resolution.setCurrentIndex(
                composer.banner.resolution.findData("resend")
            )
        composer.copy_button.click()
        if position < 7:
            assert panel.summary.text().endswith(f"{position + 1} of 7")
            follow_up = Order.get_by_id(pk).follow_up_at.date()  # type: ignore[union-attr]
            if key == "case_follow_up":
                # The date promised in the message ("resolved by 6 December") is the next due.
                assert follow_up.isoformat() == "2024-12-06"
            else:
                assert follow_up <= next_day.toPython()
            # Copying the same message again does not complete the next step.
            composer.copy_button.click()
            assert panel.summary.text().endswith(f"{position + 1} of 7")
    order = Order.get_by_id(pk)
    assert not order.has_open_case and order.follow_up_at is None
    assert panel.reopen_button.isVisibleTo(panel)

    assert cases.cases_json(pk)[0]["resolution"] == "resend"


def test_case_panel_buttons(qtbot, services, make_order) -> None:  # type: ignore[no-untyped-def]
    pk = make_order(workflow_status="closed")
    asked: list[bool] = []
    panel = CasePanel(services, choose_resolution=lambda _w: asked.append(True) or None)  # type: ignore[func-returns-value]
    qtbot.addWidget(panel)
    panel.set_order(pk)
    panel.open_button.click()
    panel.done_button.click()
    assert panel.summary.text().endswith("2 of 7")
    panel.next_due.setDate(QDate(2024, 12, 9))
    panel.set_due_button.click()
    assert Order.get_by_id(pk).follow_up_at.date().isoformat() <= "2024-12-09"  # type: ignore[union-attr]
    assert pk not in due_order_ids(NOW.date())
    panel.amount.setText("abc")
    panel.save_resolution.click()
    assert "not a number" in panel.status.text()
    panel.resolution.setCurrentIndex(panel.resolution.findData("partial_refund"))
    panel.amount.setText("8,50")
    panel.save_resolution.click()
    assert cases.cases_json(pk)[0]["resolution_amount"] == "8.50"
    panel.resolution.setCurrentIndex(0)
    panel.save_resolution.click()
    panel.close_button.click()
    # No resolution yet: closing asks, and the seller cancelled.
    assert asked and Order.get_by_id(pk).has_open_case
    panel.resolution.setCurrentIndex(panel.resolution.findData("partial_refund"))
    panel.save_resolution.click()
    panel.close_button.click()
    assert not Order.get_by_id(pk).has_open_case
    panel.reopen_button.click()
    assert Order.get_by_id(pk).has_open_case


def test_followup_widget_lists_today_and_activates(qtbot, services, make_order) -> None:  # type: ignore[no-untyped-def]
    shipped = make_order(shipped_at=NOW - timedelta(hours=20))
    make_order(shipped_at=None, workflow_status="to_pack", tracking_number=None)
    ctx = AppContext(data_dir=Path("."), settings=services.settings)
    widget = FollowUpPlanWidget(ctx, services=services)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.order_ids() == [shipped])
    row = widget.model.plan_rows()[0]
    assert row.reason_key == "shipped" and row.local_time == "03:10"
    # Grouped: a header row with the reason and its count, then the order.
    assert "Shipped" in widget.model.data(widget.model.index(0, 0))
    with qtbot.waitSignal(widget.order_activated) as signal:
        widget.view.activated.emit(widget.model.index(1, 0))
    assert signal.args == [shipped]
    cases.open_case(shipped, "not_received", now=NOW)
    with qtbot.waitSignal(widget.loaded):
        widget.refresh()
    assert widget.model.plan_rows()[0].reason_key == "case_due"


def test_followup_widget_caps_each_group_and_shows_all(qtbot, services, make_order) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.replies.followup_widget import CAP

    for _ in range(CAP + 3):
        make_order(shipped_at=NOW - timedelta(hours=20))
    waiting = make_order(shipped_at=NOW - timedelta(days=3))
    from desktop.core.replies import log

    log.record(waiting, log.IN, "Where is my parcel??", at=NOW - timedelta(days=2))
    widget = FollowUpPlanWidget(
        AppContext(data_dir=Path("."), settings=services.settings), services=services
    )
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: bool(widget.order_ids()))
    # The waiting buyer comes first, with how long she has waited.
    first = widget.model.plan_rows()[0]
    assert first.order_pk == waiting and first.reason_key == "buyer_waiting"
    assert "2" in first.reason
    assert len(widget.order_ids()) == 1 + CAP
    assert widget.show_all.isVisibleTo(widget)
    widget.show_all.setChecked(True)
    assert len(widget.order_ids()) == CAP + 4


# Building the whole window loads Qt Multimedia (the evidence area), which logs its hardware
# probing at warning level on machines without a GPU.
@pytest.mark.qt_log_ignore(
    r"Couldn't (resolve|load)", r"Using Qt multimedia", r"No HW decoder", r"No RHI backend"
)
def test_plugged_into_the_main_window(window_factory, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = window_factory()
    titles = [window.detail.tabText(i) for i in range(window.detail.count())]
    assert "Replies" in titles and "Case" in titles
    assert "replyTemplates" in [a.objectName() for a in window.findChildren(QAction)]
