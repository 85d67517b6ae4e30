"""One window per data folder: a second start brings the first forward."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from desktop.ui.single_instance import LOCK_FILE, SingleInstance, ask_first_window_to_raise


def test_a_second_start_raises_the_first(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = SingleInstance(tmp_path)
    assert first.acquire()
    raised: list[bool] = []
    first.listen(lambda: raised.append(True))
    second = SingleInstance(tmp_path)
    assert not second.acquire()
    assert second.owner_pid() == os.getpid()
    assert ask_first_window_to_raise(tmp_path)
    qtbot.waitUntil(lambda: raised == [True], timeout=5000)
    first.release()
    assert second.acquire()  # the folder is free once the first window closed
    second.release()


def test_the_lock_of_a_crashed_window_is_taken_over(tmp_path: Path) -> None:
    script = (
        "import sys, time; from pathlib import Path; from desktop.ui.single_instance import SingleInstance; "
        "s = SingleInstance(Path(sys.argv[1])); assert s.acquire(); print('locked', flush=True); time.sleep(60)"
    )
    holder = subprocess.Popen([sys.executable, "-c", script, str(tmp_path)], stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    assert not SingleInstance(tmp_path).acquire()
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    assert (tmp_path / LOCK_FILE).exists()  # left behind by the crash
    assert SingleInstance(tmp_path).acquire()


def test_the_real_app_started_twice_on_one_folder(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "desktop", "--data-dir", str(tmp_path)]
    first = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while not (tmp_path / LOCK_FILE).exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        time.sleep(1.0)  # the lock is taken before the window listens; give it time to listen
        second = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
        assert second.returncode == 0, second.stderr[-2000:]
        assert first.poll() is None  # the first window is still open
    finally:
        first.terminate()
        first.wait(timeout=30)
