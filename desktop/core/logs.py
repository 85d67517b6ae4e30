"""Log files in the data folder, so a bug report can carry them (Help > Open logs folder)."""

from __future__ import annotations

import logging
import logging.handlers
import platform
import sys
from pathlib import Path
from types import TracebackType

LOGS_DIR = "logs"
LOG_FILE = "seller-desk.log"
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


def log_uncaught_exceptions() -> None:
    """Write crashes to the log as well as to stderr (a windowed app has no console)."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        logging.getLogger("seller-desk").critical("uncaught exception", exc_info=(kind, value, tb))
        previous(kind, value, tb)

    sys.excepthook = hook
