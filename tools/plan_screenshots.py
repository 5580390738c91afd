"""Screenshots of the Plan tab and the portfolio on the demo data, in
English and Chinese (developer tool; run offscreen):

    QT_QPA_PLATFORM=offscreen python tools/plan_screenshots.py OUT_DIR [extra.qm]

``extra.qm`` is loaded over the shipped translation (strings not yet in
planner_zh_CN.ts, compiled from resources/translations/pending/)."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

# keep the window's remembered state (splitter, tab) away from the user's own
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="plan-shots-")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QTranslator  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from planner.demo import add_demo, demo_account_ids  # noqa: E402
from planner.services import Records  # noqa: E402
from planner.store import open_database  # noqa: E402


def shoot(out: Path, lang: str, extra_qm: str | None) -> None:
    from ui import i18n
    from ui.main_window import MainWindow
    from ui.plan.portfolio_dialog import PortfolioDialog
    from ui.session import Session
    from ui.worker import ImmediateWorker

    app = QApplication.instance()
    i18n.install(lang)
    extra = QTranslator()
    if lang != "en" and extra_qm and extra.load(extra_qm):
        app.installTranslator(extra)
    db = open_database(Path(tempfile.mkdtemp()) / "demo.db")
    add_demo(Records(db))
    win = MainWindow(Session(db, ImmediateWorker(), lang=lang, demo=True))
    win.resize(1400, 860)
    win.show()
    for account, key in zip(demo_account_ids(), ("grid", "northwind")):
        win.accounts.select(account)
        win.page.tabs.setCurrentWidget(win.page.plan)
        plan = win.page.plan
        for name, section in (("objectives", plan.objectives), ("actions", plan.actions), ("swot", plan.swot),
                              ("whitespace", plan.whitespace), ("concerns", plan.concerns),
                              ("health", plan.health), ("risks", plan.risks), ("tier", plan.tier)):
            plan.show_section(section)
            app.processEvents()
            win.grab().save(str(out / f"plan-{key}-{name}-{lang}.png"))
    dialog = PortfolioDialog(win.session, win)
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(out / f"portfolio-{lang}.png"))
    dialog.close()
    win.close()
    app.removeTranslator(extra)
    db.close()


if __name__ == "__main__":
    target = Path(sys.argv[1])
    target.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    shoot(target, "en", None)
    shoot(target, "zh_CN", sys.argv[2] if len(sys.argv) > 2 else None)
