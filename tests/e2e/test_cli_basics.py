"""What anyone meets first on the command line: the version, and a pipe closed early."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from desktop import __version__


def test_version() -> None:
    result = subprocess.run([sys.executable, "-m", "desktop", "--version"], capture_output=True, text=True)
    assert result.returncode == 0
    assert result.stdout.strip() == f"seller-desk {__version__}"


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path: Path, samples: Path) -> None:
    data = tmp_path / "data"
    exports = [str(p) for p in sorted(samples.iterdir()) if p.suffix in {".csv", ".xlsx", ".txt"}]
    subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(data), "import", *exports],
        check=False, capture_output=True,
    )  # fmt: skip
    # `seller-desk orders | head -1`: the reader closes the pipe after one line.
    lister = subprocess.Popen(
        [sys.executable, "-m", "desktop", "--data-dir", str(data), "orders", "--json"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    assert lister.stdout is not None and lister.stderr is not None
    assert lister.stdout.readline()
    lister.stdout.close()
    stderr = lister.stderr.read().decode()
    assert lister.wait(timeout=60) == 141  # more than a pipe holds: the write really failed
    assert "Traceback" not in stderr and "BrokenPipeError" not in stderr
