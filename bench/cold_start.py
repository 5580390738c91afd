"""Cold start to first painted window: the app on a big database against a
bare PySide6 window (bench/bare_window.py) started the same way.

    python bench/cold_start.py BIG.db [--runs 5] [--app-only | --bare-only] [--display]

Each run is a fresh process. Both children quit right after their main
window's first paint and, with PLANNER_BENCH=1, print ``first-paint ...`` on
stderr. Measured in the parent: spawn -> that line appears ("paint"), and
spawn -> process exit ("exit", which adds the child's shut-down). Peak RSS
comes from the child's rusage. Runs alternate bare/app after one untimed
warm-up of each (``--warmup``), so both see the same warm file cache.
Targets: app/bare median ratio <= 1.5 (on "paint"), app peak RSS < 250 MB.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ChildRun, child_env, python_cmd, run_child, summary  # noqa: E402

RATIO_TARGET = 1.5
RSS_TARGET_MB = 250
MARK = "first-paint"
WINDOW_MARK = "window-paint"  # the app: the full window (with data) painted


def app_cmd(db: Path) -> list[str]:
    code = ("import sys; from ui.app import run; "
            f"sys.exit(run({str(db)!r}, exit_after_first_paint=True))")
    return python_cmd("-c", code)


def bare_cmd() -> list[str]:
    return python_cmd(str(Path(__file__).with_name("bare_window.py")))


def run_once(name: str, cmd: list[str], env: dict[str, str], timeout: float) -> ChildRun:
    run = run_child(cmd, env=env, timeout=timeout, mark=MARK)
    if run.returncode != 0:
        sys.stderr.write(run.stderr[-4000:])
        raise SystemExit(f"{name}: the child exited with {run.returncode}")
    paint = f"paint {run.mark_seconds:6.3f} s  " if run.mark_seconds is not None else ""
    inside = run.line(MARK)
    print(f"  {name:4} {paint}exit {run.seconds:6.3f} s  peak RSS {run.peak_rss_mb:6.1f} MB"
          + (f"  (child says {inside})" if inside else ""), flush=True)
    return run


def report(name: str, runs: list[ChildRun]) -> float:
    """Print one side's figures; return its median time to first paint
    (to exit when the child never printed the mark)."""
    paints = [r.mark_seconds for r in runs if r.mark_seconds is not None]
    exits = [r.seconds for r in runs]
    if paints:
        print(f"{name}: spawn->paint {summary(paints)}")
    full = [float(r.line(WINDOW_MARK).split()[1]) for r in runs if r.line(WINDOW_MARK)]
    if full:  # the app paints a light frame first, then its full window
        print(f"{name}: full window painted (child clock, from its first import) {summary(full)}")
    print(f"{name}: spawn->exit  {summary(exits)}")
    print(f"{name}: peak RSS     {summary([r.peak_rss_mb for r in runs], 'MB', '.1f')}")
    return statistics.median(paints if len(paints) == len(runs) else exits)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("db", type=Path, nargs="?", help="the big database (from bench/generate.py)")
    p.add_argument("--runs", "-n", type=int, default=5)
    p.add_argument("--warmup", type=int, default=1, help="untimed runs of each side first")
    side = p.add_mutually_exclusive_group()
    side.add_argument("--app-only", action="store_true")
    side.add_argument("--bare-only", action="store_true")
    p.add_argument("--display", action="store_true", help="use the real display, not offscreen")
    p.add_argument("--timeout", type=float, default=120.0, help="seconds before a child is killed")
    a = p.parse_args(argv)
    if not a.bare_only and (a.db is None or not a.db.is_file()):
        p.error("the app side needs an existing database file (or use --bare-only)")

    env = child_env(offscreen=not a.display, PLANNER_BENCH="1")
    sides = {}
    if not a.app_only:
        sides["bare"] = bare_cmd()
    if not a.bare_only:
        sides["app"] = app_cmd(a.db.resolve())
    for _ in range(a.warmup):
        for cmd in sides.values():
            run_child(cmd, env=env, timeout=a.timeout)
    results: dict[str, list[ChildRun]] = {name: [] for name in sides}
    for i in range(a.runs):
        print(f"run {i + 1}/{a.runs}")
        for name, cmd in sides.items():
            results[name].append(run_once(name, cmd, env, a.timeout))

    medians = {name: report(name, runs) for name, runs in results.items()}
    if "app" in results:
        peak = max(r.peak_rss_mb for r in results["app"])
        print(f"app peak RSS {peak:.1f} MB (target < {RSS_TARGET_MB}): "
              f"{'ok' if peak < RSS_TARGET_MB else 'MISSED'}")
    if len(medians) == 2:
        ratio = medians["app"] / medians["bare"]
        exit_ratio = (statistics.median(r.seconds for r in results["app"])
                      / statistics.median(r.seconds for r in results["bare"]))
        print(f"ratio app/bare {ratio:.2f} (target <= {RATIO_TARGET}): "
              f"{'ok' if ratio <= RATIO_TARGET else 'MISSED'}   [on exit times: {exit_ratio:.2f}]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
