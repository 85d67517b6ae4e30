"""Settings persisted with QSettings, typed by the declarations in desktop.core.settings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from desktop.core.settings import BY_KEY


class Settings:
    def __init__(self, path: Path | None = None) -> None:
        # An ini file in the data folder keeps tests and several data folders apart.
        if path is not None:
            self._store = QSettings(str(path), QSettings.Format.IniFormat)
        else:
            self._store = QSettings("SellerDesk", "SellerDesk")

    def get(self, key: str) -> Any:
        setting = BY_KEY.get(key)
        if setting is None:
            return self._store.value(key)
        value = self._store.value(key, setting.default)
        if setting.type is bool and isinstance(value, str):
            return value.lower() in {"1", "true", "yes"}
        try:
            return setting.type(value)
        except (TypeError, ValueError):
            return setting.default

    def set(self, key: str, value: Any) -> None:
        self._store.setValue(key, value)

    def raw(self) -> QSettings:
        """For window geometry and header state, which are Qt byte blobs."""
        return self._store

    def sync(self) -> None:
        self._store.sync()
