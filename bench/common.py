"""Small helpers shared by the benchmarks: run a child process and measure it,
time a block in this process, summarise repeated runs."""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Iterator, Sequence

REPO = Path(__file__).resolve().parents[1]


@dataclass
class ChildRun:
    seconds: float  # wall time from spawn to exit
    peak_rss_mb: float  # the child's RSS high-water mark
    returncode: int
    stdout: str
    stderr: str
    #: wall time from spawn until the child wrote a stderr line starting with
    #: ``mark`` (None: no mark asked for, or never seen)
    mark_seconds: float | None = None

    def line(self, prefix: str) -> str | None:
        """The first output line starting with ``prefix`` (stderr, then stdout)."""
        for text in (self.stderr, self.stdout):
            for line in text.splitlines():
                if line.startswith(prefix):
                    return line
        return None


def child_env(offscreen: bool = True, **extra: str) -> dict[str, str]:
    """This environment, plus the repository on PYTHONPATH and, unless told
    otherwise, Qt's offscreen platform."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH")) if p)
    if offscreen:
        env["QT_QPA_PLATFORM"] = "offscreen"
    env.update(extra)
    return env


def run_child(cmd: Sequence[str], env: dict[str, str] | None = None,
              timeout: float = 120.0, mark: str | None = None) -> ChildRun:
    """Run ``cmd`` to completion; measure wall time and peak RSS (from
    ``wait4``, so only this child, not this process), and when the child's
    stderr first shows a line starting with ``mark``. Killed after
    ``timeout`` seconds (returncode then negative)."""
    err_lines: list[bytes] = []
    mark_at: list[float] = []

    def read_stderr(stream: IO[bytes]) -> None:
        for raw in stream:
            if mark and not mark_at and raw.startswith(mark.encode()):
                mark_at.append(time.perf_counter() - t0)
            err_lines.append(raw)

    with tempfile.TemporaryFile() as out:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.PIPE, env=env, cwd=REPO)
        reader = threading.Thread(target=read_stderr, args=(proc.stderr,), daemon=True)
        reader.start()
        killer = threading.Timer(timeout, proc.kill)
        killer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            killer.cancel()
        seconds = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        reader.join(timeout=5)  # a grandchild may hold the pipe open
        proc.stderr.close()
        out.seek(0)
        return ChildRun(seconds, usage.ru_maxrss / 1024, proc.returncode,
                        out.read().decode(errors="replace"),
                        b"".join(err_lines).decode(errors="replace"),
                        mark_at[0] if mark_at else None)


def python_cmd(*args: str) -> list[str]:
    """A command running this interpreter (unbuffered output)."""
    return [sys.executable, "-u", *args]


def peak_rss_mb() -> float:
    """This process's RSS high-water mark so far (Linux reports KB)."""
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kb / 1024 if sys.platform != "darwin" else kb / 2**20


@contextmanager
def timed(label: str) -> Iterator[None]:
    """Print how long the block took: ``label: 0.123 s``."""
    t0 = time.perf_counter()
    yield
    print(f"{label}: {time.perf_counter() - t0:.3f} s", flush=True)


def summary(values: Sequence[float], unit: str = "s", fmt: str = ".3f") -> str:
    """``median 0.412 s (min 0.398, max 0.501, n=5)``."""
    return (f"median {statistics.median(values):{fmt}} {unit} "
            f"(min {min(values):{fmt}}, max {max(values):{fmt}}, n={len(values)})")
