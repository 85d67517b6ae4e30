from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from desktop.ui.replies.services import RepliesServices
from desktop.ui.settings_store import Settings

# 02:10 UTC on 1 December 2024: 03:10 at night in Madrid.
NOW = datetime(2024, 12, 1, 2, 10, tzinfo=UTC)


@pytest.fixture
def services(data_dir: Path) -> RepliesServices:
    settings = Settings(data_dir / "settings.ini")
    settings.set("seller/signature", "Lin · Vase Studio")
    settings.set("seller/language", "zh_CN")
    return RepliesServices(settings, now=lambda: NOW)


@pytest.fixture
def make_order(make_vase_order: Any) -> Any:
    return make_vase_order
