"""PDF report speed: the demo account's plan (target < 2 s), an account with
150 stakeholders and a year of visits (< 4 s), a pre-visit brief (< 0.5 s).

    python -m bench.pdf_bench

Times one warm build each (fonts and libraries loaded once per process, as in
the application), and prints the figures."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from planner.demo import add_demo
from planner.services import Records
from planner.services.lookup import find_account
from planner.store import open_database


def timed(fn, repeat: int = 3) -> str:
    """Best wall time and best CPU time of ``repeat`` runs, as text. CPU time
    is what the build costs on an idle machine (it is single-threaded);
    wall time is what the user waited here, with whatever else was running."""
    wall = cpu = float("inf")
    for _ in range(repeat):
        t, c = time.perf_counter(), time.process_time()
        fn()
        wall = min(wall, time.perf_counter() - t)
        cpu = min(cpu, time.process_time() - c)
    return f"{wall:5.2f} s wall, {cpu:5.2f} s CPU"


def add_simulations(records, account_id: str) -> None:
    """A stored tender simulation (and so its chart) on each open deal."""
    from planner.deals.tender.simulation import new_values

    for opp in records.list("opportunity", account_id=account_id):
        if opp["status"] == "open":
            values = new_values(opp, "zh")
            for i, b in enumerate(values["bidders"]):
                b["technical"], b["price"] = 88.0 - 4 * i, (opp["value"] or 1e6) * (1.05 - 0.06 * i)
            with records.transaction() as w:
                w.create("tender_simulation", values)


def main() -> None:
    from bench.generate import BIG_ACCOUNT_NAME
    from bench.generate import main as generate
    from planner.reports.brief import export_brief
    from planner.reports.data import visit_choices
    from planner.reports.plan import export_account_plan

    tmp = Path(tempfile.mkdtemp(prefix="pdf-bench-"))
    db = open_database(tmp / "demo.db")
    add_demo(Records(db))
    grid = find_account(db, "华东某省电力公司")
    t = time.perf_counter()
    export_account_plan(db, grid, tmp / "first.pdf")
    print(f"first plan in a fresh process (imports, font): {time.perf_counter() - t:.2f} s")
    demo = timed(lambda: export_account_plan(db, grid, tmp / "demo.pdf"))
    print(f"demo account plan (zh):                     {demo}  (target < 2 s)")
    add_simulations(Records(db), grid)
    sims = timed(lambda: export_account_plan(db, grid, tmp / "demo-sim.pdf"))
    print(f"demo plan with a scoring simulation per deal: {sims}  (target < 2 s)")
    visit = next(v["id"] for v in visit_choices(db, grid) if v["status"] == "planned")
    brief = timed(lambda: export_brief(db, visit, tmp / "brief.pdf"))
    print(f"pre-visit brief:                            {brief}  (target < 0.5 s)")
    generate([str(tmp / "big.db"), "--accounts", "2", "--stakeholders", "300", "--relationships", "600",
              "--opportunities", "4", "--visits", "2100", "--notes", "300", "--seed", "7"])
    big_db = open_database(tmp / "big.db")
    big = find_account(big_db, BIG_ACCOUNT_NAME)
    large = timed(lambda: export_account_plan(big_db, big, tmp / "big.pdf"), repeat=2)
    print(f"150 people, a year of visits:               {large}  (target < 4 s)")
    import os

    print(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    db.close()
    big_db.close()


if __name__ == "__main__":
    main()
