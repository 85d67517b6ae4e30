"""Composition root: builds the application, settings, database, features and the main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.core.db import open_database
from desktop.core.evidence.store import EvidenceStore
from desktop.core.journal import WorkJournal
from desktop.core.logs import enable_fault_log, logs_folder, setup_logging
from desktop.core.paths import (
    DB_FILE_NAME,
    ENV_DATA_DIR,
    database_url,
    resolve_data_dir,
    shipped_folder,
)
from desktop.core.permissions import make_data_private
from desktop.ui.context import AppContext
from desktop.ui.error_dialog import install_error_dialog
from desktop.ui.evidence.feature import EvidenceFeature
from desktop.ui.external_changes import ExternalChanges
from desktop.ui.features import FEATURE_FACTORIES
from desktop.ui.i18n import install_translators
from desktop.ui.main_window.window import MainWindow
from desktop.ui.notices import ChangeNotices
from desktop.ui.pack_station.placement import place_beside
from desktop.ui.pack_station.scanner import FORWARD_PROPERTY
from desktop.ui.printing.feature import PrintingFeature
from desktop.ui.settings_store import Settings
from desktop.ui.single_instance import SingleInstance, ask_first_window_to_raise


def resources_dir() -> Path:
    return shipped_folder("resources")


def build_main_window(data_dir: Path | str, database: str | None = None) -> MainWindow:
    """The complete main window for a data folder, as the app builds it at start.

    A QApplication must exist. Tests build the window through this function too.
    """
    folder = resolve_data_dir(data_dir)
    # A restore swap killed half-way: completed before the database is opened (or created).
    WorkJournal(folder).finish_moves()
    open_database(database_url(folder, database))
    make_data_private(folder, DB_FILE_NAME)
    # Half-copied evidence from a crash: the original is still where the seller took it from.
    store = EvidenceStore(folder)
    store.blobs.clean_tmp()
    # A log line whose transaction a kill cut off was never part of the evidence.
    store.recover_log()
    settings = Settings(folder / "settings.ini")
    notices = ChangeNotices()
    # The shell first: every feature is built with its parent and its callbacks in hand.
    window = MainWindow(settings, folder, notices, samples_dir=resources_dir() / "samples")
    notices.setParent(window)
    ctx = AppContext(
        data_dir=folder,
        settings=settings,
        window=window,
        notices=notices,
        selected_order_ids=window.selected_or_current,
        current_filter=window.current_filter,
        open_order=window.open_order,
    )
    features = [factory(ctx) for factory in FEATURE_FACTORIES]
    _record_at_pack_station(features, settings)
    _show_scanned_order(features, window)
    window.install(ctx, features)
    # Another program's writes may add orders to any view: everything is read again.
    ExternalChanges(lambda: notices.everything(source=None), window)
    return window


def _record_at_pack_station(features: list[object], settings: Settings) -> None:
    """Scanning an order at the pack station records its packing clip.

    Features never import each other; the composition root joins the two. The camera opens
    only when the first order is scanned, not at start.
    """
    printing = next((f for f in features if isinstance(f, PrintingFeature)), None)
    evidence = next((f for f in features if isinstance(f, EvidenceFeature)), None)
    if printing is None or evidence is None:
        return
    signals = printing.signals
    linked: list[object] = []

    def first_scan(order_pk: int) -> None:
        if linked or not settings.get("capture/record_at_pack_station"):
            return
        link = evidence.connect_pack_station(signals)
        linked.append(link)
        window = evidence.capture_window()
        # Scans typed while the capture window has the keyboard still reach the station.
        window.setProperty(FORWARD_PROPERTY, True)
        if printing.station is not None:
            place_beside(window, printing.station)
        else:
            window.show()
        link.order_opened(order_pk)  # the scan that triggered the link

    signals.order_opened.connect(first_scan)


def _show_scanned_order(features: list[object], window: MainWindow) -> None:
    """The order scanned at the pack station is the window's current order too (and nothing
    else stays selected), so a shortcut in the window acts on the order on the bench."""
    printing = next((f for f in features if isinstance(f, PrintingFeature)), None)
    if printing is not None:
        printing.signals.order_opened.connect(lambda pk: window.open_order(pk, None))


def main(data_dir: str | None = None, database_url: str | None = None) -> int:
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication(sys.argv)
    QCoreApplication.setOrganizationName("SellerDesk")
    QCoreApplication.setApplicationName("Seller Desk")
    # The data folder chosen in Settings lives in the user-level settings, not inside a data folder.
    chosen = data_dir or os.environ.get(ENV_DATA_DIR) or Settings().get("app/data_dir") or None
    folder = resolve_data_dir(chosen)
    setup_logging(folder)
    faults = enable_fault_log(folder)
    install_error_dialog(logs_folder(folder))
    install_translators(app, Settings(folder / "settings.ini").get("ui/language"))
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "seller-desk.png")))
    instance = SingleInstance(folder)
    if not instance.acquire():
        return _already_open(instance, folder)
    window = build_main_window(folder, database_url)
    instance.listen(lambda: _bring_to_front(window))
    window.show()
    try:
        return int(app.exec())
    finally:
        instance.release()
        faults.close()


def _bring_to_front(window: MainWindow) -> None:
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()


def _already_open(instance: SingleInstance, folder: Path) -> int:
    """A second start on the same folder: the first window comes forward, or the seller is told."""
    if ask_first_window_to_raise(folder):
        return 0
    pid = instance.owner_pid()
    QMessageBox.warning(
        None,
        QCoreApplication.translate("App", "Seller Desk is already open"),
        QCoreApplication.translate(
            "App",
            "Seller Desk is already open on the data folder {folder} (process {pid}) and does not "
            "answer. Close that window, or end that process, then start Seller Desk again.",
        ).format(folder=folder, pid=pid if pid is not None else "?"),
    )
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
