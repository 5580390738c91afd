"""The findings of :mod:`planner.graph.insights` in plain English and Chinese.

Each method returns one finding: ``{"kind", "severity", "people": [ids],
"opportunity_id", "text_en", "text_zh"}``. Texts name people with their
title and buying roles, say what to do, and flag judgements the rep marked
unconfirmed ("attitude unconfirmed", "line unconfirmed")."""

from __future__ import annotations

from datetime import date
from typing import Any

from planner import vocab

SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2, "info": 3}
KIND_ORDER = {k: i for i, k in enumerate((
    "against", "single_threaded", "unreached", "uncovered_role", "role_vacated",
    "overdue_contact", "hidden_influencer", "best_route", "central"))}

#: what to do about an uncovered role: (severity, English, Chinese)
ROLE_HINTS = {
    "initiator": ("low", "Find out who raised the need and owns it.", "弄清是谁提出需求、由谁牵头。"),
    "user": ("low", "Find out who will use it every day and what they need.", "找出日常使用者及其诉求。"),
    "influencer": ("medium", "Find out whose advice the decision makers ask.", "找出决策者会听取谁的意见。"),
    "decider": ("high", "Find out who makes the decision; nothing is safe until you know.",
                "尽快弄清谁拍板；不清楚决策者，一切都不稳。"),
    "approver": ("high", "Find out who signs off the budget and the result.", "弄清谁最终批准预算和结果。"),
    "buyer": ("medium", "Find out who runs the purchase (procurement, tender).", "弄清谁负责采购和招标执行。"),
    "gatekeeper": ("medium", "Find out who controls access and the documents "
                   "(tender files, qualification checks).", "找出把关者：谁掌握招标文件、资格审查和接触渠道。"),
}


def _finding(kind: str, severity: str, people: list[str], opportunity_id: str | None,
             en: str, zh: str) -> dict[str, Any]:
    return {"kind": kind, "severity": severity, "people": people,
            "opportunity_id": opportunity_id, "text_en": en, "text_zh": zh}


class Wording:
    """Words for one account's findings (people by id, roles by person)."""

    def __init__(self, people: dict[str, dict[str, Any]], roles_of: dict[str, list[str]],
                 today: date, upcoming: dict[str, date]) -> None:
        self.people = people
        self.roles_of = roles_of
        self.today = today
        self.upcoming = upcoming

    # -- pieces --------------------------------------------------------------
    def name(self, pid: str) -> str:
        return self.people[pid]["name"] if pid in self.people else "?"

    def names(self, ids: list[str], lang: str) -> str:
        return ("、" if lang == "zh" else ", ").join(self.name(i) for i in ids)

    def who(self, pid: str, lang: str) -> str:
        """"王军 (信息通信部主任, influencer)"."""
        p = self.people.get(pid, {})
        roles = [vocab.BUYING_ROLE.label(r, lang) for r in self.roles_of.get(pid, [])]
        bits = [p.get("title", "")] + ([r.lower() for r in roles] if lang == "en" else roles)
        bits = [b for b in bits if b]
        if not bits:
            return self.name(pid)
        return f"{self.name(pid)}（{'，'.join(bits)}）" if lang == "zh" else f"{self.name(pid)} ({', '.join(bits)})"

    @staticmethod
    def deal(opp: dict[str, Any], lang: str) -> str:
        return f"“{opp['name']}”"

    @staticmethod
    def unsure(confidence: str, lang: str, what: str = "attitude") -> str:
        if confidence != "unconfirmed":
            return ""
        if lang == "zh":
            return {"attitude": "（态度未确认）", "line": "（含未确认的关系线）"}[what]
        return {"attitude": " (attitude unconfirmed)", "line": " (includes unconfirmed lines)"}[what]

    def last_seen(self, pid: str, last: dict[str, date], lang: str) -> str:
        seen = last.get(pid)
        if seen is None:
            return "从未联系" if lang == "zh" else "never contacted"
        days = (self.today - seen).days
        return f"最近联系在{days}天前" if lang == "zh" else f"last contact {days} days ago"

    def next_visit(self, pid: str, lang: str) -> str:
        day = self.upcoming.get(pid)
        if day is None:
            return ""
        days = (day - self.today).days
        if lang == "zh":
            return f"已安排{day.isoformat()}拜访（{days}天后）。"
        return f" A visit is planned on {day.isoformat()} (in {days} days)."

    # -- findings ------------------------------------------------------------
    def uncovered(self, oid: str, opp: dict[str, Any], role: str) -> dict[str, Any]:
        severity, en, zh = ROLE_HINTS.get(role, ("medium", "", ""))
        return _finding(
            "uncovered_role", severity, [], oid,
            f"Nobody holds the {vocab.BUYING_ROLE.label(role)} role on {self.deal(opp, 'en')}. {en}",
            f"{self.deal(opp, 'zh')}没有人担任{vocab.BUYING_ROLE.label(role, 'zh')}角色。{zh}")

    def vacated(self, oid: str, opp: dict[str, Any], r: dict[str, Any]) -> dict[str, Any]:
        pid, role = r["stakeholder_id"], r["role"]
        return _finding(
            "role_vacated", ROLE_HINTS.get(role, ("medium",))[0], [pid], oid,
            f"The {vocab.BUYING_ROLE.label(role)} on {self.deal(opp, 'en')} was {self.name(pid)}, "
            f"who has left. Find out who took over.",
            f"{self.deal(opp, 'zh')}的{vocab.BUYING_ROLE.label(role, 'zh')}原为{self.name(pid)}，"
            f"此人已离开。尽快弄清由谁接替。")

    def against(self, oid: str, opp: dict[str, Any], r: dict[str, Any], maker: bool,
                helpers: list[str]) -> dict[str, Any]:
        pid, att = r["stakeholder_id"], r["attitude"]
        severity = "high" if maker or att == "opponent" else "medium"
        a_en, a_zh = vocab.ATTITUDE.label(att).lower(), vocab.ATTITUDE.label(att, "zh")
        name = self.name(pid)
        if helpers:
            en = f" {name} listens to {self.names(helpers, 'en')}, on our side: work through them."
            zh = f"{name}会听取{self.names(helpers, 'zh')}的意见，他们是我方的人：可通过他们做工作。"
        else:
            en = zh = ""
        return _finding(
            "against", severity, [pid, *helpers], oid,
            f"{self.who(pid, 'en')} is {a_en} about {self.deal(opp, 'en')}"
            f"{self.unsure(r['confidence'], 'en')}.{en}",
            f"{self.who(pid, 'zh')}对{self.deal(opp, 'zh')}的态度为{a_zh}"
            f"{self.unsure(r['confidence'], 'zh')}。{zh}")

    def unreached(self, oid: str, opp: dict[str, Any], r: dict[str, Any], maker: bool,
                  last: dict[str, date]) -> dict[str, Any]:
        pid = r["stakeholder_id"]
        return _finding(
            "unreached", "high" if maker else "medium", [pid], oid,
            f"{self.who(pid, 'en')}: {self.last_seen(pid, last, 'en')}; nobody on our side can carry "
            f"our case to {self.name(pid)} on {self.deal(opp, 'en')} (no influence line leads there "
            f"from our champions or supporters). Find out whom {self.name(pid)} listens to.",
            f"{self.who(pid, 'zh')}：{self.last_seen(pid, last, 'zh')}；在{self.deal(opp, 'zh')}上，"
            f"我方支持者中没有人能影响{self.name(pid)}（没有任何影响力路线通向此人）。先弄清其听谁的。")

    def single_thread(self, oid: str, opp: dict[str, Any], r: dict[str, Any], maker: bool,
                      chain: list[str], ours: set[str], last: dict[str, date]) -> dict[str, Any]:
        pid = r["stakeholder_id"]
        route = list(reversed(chain))
        via_en, via_zh = " → ".join(self.name(c) for c in route), " → ".join(self.name(c) for c in route)
        outsiders = [c for c in route if c not in ours]
        note_en = note_zh = ""
        if outsiders:
            att = self.people[outsiders[0]]["attitude"]
            note_en = f" ({self.name(outsiders[0])} is {vocab.ATTITUDE.label(att).lower()}, not on our side)"
            note_zh = f"（{self.name(outsiders[0])}的态度为{vocab.ATTITUDE.label(att, 'zh')}，不是我方的人）"
        return _finding(
            "single_threaded", "high" if maker else "medium", [pid, *route], oid,
            f"{self.who(pid, 'en')}: {self.last_seen(pid, last, 'en')}; the only route from our side "
            f"to {self.name(pid)} is through {via_en}{note_en}. Build a second line on "
            f"{self.deal(opp, 'en')} before it is needed.",
            f"{self.who(pid, 'zh')}：{self.last_seen(pid, last, 'zh')}；我方通向{self.name(pid)}的唯一路线"
            f"经过{via_zh}{note_zh}。应在{self.deal(opp, 'zh')}上尽早建立第二条关系线。")

    def best_route(self, oid: str, opp: dict[str, Any], path: list[str], unconfirmed: bool
                   ) -> dict[str, Any]:
        conf = "unconfirmed" if unconfirmed else "confirmed"
        shown = " → ".join(self.name(p) for p in path)
        return _finding(
            "best_route", "info", list(path), oid,
            f"Shortest route from our champions to {self.who(path[-1], 'en')} on "
            f"{self.deal(opp, 'en')}: {shown}{self.unsure(conf, 'en', 'line')}.",
            f"在{self.deal(opp, 'zh')}上，我方教练通向{self.who(path[-1], 'zh')}的最短路线："
            f"{shown}{self.unsure(conf, 'zh', 'line')}。")

    def hidden(self, h: dict[str, Any], total: int) -> dict[str, Any]:
        pid = h["id"]
        p = self.people[pid]
        ours = p["attitude"] in ("champion", "supporter")
        reports_en = {0: "no direct reports", 1: "one direct report"}[h["reports"]]
        reports_zh = {0: "无直接下属", 1: "仅一名直接下属"}[h["reports"]]
        heard = h["listeners"]
        verb = "listens" if len(heard) == 1 else "listen"
        line_en = " (line unconfirmed)" if h["unconfirmed"] else ""
        line_zh = "（关系线未确认）" if h["unconfirmed"] else ""
        conf = p["attitude_confidence"]
        act_en = (f"Keep {p['name']} informed and ask for advice." if ours
                  else f"Win {p['name']} over before it matters.")
        act_zh = f"保持沟通，多听取{p['name']}的建议。" if ours else f"尽早争取{p['name']}的支持。"
        return _finding(
            "hidden_influencer", "low" if ours else "medium", [pid, *heard], None,
            f"{self.who(pid, 'en')} is a hidden influencer: {h['depth']} levels below the top with "
            f"{reports_en}, yet {self.names(heard, 'en')} {verb} to {p['name']}{line_en}; "
            f"#{h['rank']} of {total} by influence. Attitude toward us: "
            f"{vocab.ATTITUDE.label(p['attitude']).lower()}{self.unsure(conf, 'en')}. {act_en}",
            f"{self.who(pid, 'zh')}是隐性影响者：在组织架构中低于最高层{h['depth']}级、{reports_zh}，"
            f"但{self.names(heard, 'zh')}会听取其意见{line_zh}；影响力排名第{h['rank']}/{total}。"
            f"对我方态度：{vocab.ATTITUDE.label(p['attitude'], 'zh')}{self.unsure(conf, 'zh')}。{act_zh}")

    def central(self, top: list[dict[str, Any]]) -> dict[str, Any]:
        ids = [r["id"] for r in top]
        return _finding(
            "central", "info", ids, None,
            f"Most influential people at the account: {self.names(ids, 'en')}.",
            f"客户中影响力最大的人：{self.names(ids, 'zh')}。")

    def overdue(self, o: dict[str, Any]) -> dict[str, Any]:
        pid = o["id"]
        p = self.people[pid]
        maker = any(r in ("decider", "approver") for r in self.roles_of.get(pid, []))
        severity = "high" if p["importance"] >= 5 or maker else "medium" if o["planned"] else "low"
        if pid in self.upcoming:  # the rep has acted already
            severity = "low"
        cad = o["cadence_days"]
        if o["days_since"] is None:
            en, zh = "never contacted", "从未联系"
        else:
            en = f"no contact for {o['days_since']} days"
            zh = f"已{o['days_since']}天未联系"
        if o["planned"]:
            en += f"; the plan is every {cad} days"
            zh += f"，计划每{cad}天联系一次"
        else:
            en += f"; by the default cadence every {cad} days (no contact plan yet)"
            zh += f"，按默认频率应每{cad}天联系一次（尚无联系计划）"
        if o["overdue_days"] is not None:
            en += f" ({o['overdue_days']} days overdue)"
            zh += f"（超期{o['overdue_days']}天）"
        return _finding("overdue_contact", severity, [pid], None,
                        f"{self.who(pid, 'en')}: {en}.{self.next_visit(pid, 'en')}",
                        f"{self.who(pid, 'zh')}：{zh}。{self.next_visit(pid, 'zh')}")
