from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QGuiApplication

from desktop.core.models import Order
from desktop.core.replies import log
from desktop.ui.replies.composer import ReplyComposer
from desktop.ui.replies.services import RepliesServices

from .conftest import NOW


def _composer(qtbot, services: RepliesServices, confirm=lambda _w, _q: True) -> ReplyComposer:  # type: ignore[no-untyped-def]
    widget = ReplyComposer(services, confirm=confirm)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    return widget


def test_spanish_buyer_logistics_answer_copied_and_logged(qtbot, services, make_order) -> None:  # type: ignore[no-untyped-def]
    pk = make_order()
    composer = _composer(qtbot, services)
    composer.set_order(pk)
    assert composer.current_language() == "es"
    assert "03:10" in composer.buyer_line.time.text()
    assert "night" in composer.buyer_line.time.text()
    composer.picker.buttons["logistics_inquiry"].click()
    text = composer.editor.toPlainText()
    assert text.startswith("Hola Javier")
    assert "LZ123456789CN" in text and "Correos" in text and "correos.es" in text
    assert "Javier您好" in composer.seller_view.toPlainText()
    assert composer.copy_button.isEnabled()
    composer.copy_button.click()
    assert QGuiApplication.clipboard().text() == composer.buyer_text().strip()
    logged = log.messages_for_order(pk)
    assert [(m["direction"], m["language"]) for m in logged] == [("out", "es")]
    assert logged[0]["translation"].startswith("Javier您好")
    assert Order.get_by_id(pk).last_message_at is not None
    assert composer.log_view.log_model.rowCount() == 1


def test_missing_value_is_highlighted_and_blocks_the_copy(qtbot, services, make_order) -> None:  # type: ignore[no-untyped-def]
    pk = make_order(carrier=None, tracking_number=None)
    composer = _composer(qtbot, services)
    composer.set_order(pk)
    composer.select_scenario("shipped_tracking")
    assert "{carrier}" in composer.editor.toPlainText()
    assert not composer.copy_button.isEnabled()
    assert composer.form.names() == ["carrier", "tracking_number", "tracking_link"]
    assert "color: #c0392b" in composer.form._labels["carrier"].styleSheet()
    composer.copy_and_log()  # refused: nothing logged
    assert log.messages_for_order(pk) == []
    composer.form.set_value("carrier", "YunExpress")
    composer.form.set_value("tracking_number", "YT1234")
    assert not composer.copy_button.isEnabled()
    composer.form.set_value("tracking_link", "https://t.example/YT1234")
    assert composer.copy_button.isEnabled()
    assert "{" not in composer.editor.toPlainText()
    assert "YunExpress" in composer.seller_view.toPlainText()


def test_fill_ins_are_asked_and_formatted(qtbot, services, make_order) -> None:  # type: ignore[no-untyped-def]
    pk = make_order()
    composer = _composer(qtbot, services)
    composer.set_order(pk)
    composer.select_scenario("package_delayed")
    assert composer.form.names() == ["delay_reason", "new_delivery_date"]
    assert not composer.copy_button.isEnabled()
    composer.form.set_value("delay_reason", "customs")
    composer.form.set_value("new_delivery_date", "2024-12-20")
    assert "20 de diciembre de 2024" in composer.editor.toPlainText()
    assert "海关查验" in composer.seller_view.toPlainText()
    assert composer.copy_button.isEnabled()


def test_own_edits_survive_filling_a_field(qtbot, services, make_order) -> None:  # type: ignore[no-untyped-def]
    pk = make_order()
    composer = _composer(qtbot, services)
    composer.set_order(pk)
    composer.select_scenario("no_longer_wanted")
    composer.variant.setCurrentIndex(composer.variant.findData("short"))
    composer.editor.setPlainText("Javier, ¿le parece bien {refund_amount}? Gracias.")
    composer.form.set_value("refund_amount", "7")
    assert composer.buyer_text() == "Javier, ¿le parece bien 7,00\u00a0€? Gracias."


def test_language_switch_and_variant(qtbot, services, make_order) -> None:  # type: ignore[no-untyped-def]
    pk = make_order()
    composer = _composer(qtbot, services)
    composer.set_order(pk)
    composer.select_scenario("feedback_request")
    warm = composer.editor.toPlainText()
    composer.variant.setCurrentIndex(composer.variant.findData("short"))
    assert len(composer.editor.toPlainText()) < len(warm)
    composer.language.setCurrentIndex(composer.language.findData("en"))
    assert composer.editor.toPlainText().startswith("Hi Javier")


def test_long_answer_goes_out_as_short_messages(qtbot, services, make_order) -> None:  # type: ignore[no-untyped-def]
    pk = make_order()
    composer = _composer(qtbot, services)
    composer.set_order(pk)
    composer.select_scenario("damaged_item")
    composer.split.setChecked(True)
    parts = composer.parts()
    assert len(parts) >= 3
    assert "1" in composer.copy_button.text() and str(len(parts)) in composer.copy_button.text()
    for part in parts:
        composer.copy_button.click()
        assert QGuiApplication.clipboard().text() == part
    assert [m["text"] for m in log.messages_for_order(pk)] == parts


def test_search_and_shortcut(qtbot, services, make_order) -> None:  # type: ignore[no-untyped-def]
    pk = make_order()
    composer = _composer(qtbot, services)
    composer.set_order(pk)
    composer.picker.search.setText("破损")
    assert composer.picker.visible_keys() == ["damaged_item"]
    composer.picker.search.setText("/wrong")
    composer.picker.search.returnPressed.emit()
    assert composer.scenario_key == "wrong_item"
    assert composer.picker.buttons["wrong_item"].isChecked()


def test_buyer_message_logged_and_deleted(qtbot, services, make_order) -> None:  # type: ignore[no-untyped-def]
    pk = make_order()
    composer = _composer(qtbot, services)
    composer.set_order(pk)
    composer.incoming.setPlainText("¿Dónde está mi paquete?")
    with qtbot.waitSignal(composer.message_logged):
        composer.log_incoming.click()
    assert log.messages_for_order(pk)[0]["direction"] == "in"
    composer.log_view.selectRow(0)
    composer.delete_button.click()
    assert log.messages_for_order(pk) == []


def test_today_plan_preselects_the_template(qtbot, services, make_order) -> None:  # type: ignore[no-untyped-def]
    pk = make_order(shipped_at=NOW.replace(day=1, hour=0))
    composer = _composer(qtbot, services)
    composer.set_order(pk)
    assert composer.scenario_key == "shipped_tracking"
    other = make_order(shipped_at=None, workflow_status="to_pack", tracking_number=None)
    composer.set_order(other)
    assert composer.scenario_key is None
    assert not composer.copy_button.isEnabled()


def test_no_order(qtbot, services: RepliesServices, make_order: Callable[..., int]) -> None:  # type: ignore[no-untyped-def]
    composer = _composer(qtbot, services)
    composer.set_order(None)
    assert not composer.isEnabled()
    composer.set_order(123456)
    assert composer.order_pk is None


def test_no_break_spaces_survive_the_copy(qtbot, services, make_order) -> None:  # type: ignore[no-untyped-def]
    pk = make_order(country="FR", region="Île-de-France", city="Paris")
    composer = _composer(qtbot, services)
    composer.set_order(pk)
    assert composer.current_language() == "fr"
    composer.select_scenario("logistics_inquiry")
    composer.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert "\u00a0" in copied
    assert log.messages_for_order(pk)[0]["text"] == copied


def _texts(widget) -> list[str]:  # type: ignore[no-untyped-def]
    """Every visible word of the widget but the buyer's own text and the list of languages
    (offered under their own names)."""
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QPlainTextEdit

    found = []
    for child in widget.findChildren(QLabel) + widget.findChildren(QAbstractButton):
        if child.isVisibleTo(widget):
            found.append(child.text())
    for combo in widget.findChildren(QComboBox):
        if combo.isVisibleTo(widget) and combo.objectName() != "replyLanguage":
            found.extend(combo.itemText(i) for i in range(combo.count()))
    for edit in widget.findChildren(QPlainTextEdit):
        if edit.objectName() == "replySellerText":
            found.append(edit.toPlainText())
    return found


def test_the_seller_language_follows_the_interface(qtbot, data_dir, make_order) -> None:  # type: ignore[no-untyped-def]
    import re

    from desktop.ui.settings_store import Settings

    pk = make_order()
    for interface, expected in (("en", "Hi Javier"), ("zh_TW", "Javier您好")):
        settings = Settings(data_dir / f"settings-{interface}.ini")
        settings.set("ui/language", interface)
        services = RepliesServices(settings, now=lambda: NOW)
        assert services.seller_language() == interface
        composer = _composer(qtbot, services)
        composer.set_order(pk)
        composer.select_scenario("package_delayed")
        assert composer.seller_view.toPlainText().startswith(expected)
        if interface == "en":
            chinese = [t for t in _texts(composer) if re.search(r"[\u3400-\u9fff]", t)]
            assert chinese == []
        else:
            # Traditional, never Simplified: 簽收 in the step titles, not 签收.
            assert (
                "訂單" in composer.picker.buttons["delivered_check"].text()
                or "簽收" in composer.picker.buttons["delivered_check"].text()
            )


def test_a_fresh_shop_is_signed_with_its_name_and_asked_once(qtbot, data_dir, make_order) -> None:  # type: ignore[no-untyped-def]
    from desktop.core.models import Shop
    from desktop.ui.settings_store import Settings

    settings = Settings(data_dir / "fresh.ini")
    settings.set("ui/language", "en")
    services = RepliesServices(settings, now=lambda: NOW)
    pk = make_order()
    composer = _composer(qtbot, services)
    composer.set_order(pk)
    composer.select_scenario("delivered_check")
    # Nothing blocks: signed with the shop's name until the seller says otherwise.
    assert composer.copy_button.isEnabled()
    assert composer.editor.toPlainText().rstrip().endswith("Vase Studio")
    assert composer.signature_row.isVisibleTo(composer)
    composer.signature_edit.setText("Lin, Vase Studio")
    composer.signature_save.click()
    assert Shop.get(Shop.name == "Vase Studio").signature == "Lin, Vase Studio"
    assert composer.editor.toPlainText().rstrip().endswith("Lin, Vase Studio")
    other = make_order()
    composer.set_order(other)
    assert not composer.signature_row.isVisibleTo(composer)


def test_warnings_before_copying_a_text_that_is_not_true(qtbot, services, make_order) -> None:  # type: ignore[no-untyped-def]
    pk = make_order()  # shipped on 20 November
    asked: list[str] = []
    composer = _composer(qtbot, services, confirm=lambda _w, q: asked.append(q) or False)  # type: ignore[func-returns-value]
    composer.set_order(pk)
    composer.select_scenario("cancel_before_shipping")
    assert composer.warning_label.isVisibleTo(composer)
    assert "not shipped yet" in composer.warning_label.text()
    composer.copy_button.click()
    assert asked and log.messages_for_order(pk) == []


def test_mirror_and_log_follow_a_hand_edit(qtbot, services, make_order) -> None:  # type: ignore[no-untyped-def]
    pk = make_order(country="US", region="IL", city="Chicago", postcode="60668", currency="USD")
    composer = _composer(qtbot, services)
    composer.set_order(pk)
    composer.select_scenario("no_longer_wanted")
    composer.form.set_value("refund_amount", "5")
    assert "$5.00" in composer.editor.toPlainText()
    composer.editor.setPlainText(composer.buyer_text().replace("$5.00", "$15.00"))
    assert "15.00" in composer.seller_view.toPlainText()
    assert "5.00" not in composer.seller_view.toPlainText().replace("15.00", "")
    composer.copy_button.click()
    logged = log.messages_for_order(pk)[-1]
    assert "$15.00" in logged["text"] and "15.00" in logged["translation"]


def test_out_of_stock_names_the_lines_the_seller_picks(qtbot, services, make_order) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from desktop.core.models import OrderLine

    pk = make_order()
    OrderLine.create(order=pk, position=2, title="Linen runner", quantity=1, sku="RUN-1")
    composer = _composer(qtbot, services)
    composer.set_order(pk)
    composer.select_scenario("out_of_stock")
    assert composer.lines.isVisibleTo(composer)
    assert "{items}" in composer.editor.toPlainText()
    composer.lines.item(1).setCheckState(Qt.CheckState.Checked)
    text = composer.editor.toPlainText()
    assert "Linen runner" in text and "Ceramic vase" not in text


def test_a_shop_still_named_after_its_marketplace_signs_nothing(
    qtbot, data_dir, make_order
) -> None:  # type: ignore[no-untyped-def]
    from desktop.core.models import Shop
    from desktop.ui.settings_store import Settings

    settings = Settings(data_dir / "fresh.ini")
    settings.set("ui/language", "en")
    services = RepliesServices(settings, now=lambda: NOW)
    shop = Shop.create(marketplace="ebay", name="eBay")
    pk = make_order(shop=shop)
    composer = _composer(qtbot, services)
    composer.set_order(pk)
    composer.select_scenario("closing_thanks")
    text = composer.editor.toPlainText()
    # Never "thank you for choosing eBay", never signed "eBay", never blocked.
    assert "eBay" not in text and "nuestra tienda" in text and composer.copy_button.isEnabled()
    assert composer.signature_row.isVisibleTo(composer) and composer.signature_edit.text() == ""


def test_scenarios_untrue_for_the_order_are_dimmed(qtbot, services, make_order) -> None:  # type: ignore[no-untyped-def]
    pk = make_order()  # shipped
    composer = _composer(qtbot, services)
    composer.set_order(pk)
    assert composer.picker.buttons["cancel_before_shipping"].property("unfit")
    assert "not shipped yet" in composer.picker.buttons["cancel_before_shipping"].toolTip()
    assert not composer.picker.buttons["logistics_inquiry"].property("unfit")
