"""Log files in the data folder, so a bug report can carry them (Help > Open logs folder)."""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import platform
from pathlib import Path
from typing import IO

LOGS_DIR = "logs"
LOG_FILE = "seller-desk.log"
FAULT_FILE = "crashes.log"
_FORMAT = "%(asctime)s %(levelname)-7s %(name)s [%(threadName)s] %(message)s"


def logs_folder(data_dir: Path) -> Path:
    return Path(data_dir) / LOGS_DIR


def setup_logging(data_dir: Path, level: int = logging.INFO) -> Path:
    """Send the root logger to a rotating file in data_dir/logs; return the file. Idempotent."""
    folder = logs_folder(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, logging.FileHandler) and Path(handler.baseFilename) == path:
            return path
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=2_000_000, backupCount=5, encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(handler)
    root.setLevel(min(root.level or level, level))
    logging.captureWarnings(True)
    from desktop import __version__

    logging.getLogger("seller-desk").info(
        "Seller Desk %s, Python %s on %s, data folder %s",
        __version__, platform.python_version(), platform.platform(), data_dir,
    )  # fmt: skip
    return path


def enable_fault_log(data_dir: Path) -> IO[str]:
    """A native crash (a segfault or an abort in Qt or a reader) writes every thread's Python
    stack to logs/crashes.log. Keep the returned file open for as long as the process runs."""
    folder = logs_folder(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    handle = (folder / FAULT_FILE).open("a", encoding="utf-8")
    faulthandler.enable(file=handle, all_threads=True)
    return handle
