"""Qt Multimedia's FFmpeg backend logs hardware probing at warning level on machines without
a GPU; those lines say nothing about our code."""

from __future__ import annotations

import pytest

MULTIMEDIA_NOISE = (
    r"Couldn't (resolve|load) va",
    r"No HW decoder found",
    r"No RHI backend",
    r"Using Qt multimedia with FFmpeg",
    r"Recording new media with muxer",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui/evidence" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(*MULTIMEDIA_NOISE))
