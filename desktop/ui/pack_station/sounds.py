"""Playing the station's sounds; the system beep where there is no audio output."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop.core.packing.tones import TONES, wav_bytes


class StationSounds(QObject):
    def __init__(self, enabled: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.enabled = enabled
        self._effects: dict[str, object] | None = None
        self._folder: tempfile.TemporaryDirectory[str] | None = None
        self.played: list[str] = []

    def _load(self) -> dict[str, object]:
        if self._effects is not None:
            return self._effects
        self._effects = {}
        if QGuiApplication.platformName() in ("offscreen", "minimal"):
            return self._effects  # nobody to hear it; and no audio device to probe
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError:
            return self._effects
        if not QMediaDevices.audioOutputs():
            return self._effects
        self._folder = tempfile.TemporaryDirectory(prefix="seller-desk-sounds-")
        for kind in TONES:
            path = Path(self._folder.name) / f"{kind}.wav"
            path.write_bytes(wav_bytes(kind))
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(path)))
            self._effects[kind] = effect
        return self._effects

    def __call__(self, kind: str) -> None:
        if not self.enabled:
            return
        self.played.append(kind)
        effect = self._load().get(kind)
        if effect is None:
            if kind != "ok":
                QApplication.beep()
            return
        effect.play()  # type: ignore[attr-defined]
