"""Killing the app while the rep types: the app runs ``child_code`` in a
child process (offscreen), which prints ``TYPED ...`` once its typing is
done; the test waits past the autosave and kills it with SIGKILL."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def type_then_kill(child_code: str, args: list[str], wait_s: float) -> tuple[str, int]:
    """The child's ``TYPED`` line and its return code (-SIGKILL when it
    was still running, as a crash would find it)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    child = subprocess.Popen([sys.executable, "-c", child_code, *args],
                             cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = ""
        deadline = time.monotonic() + 60
        while not line.startswith("TYPED") and time.monotonic() < deadline:
            line = child.stdout.readline()
            if not line and child.poll() is not None:
                break
        assert line.startswith("TYPED"), child.stderr.read()
        time.sleep(wait_s)   # past the autosave, still "typing" as far as the app knows
        assert child.poll() is None, "the app quit by itself"
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    finally:
        if child.poll() is None:
            child.kill()
    return line, child.returncode
