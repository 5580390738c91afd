"""Stakeholder-map benchmark: a generated account of 300 people and 600 lines.

    python bench/map_bench.py [--people 300] [--lines 600] [--runs 5] [--keep DIR]

Builds the account through the record services in one transaction (up to
12 departments, each a subtree of the reporting tree; 70% of the other
lines inside a department), a reporting tree plus influence, informal and conflict lines,
three opportunities with decision chains, visits, contact plans and logs),
then times, each as the median of ``--runs``:

- insights: ``account_insights`` from the database (target < 200 ms);
- the org-chart and force-directed layouts (target < 1 s each);
- the scene for the renderer (``scene_data``, database reads included);
- drawing to PNG and SVG (``write_scene``: painting plus encoding).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from planner import vocab  # noqa: E402
from planner.services import Records  # noqa: E402
from planner.store import open_database  # noqa: E402

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超霞平刚华建国文辉玲鹏宇晨浩婷"
TITLES = ["总经理", "副总经理", "部门主任", "副主任", "专责", "工程师", "班长", "主管"]


def build(records: Records, people: int, lines: int, seed: int = 1) -> str:
    rnd = random.Random(seed)
    today = date.today()
    with records.transaction() as w:
        account = w.create("account", {"name": "Bench map 基准客户", "tier": "S"})
        deps = [w.create("department", {"account_id": account, "name": "公司领导"})]
        ids: list[str] = []
        dept_of: dict[str, str] = {}
        depth: dict[str, int] = {}
        reports: dict[str, int] = {}
        for i in range(people):
            # a realistic org: at most 6 levels, at most 8 direct reports each
            open_bosses = [p for p in ids[-60:] if depth[p] < 5 and reports[p] < 8] or ids[:1]
            boss = rnd.choice(open_bosses) if ids else None
            dep = deps[0] if boss is None or i < 6 else dept_of[boss]
            if i >= 6 and len(deps) < 12 and rnd.random() < 0.06:  # a new department under the boss's
                deps.append(w.create("department", {"account_id": account, "name": f"部门{len(deps)}",
                                                    "parent_id": dep}))
                dep = deps[-1]
            pid = w.create("stakeholder", {
                "account_id": account, "department_id": dep,
                "name": rnd.choice(SURNAMES) + "".join(rnd.choice(GIVEN) for _ in range(rnd.randint(1, 2))),
                "title": rnd.choice(TITLES), "importance": rnd.randint(1, 5),
                "attitude": rnd.choice(vocab.ATTITUDE.values),
                "attitude_confidence": rnd.choice(vocab.CONFIDENCE.values),
                "status": "left" if rnd.random() < 0.03 else "active"})
            if boss:
                w.create("relationship", {"account_id": account, "source_id": pid, "target_id": boss,
                                          "kind": "reports_to", "confidence": "confirmed"})
                reports[boss] += 1
            ids.append(pid)
            dept_of[pid] = dep
            depth[pid], reports[pid] = (depth[boss] + 1 if boss else 0), 0
        for _ in range(lines - (people - 1)):
            a = rnd.choice(ids)
            near = [p for p in ids if dept_of[p] == dept_of[a] and p != a]
            b = rnd.choice(near) if near and rnd.random() < 0.7 else rnd.choice([p for p in ids if p != a])
            kind = rnd.choices(["influences", "informal", "conflict"], [8, 1, 1])[0]
            w.create("relationship", {"account_id": account, "source_id": a, "target_id": b,
                                      "kind": kind, "strength": rnd.randint(1, 5),
                                      "confidence": rnd.choice(vocab.CONFIDENCE.values)})
        for n in range(3):
            opp = w.create("opportunity", {"account_id": account, "name": f"项目{n + 1}"})
            for pid, role in zip(rnd.sample(ids, 12), list(vocab.BUYING_ROLE.values) * 2):
                if n == 2 and role == "gatekeeper":
                    continue
                w.create("decision_role", {"opportunity_id": opp, "stakeholder_id": pid, "role": role,
                                           "attitude": rnd.choice(vocab.ATTITUDE.values)})
        for v in range(150):
            visit = w.create("visit", {"account_id": account, "status": "done",
                                       "starts_at": datetime.combine(today, datetime.min.time())
                                       - timedelta(days=rnd.randint(1, 400))})
            for pid in rnd.sample(ids, 3):
                w.create("visit_attendee", {"visit_id": visit, "stakeholder_id": pid})
        for pid in rnd.sample(ids, 60):
            w.create("contact_plan", {"stakeholder_id": pid, "cadence_days": rnd.choice([14, 30, 60, 90])})
        for pid in rnd.sample(ids, 80):
            w.create("contact_log", {"stakeholder_id": pid,
                                     "contacted_on": today - timedelta(days=rnd.randint(1, 200))})
    return account


def timed(label: str, runs: int, fn, target_ms: float | None = None):
    times, result = [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t0) * 1000)
    goal = f"  (target < {target_ms:.0f} ms: {'ok' if statistics.median(times) < target_ms else 'MISSED'})" \
        if target_ms else ""
    print(f"{label:<28} median {statistics.median(times):7.1f} ms  (min {min(times):.1f}, "
          f"max {max(times):.1f}, n={runs}){goal}", flush=True)
    return result


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--people", type=int, default=300)
    ap.add_argument("--lines", type=int, default=600)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--keep", metavar="DIR", help="keep the database and drawings here")
    args = ap.parse_args()
    folder = Path(args.keep or tempfile.mkdtemp(prefix="map-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    db_path = folder / "map.db"
    if db_path.exists():
        db_path.unlink()
    db = open_database(db_path)
    t0 = time.perf_counter()
    account = build(Records(db), args.people, args.lines)
    print(f"generated {args.people} people / {args.lines} lines in {time.perf_counter() - t0:.1f} s")

    from planner.graph.build import build_graphs
    from planner.graph.insights import account_insights
    from planner.graph.layout import force_layout, org_chart_layout
    from planner.graph.render import ensure_gui_app, write_scene
    from planner.graph.scene import scene_data

    data = timed("insights (from the DB)", args.runs, lambda: account_insights(db, account), 200)
    print(f"  {len(data['findings'])} findings, {len(data['hidden_influencers'])} hidden influencers")
    people, g, tree = timed("load + build graphs", args.runs, lambda: build_graphs(db, account))
    timed("org-chart layout", args.runs, lambda: org_chart_layout(people.people, people.departments, tree), 1000)
    timed("force layout", args.runs, lambda: force_layout(people.people, g), 1000)
    scene = timed("scene data (from the DB)", args.runs, lambda: scene_data(db, account))
    ensure_gui_app()
    timed("render PNG (paint + encode)", args.runs, lambda: write_scene(scene, folder / "map.png"))
    timed("render SVG", args.runs, lambda: write_scene(scene, folder / "map.svg"))
    db.close()
    if args.keep:
        print(f"files in {folder}")
    else:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
