"""One window per data folder. A second start on the same folder brings the first window to
the front; if that window cannot be reached, the seller is told why the second cannot open.

Two windows on one folder would each hold their own view of orders, the pack station's camera
and the evidence store's temporary files; commands (`seller-desk import …`) are not windows and
share the folder safely through the database's own locking."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

LOCK_FILE = "window.lock"
_RAISE = b"raise\n"
_WAIT_MS = 1500


def server_name(data_dir: Path) -> str:
    digest = hashlib.sha256(str(data_dir.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"seller-desk-{digest}"


class SingleInstance(QObject):
    """Hold the data folder's window lock, and answer later starts by raising the window."""

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._lock = QLockFile(str(data_dir / LOCK_FILE))
        # Only a lock whose process is gone is stale; an old lock of a live window is not.
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None
        self._on_raise: Callable[[], None] = lambda: None

    def acquire(self) -> bool:
        """True when this process now owns the folder's window."""
        return bool(self._lock.tryLock(0))

    def owner_pid(self) -> int | None:
        info = self._lock.getLockInfo()  # (pid, host, app); pid 0 when there is no lock
        pid = int(info[0]) if info else 0
        return pid or None

    def listen(self, on_raise: Callable[[], None]) -> None:
        """After acquire(): later starts on this folder call on_raise."""
        self._on_raise = on_raise
        name = server_name(self._data_dir)
        QLocalServer.removeServer(name)  # a server file left by a crashed window
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._answer)
        server.listen(name)
        self._server = server

    def _answer(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            # The request is one short line, already on its way: read it here rather than keep
            # a socket and a callback alive across events.
            arrived = bool(socket.bytesAvailable()) or socket.waitForReadyRead(_WAIT_MS)
            if arrived and bytes(socket.readAll().data()).startswith(_RAISE.strip()):
                self._on_raise()
            socket.abort()
            socket.deleteLater()

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
        self._lock.unlock()


def ask_first_window_to_raise(data_dir: Path) -> bool:
    """From a second start: True when the first window heard the request."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(_WAIT_MS):
        return False
    socket.write(_RAISE)
    delivered = socket.waitForBytesWritten(_WAIT_MS)
    socket.disconnectFromServer()
    return bool(delivered)
