"""Every action of the main window by one name: menus, the toolbar, the row menu and the
features that build actions all use these ids, so a look-up can never miss by spelling."""

from __future__ import annotations

from enum import StrEnum


class ActionId(StrEnum):
    IMPORT = "import"
    EXPORT_VIEW = "export_view"
    SAMPLES = "samples"
    QUIT = "quit"
    FIND = "find"
    REFRESH = "refresh"
    SAVE_SEARCH = "save_search"
    CLEAR_FILTERS = "clear_filters"
    UNDO = "undo"
    REDO = "redo"
    MARK_AS = "markAs"
    PRINT_CHECKLISTS = "printChecklists"
    PRINT_PICK_LIST = "printPickList"
    PACKING_LISTS = "printPackingLists"
    PACK_STATION = "packStation"
    DISPUTE_PACK = "actionDisputePack"
    CAPTURE = "actionCapture"
    BACKUP = "backupNow"
    RESTORE = "restoreBackup"
    SETTINGS = "openSettings"
    REPLY_TEMPLATES = "replyTemplates"
    HELP_GUIDE = "helpGuide"
    HELP_ABOUT = "helpAbout"
    LOGS_FOLDER = "openLogsFolder"


def status_action(status: str) -> str:
    """The id of "Mark as <status>" (Ctrl+1..n)."""
    return f"status_{status}"


# The picture in DESIGN.md: "toolbar: Import | Print checklists | Pack station | Dispute pack | Backup".
TOOLBAR: tuple[ActionId, ...] = (
    ActionId.IMPORT,
    ActionId.PRINT_CHECKLISTS,
    ActionId.PACK_STATION,
    ActionId.DISPUTE_PACK,
    ActionId.BACKUP,
)
# A right-click on orders: what a seller does to the orders she has selected.
ROW_MENU: tuple[ActionId, ...] = (
    ActionId.MARK_AS,
    ActionId.UNDO,
    ActionId.PRINT_CHECKLISTS,
    ActionId.DISPUTE_PACK,
    ActionId.EXPORT_VIEW,
)
