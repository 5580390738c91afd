"""The tender scoring simulator: how the tender scores (price rule, weights,
deductions, technical shortlist), our and the competitors' estimated scores
and prices; the predicted ranking, the price or score we need to win, and a
chart. Inputs are stored (``tender_simulation``) and every change is
undoable; the results and the chart are computed on the worker."""

from __future__ import annotations

import html
import math

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout,
                               QHeaderView, QLabel, QPushButton, QSizePolicy, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from planner import vocab
from planner.deals.tender import simulation
from planner.services import ChangeSet
from planner.text.amount import AmountError, format_amount, parse_amount, parse_score
from ui.opportunities import common
from ui.session import Session

BIDDER_FIELDS = ("name", "us", "technical", "commercial", "price")
PARAMS = ("deduct_above", "deduct_below", "benchmark_factor", "technical_pass")


def _spin(lo: float, hi: float, decimals: int = 1, step: float = 1.0) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(lo, hi)
    box.setDecimals(decimals)
    box.setSingleStep(step)
    return box


class ChartLabel(QLabel):
    """Shows a picture scaled to its size, kept sharp on every resize."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.picture: QPixmap | None = None
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)

    def set_picture(self, picture: QPixmap) -> None:
        self.picture = picture
        self._scale()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._scale()

    def _scale(self) -> None:
        if self.picture is not None and not self.picture.isNull() and self.width() > 10:
            self.setPixmap(self.picture.scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                               Qt.TransformationMode.SmoothTransformation))


def money(x: float) -> str:
    return f"{x:,.0f}"


class ScoringView(QWidget):
    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.opportunity_id: str | None = None
        self.sim: dict | None = None
        self._loading = False
        self._generation = 0

        self.choice = QComboBox()
        self.choice.setObjectName("simulationChoice")
        self.choice.currentIndexChanged.connect(lambda _i: self.load_simulation())
        new = QPushButton(self.tr("New simulation"))
        new.setObjectName("newSimulation")
        new.clicked.connect(self.new_simulation)
        remove = QPushButton(self.tr("Delete simulation"))
        remove.setObjectName("deleteSimulation")
        remove.clicked.connect(self.delete_simulation)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Simulation")))
        top.addWidget(self.choice, 1)
        top.addWidget(new)
        top.addWidget(remove)

        self.rule = common.vocab_combo(vocab.PRICE_RULE, session.lang)
        self.rule.setObjectName("priceRule")
        self.rule.activated.connect(lambda _i: self._commit({"price_rule": self.rule.currentData()}))
        self.weights = {}
        wrow = QHBoxLayout()
        for field, text in (("technical_weight", self.tr("technical")), ("commercial_weight", self.tr("commercial")),
                            ("price_weight", self.tr("price"))):
            box = _spin(0, 100)
            box.setObjectName(field)
            box.editingFinished.connect(lambda f=field: self._commit({f: self.weights[f].value()}))
            self.weights[field] = box
            wrow.addWidget(QLabel(text))
            wrow.addWidget(box)
        self.weight_sum = QLabel()
        wrow.addWidget(self.weight_sum)
        wrow.addStretch()
        self.params = {"deduct_above": _spin(0, 10, 2, 0.1), "deduct_below": _spin(0, 10, 2, 0.1),
                       "benchmark_factor": _spin(0.5, 1.5, 3, 0.01), "technical_pass": _spin(0, 100)}
        for key, box in self.params.items():
            box.setObjectName(key)
            box.editingFinished.connect(self._commit_params)
        prow = QGridLayout()
        for n, (key, text) in enumerate((("deduct_above", self.tr("points off per 1 % above")),
                                         ("deduct_below", self.tr("per 1 % below")),
                                         ("benchmark_factor", self.tr("benchmark factor")),
                                         ("technical_pass", self.tr("technical shortlist mark %")))):
            prow.addWidget(QLabel(text), n // 2, (n % 2) * 2)
            prow.addWidget(self.params[key], n // 2, (n % 2) * 2 + 1)
        prow.setColumnStretch(4, 1)
        form = QFormLayout()
        form.addRow(self.tr("Price scoring rule"), self.rule)
        form.addRow(self.tr("Weights (points)"), wrow)
        form.addRow(self.tr("Rule details"), prow)

        self.bidders = QTableWidget(0, len(BIDDER_FIELDS))
        self.bidders.setObjectName("bidderTable")
        self.bidders.setHorizontalHeaderLabels([self.tr("Bidder"), self.tr("Us"), self.tr("Technical %"),
                                                self.tr("Commercial %"), self.tr("Price")])
        self.bidders.verticalHeader().setVisible(False)
        self.bidders.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.bidders.setMaximumHeight(150)
        self.bidders.itemChanged.connect(self._bidder_changed)
        add = QPushButton(self.tr("Add bidder"))
        add.setObjectName("addBidder")
        add.clicked.connect(self.add_bidder)
        drop = QPushButton(self.tr("Remove bidder"))
        drop.setObjectName("removeBidder")
        drop.clicked.connect(self.remove_bidder)
        brow = QHBoxLayout()
        brow.addWidget(add)
        brow.addWidget(drop)
        brow.addWidget(common.hint(self.tr("Scores as a share of full marks (85 = 85 % of the points).")), 1)
        inputs = QGroupBox(self.tr("How the tender is scored, and the bids as we expect them"))
        il = QVBoxLayout(inputs)
        il.addLayout(form)
        il.addWidget(self.bidders)
        il.addLayout(brow)

        self.verdict = QLabel()
        self.verdict.setObjectName("simulationVerdict")
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.RichText)
        self.ranking = QTableWidget(0, 6)
        self.ranking.setObjectName("rankingTable")
        self.ranking.setHorizontalHeaderLabels([self.tr("Rank"), self.tr("Bidder"), self.tr("Technical"),
                                                self.tr("Commercial"), self.tr("Price score"), self.tr("Total")])
        self.ranking.verticalHeader().setVisible(False)
        self.ranking.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.ranking.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ranking.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.ranking.setMinimumWidth(340)
        self.chart = ChartLabel()
        self.chart.setObjectName("simulationChart")
        self.chart.setMinimumHeight(240)
        upper = QHBoxLayout()
        upper.addWidget(inputs, 3)
        upper.addWidget(self.ranking, 2)

        self.body = QWidget()
        bl = QVBoxLayout(self.body)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addLayout(upper)
        bl.addWidget(self.verdict)
        bl.addWidget(self.chart, 1)
        self.empty = QLabel(self.tr("No simulation yet. “New simulation” starts one with us and the "
                                    "deal's competitors."))
        self.empty.setStyleSheet("color: #777; padding: 20px;")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.body, 1)
        session.bus.changed.connect(self._on_changed)

    # loading ---------------------------------------------------------------
    def show_opportunity(self, opportunity_id: str | None) -> None:
        self.opportunity_id = opportunity_id
        self._load_choices()

    def _load_choices(self, keep: str | None = None) -> None:
        keep = keep or self.choice.currentData()
        self.choice.blockSignals(True)
        self.choice.clear()
        if self.opportunity_id:
            for s in sorted(self.session.records.list("tender_simulation", opportunity_id=self.opportunity_id),
                            key=lambda s: s["title"]):
                self.choice.addItem(s["title"] or self.tr("(untitled)"), s["id"])
        i = self.choice.findData(keep) if keep else -1
        self.choice.setCurrentIndex(i if i >= 0 else (0 if self.choice.count() else -1))
        self.choice.blockSignals(False)
        self.load_simulation()

    def load_simulation(self) -> None:
        sid = self.choice.currentData()
        self.sim = self.session.records.get("tender_simulation", sid) if sid else None
        self.body.setVisible(self.sim is not None)
        self.empty.setVisible(self.sim is None and bool(self.opportunity_id))
        if self.sim is None:
            return
        sim = self.sim
        self._loading = True
        try:
            common.select_data(self.rule, sim["price_rule"])
            for f, box in self.weights.items():
                box.setValue(sim[f])
            params = simulation.DEFAULT_PARAMETERS | (sim["parameters"] or {})
            for key, box in self.params.items():
                box.setValue(float(params[key]))
            deviation = sim["price_rule"] in ("lowest_deviation", "average_deviation")
            self.params["deduct_above"].setEnabled(deviation)
            self.params["deduct_below"].setEnabled(sim["price_rule"] == "average_deviation")
            self.params["benchmark_factor"].setEnabled(sim["price_rule"] != "lowest_price_wins")
            total = sum(sim[f] for f in self.weights)
            if abs(total - 100) <= 1e-6:
                self.weight_sum.setText(self.tr("= %1").replace("%1", f"{total:g}"))
                self.weight_sum.setStyleSheet("")
            else:
                self.weight_sum.setText(self.tr("= %1, must add up to 100").replace("%1", f"{total:g}"))
                self.weight_sum.setStyleSheet("color: #c8372d; font-weight: bold;")
            self.bidders.setRowCount(0)
            for r, b in enumerate(sim["bidders"]):
                self.bidders.insertRow(r)
                for c, f in enumerate(BIDDER_FIELDS):
                    if f == "us":
                        cell = QTableWidgetItem()
                        cell.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                        cell.setCheckState(Qt.CheckState.Checked if b.get("us") else Qt.CheckState.Unchecked)
                    elif f == "price":
                        price = b.get("price")
                        cell = QTableWidgetItem(format_amount(price) if isinstance(price, (int, float))
                                                else str(price or ""))
                        if price is None or price == "":
                            cell.setBackground(QColor("#fff3dc"))
                            cell.setToolTip(self.tr("No price yet. Type it, e.g. 3,400,000 or 3400万."))
                    elif f == "name":
                        cell = QTableWidgetItem(str(b.get("name", "")))
                    else:
                        cell = QTableWidgetItem(f"{float(b.get(f) or 0):g}")
                    if b.get("us"):
                        cell.setForeground(QColor("#1b5e9e"))
                    self.bidders.setItem(r, c, cell)
        finally:
            self._loading = False
        self._compute()

    def _on_changed(self, changes: ChangeSet) -> None:
        if self.opportunity_id and changes.touches("tender_simulation"):
            self._load_choices()

    # results ---------------------------------------------------------------
    def _compute(self) -> None:
        sim = dict(self.sim)
        lang = self.session.lang
        self._generation += 1
        generation = self._generation

        def work():
            from planner.deals.tender.chart import png

            result = simulation.run(sim)
            return result, png(sim, result, lang)

        self.verdict.setText(self.tr("Computing…"))
        self.session.worker.submit(work, lambda out: self._show_results(generation, *out),
                                   lambda exc: self.verdict.setText(str(exc)))

    def _show_results(self, generation: int, result: dict, image: bytes) -> None:
        if generation != self._generation:
            return  # a newer computation is on its way
        self.result = result
        self.ranking.setRowCount(0)
        for r, s in enumerate(result["ranking"]):
            self.ranking.insertRow(r)
            no_price = s.get("status") == "no_price"  # not entered yet: not out
            rank = "—" if no_price else (str(s["rank"]) if s["rank"] else self.tr("out"))
            cells = [rank, s["name"],
                     f"{s['technical_points']:.1f}", f"{s['commercial_points']:.1f}",
                     f"{s['price_points']:.1f}", f"{s['total']:.1f}"]
            if s.get("status") == "no_price":  # no price score without a price: no total either
                cells[4:] = [self.tr("no price yet"), "—"]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if s["us"]:
                    item.setForeground(QColor("#1b5e9e"))
                self.ranking.setItem(r, c, item)
        self.verdict.setText(self.verdict_text(result))
        pix = QPixmap()
        pix.loadFromData(image, "PNG")
        self.chart.set_picture(pix)

    def verdict_text(self, result: dict) -> str:
        zh = common.zh(self.session)
        if result["problem"]:
            # wrong inputs (no ranking) or prices not entered yet: say what, no verdict
            waiting = bool(result["ranking"])
            head = self.tr("No verdict yet:") if waiting else self.tr("Cannot simulate:")
            colour = "#b26a00" if waiting else "#c8372d"
            texts = [html.escape(p[1 if zh else 0]) for p in result.get("problems") or [result["problem"]]]
            return f"<b style='color:{colour}'>{head}</b>" + ("" if zh else " ") + "<br>".join(texts)
        ours = next((s for s in result["ranking"] if s["us"]), None)
        lines = []
        if result["we_win"]:
            lines.append("<b style='color:#1b7f3b'>" + self.tr("We rank first.") + "</b>")
        elif ours and ours["rank"]:
            lines.append("<b style='color:#c8372d'>" + self.tr("We rank %1 of %2.").replace("%1", str(ours["rank"]))
                         .replace("%2", str(sum(1 for s in result["ranking"] if s["valid"]))) + "</b>")
        elif ours and ours.get("status") == "below_shortlist":
            mark = float((self.sim.get("parameters") or {}).get("technical_pass") or 0)
            lines.append("<b style='color:#c8372d'>" + self.tr(
                "Our technical score (%1 %) is below the shortlist mark (%2 %): we are out.")
                .replace("%1", f"{ours['technical_points'] / self.sim['technical_weight'] * 100:.1f}"
                         if self.sim["technical_weight"] else "–")
                .replace("%2", f"{mark:g}") + "</b>")
        else:
            lines.append("<b style='color:#c8372d'>" + self.tr("We are not ranked.") + "</b>")
        if result["any_price_wins"]:
            lines.append(self.tr("Price does not decide: we win at any price with these scores."))
        elif result["price_to_win"] is not None:
            low = result["lowest_winning_price"]
            if self.sim["price_rule"] == "average_deviation" and low is not None and low > 0:
                lines.append(self.tr("We win with a price between %1 and %2.")
                             .replace("%1", money(math.ceil(low))).replace("%2", money(math.floor(result["price_to_win"]))))
            else:
                lines.append(self.tr("To win at our scores, bid at most %1.")
                             .replace("%1", money(math.floor(result["price_to_win"]))))
        else:
            lines.append(self.tr("No price wins at our scores."))
        need = result["technical_to_win"]
        if need is None:
            lines.append(self.tr("At our price, even full technical marks do not win."))
        else:
            points = need * self.sim["technical_weight"] / 100
            lines.append(self.tr("At our price we need a technical score of %1 % (%2 of %3 points).")
                         .replace("%1", f"{need:.1f}").replace("%2", f"{points:.1f}")
                         .replace("%3", f"{self.sim['technical_weight']:g}"))
        return ("" if common.zh(self.session) else " ").join(lines)

    # edits -----------------------------------------------------------------
    def _commit(self, values: dict, part=None) -> None:
        if self._loading or not self.sim:
            return
        if not common.edit(self.session, self.tr("Edit simulation"), "tender_simulation", self.sim["id"], values,
                           part=part):
            self.load_simulation()

    def _commit_params(self) -> None:
        if self._loading or not self.sim:
            return
        params = dict(self.sim["parameters"] or {})
        changed = sorted(k for k, box in self.params.items() if params.get(k) != box.value())
        params.update({k: box.value() for k, box in self.params.items()})
        self._commit({"parameters": params}, part=("parameter", *changed))

    def _bidder_changed(self, cell: QTableWidgetItem) -> None:
        if self._loading or not self.sim:
            return
        r, f = cell.row(), BIDDER_FIELDS[cell.column()]
        bidders = [dict(b) for b in self.sim["bidders"]]
        if f == "us":
            on = cell.checkState() == Qt.CheckState.Checked
            for i, b in enumerate(bidders):
                b["us"] = (i == r) if on else (b["us"] and i != r)
        elif f == "name":
            bidders[r]["name"] = cell.text().strip()
        else:
            # one rule for amounts and scores (planner/text/amount.py): 3400万, 3,400,000; 85 %
            try:
                value = parse_amount(cell.text()) if f == "price" else parse_score(cell.text())
            except AmountError as exc:
                self.session.error.emit(exc.text(self.session.lang))
                self.load_simulation()
                return
            if f == "price" and value == 0:
                self.session.error.emit(self.tr("A price of 0 is not a bid. Leave the price empty while it "
                                                "is not known."))
                self.load_simulation()
                return
            bidders[r][f] = value if f == "price" else (value or 0.0)  # empty price: not entered yet
        self._commit({"bidders": bidders}, part=("bidder", r, f))  # each cell its own undo step

    def new_simulation(self) -> None:
        if not self.opportunity_id:
            return
        opp = self.session.records.get("opportunity", self.opportunity_id)
        values = simulation.new_values(opp, self.session.lang)
        new = common.create(self.session, self.tr("New simulation"), "tender_simulation", values)
        if new:
            self.session.bus.flush()
            self._load_choices(keep=new)

    def delete_simulation(self) -> None:
        if self.sim:
            common.delete(self.session, self.tr("Delete simulation"), "tender_simulation", self.sim["id"])

    def add_bidder(self) -> None:
        if not self.sim:
            return
        bidders = [dict(b) for b in self.sim["bidders"]]
        price = bidders[0].get("price") if bidders else None
        bidders.append({"name": self.tr("Competitor %1").replace("%1", str(len(bidders))), "us": False,
                        "technical": 80.0, "commercial": 80.0, "price": price})
        self._commit({"bidders": bidders}, part=("add bidder", len(bidders)))

    def remove_bidder(self) -> None:
        row = self.bidders.currentRow()
        if not self.sim or not 0 <= row < len(self.sim["bidders"]):
            return
        bidders = [dict(b) for i, b in enumerate(self.sim["bidders"]) if i != row]
        self._commit({"bidders": bidders}, part=("remove bidder", len(bidders)))
