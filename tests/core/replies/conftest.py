from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desktop.core.replies.catalogue import Catalogue, load_catalogue
from desktop.core.replies.compose import Composer
from desktop.core.replies.library import Library
from desktop.core.replies.order_values import ValueOptions


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    return load_catalogue()


@pytest.fixture
def composer(data_dir: Path, catalogue: Catalogue) -> Composer:
    return Composer(catalogue, Library(catalogue), ValueOptions(signature="Lin · Vase Studio"))


@pytest.fixture
def make_order(make_vase_order: Any) -> Any:
    return make_vase_order
