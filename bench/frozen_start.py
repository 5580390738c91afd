"""Start-up of the packaged app (packaging/build.py) against the same app run
from source and a bare PySide6 window, each quitting after its first paint.

    python bench/frozen_start.py [DB] [--app-dir dist/key-account-planner] [--runs 5]

DB defaults to a fresh demo database (made by the built binary in a temporary
folder). Sides, each a fresh process, offscreen, alternating after one
untimed warm-up each (warm file cache, as bench/cold_start.py):
- frozen: ``<app-dir>/planner --db DB`` with ``PLANNER_EXIT_AFTER_FIRST_PAINT=1``
  (packaging/entry.py);
- source: ``python -c "from ui.app import run; run(DB, exit_after_first_paint=True)"``;
- bare: bench/bare_window.py.
Prints spawn -> first paint (the app's light start-up frame), the full window's
paint (child clock), spawn -> exit (the app quits after its full window's
first paint) and peak RSS, each as median, min, max.
The app takes its daily rolling backup on the first start of a day (the
warm-up absorbs it).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cold_start import app_cmd, bare_cmd, report, run_once  # noqa: E402
from common import REPO, child_env, run_child  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("db", type=Path, nargs="?", help="database (default: a fresh demo database)")
    p.add_argument("--app-dir", type=Path, default=REPO / "dist" / "key-account-planner")
    p.add_argument("--runs", "-n", type=int, default=5)
    p.add_argument("--timeout", type=float, default=120.0)
    a = p.parse_args(argv)
    binary = a.app_dir / ("planner.exe" if sys.platform == "win32" else "planner")
    if not binary.is_file():
        p.error(f"no built app at {binary}: run packaging/build.py first")

    with tempfile.TemporaryDirectory(prefix="planner-frozen-start-") as tmp:
        env = child_env(PLANNER_BENCH="1", PLANNER_EXIT_AFTER_FIRST_PAINT="1",
                        XDG_CONFIG_HOME=os.path.join(tmp, "config"), XDG_DATA_HOME=os.path.join(tmp, "data"))
        db = a.db.resolve() if a.db else Path(tmp) / "demo.db"
        if not a.db:
            subprocess.run([str(binary), "--db", str(db), "demo"], env=env, check=True,
                           stdout=subprocess.DEVNULL)
        sides = {"frozen": [str(binary.resolve()), "--db", str(db)],
                 "source": app_cmd(db), "bare": bare_cmd()}
        print(f"database {db} ({db.stat().st_size / 1e6:.1f} MB); app folder {a.app_dir}")
        for cmd in sides.values():  # warm-up, untimed
            run_child(cmd, env=env, timeout=a.timeout)
        results = {name: [] for name in sides}
        for i in range(a.runs):
            print(f"run {i + 1}/{a.runs}")
            for name, cmd in sides.items():
                results[name].append(run_once(name, cmd, env, a.timeout))
        medians = {name: report(name, runs) for name, runs in results.items()}
        exits = {name: statistics.median(r.seconds for r in runs) for name, runs in results.items()}
    print(f"first paint: frozen/source {medians['frozen'] / medians['source']:.2f}   "
          f"frozen/bare {medians['frozen'] / medians['bare']:.2f}   "
          f"source/bare {medians['source'] / medians['bare']:.2f}")
    print(f"exit after the full window's paint: frozen/source {exits['frozen'] / exits['source']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
