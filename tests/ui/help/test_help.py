"""Help: About names the version and the data folder; the guide covers the three tasks; logs open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QLabel, QPushButton

from desktop import __version__
from desktop.ui.context import AppContext
from desktop.ui.help.feature import HelpFeature
from desktop.ui.settings_store import Settings


def test_about_guide_and_logs(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    opened: list[QUrl] = []
    ctx = AppContext(data_dir=tmp_path, settings=Settings(tmp_path / "settings.ini"))
    feature = HelpFeature(ctx, open_url=opened.append)
    names = [a.objectName() for a in feature.actions(ctx)]
    assert names == ["helpGuide", "openLogsFolder", "helpAbout"]

    about = feature.show_about()
    qtbot.addWidget(about)
    texts = [label.text() for label in about.findChildren(QLabel)]
    assert any(__version__ in t for t in texts)
    assert str(tmp_path) in texts
    licences = about.findChild(QLabel, "aboutLicences").text()
    assert "LGPL-3.0" in licences and "FFmpeg" in licences
    about.findChild(QPushButton, "openLicences").click()
    licence_folder = Path(opened[-1].toLocalFile())
    assert (licence_folder / "THIRD_PARTY.md").is_file() and (licence_folder / "LGPL-3.0.txt").is_file()

    guide = feature.show_guide()
    qtbot.addWidget(guide)
    text = guide.browser.toPlainText()
    assert "Orders" in text and "Evidence" in text and "Replies" in text

    feature.open_logs()
    assert opened[-1].toLocalFile() == str(tmp_path / "logs")
    assert (tmp_path / "logs").is_dir()
