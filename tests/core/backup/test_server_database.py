"""With a database server, `backup` says how to back the server up instead of copying a file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def test_backup_of_a_server_database_explains_what_to_do(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(tmp_path),
         "--database-url", "postgresql://seller@127.0.0.1:1/none", "backup"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "pg_dump" in result.stderr and "data folder" in result.stderr
