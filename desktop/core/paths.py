"""Where Seller Desk keeps its data."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

ENV_DATA_DIR = "SELLER_DESK_DATA_DIR"
ENV_DATABASE_URL = "SELLER_DESK_DATABASE_URL"
DB_FILE_NAME = "seller-desk.db"


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: an explicit choice, else the environment, else the platform's user-data folder."""
    chosen = explicit or os.environ.get(ENV_DATA_DIR) or user_data_dir("SellerDesk", "SellerDesk")
    path = Path(chosen).expanduser().resolve()
    path.mkdir(parents=True, exist_ok=True)
    return path


def database_url(data_dir: Path, explicit: str | None = None) -> str:
    """SQLite in the data folder unless a URL (for example PostgreSQL) is given."""
    url = explicit or os.environ.get(ENV_DATABASE_URL)
    if url:
        return url
    return f"sqlite:///{(data_dir / DB_FILE_NAME).as_posix()}"
