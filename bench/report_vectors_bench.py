"""Vectors of the PDF reports without an SVG library: reading the map SVG
that Qt writes (planner/reports/qtsvg.py, standard-library XML) for the
demo account and a 150-person account, and drawing the charts straight
into reportlab (planner/reports/figure_drawing.py).

    python -m bench.report_vectors_bench

Best of 5 warm runs each; prints the figures (no targets: the whole plan's
targets are in bench/pdf_bench.py; these are its parts)."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path


def best(fn, repeat: int = 5) -> float:
    out = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out = min(out, time.perf_counter() - t)
    return out


def main() -> None:
    from bench.generate import BIG_ACCOUNT_NAME
    from bench.generate import main as generate
    from planner.demo import add_demo
    from planner.graph.render import ensure_gui_app
    from planner.graph.scene import scene_data
    from planner.reports.data import load_plan
    from planner.reports.mapsvg import scene_svg
    from planner.reports.qtsvg import QtSvgDrawing
    from planner.reports.sections import charts
    from planner.services import Records
    from planner.services.lookup import find_account
    from planner.store import open_database

    ensure_gui_app()
    tmp = Path(tempfile.mkdtemp(prefix="vectors-bench-"))
    db = open_database(tmp / "demo.db")
    add_demo(Records(db))
    generate([str(tmp / "big.db"), "--accounts", "2", "--stakeholders", "300", "--relationships", "600",
              "--opportunities", "4", "--visits", "2100", "--notes", "300", "--seed", "7"])
    big_db = open_database(tmp / "big.db")
    for name, base, account in (("demo account", db, find_account(db, "华东某省电力公司")),
                                ("150 people", big_db, find_account(big_db, BIG_ACCOUNT_NAME))):
        scene = scene_data(base, account, None, None, False, "zh")
        svg, _, _ = scene_svg(scene)
        QtSvgDrawing(svg)  # warm
        t = best(lambda: QtSvgDrawing(svg))
        n = sum(len(shapes) for _, shapes in QtSvgDrawing(svg).items)
        print(f"map SVG read, {name:13s} ({len(svg) / 1e6:.2f} MB, {n} shapes): {t * 1000:6.1f} ms")
    data = load_plan(db, find_account(db, "华东某省电力公司"))
    charts.contacts_chart(data, "zh")  # warm (matplotlib, fonts)
    for fn in (charts.contacts_chart, charts.attitudes_chart, charts.coverage_chart):
        print(f"chart {fn.__name__:16s} to a Drawing: {best(lambda: fn(data, 'zh')) * 1000:6.1f} ms")
    db.close()
    big_db.close()


if __name__ == "__main__":
    main()
