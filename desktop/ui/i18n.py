"""Choosing the interface language and loading its translations: Qt's own (standard buttons,
file dialogs) and ours from i18n/*.qm."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.core.paths import shipped_folder

# Each language is offered under its own name, which is never translated: a seller who cannot
# read the current language must still find hers.
LANGUAGES: tuple[tuple[str, str], ...] = (
    ("en", "English"),
    ("zh_CN", "简体中文"),
    ("zh_TW", "繁體中文"),
)
CODES = tuple(code for code, _ in LANGUAGES)
_TRANSLATOR_NAME = "seller-desk-translator"


def translations_dir() -> Path:
    """Our .qm files, wherever the program runs from (desktop.core.paths.shipped_folder)."""
    return shipped_folder("i18n")


def qt_translations_dir() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def choose_language(requested: str | None, ui_languages: Sequence[str]) -> str:
    """The language to show: the seller's choice, else the first system language we have."""
    if requested in CODES:
        return requested
    for tag in ui_languages:
        tag = tag.replace("_", "-").lower()
        if tag.startswith("zh"):
            traditional = "hant" in tag or tag.endswith(("-tw", "-hk", "-mo"))
            return "zh_TW" if traditional else "zh_CN"
        if tag.startswith("en"):
            return "en"
    return "en"


def install_translators(app: QCoreApplication, language: str | None) -> str:
    """Install the translators for language (None or "": from the system locale).

    Calling it again replaces the previous ones. Widgets built afterwards use the new language;
    the ones already on screen keep their text until the next start. Returns the chosen code."""
    code = choose_language(language, QLocale.system().uiLanguages())
    for old in app.findChildren(QTranslator, _TRANSLATOR_NAME):
        app.removeTranslator(old)
        old.deleteLater()
    # Qt's catalogue "qt_<lang>" pulls in qtbase and qtmultimedia; ours comes last so it wins.
    loads = [("qt_" + code, qt_translations_dir()), ("seller_desk_" + code, translations_dir())]
    for name, folder in loads:
        translator = QTranslator(app)
        translator.setObjectName(_TRANSLATOR_NAME)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
        else:
            translator.deleteLater()
    return code
