"""PDF renderers for the command line: a QGuiApplication on the offscreen platform is enough
for QPdfWriter, and no window is ever shown."""

from __future__ import annotations

import os

from PySide6.QtGui import QGuiApplication

from desktop.core.evidence.pack import Renderers
from desktop.ui.evidence.pdf import any_checklist_pdf, summary_pdf


def headless_renderers() -> tuple[Renderers, list[str]]:
    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["seller-desk"])
    held = app  # the renderers keep the application alive as long as they are used

    def summary(s):  # type: ignore[no-untyped-def]
        assert held is not None
        return summary_pdf(s)

    return Renderers(summary_pdf=summary, checklist_pdf=any_checklist_pdf), []
