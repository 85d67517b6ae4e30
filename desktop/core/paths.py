"""Where Seller Desk keeps its data."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_dir

ENV_DATA_DIR = "SELLER_DESK_DATA_DIR"
ENV_DATABASE_URL = "SELLER_DESK_DATABASE_URL"
DB_FILE_NAME = "seller-desk.db"


_PACKAGE = Path(__file__).resolve().parents[1]  # .../desktop


def shipped_folder(name: str) -> Path:
    """resources/ or i18n/: in a PyInstaller bundle, in the source tree (also an editable
    install), or inside an installed package as desktop/_data/NAME (see pyproject.toml)."""
    bundle = getattr(sys, "_MEIPASS", None)
    candidates = [Path(bundle) / name] if bundle else []
    candidates += [_PACKAGE.parent / name, _PACKAGE / "_data" / name]
    for folder in candidates:
        if folder.is_dir():
            return folder
    return candidates[-1]


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: an explicit choice, else the environment, else the platform's user-data folder."""
    chosen = explicit or os.environ.get(ENV_DATA_DIR) or user_data_dir("SellerDesk", "SellerDesk")
    path = Path(chosen).expanduser().resolve()
    if not path.is_dir():
        path.mkdir(parents=True, exist_ok=True)
        if os.name == "posix":
            os.chmod(path, 0o700)  # buyers' names and addresses: the seller's eyes only
    return path


def database_url(data_dir: Path, explicit: str | None = None) -> str:
    """SQLite in the data folder unless a URL (for example PostgreSQL) is given."""
    url = explicit or os.environ.get(ENV_DATABASE_URL)
    if url:
        return url
    return f"sqlite:///{(data_dir / DB_FILE_NAME).as_posix()}"
