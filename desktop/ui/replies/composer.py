"""The Replies tab: pick a scenario, see the message in the buyer's language with the same
message in the seller's language beside it, fill what is missing, copy and log. The log of
the conversation sits underneath."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import (
    QGuiApplication,
    QKeySequence,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core.models import Order, OrderLine
from desktop.core.replies import log
from desktop.core.replies.catalogue import pick_title
from desktop.core.replies.checks import Warning
from desktop.core.replies.compose import split_messages
from desktop.core.replies.errors import RepliesError
from desktop.core.replies.followup import plan_for
from desktop.core.replies.language import remember_language
from desktop.core.replies.mirror import follow_edit
from desktop.core.replies.order_values import real_shop_name
from desktop.core.replies.placeholders import render, unfilled_in
from desktop.ui.replies.buyer_line import BuyerLine
from desktop.ui.replies.case_banner import CaseBanner
from desktop.ui.replies.fill_form import FillForm
from desktop.ui.replies.highlighter import PlaceholderHighlighter
from desktop.ui.replies.message_log import MessageLogView
from desktop.ui.replies.scenario_picker import ScenarioPicker
from desktop.ui.replies.services import RepliesServices
from desktop.ui.replies.words import error_text, translate, warning_text

Confirm = Callable[[QWidget, str], bool]
WIDE = 900
# Scenarios about some lines of the order only: the seller ticks which.
LINE_PICK = {"out_of_stock"}
# Fill-ins that are a date promised to the buyer: the case's next step falls due then.
PROMISED_DATES = ("resolve_by", "new_delivery_date")


def ask(parent: QWidget, question: str) -> bool:
    return (
        QMessageBox.question(parent, translate("Replies", "Please confirm"), question)
        == QMessageBox.StandardButton.Yes
    )


class ReplyComposer(QWidget):
    message_logged = Signal(int)  # order pk
    case_changed = Signal(int)

    def __init__(
        self, services: RepliesServices, parent: QWidget | None = None, confirm: Confirm = ask
    ) -> None:
        super().__init__(parent)
        self.setObjectName("replyComposer")
        self.services = services
        self._confirm = confirm
        self.order_pk: int | None = None
        self.scenario_key: str | None = None
        self._edited = False
        self._programmatic = False
        self._part = 0
        self._rendered = ""  # the buyer's text as last rendered, before hand edits
        self._mirror = ""  # the seller-language copy of it
        self._mirror_complete = True
        self.warnings: list[Warning] = []
        seller_language = services.seller_language()

        self.buyer_line = BuyerLine(services, self)
        self.banner = CaseBanner(services, self)
        self.picker = ScenarioPicker(services.library, seller_language, self)
        self.language = QComboBox(self)
        self.language.setObjectName("replyLanguage")
        for code in services.catalogue.languages:
            self.language.addItem(
                f"{services.catalogue.native_names.get(code, code)} ({code})", code
            )
        # "Português (Portugal) (pt_PT)" must not set the width of the pane: the list shows it whole.
        self.language.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.language.setMinimumContentsLength(10)
        self.variant = QComboBox(self)
        self.variant.setObjectName("replyVariant")
        self.variant.addItem(translate("Replies", "Warm"), "warm")
        self.variant.addItem(translate("Replies", "Short"), "short")
        self.variant.setCurrentIndex(self.variant.findData(services.default_variant()))
        self.title = QLabel(self)
        self.title.setObjectName("scenarioTitle")
        self.title.setWordWrap(True)
        self.handling = QLabel(self)
        self.handling.setObjectName("scenarioHandling")
        self.handling.setWordWrap(True)
        self.handling.setStyleSheet("color: #555;")
        self.form = FillForm(services.catalogue, seller_language, self)
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("replyText")
        self._highlighter = PlaceholderHighlighter(self.editor.document())
        self.seller_view = QPlainTextEdit(self)
        self.seller_view.setObjectName("replySellerText")
        self.seller_view.setReadOnly(True)
        self.seller_view.setStyleSheet("background: #f6f6f6;")
        self.seller_label = QLabel(self)
        self.lines = QListWidget(self)
        self.lines.setObjectName("stockLines")
        self.lines.setMaximumHeight(self.lines.fontMetrics().lineSpacing() * 5 + 10)
        self.lines_label = QLabel(translate("Replies", "Which items are out of stock?"), self)
        self.signature_label = QLabel(self)
        self.signature_label.setObjectName("signatureQuestion")
        self.signature_label.setWordWrap(True)
        self.signature_edit = QLineEdit(self)
        self.signature_edit.setObjectName("signatureEdit")
        self.signature_save = QPushButton(translate("Replies", "Sign like this"), self)
        self.signature_save.setObjectName("saveSignature")
        self.signature_row = QWidget(self)
        self.signature_row.setObjectName("signatureRow")
        self.warning_label = QLabel(self)
        self.warning_label.setObjectName("replyWarnings")
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet("color: #a65e00;")
        self.split = QCheckBox(translate("Replies", "Send as short messages"), self)
        self.split.setObjectName("splitMessages")
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("copyAndLog")
        self.copy_button.setDefault(True)
        self.status = QLabel(self)
        self.status.setObjectName("replyStatus")
        self.status.setWordWrap(True)
        self.incoming = QPlainTextEdit(self)
        self.incoming.setObjectName("buyerMessage")
        self.incoming.setPlaceholderText(
            translate("Replies", "Paste the buyer's message here to keep both sides in the log")
        )
        self.incoming.setFixedHeight(self.incoming.fontMetrics().lineSpacing() * 3 + 12)
        self.log_incoming = QPushButton(translate("Replies", "Log buyer's message"), self)
        self.log_incoming.setObjectName("logBuyerMessage")
        self.log_view = MessageLogView(self)
        self.delete_button = QPushButton(translate("Replies", "Delete selected message"), self)
        self.delete_button.setObjectName("deleteMessage")
        self._layout()
        self._connect()
        self._clock = QTimer(self)
        self._clock.setInterval(30_000)
        self._clock.timeout.connect(self._tick)
        self.set_order(None)

    def _layout(self) -> None:
        options = QHBoxLayout()
        options.addWidget(self.title, 1)
        options.addWidget(QLabel(translate("Replies", "Language"), self))
        options.addWidget(self.language)
        options.addWidget(self.variant)
        seller_box = QWidget(self)
        seller_layout = QVBoxLayout(seller_box)
        seller_layout.setContentsMargins(0, 0, 0, 0)
        seller_layout.addWidget(self.seller_label)
        seller_layout.addWidget(self.seller_view)
        buyer_box = QWidget(self)
        buyer_layout = QVBoxLayout(buyer_box)
        buyer_layout.setContentsMargins(0, 0, 0, 0)
        buyer_layout.addWidget(
            QLabel(translate("Replies", "Message to the buyer (editable)"), self)
        )
        buyer_layout.addWidget(self.editor)
        texts = QSplitter(Qt.Orientation.Horizontal, self)
        texts.addWidget(buyer_box)
        texts.addWidget(seller_box)
        self._texts_splitter = texts
        actions = QHBoxLayout()
        actions.addWidget(self.split)
        actions.addWidget(self.status, 1)
        actions.addWidget(self.copy_button)
        incoming = QHBoxLayout()
        incoming.addWidget(self.incoming, 1)
        incoming.addWidget(self.log_incoming, 0, Qt.AlignmentFlag.AlignTop)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(options)
        right_layout.addWidget(self.handling)
        signature = QHBoxLayout(self.signature_row)
        signature.setContentsMargins(0, 0, 0, 0)
        signature.addWidget(self.signature_label, 1)
        signature.addWidget(self.signature_edit, 1)
        signature.addWidget(self.signature_save)
        right_layout.addWidget(self.signature_row)
        right_layout.addWidget(self.form)
        right_layout.addWidget(self.lines_label)
        right_layout.addWidget(self.lines)
        right_layout.addWidget(self.warning_label)
        right_layout.addWidget(texts, 1)
        right_layout.addLayout(actions)
        top = QSplitter(Qt.Orientation.Horizontal, self)
        top.addWidget(self.picker)
        top.addWidget(right)
        top.setStretchFactor(1, 3)
        top.setSizes([460, 800])
        self._top_splitter = top
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addLayout(incoming)
        bottom_layout.addWidget(self.log_view, 1)
        bottom_layout.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignRight)
        whole = QSplitter(Qt.Orientation.Vertical, self)
        whole.addWidget(top)
        whole.addWidget(bottom)
        whole.setStretchFactor(0, 3)
        whole.setStretchFactor(1, 1)
        whole.setSizes([560, 260])
        self.log_view.setMinimumHeight(110)
        layout = QVBoxLayout(self)
        layout.addWidget(self.buyer_line)
        layout.addWidget(self.banner)
        layout.addWidget(whole, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # In the narrow detail pane, stack the picker over the texts and the buyer's text
        # over the seller's; side by side when there is room.
        wide = event.size().width() >= WIDE
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self._top_splitter.orientation() != orientation:
            self._top_splitter.setOrientation(orientation)
            self._texts_splitter.setOrientation(orientation)
        super().resizeEvent(event)

    def _connect(self) -> None:
        QShortcut(QKeySequence("Ctrl+Return"), self, self.copy_and_log)
        self.picker.scenario_chosen.connect(self.select_scenario)
        self.banner.scenario_requested.connect(self.select_scenario)
        self.language.currentIndexChanged.connect(lambda _i: self._language_chosen())
        self.variant.currentIndexChanged.connect(lambda _i: self._rerender(full=True))
        self.form.changed.connect(lambda: self._rerender(full=not self._edited))
        self.editor.textChanged.connect(self._text_edited)
        self.split.toggled.connect(lambda _on: self._reset_parts())
        self.copy_button.clicked.connect(self.copy_and_log)
        self.log_incoming.clicked.connect(self.log_buyer_message)
        self.delete_button.clicked.connect(self.delete_selected)
        self.signature_save.clicked.connect(self.save_signature)
        self.signature_edit.returnPressed.connect(self.save_signature)
        self.lines.itemChanged.connect(lambda _item: self._rerender(full=not self._edited))

    # ----- order and scenario -------------------------------------------------------------
    def set_order(self, order_pk: int | None) -> None:
        same = order_pk is not None and order_pk == self.order_pk
        self.order_pk = order_pk
        order = Order.get_or_none(Order.id == order_pk) if order_pk is not None else None
        if order is None:
            self.order_pk = None
        self.setEnabled(order is not None)
        self.buyer_line.load(order)
        self.banner.load(self.order_pk)
        self.log_view.load(self.order_pk)
        if same:
            self._update_copy_state()
            return
        self.form.forget()
        self.incoming.clear()
        self.scenario_key = None
        self._load_lines(order)
        self._ask_signature(order)
        self._mark_unfit(order)
        if order is not None:
            language = self.services.composer().buyer_language(order)
            self._programmatic = True
            self.language.setCurrentIndex(max(0, self.language.findData(language)))
            self._programmatic = False
        self._clock.start()
        self.select_scenario(self._suggested(order) if order is not None else None)

    def _suggested(self, order: Order) -> str | None:
        """The scenario today's follow-up plan suggests for this order, if any."""
        plan = plan_for(self.services.now(), self.services.plan_settings(), order_ids=[order.id])
        return plan[0].scenario_key if plan else None

    def _mark_unfit(self, order: Order | None) -> None:
        """Scenarios that would say something untrue of this order are dimmed in the picker."""
        if order is None:
            self.picker.set_unfit({})
            return
        composer = self.services.composer()
        reasons = {}
        for scenario in self.services.catalogue.scenarios:
            found = [w for w in composer.warnings(order, scenario.key) if w.code != "customs_claim"]
            if found:
                reasons[scenario.key] = warning_text(found[0])
        self.picker.set_unfit(reasons)

    # ----- signature and lines ---------------------------------------------------------------
    def _ask_signature(self, order: Order | None) -> None:
        """Asked once per shop; until answered, replies are signed with the shop's name."""
        if order is None or not self.services.needs_signature(order):
            self.signature_row.hide()
            return
        shop = order.shop.name if order.shop else ""
        self.signature_label.setText(
            translate(
                "Replies",
                "How do you sign replies for {shop}? Asked once; change it in Settings › Shops.",
            ).format(shop=shop or translate("Replies", "your shop"))
        )
        # Never the marketplace's name: "eBay" is not how the seller signs.
        suggestion = (
            str(self.services.settings.get("seller/signature") or "") or real_shop_name(order) or ""
        )
        self.signature_edit.setText(suggestion)
        self.signature_edit.setPlaceholderText(translate("Replies", "e.g. Lin, Vase Studio"))
        self.signature_row.show()

    def save_signature(self) -> None:
        if self.order_pk is None:
            return
        order = Order.get_or_none(Order.id == self.order_pk)
        if order is None or not self.signature_edit.text().strip():
            return
        self.services.remember_signature(order, self.signature_edit.text())
        self.signature_row.hide()
        self._rerender(full=not self._edited)

    def _load_lines(self, order: Order | None) -> None:
        self.lines.blockSignals(True)
        self.lines.clear()
        rows = (
            list(OrderLine.select().where(OrderLine.order == order.id).order_by(OrderLine.position))
            if order is not None
            else []
        )
        for line in rows:
            title = (line.title or line.sku or "").strip()
            if line.variant:
                title = f"{title} ({line.variant})"
            item = QListWidgetItem(f"{line.quantity} × {title}", self.lines)
            item.setData(Qt.ItemDataRole.UserRole, line.position)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            # One line is the one out of stock; of several, the seller says which.
            item.setCheckState(Qt.CheckState.Checked if len(rows) == 1 else Qt.CheckState.Unchecked)
        self.lines.blockSignals(False)

    def picked_lines(self) -> tuple[int, ...]:
        picked = []
        for row in range(self.lines.count()):
            item = self.lines.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                picked.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return tuple(picked)

    def _language_chosen(self) -> None:
        """The seller picked another language for this buyer: remember it for the buyer."""
        if not self._programmatic and self.order_pk is not None:
            order = Order.get_or_none(Order.id == self.order_pk)
            if order is not None:
                remember_language(order, self.current_language())
        self._rerender(full=True)

    def select_scenario(self, key: str | None) -> None:
        self.scenario_key = key
        self.picker.mark(key)
        self._edited = False
        if key is not None:
            self.banner.offer_completion(key)
            self._bring_forward()
        self._rerender(full=True)

    def _bring_forward(self) -> None:
        # Asked for from the Case tab: show this tab of the order detail.
        parent = self.parentWidget()
        while parent is not None:
            setter = getattr(parent, "setCurrentWidget", None)
            if setter is not None and hasattr(parent, "indexOf") and parent.indexOf(self) >= 0:
                setter(self)
                return
            parent = parent.parentWidget()

    # ----- rendering ------------------------------------------------------------------------
    def current_language(self) -> str:
        return str(self.language.currentData() or "en")

    def buyer_text(self) -> str:
        """The message as written; toPlainText() would turn no-break spaces (French "merci !",
        "12,50 €") into plain ones."""
        return self.editor.document().toRawText().replace("\u2029", "\n").replace("\u2028", "\n")

    def _set_editor(self, text: str) -> None:
        self._programmatic = True
        self.editor.setPlainText(text)
        self._programmatic = False

    def _text_edited(self) -> None:
        if not self._programmatic:
            self._edited = True
            self._reset_parts()
            self._show_mirror()
        self._update_copy_state()

    def _show_mirror(self) -> None:
        """The seller-language copy, with her hand edits carried over where they can be."""
        followed = follow_edit(self._rendered, self.buyer_text(), self._mirror)
        self._mirror_complete = followed.complete
        self.seller_view.setPlainText(followed.text)
        seller_language = self.services.seller_language()
        name = self.services.catalogue.native_names.get(seller_language, seller_language)
        if followed.complete:
            label = translate("Replies", "The same in your language ({language})").format(
                language=name
            )
        else:
            label = translate(
                "Replies",
                "In your language ({language}) — without your last edits to the buyer's text",
            ).format(language=name)
        self.seller_label.setText(label)

    def seller_text(self) -> str:
        """What the log keeps as the translation: nothing rather than a copy that differs."""
        return self.seller_view.toPlainText() if self._mirror_complete else ""

    def _promised(self) -> datetime | None:
        values = self.form.values()
        for name in PROMISED_DATES:
            raw = values.get(name, "")
            if raw:
                try:
                    day = datetime.fromisoformat(raw).date()
                except ValueError:
                    continue
                zone = self.services.plan_settings().zone
                return datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC)
        return None

    def _rerender(self, full: bool = True) -> None:
        if self._programmatic:
            return
        key = self.scenario_key
        if self.order_pk is None or key is None:
            self._set_editor("")
            self.seller_view.setPlainText("")
            self.title.setText(translate("Replies", "Choose a scenario"))
            self.handling.setText("")
            self.form.set_fields([], {})
            self._reset_parts()
            return
        composer = self.services.composer()
        language = self.current_language()
        variant = str(self.variant.currentData())
        seller_language = self.services.seller_language()
        try:
            bare = composer.draft(self.order_pk, key, language, variant, {})
            fields = [
                n for n in bare.placeholder_types if composer.is_fill_in(n) or n in bare.missing
            ]
            self.form.set_fields(fields, bare.placeholder_types)
            fills = self.form.values()
            picking = key in LINE_PICK
            lines = self.picked_lines() if picking else None
            draft = composer.draft(self.order_pk, key, language, variant, fills, lines)
            seller = composer.draft(self.order_pk, key, seller_language, variant, fills, lines)
        except RepliesError as error:
            self.status.setText(error_text(error))
            return
        self.lines.setVisible(picking and self.lines.count() > 1)
        self.lines_label.setVisible(self.lines.isVisible())
        self.warnings = list(draft.warnings)
        self.warning_label.setText("\n".join("⚠ " + warning_text(w) for w in self.warnings))
        self.warning_label.setVisible(bool(self.warnings))
        self._mirror = seller.text
        if full or not self._edited:
            self._set_editor(draft.text)
            self._edited = False
            self._rendered = draft.text
        else:
            # Keep the seller's own edits; only fill what is still a placeholder.
            values = composer.values(composer.order(self.order_pk), language, fills)
            self._set_editor(render(self.buyer_text(), values).text)
            self._rendered = draft.text
        self._show_mirror()
        self._describe(key, seller_language)
        self._reset_parts()

    def _describe(self, key: str, seller_language: str) -> None:
        if key.startswith("my:"):
            entry = next((e for e in self.services.library.entries() if e.key == key), None)
            self.title.setText(entry.title if entry else key)
            self.handling.setText("")
            return
        scenario = self.services.catalogue.scenario(key)
        self.title.setText(f"<b>{scenario.title(seller_language)}</b>")
        self.handling.setText(pick_title(scenario.handling, seller_language))

    # ----- copy and log -----------------------------------------------------------------------
    def parts(self) -> list[str]:
        text = self.buyer_text().strip()
        if not text:
            return []
        return split_messages(text) if self.split.isChecked() else [text]

    def _reset_parts(self) -> None:
        self._part = 0
        self._update_copy_state()

    def _update_copy_state(self) -> None:
        text = self.buyer_text()
        missing = unfilled_in(text)
        self.form.highlight(missing)
        parts = self.parts()
        ready = bool(parts) and not missing and self.order_pk is not None
        self.copy_button.setEnabled(ready)
        if len(parts) > 1:
            self.copy_button.setText(
                translate("Replies", "Copy part {n} of {total} && log").format(
                    n=self._part + 1, total=len(parts)
                )
            )
        else:
            self.copy_button.setText(translate("Replies", "Copy && log"))
        if missing:
            names = ", ".join(self.form.title_of(name) for name in missing)
            self.status.setText(
                translate("Replies", "Fill in before copying: {names}").format(names=names)
            )
            self.status.setStyleSheet("color: #c0392b;")
        elif self.status.styleSheet():
            self.status.setText("")
            self.status.setStyleSheet("")

    def copy_and_log(self) -> None:
        parts = self.parts()
        if self.order_pk is None or not parts:
            return
        index = min(self._part, len(parts) - 1)
        part = parts[index]
        if index == 0 and self.banner.resolution_missing():
            self.status.setStyleSheet("color: #c0392b;")
            self.status.setText(
                translate(
                    "Replies", "This message closes the case: choose how it was resolved first."
                )
            )
            return
        if index == 0 and self.warnings:
            question = "\n".join(warning_text(w) for w in self.warnings)
            if not self._confirm(self, question + "\n\n" + translate("Replies", "Copy it anyway?")):
                return
        seller_text = self.seller_text() if index == 0 else ""
        try:
            message = log.record(
                self.order_pk, log.OUT, part, language=self.current_language(),
                scenario_key=self.scenario_key or "", seller_text=seller_text,
                case_id=self.banner.case.id if self.banner.case and not self.banner.isHidden() else None,
                at=self.services.now(),
            )  # fmt: skip
        except RepliesError as error:
            self.status.setText(error_text(error))
            return
        QGuiApplication.clipboard().setText(part)
        last = index == len(parts) - 1
        try:
            completed = last and self.banner.complete_after_logging(message.id, self._promised())
        except RepliesError as error:
            self.status.setText(error_text(error))
            completed = False
        self._part = 0 if last else index + 1
        self.status.setStyleSheet("")
        self.status.setText(
            translate("Replies", "Copied and logged. Paste it in the marketplace chat.")
            if last
            else translate(
                "Replies", "Part {n} copied and logged; paste it, then copy the next."
            ).format(n=index + 1)
        )
        self.log_view.load(self.order_pk)
        self._update_copy_state()
        if completed:
            self.banner.load(self.order_pk)
            self.case_changed.emit(self.order_pk)
        self.message_logged.emit(self.order_pk)

    def log_buyer_message(self) -> None:
        text = self.incoming.toPlainText().strip()
        if self.order_pk is None or not text:
            return
        try:
            log.record(
                self.order_pk,
                log.IN,
                text,
                language=self.current_language(),
                at=self.services.now(),
            )
        except RepliesError as error:
            self.status.setText(error_text(error))
            return
        self.incoming.clear()
        self.log_view.load(self.order_pk)
        self.message_logged.emit(self.order_pk)

    def delete_selected(self) -> None:
        message = self.log_view.selected_message()
        if message is None or self.order_pk is None:
            return
        if not self._confirm(
            self,
            translate("Replies", "Delete this message from the log? It is evidence for disputes."),
        ):
            return
        log.delete_message(message.id)
        self.log_view.load(self.order_pk)
        self.message_logged.emit(self.order_pk)

    def _tick(self) -> None:
        if self.isVisible():
            self.buyer_line.refresh_time()
