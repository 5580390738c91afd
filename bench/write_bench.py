"""How fast the record services write: records per second for create,
update and delete, each batch in ONE transaction (the way an import or the
demo loader writes), plus the contact import of ``bench/import_bench.py``.

    python bench/write_bench.py [--people 2000] [--import-rows 2000]

Creates one account, 10 departments, ``--people`` stakeholders and one
reporting line per person after the first (the rules check each line for a
circle), then updates every person (two fields) and deletes a tenth of them
(the delete cascades to their lines). Prints CPU seconds
(``time.process_time``, what the writes cost even on a loaded machine) and
wall seconds, and records per CPU second."""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


class Timer:
    def __init__(self, label: str, count: int) -> None:
        self.label, self.count = label, count

    def __enter__(self) -> "Timer":
        self.cpu, self.wall = time.process_time(), time.perf_counter()
        return self

    def __exit__(self, *exc: object) -> None:
        cpu = time.process_time() - self.cpu
        wall = time.perf_counter() - self.wall
        rate = self.count / cpu if cpu else float("inf")
        print(f"{self.label:<40} {self.count:6d} rec  cpu {cpu:6.2f} s  wall {wall:6.2f} s"
              f"  {rate:8.0f} rec/cpu-s")


def writes(people: int, folder: Path) -> None:
    from planner.services import Records
    from planner.store import open_database

    db = open_database(folder / "writes.db")
    records = Records(db)
    ids: list[str] = []
    lines: list[str] = []
    with Timer("create people + lines (one transaction)", 2 * people - 1):
        with records.transaction() as w:
            acc = w.create("account", {"name": "Bench account"})
            deps = [w.create("department", {"account_id": acc, "name": f"Dept {i}"}) for i in range(10)]
            for i in range(people):
                ids.append(w.create("stakeholder", {
                    "account_id": acc, "name": f"Person {i}", "title": "Manager",
                    "department_id": deps[i % 10], "mobile": f"139{i:08d}",
                    "email": f"p{i}@example.com"}))
            for i in range(1, people):
                lines.append(w.create("relationship", {
                    "account_id": acc, "source_id": ids[i], "target_id": ids[(i - 1) // 6],
                    "kind": "reports_to"}))
    with Timer("update people, 2 fields (one transaction)", people):
        with records.transaction() as w:
            for i, pid in enumerate(ids):
                w.update("stakeholder", pid, {"title": "Director", "importance": 1 + i % 5})
    gone = ids[people // 2::10]
    with Timer("delete people, cascading (one transaction)", len(gone)):
        with records.transaction() as w:
            for pid in gone:
                w.delete("stakeholder", pid)
    with Timer("create 200 notes, one transaction each", 200):
        for i in range(200):
            records.create("note", {"account_id": acc, "title": f"Note {i}", "body": "text"})
    with db.read() as s:
        n = s.connection().exec_driver_sql("SELECT count(*) FROM change_log").scalar()
    print(f"  change_log rows: {n}")
    db.close()


def contact_import(rows: int, folder: Path) -> None:
    from bench.import_bench import make_file
    from planner.importers import read_source
    from planner.importers.apply import apply_plan
    from planner.importers.plan import build_plan
    from planner.services import Records
    from planner.store import open_database

    src = folder / "contacts.csv"
    make_file(src, rows, 5)
    db = open_database(folder / "import.db")
    records = Records(db)
    plan = build_plan(db, read_source(src))
    with Timer(f"contact import apply ({rows} rows + lines)", len(plan.rows) + len(plan.lines)):
        apply_plan(records, plan)
    db.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=2000)
    parser.add_argument("--import-rows", type=int, default=2000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="write-bench-"))
    writes(args.people, folder)
    if args.import_rows:
        contact_import(args.import_rows, folder)


if __name__ == "__main__":
    main()
