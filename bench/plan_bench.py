"""How fast the Plan tab's read models are on a big account.

    python bench/generate.py /tmp/bench/small.db --accounts 200 --stakeholders 20000 \
        --relationships 40000 --visits 40000 --notes 2000
    python bench/plan_bench.py /tmp/bench/small.db

Adds to the biggest account (by people): 2,000 action items (a fifth overdue,
half linked to 20 objectives), 300 NPS answers, 30 risks, a 12 × 15
whitespace grid half marked; then times (median of 5) the action plan query
and filter, objectives with their actions, customer health, the whitespace
grid and the portfolio with its Pareto chart over all accounts. Targets: each
read under 150 ms (the tab refreshes a section after every edit), the
portfolio chart under 1 s. Works on a copy; the given file is not changed."""

from __future__ import annotations

import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, select  # noqa: E402

from planner.models import Stakeholder  # noqa: E402
from planner.plan import actions, health, objectives, portfolio, whitespace  # noqa: E402
from planner.services import Records  # noqa: E402
from planner.store import open_database  # noqa: E402

TODAY = date.today()


def seed(records: Records, account: str, r: random.Random) -> None:
    db = records.db
    with db.read() as s:
        people = s.scalars(select(Stakeholder.id).where(Stakeholder.account_id == account)).all()
    with records.transaction() as w:
        objs = [w.create("objective", {"account_id": account, "title": f"Objective {i}", "kind": "revenue",
                                       "target": 1e6, "actual": r.random() * 1e6}) for i in range(20)]
        for i in range(2000):
            w.create("action_item", {"account_id": account, "title": f"Action {i} 行动",
                                     "owner": r.choice(["陈晓", "周鹏", "Emma", "Raj"]),
                                     "due_date": TODAY + timedelta(days=r.randint(-60, 240)),
                                     "done": r.random() < 0.3, "source": "objective" if i % 2 else "visit",
                                     "objective_id": objs[i % 20] if i % 2 else None})
        for i in range(300):
            w.create("nps_score", {"stakeholder_id": r.choice(people), "score": r.randint(0, 10),
                                   "scored_on": TODAY - timedelta(days=r.randint(0, 500))})
        for i in range(30):
            w.create("risk", {"account_id": account, "title": f"Risk {i}", "likelihood": r.randint(1, 5),
                              "impact": r.randint(1, 5)})
        deps = [w.create("department", {"account_id": account, "name": f"BU {i}"}) for i in range(12)]
        offs = [w.create("offering", {"name": f"Offering {i}", "position": i}) for i in range(15)]
    for dep in deps:
        for off in offs:
            if r.random() < 0.5:
                whitespace.set_cell(records, account, dep, off, {"state": r.choice(
                    ["installed", "competitor", "open_opportunity", "no_need"])})


def timed(label: str, fn, target_ms: float, runs: int = 5) -> None:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    med = statistics.median(times)
    verdict = "ok" if med <= target_ms else "SLOW"
    print(f"{label:<38} median {med:8.1f} ms (min {min(times):.1f}, max {max(times):.1f}) "
          f"target {target_ms:.0f} ms: {verdict}", flush=True)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    work = Path(tempfile.mkdtemp()) / "plan.db"
    shutil.copy(argv[0], work)
    db = open_database(work)
    records = Records(db)
    with db.read() as s:
        account, people = s.execute(select(Stakeholder.account_id, func.count()).group_by(
            Stakeholder.account_id).order_by(func.count().desc()).limit(1)).one()
        accounts = s.scalar(select(func.count()).select_from(Stakeholder).distinct())
    print(f"biggest account: {account} ({people} people); seeding the plan…", flush=True)
    t0 = time.perf_counter()
    seed(records, account, random.Random(1))
    print(f"seeded in {time.perf_counter() - t0:.1f} s", flush=True)
    rows = actions.action_plan(db, account, TODAY)
    print(f"{len(rows)} actions, {sum(a['overdue'] for a in rows)} overdue", flush=True)
    timed("action plan (query)", lambda: actions.action_plan(db, account, TODAY), 150)
    timed("action plan (filter: overdue, owner)", lambda: actions.filter_actions(
        rows, actions.ActionFilter(status="overdue", owner="陈晓"), TODAY), 20)
    timed("objectives with actions", lambda: objectives.objectives(db, account, TODAY), 150)
    timed("customer health", lambda: health.account_health(db, records, account, TODAY), 150)
    timed("whitespace grid 12 x 15", lambda: whitespace.grid(db, account), 150)
    timed("portfolio (all accounts)", lambda: portfolio.portfolio(db), 150)
    p = portfolio.portfolio(db)
    out = work.with_suffix(".png")
    timed(f"Pareto chart, {len(p['rows'])} accounts, to PNG", lambda: portfolio.save_pareto_png(p, str(out)), 1000,
          runs=3)
    db.close()
    shutil.rmtree(work.parent, ignore_errors=True)
    del accounts
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
