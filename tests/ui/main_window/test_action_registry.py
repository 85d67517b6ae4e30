"""The toolbar, the menus and the row menu hold what DESIGN.md's picture shows, by id."""

from __future__ import annotations

from desktop.ui.action_ids import ROW_MENU, TOOLBAR, ActionId


def test_toolbar_is_the_pictured_one(window_factory) -> None:  # type: ignore[no-untyped-def]
    window = window_factory()
    names = [a.objectName() for a in window.toolbar.actions()]
    assert names == [str(i) for i in TOOLBAR]
    assert names == ["import", "printChecklists", "packStation", "actionDisputePack", "backupNow"]
    texts = [a.text().replace("&", "").rstrip("…") for a in window.toolbar.actions()]
    assert texts == ["Import exports", "Print checklists", "Pack station", "Dispute pack", "Back up now"]


def test_every_id_is_registered_once_and_in_a_menu(window_factory) -> None:  # type: ignore[no-untyped-def]
    window = window_factory()
    in_menus = {
        action.objectName()
        for menu in window.menus.values()
        for action in menu.actions()
        if action.objectName()
    }
    for action_id in ActionId:
        action = window.actions_.get(action_id)
        assert action is not None, action_id
        if action_id not in (ActionId.MARK_AS,):
            assert action_id in in_menus, action_id
    orders = window.menus["Orders"]
    assert window.status_menu in [a.menu() for a in orders.actions() if a.menu() is not None]
    # Menus are held by key, and each key names its own menu.
    assert [key for key in window.menus] == ["File", "Orders", "View", "Tools", "Help"]
    assert window.menus["Orders"].title() == "&Orders"


def test_row_menu_offers_print_and_dispute_pack(qtbot, full_window) -> None:  # type: ignore[no-untyped-def]
    window = full_window
    window.table.selectRow(0)
    assert [a.objectName() for a in window.table.row_actions] == [str(i) for i in ROW_MENU]
    texts = [a.text().replace("&", "") for a in window.table.row_menu().actions()]
    assert texts == ["Mark as", "Undo", "Print checklists…", "Dispute pack…", "Export this view…"]
