"""The reports' own words in English and Chinese (field and value labels
come from planner/labels.py and planner/vocab.py), and number/date formats."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from planner import labels, vocab

TEXT: dict[str, tuple[str, str]] = {
    "account_plan": ("Account plan", "客户计划"),
    "brief": ("Pre-visit brief", "拜访前简报"),
    "brief_heading": ("Pre-visit brief: {name}", "拜访前简报：{name}"),
    "contents": ("Contents", "目录"),
    "page": ("Page {n} of {total}", "第 {n} 页 / 共 {total} 页"),
    "confidential": ("Confidential · internal use only", "内部资料 · 注意保密"),
    "private_band": ("CONTAINS PRIVATE INFORMATION · do not forward, print only for yourself",
                     "本文件含私密信息 · 请勿转发或外传"),
    "prepared_by": ("Prepared by", "编制人"), "date": ("Date", "日期"),
    "account_owner": ("Account owner", "客户负责人"), "tier": ("Tier", "客户分级"),
    "industry": ("Industry", "行业"), "region": ("Region", "区域"),
    "status": ("Status", "状态"),
    "cover_note": ("Prepared with Key Account Planner on {date}. Judgements marked "
                   "“unconfirmed” are the account team's beliefs, not facts.",
                   "{date} 由大客户规划工具生成。标注“未确认”的判断为团队的推测，并非事实。"),
    # summary
    "summary": ("Summary", "概要"),
    "business": ("Business with the account", "业务概况"),
    "revenue_potential": ("Revenue potential", "收入潜力"),
    "current_business": ("Current business", "当前业务"),
    "open_opps": ("Open opportunities", "进行中商机"),
    "open_value": ("Open pipeline", "在跟商机金额"),
    "people_known": ("People on the map", "已知联系人"),
    "overdue_count": ("Overdue contacts", "联系超期"),
    "open_actions": ("Open actions", "未完成行动"),
    "key_risks": ("Key risks", "主要风险"),
    "no_risks": ("No risks found in the data.", "数据中未发现风险。"),
    "pipeline": ("Opportunities", "商机一览"),
    "history": ("Past projects", "历史项目"),
    "severity_high": ("High", "高"), "severity_medium": ("Medium", "中"),
    "severity_low": ("Low", "低"), "severity_info": ("Note", "提示"),
    "severity": ("Level", "级别"), "risk": ("Risk", "风险"),
    "outcome_reason": ("Why", "原因"),
    # plan: objectives, SWOT, risks
    "goals": ("Objectives, SWOT and risks", "目标、SWOT 与风险"),
    "objectives": ("Objectives", "客户目标"), "period": ("Period", "周期"),
    "target": ("Target", "目标值"), "actual": ("Actual", "实际"), "measure": ("Measure", "衡量方式"),
    "swot": ("SWOT", "SWOT 分析"), "account_risks": ("Risks", "客户风险"),
    "likelihood": ("Likelihood", "可能性"), "impact": ("Impact", "影响"),
    "mitigation": ("Mitigation", "应对措施"),
    # map
    "map": ("Stakeholder map", "客户关系图谱"),
    "map_part": ("Stakeholder map, part {i} of {n}", "客户关系图谱（第 {i} 部分，共 {n} 部分）"),
    "map_tiled": ("The map is printed over {n} pages so that names stay readable; "
                  "this page shows the whole picture.",
                  "为保证字迹清晰，图谱分 {n} 页打印；本页为全貌。"),
    "map_empty": ("No people on the map yet.", "图谱中还没有联系人。"),
    # stakeholders
    "stakeholders": ("Stakeholders", "关键人一览"),
    "person": ("Person", "姓名"), "title": ("Title", "职务"), "department": ("Department", "部门"),
    "attitude": ("Attitude", "行为倾向"), "importance": ("Importance", "重要程度"),
    "roles": ("Buying roles", "决策角色"), "last_contact": ("Last contact", "最近联系"),
    "cadence": ("Cadence", "联系频率"),
    "never": ("never", "从未联系"), "unconfirmed_mark": (" (?)", "（?）"),
    "unconfirmed_note": ("(?) = unconfirmed judgement.", "（?）= 未确认的判断。"),
    "cad_ok": ("on track", "正常"), "cad_overdue": ("overdue {d} d", "超期 {d} 天"),
    "cad_never": ("never contacted", "从未联系"), "cad_none": ("—", "—"),
    "every_days": ("every {d} d", "每 {d} 天"),
    "profiles": ("Key people", "关键人画像"),
    "profiles_intro": ("The people who matter most (importance 4–5 or a buying role), "
                       "with what they are measured on and what they want.",
                       "最重要的人（重要程度 4–5 或在决策链中），他们的考核指标和诉求。"),
    "private_notes": ("Private notes", "私密备注"),
    "personal_style": ("Personal style", "个人风格"),
    # opportunities
    "opportunity": ("Opportunity", "商机"),
    "opp_heading": ("Opportunity: {name}", "商机：{name}"),
    "decision_chain": ("Decision chain", "决策链"),
    "coverage": ("{covered} of {total} buying roles covered; {ours} people on our side.",
                 "{total} 个决策角色中已覆盖 {covered} 个；我方支持者 {ours} 人。"),
    "uncovered": ("uncovered", "空缺"),
    "role": ("Role", "角色"), "deal_attitude": ("Attitude to the deal", "对项目态度"),
    "note": ("Note", "备注"),
    "propositions": ("Value propositions", "价值主张"),
    "aimed_at": ("Aimed at", "针对"), "deliveries": ("Delivered", "传递记录"),
    "not_delivered": ("not delivered yet", "尚未传递"),
    "worked": ("worked before", "曾奏效"),
    "control_points": ("Control points", "过程控制点"),
    "tender_rules": ("Tender rules", "招投标规则"),
    "item": ("Item", "事项"), "value": ("Value", "内容"), "evidence": ("Evidence", "依据"),
    "owner": ("Owner", "负责人"), "due": ("Due", "截止"),
    "checklist_progress": ("{known} of {total} items known or confirmed; {risk} at risk.",
                           "{total} 项中已知或已确认 {known} 项；有风险 {risk} 项。"),
    "no_checklist": ("No checklist yet.", "尚无检查表。"),
    "no_checklists": ("{kinds}: no checklist yet.", "{kinds}：尚无检查表。"),
    "opp_findings": ("What the map implies", "图谱分析"),
    "stage": ("Stage", "阶段"), "expected_close": ("Expected close", "预计成交"),
    "purchase_type": ("Purchase type", "采购类型"), "procurement": ("Procurement", "采购方式"),
    "competitors": ("Competitors", "竞争对手"), "opp_value": ("Value", "金额"),
    # contacts
    "contacts": ("Contact plan", "联系计划"),
    "overdue": ("Overdue contacts", "超期未联系"),
    "no_overdue": ("Nobody is overdue.", "没有超期未联系的人。"),
    "next_moment": ("Next moment", "下一个契机"), "next_visit": ("Next visit", "下次拜访"),
    "days_since": ("Days since", "距今天数"),
    "plan_table": ("Planned cadence", "计划联系频率"),
    # visits
    "visits": ("Recent visits", "近期拜访"),
    "upcoming": ("Planned visits", "计划中的拜访"),
    "visits_done": ("Visits in the last twelve months", "近十二个月的拜访"),
    "no_visits": ("No visits in the last twelve months.", "近十二个月没有拜访。"),
    "attendees": ("Attendees", "参加人"), "purpose": ("Purpose", "目的"),
    "when": ("When", "时间"), "kind": ("Kind", "类型"), "place": ("Place", "地点"),
    "outcome_real_need": ("Real need", "真实需求"),
    "outcome_project_status": ("Project status", "项目进展"),
    "outcome_roles": ("Roles learnt", "角色判断"),
    "outcome_presented": ("Presented", "演示/沟通内容"),
    "outcome_feedback": ("Feedback", "客户反馈"),
    "outcome_next_steps": ("Next steps", "下一步"),
    "visit_notes": ("Notes", "纪要"), "private_tag": ("private", "私密"),
    "more_visits": ("{n} earlier visits are not shown.", "另有 {n} 次更早的拜访未列出。"),
    # actions
    "actions": ("Action plan", "行动计划"),
    "action": ("Action", "行动"), "about": ("About", "关联"),
    "no_actions": ("No open actions.", "没有未完成的行动。"),
    "late": ("late", "已逾期"), "done_recently": ("Done in the last 30 days", "近30天已完成"),
    # charts
    "charts": ("Relationship health", "关系健康度"),
    "chart_contacts": ("Contacts per month (last 12 months)", "每月联系次数（近12个月）"),
    "chart_visits": ("Visits", "拜访"), "chart_other": ("Calls, messages, greetings", "电话/消息/问候"),
    "chart_coverage": ("Buying roles by attitude", "决策角色及态度"),
    "chart_attitudes": ("Attitude of key people", "关键人态度分布"),
    "charts_empty": ("Nothing to chart yet: no contacts in the last 12 months, no key people "
                     "(importance 4–5) and no buying roles in the selected opportunities.",
                     "暂无可绘制的数据：近 12 个月没有联系记录，没有关键人（重要程度 4–5），"
                     "所选商机中也没有决策角色。"),
    "chart_contacts_empty": ("No visits or contacts in the last 12 months.", "近 12 个月没有拜访或联系记录。"),
    "chart_attitudes_empty": ("No key people (importance 4–5) yet.", "还没有关键人（重要程度 4–5）。"),
    "chart_coverage_empty": ("No buying roles in the selected opportunities.", "所选商机中还没有决策角色。"),
    "people_count": ("people", "人"),
    # notes
    "notes": ("Notes", "笔记"),
    # brief
    "visit": ("Visit", "拜访"), "our_people": ("Our team", "我方人员"),
    "brief_attendees": ("Who will be there", "参会人"),
    "cares_about": ("Cares about", "关注点"),
    "last_interactions": ("Last interactions", "最近互动"),
    "open_actions_brief": ("Open actions", "未完成事项"),
    "deliver": ("Value propositions to deliver", "本次要传递的价值主张"),
    "questions": ("Questions to ask", "要问的问题"),
    "ask_uncovered": ("Who holds the {role} role for this project?", "本项目的{role}是谁？"),
    "ask_unknown_attitude": ("Where does {name} stand on the project?", "{name}对项目持什么态度？"),
    "ask_checklist": ("Tender rules still unknown: {item}", "仍未掌握的招标规则：{item}"),
    "goal": ("What we want from this meeting", "本次会面目标"),
    "no_data": ("—", "—"),
    "last_visit_steps": ("Agreed last time", "上次约定"),
    # bid readiness and tender scoring (planner/deals)
    "readiness": ("Bid / no-bid readiness", "投标准备度"),
    "readiness_score": ("Readiness {score} / 100", "准备度 {score} / 100"),
    "readiness_intro": ("Each item below is scored ok (2), watch (1) or gap (0); the score is the share "
                        "of the way there. Critical items (a decider, the procurement method, the "
                        "evaluation criteria, the award rule) must not be gaps for a bid.",
                        "每项按 达标（2）、需关注（1）、缺口（0）计分，准备度为得分占满分的比例。"
                        "关键项（决策者、采购方式、评标办法、定标规则）不能有缺口，才建议投标。"),
    "area": ("Area", "方面"), "explanation": ("What we know", "说明"),
    "ready_ok": ("ok", "达标"), "ready_warn": ("watch", "需关注"), "ready_gap": ("gap", "缺口"),
    "critical": ("critical", "关键"),
    "checklist_area": ("Tender rules", "招投标规则"),
    "scoring": ("Tender scoring simulation", "评标模拟"),
    "scoring_opp": ("{name}: {title}", "{name}：{title}"),
    "price_rule": ("Price rule", "价格分规则"),
    "weights": ("Weights", "权重"),
    "weights_value": ("technical {t:g} · commercial {c:g} · price {p:g}",
                      "技术 {t:g} · 商务 {c:g} · 价格 {p:g}"),
    "technical_pass": ("Technical shortlist mark", "技术分入围线"),
    "benchmark": ("Benchmark price", "基准价"),
    "inputs": ("Inputs (scores in % of full marks)", "输入（得分为满分的百分比）"),
    "bidder": ("Bidder", "投标人"), "technical": ("Technical", "技术"),
    "commercial": ("Commercial", "商务"), "price": ("Price", "报价"),
    "price_points": ("Price pts", "价格分"), "total": ("Total", "总分"), "rank": ("Rank", "排名"),
    "us_mark": (" (us)", "（我方）"), "not_shortlisted": ("not shortlisted", "未入围"),
    "ranking": ("Predicted ranking", "预测排名"),
    "to_win": ("What it takes to win", "怎样才能中标"),
    "we_win": ("At these inputs we rank first.", "按当前输入，我方排名第一。"),
    "we_lose": ("At these inputs we do not win.", "按当前输入，我方不能中标。"),
    "price_window": ("We win at any price from {low} to {high} (other bids as they are).",
                     "在其他报价不变时，我方报价在 {low} 至 {high} 之间均可中标。"),
    "price_up_to": ("We win with any price up to {high} (other bids as they are).",
                    "在其他报价不变时，我方报价不高于 {high} 即可中标。"),
    "price_any": ("Price does not decide: we win at any price from {low}.",
                  "价格不起决定作用：报价不低于 {low} 即可中标。"),
    "price_none": ("No price wins with our current technical and commercial scores.",
                   "以当前的技术和商务得分，任何报价都无法中标。"),
    "tech_needed": ("Technical score needed to win at our price: {score:.1f}% of full marks.",
                    "按当前报价，技术分需达到满分的 {score:.1f}% 才能中标。"),
    "tech_never": ("Even full technical marks do not win at our price.",
                   "按当前报价，即使技术满分也无法中标。"),
    "chart_scoring": ("Points per bidder and our total as our price changes",
                      "各投标人得分，以及我方报价变化时的总分"),
    # whitespace, executive concerns, customer health (planner/plan)
    "whitespace": ("Whitespace", "空白点分析"),
    "whitespace_intro": ("Departments against our offerings: where we are, where a competitor is, "
                         "and where nobody has looked yet.",
                         "各部门与我方产品/服务的对照：哪里已采用我方、哪里是竞争对手、哪里还没摸清。"),
    "whitespace_counts": ("{installed} installed, {competitor} competitor, {open} open opportunities, "
                          "{unknown} unknown.",
                          "已采用 {installed} 格，竞争对手 {competitor} 格，进行中商机 {open} 格，未知 {unknown} 格。"),
    "whitespace_notes": ("Notes on the grid", "格子备注"),
    "offering": ("Offering", "产品/服务"),
    "no_whitespace": ("No departments or offerings recorded yet.", "尚未记录部门或产品目录。"),
    "concerns": ("Executive concerns", "高层关注点"),
    "concern": ("Concern", "关注点"), "message": ("Our message", "我方应对话术"),
    "no_message": ("no message yet", "尚无话术"),
    "health": ("Customer health", "客户健康度"),
    "health_score": ("Health {score} / 100", "健康度 {score} / 100"),
    "health_part": ("Part", "维度"), "score": ("Score", "得分"), "weight": ("Weight", "权重"),
    "not_counted": ("not counted", "不计入"),
    "nps_heading": ("NPS per contact", "各联系人 NPS"),
    "nps_account": ("Account NPS {now} from {n} contacts; six months ago {before}.",
                    "客户 NPS 为 {now}（{n} 位联系人）；半年前为 {before}。"),
    "latest": ("Latest", "最新评分"), "answers": ("Answers (oldest first)", "历次评分（由早到晚）"),
    "trend": ("Trend", "趋势"), "nps_category": ("Category", "类别"),
    "promoter": ("promoter", "推荐者"), "passive": ("passive", "中立者"), "detractor": ("detractor", "贬损者"),
    "tier_rationale": ("Why this tier", "分级理由"),
}


def w(key: str, lang: str, **kw: Any) -> str:
    en, zh = TEXT[key]
    text = zh if lang == "zh" else en
    return text.format(**kw) if kw else text


def paren(text: str, lang: str) -> str:
    """" (text)" in English, "（text）" in Chinese."""
    return f"（{text}）" if lang == "zh" else f" ({text})"


def v(name: str, value: Any, lang: str) -> str:
    """A vocabulary value's label (``name`` as in planner.vocab.ALL)."""
    if value in (None, ""):
        return ""
    return vocab.ALL[name].label(value, lang)


def f(field: str, lang: str) -> str:
    return labels.field_label(field, lang)


def money(value: float | None, currency: str, lang: str) -> str:
    if value is None:
        return "—"
    if lang == "zh" and currency == "CNY":
        if value >= 1e8:
            return f"{value / 1e8:,.2f} 亿元"
        if value >= 1e4:
            return f"{value / 1e4:,.0f} 万元"
        return f"{value:,.0f} 元"
    if abs(value) >= 1e6:
        return f"{currency} {value / 1e6:,.2f} m"
    return f"{currency} {value:,.0f}"


def day(d: date | datetime | str | None) -> str:
    if d is None or d == "":
        return "—"
    if isinstance(d, str):
        return d[:10]
    if isinstance(d, datetime):
        return d.strftime("%Y-%m-%d")
    return d.isoformat()


def when(d: datetime | None, lang: str) -> str:
    if d is None:
        return "—"
    return d.strftime("%Y-%m-%d %H:%M")
