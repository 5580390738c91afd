"""Generate a large, realistic planner database for the benchmarks.

    python bench/generate.py OUT.db [--accounts 2000 --stakeholders 50000
        --relationships 100000 --visits 200000 --notes 100000] [--seed 1]

The schema comes from ``planner.store.open_database`` (the real migrations);
rows go in with plain ``sqlite3`` ``executemany``, one transaction per table.
Every row is valid for the model (``planner check`` says ok): vocabulary
values, 1-5 ranges, relationship ends at the line's account, and a clock
stamp for every data field and ``deleted``.

Account #1 (named ``BIG_ACCOUNT_NAME``) is the big one: 150 stakeholders and
2,000 visits. Other accounts get skewed (lognormal) shares, so a few more
have 2,000+ visits. Dates are relative to today; the same seed on the same
day gives the same file. No change-log rows are written.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Iterable, Iterator

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from planner import vocab  # noqa: E402
from planner.services.kinds import MODELS  # noqa: E402
from planner.store import open_database  # noqa: E402

BIG_ACCOUNT_NAME = "华信精密制造 Huaxin Precision (bench #1)"
BIG_STAKEHOLDERS, BIG_VISITS = 150, 2000
YEARS = 3

# -- vocabulary for names and text ---------------------------------------------
SURNAMES = [("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"),
            ("杨", "Yang"), ("黄", "Huang"), ("赵", "Zhao"), ("吴", "Wu"), ("周", "Zhou"),
            ("徐", "Xu"), ("孙", "Sun"), ("马", "Ma"), ("朱", "Zhu"), ("胡", "Hu"),
            ("郭", "Guo"), ("何", "He"), ("林", "Lin"), ("高", "Gao"), ("罗", "Luo"),
            ("郑", "Zheng"), ("梁", "Liang"), ("谢", "Xie"), ("宋", "Song"), ("欧阳", "Ouyang")]
GIVEN = [("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("敏", "min"), ("静", "jing"),
         ("丽", "li"), ("强", "qiang"), ("磊", "lei"), ("军", "jun"), ("洋", "yang"),
         ("勇", "yong"), ("艳", "yan"), ("杰", "jie"), ("涛", "tao"), ("明", "ming"),
         ("超", "chao"), ("霞", "xia"), ("平", "ping"), ("刚", "gang"), ("华", "hua"),
         ("建", "jian"), ("国", "guo"), ("文", "wen"), ("辉", "hui"), ("玲", "ling"),
         ("鹏", "peng"), ("宇", "yu"), ("晨", "chen"), ("浩", "hao"), ("婷", "ting")]
FIRST = ["James", "Anna", "Michael", "Sophie", "David", "Laura", "Thomas", "Emma", "Peter",
         "Julia", "Daniel", "Sarah", "Mark", "Linda", "Kevin", "Grace", "Eric", "Nina"]
LAST = ["Schmidt", "Miller", "Müller", "Smith", "Brown", "Wagner", "Fischer", "Taylor",
        "Weber", "Martin", "Becker", "Clark", "Hoffmann", "Lewis", "O'Brien"]
TITLES = ["总经理 General Manager", "副总经理", "CIO 信息总监", "IT经理", "采购经理 Procurement Manager",
          "财务总监 CFO", "生产总监", "工程师", "Project Manager 项目经理", "质量经理",
          "厂长 Plant Manager", "CTO", "采购专员 Buyer", "Engineer", "董事长 Chairman"]
DEPARTMENTS = ["总经理办公室 General Management", "IT部 IT", "采购部 Procurement", "财务部 Finance",
               "生产部 Production", "研发中心 R&D", "质量部 Quality", "人力资源部 HR",
               "设备部 Maintenance", "供应链 Supply Chain"]
CITIES = ["上海", "北京", "苏州", "深圳", "杭州", "成都", "武汉", "天津", "宁波", "青岛", "西安", "沈阳"]
WORDS = ["华信", "东方", "恒通", "远航", "金桥", "瑞丰", "天成", "汇能", "博远", "中科", "新元", "宏达"]
KINDS = ["精密制造", "汽车零部件", "电子", "化工", "医药", "能源", "物流", "机械"]
ENGLISH_CO = ["Sino-German Auto Parts", "Pacific Logistics", "Orient Chemicals", "Delta Electronics",
              "Evergreen Pharma", "Northstar Energy", "Bluewater Machinery"]
INDUSTRIES = ["汽车 Automotive", "电子 Electronics", "化工 Chemicals", "医药 Pharma", "能源 Energy",
              "物流 Logistics", "机械 Machinery"]
REGIONS = ["华东", "华南", "华北", "华中", "西南", "东北", "西北"]
REPS = ["王磊", "Anna Schmidt", "李静", "陈浩", "Tom Becker", "刘洋"]
PLACES = ["客户总部会议室", "Plant 2 meeting room", "上海办公室", "Online (Teams)", "腾讯会议",
          "外滩餐厅 Bund restaurant", "我司展厅 showroom", ""]
TOPICS = ["MES升级", "ERP migration", "数据中心扩容", "Predictive maintenance", "智能仓储",
          "Quality analytics", "产线自动化", "Cloud backup 云备份"]
NOTE_TITLES = ["拜访纪要 Visit notes", "预算沟通 Budget discussion", "招标准备 Tender preparation",
               "Weekly update 周报", "电话记录 Call notes", "竞争情况 Competition", "Follow-up"]
SENTENCES = [
    "客户确认今年预算约{n}万元，Q3 启动招标。",
    "Budget for phase 2 is still pending approval by the CFO.",
    "招标文件预计下月发布，需要提前准备技术方案。",
    "{p} 对我们的 demo 很满意，但担心 integration 成本。",
    "Competitor offered a {k}% discount; we need a value-based answer.",
    "采购部要求三家比价 (three quotes)。",
    "Next step: send the reference case 样板案例 from the automotive plant.",
    "IT 部门关注数据安全 and on-premise deployment。",
    "会议纪要：讨论了升级范围、时间表和预算。",
    "Decision expected after the board meeting; budget around {n}0k CNY.",
    "财务总监希望分期付款 (phased payment)。",
    "The tender 招标 will be an open tender 公开招标, evaluation {k}% technical.",
    "客户高层关注数字化转型 digital transformation 和 ROI。",
    "Champion {p} suggested we meet the plant manager before the budget review.",
    "需求：提高产能 {k}%，降低停机时间。",
    "Follow up with procurement on the framework agreement 框架协议。",
    "预算已批复 budget approved，等待立项。",
    "They asked for a training plan 培训计划 for {k} engineers.",
    "风险：竞争对手与总经理关系密切。",
]
PURPOSES = ["了解预算 Understand the budget", "Present the solution 方案介绍", "确认招标时间表",
            "Relationship dinner 关系维护", "Technical clarification 技术交流", "Introduce new product"]
OUTCOMES = ["预算已确认", "Needs a reference visit", "采购流程：公开招标", "Decider is the CFO",
            "客户反馈积极", "Send quotation by Friday", "需要补充技术参数", ""]


# -- helpers ---------------------------------------------------------------------
class Gen:
    """Seeded random values, ids and clock stamps."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.devices = ["%012x" % self.r.getrandbits(48) for _ in range(3)]  # us + 2 teammates
        self.now = datetime.now().replace(microsecond=0)
        self.now_ms = int(self.now.timestamp() * 1000)
        self.start = self.now - timedelta(days=365 * YEARS)
        self._clock_tpl: dict[str, str] = {}
        self._values: dict[str, tuple[str, ...]] = {}

    def uid(self) -> str:
        """A random (seeded) version-4 UUID, as text."""
        h = "%032x" % self.r.getrandbits(128)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) & 3]}{h[17:20]}-{h[20:]}"

    def past_ms(self) -> int:
        """A random moment in the last three years, in ms."""
        return self.now_ms - 1 - int(self.r.random() * 365 * YEARS * 86_400_000)

    def clocks(self, table: str, created_ms: int) -> str:
        """The ``clocks`` JSON: every data field and ``deleted`` stamped when the
        row was created; one row in seven had a few fields edited later."""
        device = self.r.choice(self.devices)
        stamp = f"{min(created_ms, self.now_ms):013d}.0000.{device}"
        if self.r.random() > 1 / 7:
            tpl = self._clock_tpl.get(table)
            if tpl is None:
                fields = [*MODELS[table].data_fields(), "deleted"]
                tpl = self._clock_tpl[table] = json.dumps({f: "@@" for f in fields})
            return tpl.replace("@@", stamp)
        fields = [*MODELS[table].data_fields(), "deleted"]
        clocks = dict.fromkeys(fields, stamp)
        later = self.r.randrange(min(created_ms, self.now_ms - 2), self.now_ms)
        for f in self.r.sample(fields[:-1], min(3, len(fields) - 1)):
            clocks[f] = f"{later:013d}.{self.r.randrange(4):04x}.{self.r.choice(self.devices)}"
        return json.dumps(clocks)

    def text(self, n_min: int, n_max: int, person: str = "张总") -> str:
        r = self.r
        parts = r.sample(SENTENCES, r.randint(n_min, n_max))
        return " ".join(p.format(n=r.randint(20, 900), k=r.randint(5, 60), p=person) for p in parts)

    def weighted(self, vocab_: vocab.Vocab, weights: list[float] | None = None) -> str:
        """A vocabulary value, uniformly or by ``weights``."""
        values = self._values.get(vocab_.name) or self._values.setdefault(vocab_.name, vocab_.values)
        if weights is None:
            return values[int(self.r.random() * len(values))]
        return self.r.choices(values, weights)[0]


def spread(r: random.Random, total: int, weights: list[float], minimum: int = 0) -> list[int]:
    """Split ``total`` into integer parts proportional to ``weights``, each at
    least ``minimum`` when the total allows it."""
    n = len(weights)
    if n == 0:
        return []
    minimum = min(minimum, total // n)
    counts = [minimum] * n
    rest = total - minimum * n
    wsum = sum(weights)
    for i, w in enumerate(weights):
        counts[i] += int(rest * w / wsum)
    for i in r.choices(range(n), weights, k=total - sum(counts)):
        counts[i] += 1
    return counts


def dt(value: datetime) -> str:
    """A datetime as SQLAlchemy stores it in SQLite."""
    return value.strftime("%Y-%m-%d %H:%M:%S.000000")


def insert(conn: sqlite3.Connection, table: str, rows: Iterable[dict[str, Any]]) -> tuple[int, float]:
    """Insert generated rows (dicts) into ``table`` in one transaction."""
    t0 = time.perf_counter()
    rows = iter(rows)
    first = next(rows, None)
    if first is None:
        return 0, 0.0
    missing = [c.name for c in MODELS[table].__table__.columns
               if not c.nullable and c.name not in first]
    if missing:
        raise SystemExit(f"generator bug: {table} rows lack NOT NULL columns {missing}")
    cols = list(first)
    sql = (f"INSERT INTO {table} ({', '.join(cols)}) "
           f"VALUES ({', '.join(':' + c for c in cols)})")
    conn.execute("BEGIN")
    count = 1
    conn.execute(sql, first)

    def counted() -> Iterator[dict[str, Any]]:
        nonlocal count
        for row in rows:
            count += 1
            yield row

    conn.executemany(sql, counted())
    conn.execute("COMMIT")
    return count, time.perf_counter() - t0


# -- the dataset -----------------------------------------------------------------
class Dataset:
    """Builds rows table by table; remembers ids per account for the links."""

    def __init__(self, g: Gen, args: argparse.Namespace) -> None:
        self.g, self.a = g, args
        r, n = g.r, args.accounts
        # busy accounts are busy in everything: one skewed weight per account
        w = [r.lognormvariate(0, 1.2) for _ in range(n - 1)]
        big_visits = min(BIG_VISITS, args.visits // 2)
        self.visit_counts = [big_visits] + spread(r, args.visits - big_visits, w)
        big_share = big_visits / max(1, args.visits - big_visits) * sum(w)
        weights = [big_share] + w
        self.note_counts = spread(r, args.notes, weights)
        self.opp_counts = spread(r, args.opportunities, weights, minimum=1)
        big_people = min(BIG_STAKEHOLDERS, args.stakeholders // 2)
        self.people_counts = [big_people] + spread(
            r, args.stakeholders - big_people, [x ** 0.5 for x in w], minimum=2)
        self.rel_counts = spread(r, args.relationships, [max(0, c - 1) for c in self.people_counts])
        self.accounts: list[str] = []
        self.departments: list[list[str]] = []
        self.people: list[list[str]] = []
        self.opps: list[list[str]] = []
        self.visits: list[list[str]] = []

    def account(self) -> Iterator[dict[str, Any]]:
        g, r = self.g, self.g.r
        seen: set[str] = set()
        for i in range(self.a.accounts):
            if i == 0:
                name = BIG_ACCOUNT_NAME
            elif r.random() < 0.15:
                name = f"{r.choice(ENGLISH_CO)} ({r.choice(CITIES)}) Co., Ltd."
            else:
                name = f"{r.choice(CITIES)}{r.choice(WORDS)}{r.choice(KINDS)}有限公司"
            if name in seen:
                name = f"{name} {i}"
            seen.add(name)
            aid = g.uid()
            self.accounts.append(aid)
            potential = r.randrange(50, 5000) * 10_000.0
            yield {
                "id": aid, "clocks": g.clocks("account", g.past_ms()), "deleted": 0,
                "name": name, "tier": "S" if i == 0 else g.weighted(vocab.TIER, [5, 20, 45, 30]),
                "industry": r.choice(INDUSTRIES), "region": r.choice(REGIONS),
                "revenue_potential": potential,
                "current_business": round(potential * r.random() * 0.5, -3),
                "currency": "CNY", "status": g.weighted(vocab.ACCOUNT_STATUS, [80, 15, 5]),
                "owner": r.choice(REPS),
                "summary": g.text(1, 3) if r.random() < 0.6 else "",
                "merged_into_id": None, "is_demo": 0,
                "strategic_value": r.randint(1, 5), "reference_value": r.randint(1, 5),  # account plan
                "tier_rationale": "",
            }

    def department(self) -> Iterator[dict[str, Any]]:
        g, r = self.g, self.g.r
        for aid in self.accounts:
            ids: list[str] = []
            names = [DEPARTMENTS[0], *r.sample(DEPARTMENTS[1:], r.randint(4, 6))]
            for j, name in enumerate(names):
                did = g.uid()
                # a tree: general management on top, a few second-level units
                parent = None if j == 0 else (ids[0] if j < 4 else r.choice(ids[1:]))
                ids.append(did)
                yield {
                    "id": did, "clocks": g.clocks("department", g.past_ms()), "deleted": 0,
                    "account_id": aid, "parent_id": parent, "name": name,
                    "map_x": 40.0 + 260 * (j % 3), "map_y": 40.0 + 220 * (j // 3),
                    "map_w": 240.0, "map_h": 200.0, "hidden": 0,
                }
            self.departments.append(ids)

    def _name(self) -> tuple[str, str, str]:
        """(name, romanised name, e-mail user)."""
        r = self.g.r
        roll = r.random()
        if roll < 0.65:
            s, sp = r.choice(SURNAMES)
            given = r.sample(GIVEN, r.randint(1, 2))
            gp = "".join(p for _, p in given)
            return s + "".join(c for c, _ in given), f"{sp} {gp.capitalize()}", f"{gp}.{sp}".lower()
        if roll < 0.75:  # a Chinese colleague with an English first name
            first, (s, sp) = r.choice(FIRST), r.choice(SURNAMES)
            return f"{first} {sp} ({s}{r.choice(GIVEN)[0]})", f"{sp} {first}", f"{first}.{sp}".lower()
        first, last = r.choice(FIRST), r.choice(LAST)
        return f"{first} {last}", "", f"{first}.{last}".lower().replace("'", "").replace("ü", "ue")

    def stakeholder(self) -> Iterator[dict[str, Any]]:
        g, r = self.g, self.g.r
        conf = vocab.CONFIDENCE
        for aid, deps, count in zip(self.accounts, self.departments, self.people_counts):
            ids: list[str] = []
            for _ in range(count):
                sid = g.uid()
                ids.append(sid)
                name, roman, mail = self._name()
                executive = r.random() < 0.1
                row = {
                    "id": sid, "clocks": g.clocks("stakeholder", g.past_ms()), "deleted": 0,
                    "account_id": aid, "department_id": r.choice(deps) if r.random() < 0.9 else None,
                    "name": name, "name_romanised": roman, "title": r.choice(TITLES),
                    "phone": f"0{r.randint(10, 999)}-{r.randint(6000000, 89999999)}",
                    "mobile": f"1{r.choice('3589')}{r.randint(0, 999999999):09d}",
                    "email": f"{mail}@example.cn", "wechat": mail.replace(".", "_") if r.random() < 0.5 else "",
                    "address": "", "status": "left" if r.random() < 0.05 else "active",
                    "is_executive": int(executive), "owner": r.choice(REPS),
                    "importance": r.randint(1, 5), "closeness": r.randint(1, 5),
                    "interaction": g.weighted(vocab.INTERACTION),
                    "attitude": g.weighted(vocab.ATTITUDE),
                    "business_metrics": "降低成本 cost down {}%".format(r.randint(3, 20)) if r.random() < 0.3 else "",
                    "decision_criteria": "价格 price, 服务 service" if r.random() < 0.3 else "",
                    "personal_style": "Data-driven 重数据" if r.random() < 0.2 else "",
                    "personal_wins": "希望年内升职" if r.random() < 0.15 else "",
                    "executive_concern": g.weighted(vocab.EXECUTIVE_CONCERN) if executive else "",
                    "private_notes": "私下：喜欢打高尔夫 golf" if r.random() < 0.05 else "",
                    "concern_message": "",  # account plan
                    "private_fields": '["mobile"]' if r.random() < 0.05 else "[]",
                    "map_x": r.uniform(0, 800), "map_y": r.uniform(0, 600),
                }
                for f in ("importance", "closeness", "interaction", "attitude", "business_metrics",
                          "decision_criteria", "personal_wins", "executive_concern"):
                    row[f"{f}_confidence"] = g.weighted(conf, [2, 3, 5])
                    row[f"{f}_source"] = "拜访时了解 learned at a visit" if r.random() < 0.1 else ""
                yield row
            self.people.append(ids)

    def relationship(self) -> Iterator[dict[str, Any]]:
        g, r = self.g, self.g.r
        for aid, ids, count in zip(self.accounts, self.people, self.rel_counts):
            seen: set[tuple[str, str, str]] = set()
            for k in range(count):
                # first an org chart (person k reports to someone above), then influence
                if k + 1 < len(ids) and k < count * 0.4:
                    key = ("reports_to", ids[k + 1], ids[r.randrange(k + 1)])
                else:
                    for _ in range(10):
                        src, dst = r.sample(ids, 2)
                        key = ("influences", src, dst)
                        if key not in seen:
                            break
                seen.add(key)
                yield {
                    "id": g.uid(), "clocks": g.clocks("relationship", g.past_ms()), "deleted": 0,
                    "account_id": aid, "source_id": key[1], "target_id": key[2], "kind": key[0],
                    "directed": 1, "strength": r.randint(1, 5),
                    "confidence": g.weighted(vocab.CONFIDENCE), "note": "",
                }

    def opportunity(self) -> Iterator[dict[str, Any]]:
        g, r = self.g, self.g.r
        for aid, count in zip(self.accounts, self.opp_counts):
            ids: list[str] = []
            for _ in range(count):
                oid = g.uid()
                ids.append(oid)
                stage = g.weighted(vocab.STAGE, [3, 3, 3, 2, 2, 4])
                status = g.weighted(vocab.OPPORTUNITY_STATUS, [0, 5, 3, 2]) if stage == "closed" else "open"
                close = g.now.date() + timedelta(days=r.randint(-700, 365))
                yield {
                    "id": oid, "clocks": g.clocks("opportunity", g.past_ms()), "deleted": 0,
                    "account_id": aid, "name": f"{r.choice(TOPICS)} {close.year}", "stage": stage,
                    "value": r.randrange(10, 2000) * 10_000.0, "currency": "CNY",
                    "expected_close": close.isoformat(),
                    "purchase_type": g.weighted(vocab.PURCHASE_TYPE),
                    "status": status, "procurement_method": g.weighted(vocab.PROCUREMENT_METHOD),
                    "competitors": r.choice(["", "Siemens, 华为", "SAP", "本地厂商 local vendor"]),
                    "description": g.text(1, 2), "outcome_reason": "价格 price" if status == "lost" else "",
                    "owner": r.choice(REPS),
                }
            self.opps.append(ids)

    def visit(self) -> Iterator[dict[str, Any]]:
        g, r = self.g, self.g.r
        span_days = 365 * YEARS
        kinds = [40, 10, 5, 5, 5, 5, 10, 20]
        for aid, opps, count in zip(self.accounts, self.opps, self.visit_counts):
            ids: list[str] = []
            for _ in range(count):
                vid = g.uid()
                ids.append(vid)
                # three years: most in the past, the last three months ahead
                day = g.start.date() + timedelta(days=r.randrange(span_days) + 91)
                starts = datetime.combine(day, datetime.min.time()) + timedelta(
                    hours=r.randint(8, 17), minutes=r.choice((0, 30)))
                past = starts < g.now
                status = g.weighted(vocab.VISIT_STATUS, [5, 90, 5]) if past else "planned"
                done = status == "done"
                created = min(int((starts - timedelta(days=r.randint(1, 20))).timestamp() * 1000),
                              g.now_ms - r.randrange(1, 20 * 86_400_000))  # planned before today
                yield {
                    "id": vid, "clocks": g.clocks("visit", created), "deleted": 0,
                    "account_id": aid, "opportunity_id": r.choice(opps) if opps and r.random() < 0.5 else None,
                    "starts_at": dt(starts),
                    "ends_at": dt(starts + timedelta(minutes=r.choice((30, 60, 90, 120)))) if r.random() < 0.9 else None,
                    "place": r.choice(PLACES), "kind": g.weighted(vocab.VISIT_KIND, kinds),
                    "status": status, "purpose": r.choice(PURPOSES),
                    "questions": "预算多少？Who decides? 招标时间？" if r.random() < 0.5 else "",
                    "outcome_real_need": r.choice(OUTCOMES) if done else "",
                    "outcome_project_status": r.choice(OUTCOMES) if done else "",
                    "outcome_roles": r.choice(OUTCOMES) if done else "",
                    "outcome_presented": r.choice(OUTCOMES) if done else "",
                    "outcome_feedback": r.choice(OUTCOMES) if done else "",
                    "outcome_next_steps": r.choice(OUTCOMES) if done else "",
                    "notes": g.text(1, 3) if done and r.random() < 0.5 else "",
                    "notes_private": int(r.random() < 0.05),
                }
            self.visits.append(ids)

    def visit_attendee(self) -> Iterator[dict[str, Any]]:
        g, r = self.g, self.g.r
        per_visit = self.a.attendees / max(1, self.a.visits)
        for people, visits in zip(self.people, self.visits):
            for vid in visits:
                k = int(per_visit) + (r.random() < per_visit % 1)
                for sid in r.sample(people, min(k, len(people))):
                    yield {
                        "id": g.uid(), "clocks": g.clocks("visit_attendee", g.past_ms()), "deleted": 0,
                        "visit_id": vid, "stakeholder_id": sid, "our_person": "", "role": "",
                    }
                if r.random() < 0.3:
                    yield {
                        "id": g.uid(), "clocks": g.clocks("visit_attendee", g.past_ms()), "deleted": 0,
                        "visit_id": vid, "stakeholder_id": None, "our_person": r.choice(REPS),
                        "role": r.choice(["售前 presales", "Sales", "技术支持"]),
                    }

    def note(self) -> Iterator[dict[str, Any]]:
        g, r = self.g, self.g.r
        for aid, people, opps, visits, count in zip(
                self.accounts, self.people, self.opps, self.visits, self.note_counts):
            for _ in range(count):
                created = g.past_ms()
                day = datetime.fromtimestamp(created / 1000).date()
                yield {
                    "id": g.uid(), "clocks": g.clocks("note", created), "deleted": 0,
                    "account_id": aid,
                    "opportunity_id": r.choice(opps) if opps and r.random() < 0.15 else None,
                    "stakeholder_id": r.choice(people) if people and r.random() < 0.3 else None,
                    "visit_id": r.choice(visits) if visits and r.random() < 0.4 else None,
                    "title": f"{r.choice(NOTE_TITLES)} {day:%Y-%m-%d}",
                    "body": g.text(2, 8, person=r.choice(("张总", "Mr. Weber", "李经理"))),
                    "private": int(r.random() < 0.05),
                }


TABLES = ["account", "department", "stakeholder", "relationship", "opportunity",
          "visit", "visit_attendee", "note"]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("out", type=Path, help="database file to create")
    p.add_argument("--accounts", type=int, default=2000)
    p.add_argument("--stakeholders", type=int, default=50_000)
    p.add_argument("--relationships", type=int, default=100_000)
    p.add_argument("--opportunities", type=int, default=None, help="default: 3 per account")
    p.add_argument("--visits", type=int, default=200_000)
    p.add_argument("--attendees", type=int, default=None,
                   help="stakeholder attendees (default: 1.5 per visit); ~30%% of visits add one of our people")
    p.add_argument("--notes", type=int, default=100_000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--force", action="store_true", help="replace OUT if it exists")
    a = p.parse_args(argv)
    a.opportunities = 3 * a.accounts if a.opportunities is None else a.opportunities
    a.attendees = int(1.5 * a.visits) if a.attendees is None else a.attendees
    if a.accounts < 1 or a.stakeholders < 2 * a.accounts:
        p.error("need at least 1 account and 2 stakeholders per account")
    files = [a.out, Path(f"{a.out}-wal"), Path(f"{a.out}-shm")]
    if a.out.exists():
        if not a.force:
            p.error(f"{a.out} exists (use --force to replace it)")
        for f in files:
            f.unlink(missing_ok=True)

    t_start = time.perf_counter()
    open_database(a.out).close()  # the real schema, via the migrations
    conn = sqlite3.connect(a.out, isolation_level=None)
    # a throw-away file until it is complete: no fsync, rollback journal in memory
    conn.execute("PRAGMA journal_mode = MEMORY")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -262144")  # 256 MB
    data = Dataset(Gen(a.seed), a)
    total = 0
    for table in TABLES:
        n, secs = insert(conn, table, getattr(data, table)())
        total += n
        print(f"{table:15} {n:9,d} rows {secs:7.2f} s {n / max(secs, 1e-9):10,.0f} rows/s", flush=True)
    conn.execute("PRAGMA journal_mode = WAL")  # as open_database leaves it
    conn.close()
    secs = time.perf_counter() - t_start
    size = sum(f.stat().st_size for f in files if f.exists())
    print(f"{'total':15} {total:9,d} rows {secs:7.2f} s {total / secs:10,.0f} rows/s   "
          f"{size / 2**20:.0f} MB  {a.out}")
    print(f"big account: {BIG_ACCOUNT_NAME} id={data.accounts[0]} "
          f"({data.people_counts[0]} stakeholders, {data.visit_counts[0]} visits); "
          f"most visits at one account: {max(data.visit_counts)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
