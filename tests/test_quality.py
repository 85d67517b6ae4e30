"""Lint, types and layering are part of the test suite, so one command checks everything."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=600)


def test_ruff_lint() -> None:
    result = _run(sys.executable, "-m", "ruff", "check", "desktop", "tests")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_core() -> None:
    result = _run(sys.executable, "-m", "mypy", "desktop/core")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("lint-imports") is None, reason="import-linter not installed")
def test_core_never_imports_qt() -> None:
    result = _run("lint-imports")
    assert result.returncode == 0, result.stdout + result.stderr
