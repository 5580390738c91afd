"""The account plan's core: NPS and health arithmetic against hand-worked
numbers, the action plan and its filters, whitespace cells, objectives,
the executive-concern table and the portfolio (80/20)."""

from datetime import date, timedelta

import pytest
from hypothesis import given, strategies as st

from planner.plan import actions as ap
from planner.plan import concerns, health, nps, objectives, portfolio, whitespace
from planner.plan.risks import level, risks, severity
from planner.services.dump import dump
from planner.services.errors import ValidationError

TODAY = date(2026, 3, 11)


# -- NPS -------------------------------------------------------------------------
@pytest.mark.parametrize("score, cat", [(0, "detractor"), (6, "detractor"), (7, "passive"),
                                        (8, "passive"), (9, "promoter"), (10, "promoter")])
def test_nps_categories_at_the_boundaries(score, cat):
    assert nps.category(score) == cat


def test_nps_by_hand():
    # promoters 10 9 9 10, passives 8 7, detractors 6 3 0 5: (4 - 4) / 10 = 0
    r = nps.nps([10, 9, 9, 8, 7, 6, 3, 0, 10, 5])
    assert (r.promoters, r.passives, r.detractors, r.value) == (4, 2, 4, 0.0)
    # 3 promoters, 1 passive, 1 detractor: 60 % - 20 % = +40
    assert nps.nps([10, 10, 9, 8, 2]).value == pytest.approx(40.0)
    assert nps.nps([0, 1]).value == -100.0
    assert nps.nps([]).value is None
    with pytest.raises(ValueError):
        nps.category(11)


@given(st.lists(st.integers(0, 10), min_size=1, max_size=60))
def test_nps_is_promoters_minus_detractors_in_percent(scores):
    r = nps.nps(scores)
    p = sum(s >= 9 for s in scores) / len(scores)
    d = sum(s <= 6 for s in scores) / len(scores)
    assert r.value == pytest.approx(100 * (p - d))
    assert -100 <= r.value <= 100 and r.answers == len(scores)


def _answer(who, day, score, n=0):
    return {"id": f"{who}-{day.isoformat()}-{n}", "stakeholder_id": who, "scored_on": day, "score": score}


def test_account_nps_counts_each_contacts_latest_answer_once_and_has_a_trend():
    rows = [_answer("a", TODAY - timedelta(days=200), 5), _answer("a", TODAY - timedelta(days=10), 10),
            _answer("b", TODAY - timedelta(days=200), 9), _answer("b", TODAY - timedelta(days=5), 9),
            _answer("b", TODAY - timedelta(days=4), 9, 1),
            _answer("c", TODAY - timedelta(days=400), 10),  # older than a year: not counted now
            _answer("d", TODAY - timedelta(days=3), 7)]
    now, before = nps.trend(rows, TODAY)
    # now: a 10 (P), b 9 (P), d 7 (passive) -> (2 - 0) / 3 = +66.7
    assert (now.promoters, now.passives, now.detractors) == (2, 1, 0)
    assert now.value == pytest.approx(200 / 3)
    # 180 days ago: a 5 (D), b 9 (P), c 10 (P, 220 days before then) -> (2 - 1) / 3 = +33.3
    assert (before.promoters, before.detractors) == (2, 1)
    assert before.value == pytest.approx(100 / 3)


# -- health ----------------------------------------------------------------------
def _person(name, importance=3, closeness=1, attitude="neutral", status="active"):
    return {"name": name, "importance": importance, "closeness": closeness, "attitude": attitude,
            "status": status}


def hand_worked_facts():
    return health.Facts(
        people=[_person("Ann", 5, 4, "champion"), _person("Bob", 4, 2), _person("Cai", 4, 1, "sceptic"),
                _person("Dee", 5, 2), _person("Eve", 2, 5, "supporter"),
                _person("Fay", 5, 5, "champion", status="left")],  # left: not counted
        decision_people=[{"name": "Ann", "role": "decider", "attitude": "supporter"},
                         {"name": "Cai", "role": "approver", "attitude": "sceptic"},
                         {"name": "Eve", "role": "user", "attitude": "supporter"}],  # not decider/approver
        last_contact=TODAY - timedelta(days=45),
        visit_dates=[TODAY - timedelta(days=d) for d in (5, 40, 89, 91, 300)],
        open_risks=[{"title": "Price", "likelihood": 4, "impact": 5},
                    {"title": "Champion leaves", "likelihood": 2, "impact": 3}],
        nps_rows=[_answer("p1", TODAY - timedelta(days=9), 10), _answer("p2", TODAY - timedelta(days=9), 9),
                  _answer("p3", TODAY - timedelta(days=9), 7), _answer("p4", TODAY - timedelta(days=9), 3)])


def test_health_components_by_hand():
    h = health.compute(hand_worked_facts(), TODAY)
    scores = {c.key: c.score for c in h.components}
    assert scores["coverage"] == 25.0         # 1 of 4 key people (Ann) at closeness 3+
    assert scores["decision_roles"] == 50.0   # decider Ann supports, approver Cai does not
    assert scores["champions"] == 60.0        # one active champion
    assert scores["recency"] == 50.0          # 45 of 90 days
    assert scores["visits"] == 50.0           # 3 visits in 90 days, 6 for full marks
    assert scores["risks"] == 35.0            # 100 - 3 x 20 - 5 x 1
    assert scores["nps"] == 62.5              # NPS (2 - 1) / 4 = +25 -> (25 + 100) / 2
    # weights 2 2 1 1 1 1 1: (50 + 100 + 60 + 50 + 50 + 35 + 62.5) / 9
    assert h.score == pytest.approx(407.5 / 9)
    assert h.level == "watch"


def test_health_is_explained_in_english_and_chinese():
    h = health.compute(hand_worked_facts(), TODAY)
    cov = h.component("coverage")
    assert "1 of 4 key people" in cov.text("en") and "Bob" in cov.text("en")
    assert "4位关键人中，与1位关系紧密" in cov.text("zh")
    assert "Cai" in h.component("decision_roles").text("en")
    assert "45 day" in h.component("recency").text("en") and "45天前" in h.component("recency").text("zh")
    assert "Price" in h.component("risks").text("en") and "= 20" in h.component("risks").text("zh")
    assert "NPS +25" in h.component("nps").text("en")
    assert all(c.text("zh") != c.text("en") for c in h.components)


def test_components_that_do_not_apply_are_left_out_of_the_mean():
    f = hand_worked_facts()
    f.decision_people, f.nps_rows = [], []
    h = health.compute(f, TODAY)
    assert h.component("decision_roles").score is None and h.component("nps").score is None
    assert h.score == pytest.approx((50 + 60 + 50 + 50 + 35) / 6)
    empty = health.compute(health.Facts(), TODAY)
    assert empty.component("risks").score == 100.0 and empty.level == "poor"


def test_health_of_the_stored_account(db, records, account):
    a = records.create("stakeholder", {"account_id": account, "name": "王军", "importance": 5,
                                       "closeness": 4, "attitude": "champion"})[0]
    records.create("nps_score", {"stakeholder_id": a, "scored_on": TODAY, "score": 9})
    records.create("contact_log", {"stakeholder_id": a, "contacted_on": TODAY - timedelta(days=9)})
    records.create("risk", {"account_id": account, "title": "R", "likelihood": 5, "impact": 5,
                            "status": "mitigated"})  # not open: does not count
    h = health.account_health(db, records, account, TODAY)
    assert h.component("coverage").score == 100.0
    assert h.component("recency").score == pytest.approx(90.0)
    assert h.component("risks").score == 100.0
    assert h.component("nps").score == 100.0


# -- action plan -----------------------------------------------------------------
@pytest.fixture
def plan(records, account):
    obj = records.create("objective", {"account_id": account, "title": "Exec sponsor at CFO level",
                                       "kind": "relationship"})[0]
    mk = lambda **v: records.create("action_item", {"account_id": account, **v})[0]  # noqa: E731
    ids = {
        "late": mk(title="Send minutes", owner="Li", due_date=TODAY - timedelta(days=2), source="visit"),
        "soon": mk(title="Call CFO", owner="Wang", due_date=TODAY + timedelta(days=3), source="objective",
                   objective_id=obj),
        "later": mk(title="Tender rules", owner="Li", due_date=TODAY + timedelta(days=40), source="control_point"),
        "nodate": mk(title="Think", owner="", source="manual"),
        "done": mk(title="Done thing", owner="Wang", due_date=TODAY - timedelta(days=9), done=True,
                   done_on=TODAY - timedelta(days=8), source="decision_chain", objective_id=obj),
    }
    return obj, ids


def test_action_plan_order_and_overdue(db, plan, account):
    _, ids = plan
    rows = ap.action_plan(db, account, TODAY)
    assert [r["id"] for r in rows] == [ids[k] for k in ("late", "soon", "later", "nodate", "done")]
    assert [r["overdue"] for r in rows] == [True, False, False, False, False]
    assert rows[1]["objective_title"] == "Exec sponsor at CFO level"


@pytest.mark.parametrize("f, expected", [
    (ap.ActionFilter(), ["late", "soon", "later", "nodate"]),
    (ap.ActionFilter(status="all"), ["late", "soon", "later", "nodate", "done"]),
    (ap.ActionFilter(status="overdue"), ["late"]),
    (ap.ActionFilter(status="done"), ["done"]),
    (ap.ActionFilter(owner="Li"), ["late", "later"]),
    (ap.ActionFilter(status="all", source="objective"), ["soon"]),
    (ap.ActionFilter(due_within=7), ["late", "soon"]),
    (ap.ActionFilter(text="cfo"), ["soon"]),
    (ap.ActionFilter(status="all", text="sponsor"), ["soon", "done"]),  # by objective title
])
def test_action_filters(db, plan, account, f, expected):
    _, ids = plan
    rows = ap.filter_actions(ap.action_plan(db, account, TODAY), f, TODAY)
    assert [r["id"] for r in rows] == [ids[k] for k in expected]


def test_completion_toggles_and_objectives_carry_their_actions(db, records, plan, account):
    obj, ids = plan
    late = records.get("action_item", ids["late"])
    assert ap.completion(late, TODAY) == {"done": True, "done_on": TODAY}
    assert ap.completion(records.get("action_item", ids["done"]), TODAY) == {"done": False, "done_on": None}
    [o] = objectives.objectives(db, account, TODAY)
    assert [a["id"] for a in o["actions"]] == [ids["soon"], ids["done"]]
    assert (o["open_actions"], o["overdue_actions"], o["progress"]) == (1, 0, None)
    records.delete("objective", obj)  # the actions stay, unlinked
    rows = ap.action_plan(db, account, TODAY)
    assert len(rows) == 5 and all(r["objective_id"] is None for r in rows)


def test_progress_and_an_objective_of_another_account_is_refused(records, account):
    assert objectives.progress({"target": 40.0, "actual": 10.0}) == 0.25
    assert objectives.progress({"target": 0.0, "actual": 10.0}) is None
    other = records.create("account", {"name": "Other"})[0]
    obj = records.create("objective", {"account_id": other, "title": "x"})[0]
    with pytest.raises(ValidationError, match="another account"):
        records.create("action_item", {"account_id": account, "title": "a", "objective_id": obj})


# -- whitespace ------------------------------------------------------------------
def test_whitespace_cells_mark_change_clear_and_come_back(db, records, account):
    dep = records.create("department", {"account_id": account, "name": "运检部"})[0]
    child = records.create("department", {"account_id": account, "name": "变电室", "parent_id": dep})[0]
    off = records.create("offering", {"name": "Monitoring"})[0]
    records.create("offering", {"name": "Service", "position": 1})
    cid = whitespace.cell_id(dep, off)
    assert cid == whitespace.cell_id(dep, off) != whitespace.cell_id(child, off)

    whitespace.set_cell(records, account, dep, off, {"state": "competitor"})
    assert whitespace.cell_state(db, dep, off) == {"state": "competitor", "opportunity_id": None, "note": ""}
    g = whitespace.grid(db, account)
    assert [d["name"] for d in g["departments"]] == ["运检部", "变电室"]
    assert [d["depth"] for d in g["departments"]] == [0, 1]
    assert [o["name"] for o in g["offerings"]] == ["Monitoring", "Service"]
    assert g["cells"][(dep, off)]["id"] == cid
    assert whitespace.summary(g) == {"installed": 0, "competitor": 1, "open_opportunity": 0,
                                     "no_need": 0, "unknown": 3}

    whitespace.set_cell(records, account, dep, off, None)
    assert whitespace.cell_state(db, dep, off) is None
    whitespace.set_cell(records, account, dep, off, {"state": "installed", "note": "pilot"})
    assert whitespace.cell_state(db, dep, off)["state"] == "installed"
    assert len(records.list("whitespace_cell")) == 1


def test_whitespace_refuses_a_department_of_another_account(records, account):
    other = records.create("account", {"name": "Other"})[0]
    dep = records.create("department", {"account_id": other, "name": "Finance"})[0]
    off = records.create("offering", {"name": "Monitoring"})[0]
    with pytest.raises(ValidationError, match="another account"):
        whitespace.set_cell(records, account, dep, off, {"state": "installed"})
    with pytest.raises(ValidationError, match="whitespace_cell.state"):
        whitespace.set_cell(records, other, dep, off, {"state": "maybe"})


# -- risks, concerns, dump ---------------------------------------------------------
def test_risks_worst_first_and_ranges(records, account):
    records.create("risk", {"account_id": account, "title": "small", "likelihood": 1, "impact": 2})
    records.create("risk", {"account_id": account, "title": "big", "likelihood": 4, "impact": 5})
    records.create("risk", {"account_id": account, "title": "gone", "likelihood": 5, "impact": 5,
                            "status": "closed"})
    rows = risks(records, account)
    assert [r["title"] for r in rows] == ["big", "small", "gone"]
    assert [level(r) for r in rows] == ["high", "low", "high"] and severity(rows[0]) == 20
    with pytest.raises(ValidationError, match="between 1 and 5"):
        records.create("risk", {"account_id": account, "title": "x", "likelihood": 6})


def test_executive_concerns_table(db, records, account):
    mk = lambda **v: records.create("stakeholder", {"account_id": account, **v})[0]  # noqa: E731
    mk(name="CFO", is_executive=True, executive_concern="financial_sustainability", importance=5)
    mk(name="COO", is_executive=True, executive_concern="operating_resources",
       concern_message="Fewer outages per pound")
    mk(name="CIO", is_executive=True)
    mk(name="Engineer")
    rows = concerns.executives(db, account)
    assert [r["name"] for r in rows] == ["COO", "CFO", "CIO"]
    assert concerns.missing_messages(rows) == 1


def test_plan_records_appear_in_the_dump(db, records, account):
    person = records.create("stakeholder", {"account_id": account, "name": "A"})[0]
    records.create("nps_score", {"stakeholder_id": person, "scored_on": TODAY, "score": 8})
    records.create("swot_entry", {"account_id": account, "quadrant": "threat", "text": "Huawei",
                                  "stakeholder_id": person})
    records.update("account", account, {"tier_rationale": "Reference site", "strategic_value": 5})
    out = dump(db)["records"]
    assert out["nps_score"][0]["score"] == 8 and out["swot_entry"][0]["text"] == "Huawei"
    assert out["account"][0]["tier_rationale"] == "Reference site"


# -- portfolio -------------------------------------------------------------------
def test_portfolio_pareto_by_hand(db, records):
    for name, tier, revenue in [("E", "B", 5.0), ("A", "S", 50.0), ("B", "C", 30.0),
                                ("C", "A", 10.0), ("D", "B", 5.0), ("Z", "C", None)]:
        records.create("account", {"name": name, "tier": tier, "current_business": revenue})
    p = portfolio.portfolio(db)
    assert [r["name"] for r in p["rows"]] == ["A", "B", "C", "D", "E", "Z"]
    assert [round(r["cumulative"], 2) for r in p["rows"]] == [0.5, 0.8, 0.9, 0.95, 1.0, 1.0]
    assert [r["head"] for r in p["rows"]] == [True, True, False, False, False, False]
    assert p["head_count"] == 2 and p["total"] == 100.0
    # a C account among the 80 % and an A account in the tail are questioned
    assert [r["name"] for r in p["rows"] if r["question"]] == ["B", "C"]
    assert portfolio.headline(p) == "The top 2 of 6 accounts (33%) bring 80% of the current business."
    assert portfolio.headline(p, "zh") == "6个客户中，前2个（33%）贡献了80%的当前业务。"
    fig = portfolio.pareto_figure(p, "zh")
    assert len(fig.axes[0].patches) == 6


def test_portfolio_never_adds_up_currencies(db, records):
    for name, revenue, currency in [("华东电力", 800.0, "CNY"), ("南方电网", 200.0, "CNY"),
                                    ("Northwind", 900.0, "USD"), ("Contoso", 100.0, "CNY")]:
        records.create("account", {"name": name, "current_business": revenue, "currency": currency})
    p = portfolio.portfolio(db)  # the currency most accounts use
    assert p["currency"] == "CNY" and p["total"] == 1100.0 and p["elsewhere"] == 1
    assert [r["name"] for r in p["rows"]] == ["华东电力", "南方电网", "Contoso"]
    assert p["currencies"] == [("CNY", 3), ("USD", 1)]
    assert "1 account(s) in USD" in portfolio.headline(p)
    assert "另有1个客户使用USD" in portfolio.headline(p, "zh")
    usd = portfolio.portfolio(db, "USD")
    assert [r["name"] for r in usd["rows"]] == ["Northwind"] and usd["rows"][0]["cumulative"] == 1.0
    assert "3 account(s) in CNY" in portfolio.headline(usd)


def test_portfolio_without_revenue(db):
    p = portfolio.portfolio(db)
    assert p["rows"] == [] and portfolio.headline(p) == "No current business recorded yet."
    portfolio.pareto_figure(p)


def test_pareto_chart_lumps_the_long_tail(db, records):
    for i in range(45):
        records.create("account", {"name": f"Account {i:02d}", "tier": "B", "current_business": 1000.0 * (45 - i)})
    p = portfolio.portfolio(db)
    fig = portfolio.pareto_figure(p)
    ax = fig.axes[0]
    assert len(ax.patches) == portfolio.MAX_BARS
    labels = [t.get_text() for t in ax.get_xticklabels()]
    assert labels[-1] == "16 others" and labels[0] == "Account 00"
    # the last bar carries the tail's revenue, so the bars still add up to the total
    assert sum(bar.get_height() for bar in ax.patches) == pytest.approx(p["total"])


def test_both_demo_accounts_have_a_filled_plan(db, records):
    from planner.demo import add_demo, demo_account_ids

    add_demo(records, today=TODAY)
    for account in demo_account_ids():
        objs = objectives.objectives(db, account, TODAY)
        assert len(objs) >= 3 and all(o["actions"] for o in objs)
        assert {e["quadrant"] for e in records.list("swot_entry", account_id=account)} == {
            "strength", "weakness", "opportunity", "threat"}
        g = whitespace.grid(db, account)
        assert len(g["offerings"]) == 6 and len(g["cells"]) >= 8
        execs = concerns.executives(db, account)
        assert execs and concerns.missing_messages(execs) == 0
        assert nps.scores(db, account) and risks(records, account)
        assert records.get("account", account)["tier_rationale"]
        h = health.account_health(db, records, account, TODAY)
        assert h.score is not None and h.component("nps").score is not None
    assert len(records.list("offering")) == 6  # one shared catalogue
