"""The baseline for the cold-start benchmark: an empty QMainWindow holding a
QTableView, started and stopped the way the app is with
``exit_after_first_paint=True``: a one-shot event filter catches the main
window's first ``QEvent.Type.Paint`` and quits.

With PLANNER_BENCH=1 it prints ``first-paint SECONDS`` on stderr, SECONDS
counted from process start (Linux /proc; elsewhere from this module's first
line), like the app does.
"""

from __future__ import annotations

import os
import sys
import time

_T0 = time.perf_counter()


def seconds_since_process_start() -> float:
    """Time since the OS started this process (clock-tick resolution, 10 ms
    on Linux); falls back to the time since this module started running."""
    try:
        with open("/proc/self/stat") as fh:
            start_ticks = int(fh.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime") as fh:
            uptime = float(fh.read().split()[0])
        return uptime - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return time.perf_counter() - _T0


def main() -> int:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                if os.environ.get("PLANNER_BENCH") == "1":
                    print(f"first-paint {seconds_since_process_start():.3f}", file=sys.stderr)
                QApplication.quit()
            return False

    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("bare window")
    window.setCentralWidget(QTableView())
    window.resize(1200, 800)
    first_paint = FirstPaint(window)
    window.installEventFilter(first_paint)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
