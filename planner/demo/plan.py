"""Demo data for the account plan (issue 10): the shared offering catalogue
and, for each demo account, objectives with their actions, the SWOT,
whitespace, the messages for the executives' concerns, NPS answers, risks and
the tier rationale. Chinese for the grid company, English for Northwind."""

from __future__ import annotations

from typing import Any

from planner.demo.common import Builder, demo_id
from planner.models import Offering
from planner.plan.whitespace import cell_id

# key, name, description (the catalogue is shared by every account)
OFFERINGS = (
    ("monitoring", "Online monitoring · 在线监测", "Transformer / switchgear condition monitoring"),
    ("inspection", "Inspection platform · 智能巡检", "Robots, cameras and the inspection software"),
    ("power", "Power quality · 电能质量", "Power quality and critical power (UPS, generators)"),
    ("hvac", "HVAC & environment · 暖通环境", "Plant rooms, data centres, theatres"),
    ("analytics", "Asset analytics · 资产分析", "Health indices and maintenance planning"),
    ("service", "O&M service · 运维服务", "On-site engineers and a yearly service plan"),
)

PLAN: dict[str, dict[str, Any]] = {
    "grid": {
        "tier": {"strategic_value": 5, "reference_value": 5, "tier_rationale": (
            "省级电网公司，收入潜力约8000万，是公司“智能运检”战略的标杆客户。样板价值高：方案可在全省11个"
            "地市复制，并可带动兄弟省公司。试点成功但高层关系尚弱，保持S级、投入总经理层面的关系。")},
        # key, kind, title, target, actual, measure, owner, due offset, status
        "objectives": (
            ("revenue", "revenue", "年度签约额达到3000万元", 30_000_000.0, 11_500_000.0,
             "已签合同额（含二期扩容），按合同签订日计", "陈晓", 120, "on_track"),
            ("wallet", "share_of_wallet", "智能运检投资中我方份额达到40%", 40.0, 15.0,
             "我方合同额 / 该公司运检数字化年度投资（%）", "陈晓", 200, "at_risk"),
            ("sponsor", "relationship", "总经理层面建立高层支持", None, None,
             "赵总参加样板参观，并在办公会上表态支持平台项目", "王立新", 45, "at_risk"),
            ("safety", "relationship", "重建安监部关系", None, None,
             "谢主任认可安全上线方案，不在评审中提出否决意见", "陈晓", 30, "on_track"),
        ),
        # existing demo actions that serve an objective
        "links": (("a15", "sponsor"), ("a10", "sponsor"), ("a17", "safety"), ("a07", "safety"),
                  ("a09", "revenue"), ("a12", "wallet"), ("a16", "wallet")),
        # key, objective, stakeholder, title, owner, due offset, done offset or None
        "actions": (
            ("o1", "revenue", "lin_proc", "二期合同签订（648万）", "陈晓", 14, None),
            ("o2", "revenue", "sun_om", "梳理明年技改计划中的监测需求清单", "周鹏", 40, None),
            ("o3", "wallet", "feng_plan", "取得运检数字化三年投资规划（公开口径）", "陈晓", -6, None),
            ("o4", "sponsor", "wu_office", "通过吴静确认赵总参观样板的日程", "王立新", 7, None),
            ("o5", "sponsor", "zhao_gm", "准备赵总版一页纸效益摘要", "吴海", -30, -31),
            ("o6", "safety", "xie_sec", "改约谢主任汇报安全上线方案", "周鹏", 9, None),
        ),
        # quadrant, text, evidence (kind, key) or None
        "swot": (
            ("strength", "试点效果好：两座220kV站提前21天发现主变缺陷", ("visit", "v01")),
            ("strength", "运检部和信通部都有教练（罗建平、李娜）", ("stakeholder", "luo_om")),
            ("strength", "本地驻场服务，响应快，变电运维室满意", ("stakeholder", "tang_sub")),
            ("weakness", "总经理层面关系薄弱，赵总仍要求把效益算清楚", ("stakeholder", "zhao_gm")),
            ("weakness", "信通部主任王军倾向华为，关注数据归口", ("note", "wang_it")),
            ("weakness", "价格高于南瑞约10%", ("note", "lost_review")),
            ("opportunity", "智能巡检平台一期约3800万即将公开招标", ("note", "budget")),
            ("opportunity", "数字化转型是省公司“十四五”重点，钱总分管推动", ("stakeholder", "qian_dgm")),
            ("opportunity", "二期扩容12座站进入竞争性谈判", ("note", "rebuy_budget")),
            ("threat", "华为与信通部合作基础深，可能影响评分标准", ("note", "competition")),
            ("threat", "南瑞系统内背景、价格优势，机房动环项目曾赢我们", ("note", "lost_review")),
            ("threat", "省公司压减投资规模，新增投资审批趋严", ("note", "zhao_gm")),
        ),
        # department, offering, state, opportunity key or None, note
        "whitespace": (
            ("om", "monitoring", "installed", None, "两座220kV站试点"),
            ("substation", "monitoring", "open_opportunity", "rebuy", "二期12座站"),
            ("om", "inspection", "open_opportunity", "tender", "平台一期"),
            ("substation", "inspection", "open_opportunity", "tender", ""),
            ("substation", "service", "installed", None, "驻场服务"),
            ("om", "power", "competitor", None, "南瑞"),
            ("ict", "hvac", "competitor", None, "南瑞：机房动环项目"),
            ("ict", "analytics", "competitor", None, "华为：数据中台"),
            ("planning", "analytics", "unknown", None, ""),
            ("finance", "monitoring", "no_need", None, ""),
            ("finance", "inspection", "no_need", None, ""),
            ("materials", "service", "no_need", None, ""),
            ("safety", "inspection", "unknown", None, "安监部是否需要现场作业监控？"),
            ("om", "analytics", "open_opportunity", None, "设备健康指数，待立项"),
        ),
        "concerns": {
            "zhao_gm": "试点两站一年避免2次主变非计划停运，按停电损失口径投入产出约1:4；先在5座站见效再推广。",
            "sun_chair": "分两年投入，运维费走成本预算，不增加当年资本性支出压力。",
            "qian_dgm": "设备状态全面感知是“十四五”数字化转型的落地抓手；数据入中台，由信通部统一管理。",
            "li_dgm": "平台模块化部署，三个月上线首批站点，效果不达标可随时停止扩展。",
            "liu_cfo": "效益按可计量的停电损失计算；与竞品的投资对比按公开可比口径。",
        },
        # stakeholder, (day offset, score, comment), ...
        "nps": (
            ("sun_om", (-200, 8, "希望误报再少一些"), (-20, 9, "")),
            ("luo_om", (-200, 9, ""), (-20, 10, "推荐给兄弟单位")),
            ("tang_sub", (-200, 7, "服务响应还可以"), (-20, 9, "驻场工程师很专业")),
            ("li_na", (-200, 9, ""), (-20, 9, "")),
            ("wang_it", (-200, 4, "担心数据安全"), (-20, 6, "接口验证后有改观")),
            ("chen_fin", (-200, 5, "投资测算偏乐观"), (-20, 7, "")),
            ("zhou_ce", (-200, 9, ""), (-20, 10, "")),
            ("lin_proc", (-200, 6, "报价偏高"), (-20, 7, "")),
            ("qian_dgm", (-20, 8, "要看全面推广的效果")),
        ),
        # key, title, likelihood, impact, mitigation, owner, status
        "risks": (
            ("huawei", "华为借信通部影响评分标准，技术分向平台生态倾斜", 4, 5,
             "通过罗工和周总工影响技术评分细项；请杨帆出具数据入中台的接口验证意见", "陈晓", "open"),
            ("gm", "赵总对新增投资谨慎，可研被推迟", 3, 5, "第三方口径效益评估；邀请赵总参观样板", "王立新", "open"),
            ("price", "价格分按最低价基准，南瑞报价更低", 3, 4, "争取技术分不低于60%；准备分期报价方案", "陈晓", "open"),
            ("safety", "安监部新主任对上线安全有顾虑", 2, 3, "提交安全上线方案和应急预案", "周鹏", "mitigated"),
        ),
    },
    "northwind": {
        "tier": {"strategic_value": 4, "reference_value": 4, "tier_rationale": (
            "Three acute hospitals; revenue potential about £1.2M over five years. A win makes us the "
            "reference for condition monitoring in NHS trusts across the North West. Tier A, not S: "
            "one deal, and Finance may delay it a year.")},
        "objectives": (
            ("win", "revenue", "Win the three-site monitoring contract", 640_000.0, 0.0,
             "Signed contract value (GBP)", "Emma Clarke", 150, "on_track"),
            ("cfo", "relationship", "Finance on side: the CFO accepts the risk-cost case", None, None,
             "David Okafor agrees the savings breakdown before the board meets", "Emma Clarke", 40, "at_risk"),
            ("wallet", "share_of_wallet", "60% of the estates monitoring spend with us", 60.0, 25.0,
             "Our contracts / estates monitoring spend per year (%)", "Emma Clarke", 300, "on_track"),
        ),
        "links": (("x3", "cfo"), ("x4", "win")),
        "actions": (
            ("o1", "cfo", "okafor", "Risk-cost workshop with David Okafor and Helen Marsh", "Emma Clarke", 10, None),
            ("o2", "win", "evans", "Confirm the framework lot and the quality/price split", "Emma Clarke", -2, None),
            ("o3", "wallet", "patel", "Map the monitoring contracts at Northgate and St Anne's", "Raj Mehta", 30, None),
        ),
        "swot": (
            ("strength", "Riverside power monitoring works: four early faults found last year", ("visit", "e1")),
            ("strength", "James Patel is a strong champion with a board-level need", ("stakeholder", "patel")),
            ("weakness", "No relationship with the Chief Executive", ("stakeholder", "whitfield")),
            ("weakness", "Small team: one solutions engineer for three sites", None),
            ("opportunity", "The theatre outage put critical infrastructure on the board's agenda", ("note", "outage")),
            ("opportunity", "An opex subscription fits the no-capital rule", ("visit", "e4")),
            ("threat", "CFO sceptical: 'what if we do nothing for a year?'", ("stakeholder", "okafor")),
            ("threat", "Framework mini-competition favours incumbents (Schneider)", None),
        ),
        "whitespace": (
            ("estates", "power", "installed", None, "Riverside site"),
            ("estates", "hvac", "open_opportunity", "monitoring", "Theatre HVAC, three sites"),
            ("estates", "monitoring", "open_opportunity", "monitoring", ""),
            ("estates", "service", "competitor", None, "Schneider maintenance contract"),
            ("estates", "analytics", "unknown", None, ""),
            ("finance", "analytics", "unknown", None, ""),
            ("finance", "power", "no_need", None, ""),
            ("board", "inspection", "no_need", None, ""),
        ),
        "concerns": {
            "whitfield": "A subscription protects the financial recovery plan: no capital, a predictable monthly cost.",
            "okafor": "Five-year subscription: no capital line, fixed revenue cost, break clause after year two.",
            "marsh": "Live at the first site in eight weeks; add sites as elective recovery needs them.",
        },
        "nps": (
            ("patel", (-220, 8, "Good kit, slow reports"), (-30, 9, "")),
            ("reilly", (-220, 7, ""), (-30, 8, "Mobile alerts help the team")),
            ("marsh", (-60, 7, "")),
            ("okafor", (-25, 5, "Not convinced on value for money")),
        ),
        "risks": (
            ("capital", "CFO blocks the business case: no capital this year", 4, 5,
             "Opex subscription; risk cost of an outage in numbers", "Emma Clarke", "open"),
            ("framework", "Framework mini-competition favours the incumbent", 3, 4,
             "Agree the quality/price split with Procurement before the RFP", "Raj Mehta", "open"),
            ("champion", "Our champion's contract is interim and may end", 2, 4,
             "Build a second line to Helen Marsh and Tom Reilly", "Emma Clarke", "open"),
        ),
    },
}


def add_offerings(b: Builder) -> dict[str, str]:
    """The shared catalogue, created by whichever demo account comes first."""
    ids = {}
    for position, (key, name, description) in enumerate(OFFERINGS):
        ids[key] = demo_id(f"catalogue/offering/{key}")
        if b.writer.session.get(Offering, ids[key]) is None:
            b.writer.create("offering", {"name": name, "description": description, "position": position},
                            record_id=ids[key])
    return ids


def add(b: Builder, account: str) -> None:
    """The plan of the demo account built by ``b`` (its prefix picks the data)."""
    plan = PLAN.get(b.prefix)
    if plan is None:
        return
    w = b.writer
    offerings = add_offerings(b)
    w.update("account", account, plan["tier"])
    period = f"FY{b.today.year}"
    for key, kind, title, target, actual, measure, owner, due, status in plan["objectives"]:
        b.add("objective", key, {"account_id": account, "period": period, "kind": kind, "title": title,
                                 "target": target, "actual": actual, "measure": measure, "owner": owner,
                                 "due_date": b.day(due), "status": status})
    for action, objective in plan["links"]:
        w.update("action_item", b.id("action_item", action), {"objective_id": b.id("objective", objective)})
    for key, objective, who, title, owner, due, done in plan["actions"]:
        b.add("action_item", f"objective:{key}", {
            "account_id": account, "objective_id": b.id("objective", objective),
            "stakeholder_id": b.id("stakeholder", who), "title": title, "owner": owner,
            "due_date": b.day(due), "done": done is not None,
            "done_on": b.day(done) if done is not None else None, "source": "objective"})
    for n, (quadrant, text, evidence) in enumerate(plan["swot"]):
        values = {"account_id": account, "quadrant": quadrant, "text": text, "position": n}
        if evidence is not None:
            values[f"{evidence[0]}_id"] = b.id(*evidence)
        b.add("swot_entry", str(n), values)
    for dep, off, state, opp, note in plan["whitespace"]:
        department = b.id("department", dep)
        w.create("whitespace_cell", {
            "account_id": account, "department_id": department, "offering_id": offerings[off],
            "state": state, "opportunity_id": b.id("opportunity", opp) if opp else None, "note": note},
            record_id=cell_id(department, offerings[off]))
    for who, message in plan["concerns"].items():
        w.update("stakeholder", b.id("stakeholder", who), {"concern_message": message})
    for who, *answers in plan["nps"]:
        for offset, score, comment in answers:
            b.add("nps_score", f"{who}:{offset}", {"stakeholder_id": b.id("stakeholder", who),
                                                   "scored_on": b.workday(offset), "score": score,
                                                   "comment": comment})
    for key, title, likelihood, impact, mitigation, owner, status in plan["risks"]:
        b.add("risk", key, {"account_id": account, "title": title, "likelihood": likelihood,
                            "impact": impact, "mitigation": mitigation, "owner": owner, "status": status})
