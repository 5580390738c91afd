"""Visits benchmark on the big generated dataset (bench/generate.py).

    python bench/generate.py /tmp/bench/big.db      # once (~50 s)
    python bench/visits_bench.py /tmp/bench/big.db [--runs 5]

Times, each as the median of ``--runs`` (offscreen Qt, in this process):

- timeline: the Visits & notes tab showing account #1 (2,000 visits plus its
  notes): the timeline query, the table model and the first layout
  (target < 150 ms);
- This week, cold: every person's contact clock computed from scratch (all
  visit attendances and contact logs of 50,000 people); this runs once per
  start, on the worker, right after the window opens;
- This week, opens: building and filling the This-week dialog (target
  < 200 ms), with the contact clock kept current from the change log;
- This week after a write: the same right after a contact was logged
  (the clock recomputes only the people the new change-log entries touch).

The bench writes one contact log per run into the database (it is a
generated file; regenerate it to start clean).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.generate import BIG_ACCOUNT_NAME  # noqa: E402


def ms(values: list[float]) -> str:
    return (f"median {statistics.median(values) * 1000:7.1f} ms  (min {min(values) * 1000:.1f}, "
            f"max {max(values) * 1000:.1f}, n={len(values)})")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("db", type=Path)
    p.add_argument("--runs", type=int, default=5)
    args = p.parse_args(argv)

    from PySide6.QtWidgets import QApplication
    from sqlalchemy import text

    from planner.contacts.cadence import CadenceDefaults, contact_states
    from planner.contacts.clock_cache import cached_states
    from planner.services import Records
    from planner.store import open_database
    from ui.session import Session
    from ui.visits.this_week import ThisWeekDialog
    from ui.visits.visits_tab import VisitsTab
    from ui.worker import ImmediateWorker

    app = QApplication.instance() or QApplication([])
    db = open_database(args.db)
    with db.read() as s:
        account_id = s.connection().execute(text("SELECT id FROM account WHERE name = :n"),
                                            {"n": BIG_ACCOUNT_NAME}).scalar()
        visits = s.connection().execute(text("SELECT count(*) FROM visit WHERE account_id = :a AND deleted = 0"),
                                        {"a": account_id}).scalar()
        people = s.connection().execute(text("SELECT count(*) FROM stakeholder WHERE deleted = 0")).scalar()
        indexed = s.connection().execute(text(
            "SELECT count(*) FROM sqlite_master WHERE name = 'ix_visit_contact_clock'")).scalar()
    print(f"database {args.db}: account #1 has {visits} visits; {people} people in all; "
          f"contact-clock indexes (migrations/pending/0006): {'yes' if indexed else 'no'}")
    session = Session(db, ImmediateWorker())

    tab = VisitsTab(session)
    tab.resize(1200, 800)
    tab.show()
    times = []
    for _ in range(args.runs):
        tab.show_account(None)
        app.processEvents()
        t = time.perf_counter()
        tab.show_account(account_id)
        app.processEvents()
        times.append(time.perf_counter() - t)
    print(f"timeline of account #1 ({tab.model.rowCount()} entries): {ms(times)}   target < 150 ms")

    defaults = CadenceDefaults()
    cold = []
    for _ in range(max(1, args.runs // 2)):
        t = time.perf_counter()
        contact_states(db, defaults)
        cold.append(time.perf_counter() - t)
    print(f"This week, contact clock from scratch (once per start, on the worker): {ms(cold)}")
    cached_states(db, defaults)  # what the worker does after start-up

    def open_dialog() -> ThisWeekDialog:
        d = ThisWeekDialog(session)
        d.show()
        app.processEvents()
        return d

    opened = []
    for _ in range(args.runs):
        t = time.perf_counter()
        d = open_dialog()
        opened.append(time.perf_counter() - t)
        d.close()
        d.deleteLater()
    print(f"This week opens ({len(d.week.overdue)} overdue, {len(d.week.due_soon)} due soon, "
          f"{len(d.week.actions)} actions): {ms(opened)}   target < 200 ms")

    records = Records(db)
    person = next(iter(cached_states(db, defaults)))
    after = []
    for _ in range(args.runs):
        records.create("contact_log", {"stakeholder_id": person, "contacted_on": date.today()})
        t = time.perf_counter()
        d = open_dialog()
        after.append(time.perf_counter() - t)
        d.close()
        d.deleteLater()
    print(f"This week opens right after logging a contact: {ms(after)}   target < 200 ms")
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
