"""How long a big contact import takes: read, plan, apply, then re-import
the same file (all updates/unchanged), and export. Prints figures.

    python bench/import_bench.py [--rows 5000] [--accounts 5]

Rows have Chinese or English names, a department (10 per account), a
mobile, an e-mail and a manager named by name (a tree per account, about
six reports per manager).

The apply step goes through the record services (validation, per-field
clocks, one change-log entry per field): its cost is theirs, ~0.4 ms per
record on a laptop-class core since the writes are batched (it was ~3.4 ms;
bench/write_bench.py measures the services alone)."""

from __future__ import annotations

import argparse
import csv
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华"
LATIN = ["Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans", "Thomas", "Roberts"]


def make_file(path: Path, rows: int, accounts: int, seed: int = 1) -> None:
    rnd = random.Random(seed)
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(["姓名", "职务", "部门", "手机", "邮箱", "上级", "公司"])
        names_per_acc: dict[int, list[str]] = {}
        for i in range(rows):
            acc = i % accounts
            if rnd.random() < 0.7:
                name = rnd.choice(SURNAMES) + rnd.choice(GIVEN) + rnd.choice(GIVEN) + str(i)
            else:
                name = f"Alex{i} {rnd.choice(LATIN)}"
            earlier = names_per_acc.setdefault(acc, [])
            # an org chart: each manager has about six reports (depth ~5 at 5000 people)
            manager = earlier[(len(earlier) - 1) // 6] if earlier else ""
            earlier.append(name)
            w.writerow([name, "经理", f"部门{rnd.randrange(10)}", f"139{i:08d}",
                        f"p{i}@example.cn", manager, f"客户{acc}"])


def timed(label: str, fn):
    t = time.perf_counter()
    result = fn()
    print(f"{label:<34} {time.perf_counter() - t:7.2f} s")
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--accounts", type=int, default=5)
    args = parser.parse_args()

    from planner.importers import read_source
    from planner.importers.apply import apply_plan
    from planner.importers.export import export_contacts
    from planner.importers.plan import build_plan
    from planner.services import Records
    from planner.store import open_database

    folder = Path(tempfile.mkdtemp(prefix="import-bench-"))
    src = folder / "contacts.csv"
    make_file(src, args.rows, args.accounts)
    print(f"{args.rows} rows, {args.accounts} accounts, {src.stat().st_size / 1e6:.1f} MB CSV")
    db = open_database(folder / "x.db")
    records = Records(db)
    table = timed("read CSV", lambda: read_source(src))
    plan = timed("plan (empty database)", lambda: build_plan(db, table))
    print(f"  {plan.summary()}")
    timed("apply (one transaction)", lambda: apply_plan(records, plan))
    plan = timed("plan re-import (all matched)", lambda: build_plan(db, read_source(src)))
    print(f"  {plan.summary()}")
    timed("apply re-import", lambda: apply_plan(records, plan))
    acc = records.list("account")[0]["id"]
    timed("export one account to CSV", lambda: export_contacts(db, acc, folder / "out.csv"))
    timed("export one account to vCard", lambda: export_contacts(db, acc, folder / "out.vcf"))
    db.close()


if __name__ == "__main__":
    main()
