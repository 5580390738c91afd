"""Deal views: how long the Opportunities tab's computations take.

    python bench/deals_bench.py [--db FILE]

Prints, for the demo tender deal (a fresh demo database unless --db names
one with the demo): the decision chain (three-dimensional rows and
warnings), propositions, readiness and prefill suggestions; and for the
scoring simulator, one evaluation, the price window (a 2000-step scan with
bisection) and the chart, with 3 and with 12 bidders. Targets: each view
well under 100 ms so switching deals feels instant; a simulator run
(results + chart) under 1 s on the worker.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from planner.deals import decision_chain, propositions, readiness  # noqa: E402
from planner.deals.tender import chart, scoring, simulation, templates  # noqa: E402
from planner.demo import add_demo, demo_account_ids  # noqa: E402
from planner.services import Records  # noqa: E402
from planner.store import open_database  # noqa: E402


def timed(label: str, fn, repeat: int = 5) -> None:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    print(f"{label:<48} {best * 1000:8.1f} ms (best of {repeat})")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db")
    args = ap.parse_args()
    path = args.db or str(Path(tempfile.mkdtemp()) / "deals.db")
    db = open_database(path)
    records = Records(db)
    add_demo(records)
    grid = demo_account_ids()[0]
    tender = next(o for o in records.list("opportunity", account_id=grid) if o["stage"] == "solution")
    oid = tender["id"]
    checklist = next(c["id"] for c in records.list("checklist", opportunity_id=oid) if c["kind"] == "tender_rules")
    timed("decision chain (rows + warnings)", lambda: decision_chain.chain(db, oid))
    timed("propositions + warnings", lambda: propositions.warnings(propositions.deal_propositions(db, oid)))
    timed("proposition library (search 'quexian')", lambda: propositions.library(db, "quexian"))
    timed("readiness", lambda: readiness.readiness(db, oid))
    timed("prefill suggestions", lambda: templates.prefill_suggestions(db, checklist))
    for n in (3, 12):
        sim = simulation.new_values(tender, "en")
        sim["bidders"] = [{"name": "us", "us": True, "technical": 85, "commercial": 80, "price": 37e6}] + [
            {"name": f"c{i}", "us": False, "technical": 70 + i, "commercial": 80, "price": 33e6 + i * 5e5}
            for i in range(n - 1)]
        bidders, rules = simulation.bidders_of(sim), simulation.rules_of(sim)
        timed(f"{n} bidders: one evaluation", lambda: scoring.evaluate(bidders, rules), 20)
        for rule in ("lowest_benchmark", "average_deviation"):
            s2 = dict(sim, price_rule=rule)
            timed(f"{n} bidders, {rule}: results", lambda: simulation.run(s2))
        result = simulation.run(sim)
        timed(f"{n} bidders: chart (PNG)", lambda: chart.png(sim, result), 3)
    db.close()


if __name__ == "__main__":
    main()
