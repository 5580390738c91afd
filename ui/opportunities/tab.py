"""The Opportunities tab: the account's deals on the left, the chosen deal's
views on the right (deal, decision chain, propositions, control points,
tender rules, scoring, readiness)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QInputDialog, QLabel, QListWidget, QListWidgetItem,
                               QPushButton, QSplitter, QStackedWidget, QVBoxLayout,
                               QWidget)

from planner import vocab
from planner.services import ChangeSet
from planner.text.sortkey import sort_key
from ui.dialogs import confirm
from ui.opportunities import common
from ui.opportunities.chain_view import ChainView
from ui.opportunities.checklist_view import ChecklistView
from ui.opportunities.control_points_view import ControlPointsView
from ui.opportunities.deal_form import DealForm
from ui.opportunities.propositions_view import PropositionsView
from ui.opportunities.readiness_view import ReadinessView
from ui.opportunities.scoring_view import ScoringView
from ui.scroll_tabs import ScrollTabs
from ui.session import Session

STATUS_COLOURS = {"open": "#1b5e9e", "won": "#1b7f3b", "lost": "#c8372d", "dropped": "#777"}
SUB_ROLE = Qt.ItemDataRole.UserRole + 1


class TwoLineDelegate(QStyledItemDelegate):
    """The deal's name, and under it its stage or outcome, value and date;
    each line elided on its own (Chinese names have no spaces to wrap at)."""

    def sizeHint(self, option, index) -> QSize:
        fm = option.fontMetrics
        return QSize(100, 2 * fm.height() + 10)

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        name, sub = opt.text, index.data(SUB_ROLE) or ""
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        r = opt.rect.adjusted(6, 4, -6, -4)
        fm = opt.fontMetrics
        painter.save()
        colour = opt.palette.highlightedText().color() if selected else index.data(Qt.ItemDataRole.ForegroundRole)
        painter.setPen(colour.color() if hasattr(colour, "color") else (colour or opt.palette.text().color()))
        painter.drawText(r.left(), r.top() + fm.ascent(), fm.elidedText(name, Qt.TextElideMode.ElideRight, r.width()))
        if not selected:
            painter.setPen(QColor("#777"))
        painter.drawText(r.left(), r.top() + fm.height() + fm.ascent(),
                         fm.elidedText(sub, Qt.TextElideMode.ElideRight, r.width()))
        painter.restore()


class OpportunitiesTab(QWidget):
    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.account_id: str | None = None
        self.opps: list[dict] = []
        # first, so that a deleted deal is swapped for another before the views refresh
        session.bus.changed.connect(self._on_changed)

        self.list = QListWidget()
        self.list.setObjectName("opportunityList")
        self.list.setItemDelegate(TwoLineDelegate(self.list))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentRowChanged.connect(self._selected)
        add = QPushButton(self.tr("New opportunity"))
        add.setObjectName("addOpportunity")
        add.clicked.connect(self.add_opportunity)
        remove = QPushButton(self.tr("Delete"))
        remove.setObjectName("deleteOpportunity")
        remove.clicked.connect(self.delete_current)
        QShortcut(QKeySequence.StandardKey.Delete, self.list, self.delete_current,
                  context=Qt.ShortcutContext.WidgetShortcut)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(QLabel(self.tr("Opportunities")))
        ll.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        ll.addLayout(row)

        self.views = ScrollTabs()  # wide views scroll on a small laptop screen
        self.views.setObjectName("dealViews")
        self.deal = DealForm(session)
        self.chain = ChainView(session)
        self.propositions = PropositionsView(session)
        self.control_points = ControlPointsView(session)
        self.checklist = ChecklistView(session)
        self.scoring = ScoringView(session)
        self.readiness = ReadinessView(session)
        for view, title in ((self.deal, self.tr("Deal")), (self.chain, self.tr("Decision chain")),
                            (self.propositions, self.tr("Value propositions")),
                            (self.control_points, self.tr("Control points")),
                            (self.checklist, self.tr("Tender rules")),
                            (self.scoring, self.tr("Scoring simulator")),
                            (self.readiness, self.tr("Bid / no-bid"))):
            self.views.addTab(view, title)
        self.empty = QLabel(self.tr("No opportunity at this account yet.\n\n“New opportunity” adds one; "
                                    "past projects (won or lost) belong here too: they show how the "
                                    "customer buys."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #777; font-size: 14px; padding: 40px;")
        self.right = QStackedWidget()
        self.right.addWidget(self.empty)
        self.right.addWidget(self.views)

        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 4)
        split.setSizes([230, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(split)

    # loading ---------------------------------------------------------------
    def show_account(self, account_id: str | None) -> None:
        self.account_id = account_id
        self.reload(select_first=True)

    def current_id(self) -> str | None:
        row = self.list.currentRow()
        return self.opps[row]["id"] if 0 <= row < len(self.opps) else None

    def reload(self, keep: str | None = None, select_first: bool = False) -> None:
        keep = keep or (None if select_first else self.current_id())
        self.opps = self.session.records.list("opportunity", account_id=self.account_id) if self.account_id else []
        # open deals first, then the history; by expected close
        self.opps.sort(key=lambda o: (o["status"] != "open", str(o["expected_close"] or "9999"),
                                      sort_key(o["name"])))
        lang = self.session.lang
        self.list.blockSignals(True)
        self.list.clear()
        for o in self.opps:
            sub = " · ".join(x for x in (vocab.STAGE.label(o["stage"], lang) if o["status"] == "open"
                                         else vocab.OPPORTUNITY_STATUS.label(o["status"], lang),
                                         f"{o['value']:,.0f} {o['currency']}" if o["value"] else "",
                                         o["expected_close"].isoformat() if o["expected_close"] else "") if x)
            item = QListWidgetItem(o["name"])
            item.setData(SUB_ROLE, sub)
            item.setForeground(QColor(STATUS_COLOURS.get(o["status"], "#333")) if o["status"] != "open"
                               else self.palette().text().color())
            item.setToolTip(f"{o['name']}\n{sub}")
            self.list.addItem(item)
        ids = [o["id"] for o in self.opps]
        self.list.setCurrentRow(ids.index(keep) if keep in ids else (0 if ids else -1))
        self.list.blockSignals(False)
        self.right.setCurrentWidget(self.views if ids else self.empty)
        self._selected()

    def select(self, opportunity_id: str) -> None:
        ids = [o["id"] for o in self.opps]
        if opportunity_id in ids:
            self.list.setCurrentRow(ids.index(opportunity_id))

    reveal = select  # a search result opens the deal

    def _selected(self, *_a) -> None:
        oid = self.current_id()
        if getattr(self, "_shown", None) == oid:
            return
        self._shown = oid
        for view in (self.deal, self.chain, self.propositions, self.control_points, self.checklist,
                     self.scoring, self.readiness):
            view.show_opportunity(oid)

    def _on_changed(self, changes: ChangeSet) -> None:
        if not self.account_id or not changes.touches("opportunity"):
            return
        fields = set()
        for oid in changes.ids("opportunity"):
            fields |= changes.fields.get(("opportunity", oid), set())
        if changes.created.get("opportunity") or changes.deleted.get("opportunity") \
                or fields & {"name", "stage", "status", "value", "currency", "expected_close"}:
            self.reload()

    # edits -----------------------------------------------------------------
    def add_opportunity(self) -> None:
        if not self.account_id:
            return
        name, ok = QInputDialog.getText(self, self.tr("New opportunity"), self.tr("Opportunity name:"))
        if ok and name.strip():
            new = common.create(self.session, self.tr("New opportunity"), "opportunity",
                                {"account_id": self.account_id, "name": name.strip()})
            if new:
                self.session.bus.flush()
                self.select(new)
                self.views.setCurrentWidget(self.deal)

    def delete_current(self) -> None:
        oid = self.current_id()
        if not oid:
            return
        name = next(o["name"] for o in self.opps if o["id"] == oid)
        if confirm(self, self.tr("Delete opportunity"),
                   self.tr("Delete “%1” with its decision chain, propositions, checklists and "
                           "simulations? You can undo this.").replace("%1", name)):
            common.delete(self.session, self.tr("Delete opportunity"), "opportunity", oid)
