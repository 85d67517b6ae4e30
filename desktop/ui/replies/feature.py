"""Plugs the replies area into the main window: the Replies and Case tabs of the order
detail, and Tools > My reply templates."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from desktop.core.notices import Changed
from desktop.ui.context import AppContext
from desktop.ui.replies.case_panel import CasePanel
from desktop.ui.replies.composer import ReplyComposer
from desktop.ui.replies.followup_widget import FollowUpPlanWidget
from desktop.ui.replies.services import RepliesServices
from desktop.ui.replies.template_manager import TemplateManager
from desktop.ui.replies.words import translate


class RepliesFeature:
    def __init__(self, ctx: AppContext, services: RepliesServices | None = None) -> None:
        self._ctx = ctx
        self.services = services or RepliesServices(ctx.settings)
        self.composer: ReplyComposer | None = None
        self.case_panel: CasePanel | None = None
        self.manager: TemplateManager | None = None

    def detail_tabs(self, ctx: AppContext) -> list[tuple[str, QWidget]]:
        composer = ReplyComposer(self.services)
        case_panel = CasePanel(self.services)
        # Siblings never import each other: the feature wires them.
        composer.message_logged.connect(
            lambda pk: ctx.notices.orders([pk], Changed.MESSAGES, source=composer)
        )
        composer.case_changed.connect(lambda _pk: case_panel.reload())
        case_panel.case_changed.connect(lambda pk: self._case_changed(pk))
        case_panel.compose_requested.connect(lambda key: self._compose(ctx, key))
        self.composer, self.case_panel = composer, case_panel
        return [
            (translate("Replies", "Replies"), composer),
            (translate("Replies", "Case"), case_panel),
        ]

    def _compose(self, ctx: AppContext, key: str) -> None:
        # Through the window's tab bar, which also brings the (possibly hidden, not yet
        # updated) Replies tab to the case's order before the scenario is chosen.
        if self.composer is None or self.case_panel is None:
            return
        if self.case_panel.order_pk is not None:
            ctx.open_order(self.case_panel.order_pk, self.composer)
        self.composer.select_scenario(key)

    def today_widgets(self, ctx: AppContext) -> list[QWidget]:
        """The daily follow-up plan, shown above the table in the Today view."""
        plan = FollowUpPlanWidget(ctx, services=self.services)
        plan.order_activated.connect(lambda pk: ctx.open_order(pk, self.composer))
        return [plan]

    def _case_changed(self, order_pk: int) -> None:
        if self.composer is not None:
            self.composer.banner.load(order_pk)
        self._ctx.notices.orders([order_pk], Changed.CASE, source=self.case_panel)

    def actions(self, ctx: AppContext) -> list[QAction]:
        action = QAction(translate("Replies", "My reply templates…"), ctx.window)
        action.setObjectName("replyTemplates")
        action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        action.setProperty("menu", "Tools")
        action.triggered.connect(self.open_templates)
        return [action]

    def open_templates(self) -> TemplateManager:
        manager = TemplateManager(self.services, self._ctx.window)
        if self.composer is not None:
            manager.templates_changed.connect(self.composer.picker.rebuild)
        manager.open()
        self.manager = manager
        return manager
