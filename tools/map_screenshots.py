"""Screenshots of the stakeholder map tab on the demo's grid company, in
English and Chinese (for the README and for looking at the editor).

    QT_QPA_PLATFORM=offscreen python tools/map_screenshots.py [OUT_DIR] [--opportunity]
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTranslator  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from planner.demo import add_demo  # noqa: E402
from planner.services import Records  # noqa: E402
from planner.services.queries import account_list  # noqa: E402
from planner.store import open_database  # noqa: E402
from ui import i18n  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.session import Session  # noqa: E402
from ui.worker import ImmediateWorker  # noqa: E402

GRID = "华东某省电力公司"
PENDING = Path(__file__).resolve().parents[1] / "resources" / "translations" / "pending"


class PendingTranslator(QTranslator):
    """Strings not yet in the .qm, from resources/translations/pending/*.json
    (so the Chinese screenshot shows what the merged translation will)."""

    def __init__(self) -> None:
        super().__init__()
        self.map = {}
        for f in PENDING.glob("*.json"):
            self.map.update(json.loads(f.read_text(encoding="utf-8")))

    def translate(self, context, source, disambiguation=None, n=-1):
        return self.map.get(source)  # None: not ours, ask the next translator

    def isEmpty(self) -> bool:
        return False


def shoot(app: QApplication, db, lang: str, out: Path, opportunity: bool) -> None:
    i18n.install("zh_CN" if lang == "zh" else "en")
    pending = PendingTranslator()
    if lang == "zh":
        app.installTranslator(pending)  # after the .qm: asked first
    session = Session(db, ImmediateWorker(), lang="zh_CN" if lang == "zh" else "en")
    win = MainWindow(session)
    win.resize(1600, 1000)
    win.show()
    grid = next(a["id"] for a in account_list(db) if a["name"] == GRID)
    win.accounts.select(grid)
    win.page.tabs.setCurrentWidget(win.page.map)
    win.splitter.setSizes([0, 1600])  # the map wide: the account list folded away
    tab = win.page.map
    tab.splitter.setSizes([1230, 370])
    if opportunity:
        tab.toolbar.opportunity.setCurrentIndex(1)
    for _ in range(5):
        app.processEvents()
    tab.view.fit()
    app.processEvents()
    win.grab().save(str(out / f"map-{lang}.png"))
    print(out / f"map-{lang}.png")
    view = tab.view  # a close-up at 100 %
    view.resetTransform()
    view.centerOn(view.cards[next(iter(view.cards))].rect().center())
    app.processEvents()
    view.viewport().grab().save(str(out / f"map-{lang}-100.png"))
    win.close()
    app.removeTranslator(pending)


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    out = Path(args[0] if args else tempfile.mkdtemp(prefix="map-shots-"))
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    db = open_database(Path(tempfile.mkdtemp()) / "demo.db")
    add_demo(Records(db))
    for lang in ("en", "zh"):
        shoot(app, db, lang, out, "--opportunity" in sys.argv)
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
