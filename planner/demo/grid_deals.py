"""Demo account 1: the deals. An open-tender platform deal and a modified
rebuy, a past won pilot and a past lost tender (project history), decision
chains, value propositions, the tender-rule checklist and the six control
points. Deliberate gaps for the warnings to find: the approver of the tender
deal is a sceptic, and nobody holds the gatekeeper role on the rebuy."""

from __future__ import annotations

from planner.demo.common import Builder

# key: fields (expected_close is an offset in days from today)
OPPORTUNITIES = {
    "tender": dict(
        name="变电设备状态监测与智能巡检平台（一期）", stage="solution", value=38_000_000.0,
        expected_close=100, purchase_type="new", status="open", procurement_method="open_tender",
        competitors="华为, 南瑞",
        description="全省220kV及以上变电站设备状态监测与智能巡检平台，一期覆盖5个地市。"
                    "可研已报总经理办公会，招标公告预计{D:35}前后在电子商务平台发布，分平台软件包和前端传感器包。"),
    "rebuy": dict(
        name="主变在线监测系统扩容（二期，12座220kV站）", stage="negotiation", value=6_680_000.0,
        expected_close=45, purchase_type="modified_rebuy", status="open",
        procurement_method="competitive_negotiation", competitors="国电南自",
        description="在一期试点基础上扩容12座220kV变电站，新增油色谱、局放监测，含三年运维。控制价680万。"),
    "pilot": dict(
        name="主变在线监测系统试点（2座220kV站）", stage="closed", value=4_200_000.0,
        expected_close=-600, purchase_type="new", status="won", procurement_method="invited_tender",
        competitors="国电南自, 南瑞",
        description="两座220kV变电站主变在线监测试点。",
        outcome_reason="定向邀标3家。技术方案获运检部认可（技术分70%），罗工全程参与方案论证；"
                       "报价居中。经验：提前参与方案讨论、技术分权重高对我们有利。"),
    "idc": dict(
        name="信通机房动力环境监控改造", stage="closed", value=2_800_000.0,
        expected_close=-260, purchase_type="new", status="lost", procurement_method="open_tender",
        competitors="南瑞",
        description="省公司及2个地市信通机房动环监控改造。",
        outcome_reason="评标办法技术分仅40%，价格分按最低价基准，南瑞报价低12%中标。"
                       "我们在招标文件起草后才介入，未能影响评分权重和预算。"),
}

# opportunity, stakeholder, role, attitude to the deal, confidence, note
ROLES = (
    ("tender", "sun_om", "initiator", "supporter", "confirmed", "运检部牵头立项"),
    ("tender", "tang_sub", "user", "supporter", "likely", "变电运维室代表使用方"),
    ("tender", "cao_sub", "user", "supporter", "likely", "一线班组代表，赵总会听她的意见"),
    ("tender", "luo_om", "influencer", "champion", "confirmed", "起草技术规范书"),
    ("tender", "zhou_ce", "influencer", "champion", "likely", "技术评审把关；刘总会计师听他的"),
    ("tender", "li_na", "influencer", "champion", "confirmed", "信通部内线"),
    ("tender", "wang_it", "influencer", "sceptic", "confirmed", "倾向华为，关注数据归口"),
    ("tender", "xie_sec", "influencer", "sceptic", "unconfirmed", "担心上线安全风险"),
    ("tender", "liu_cfo", "influencer", "supporter", "likely", "效益评估会后认可测算口径"),
    ("tender", "qian_dgm", "decider", "supporter", "likely", "分管副总，要求三个月内完成可研"),
    ("tender", "zhao_gm", "approver", "sceptic", "likely", "两次提到“试点效益还没算清楚”"),
    ("tender", "lin_proc", "buyer", "neutral", "confirmed", "组织招标"),
    ("tender", "xu_proc", "gatekeeper", "neutral", "unconfirmed", "汇编招标文件，掌握评标信息"),
    ("tender", "zhang_it", "gatekeeper", "neutral", "likely", "网络安全条款和资质审查"),
    ("rebuy", "tang_sub", "initiator", "supporter", "confirmed", ""),
    ("rebuy", "cao_sub", "user", "supporter", "confirmed", ""),
    ("rebuy", "peng_sub", "user", "neutral", "unconfirmed", ""),
    ("rebuy", "luo_om", "influencer", "champion", "confirmed", "技术要求：误报率<2%"),
    ("rebuy", "gao_om", "decider", "supporter", "likely", "分管二期"),
    ("rebuy", "sun_om", "approver", "supporter", "confirmed", ""),
    ("rebuy", "lin_proc", "buyer", "neutral", "confirmed", "主持竞争性谈判"),
)

# key, opportunity, title, text, worked, in library, targets
PROPOSITIONS = (
    ("early", "tender", "缺陷早发现：非计划停运降低30%",
     "试点两座站12个月数据：主变缺陷平均提前21天发现，非计划停运降低30%，每年减少停电损失约310万元。",
     True, True, ("qian_dgm", "zhao_gm", "sun_om", "liu_cfo")),
    ("tco", "tender", "五年总成本低18%，投资分年平滑",
     "按里程碑分两期付款，软件与硬件分开列支；五年全生命周期成本比同类方案低18%，投资回收期3.2年。",
     False, False, ("liu_cfo", "chen_fin", "zhao_gm")),
    ("platform", "tender", "原生对接数据中台，数据归口信通部",
     "部署在省公司私有云，设备台账与告警数据按中台标准入湖，等保三级，国产化适配。",
     False, False, ("wang_it", "zhang_it")),
    ("seamless", "rebuy", "与一期无缝扩容，零切换成本",
     "二期沿用一期平台和接口，统一运维，一线无需重新培训。", True, False, ("gao_om", "lin_proc")),
    ("service", "rebuy", "本地驻场，2小时响应",
     "省内驻场团队，故障2小时到场，三年运维含在报价内。", True, False, ("tang_sub", "cao_sub")),
)

# section, label, status, value, evidence, owner, due (offset or None)
TENDER_RULES = (
    ("采购方式", "采购方式", "confirmed", "公开招标（电子商务平台）", "林涛{M:-92}确认：单项超400万须公开招标", "陈晓", None),
    ("采购方式", "是否分包", "known", "预计分平台软件包、前端传感器包", "{M:-12}晚宴时李娜透露", "陈晓", 14),
    ("评标标准", "技术分 / 商务分 / 价格分权重", "known", "技术分 60%，商务分 10%，价格分 30%", "{M:-12}晚宴时李娜透露，需书面确认", "陈晓", 10),
    ("评标标准", "技术评分细项及分值", "unknown", "", "已向罗工提交细项建议，未见定稿", "周鹏", 7),
    ("评标标准", "同类业绩要求", "known", "近三年省级电网同类业绩不少于2个", "罗工起草规范书时征求我方意见", "周鹏", None),
    ("评标标准", "评标专家构成", "unknown", "省公司专家库随机抽取，运检与信通比例不明", "", "陈晓", 20),
    ("中标标准", "技术入围规则（N进M）", "unknown", "据说“7进3”，未确认", "徐婷{M:-12}口头提及", "陈晓", -3),
    ("中标标准", "是否最低价中标", "confirmed", "否，综合评分法；价格分按基准价法", "采购中心公开的评标办法模板", "陈晓", None),
    ("中标标准", "商务入围及最高限价", "unknown", "", "", "陈晓", 21),
    ("时间节点", "招标公告发布时间", "known", "预计{D:35}前后", "徐婷{D:-5}口头告知", "陈晓", None),
    ("时间节点", "投标截止与开标时间", "unknown", "公告后不少于20天", "", "陈晓", 35),
    ("资格与保证金", "投标保证金", "confirmed", "80万元，电汇或银行保函", "徐婷{D:-5}告知；往期招标文件一致", "赵敏", 30),
    ("资格与保证金", "资质要求", "known", "等保三级测评报告、电力行业信息系统集成资质", "张伟{M:-152}会谈时提出", "周鹏", None),
)

# the six control points: section, label, status, value, evidence
CONTROL_POINTS = (
    ("招标前", "方案交流：客户与我方讨论方案的时间最多", "under_control",
     "近半年技术交流与演示6次，华为约2次", "拜访记录"),
    ("招标前", "预算设定：客户设定预算时征求我方意见", "under_control",
     "冯丽按我方提供的估算模板编制投资计划", "{M:-145}发策部会谈"),
    ("招标前", "标书起草：客户起草招标文件时咨询我方", "at_risk",
     "罗工采纳了部分技术要求，但信通部在加入华为生态相关条款", "{M:-40}运检部会谈"),
    ("招标", "采购方式与招标规则", "under_control",
     "公开招标，综合评分法", "物资部确认"),
    ("招标", "评标标准：评分项和分值体现我方优势", "at_risk",
     "技术分60%未书面确认；技术细项未定稿", "李娜私下透露"),
    ("招标", "中标标准：技术入围与定标规则", "unknown", "“7进3”未确认", ""),
)


def add(b: Builder, account: str) -> None:
    sh = lambda k: b.id("stakeholder", k)  # noqa: E731
    for key, fields in OPPORTUNITIES.items():
        values = dict(fields, account_id=account, owner="陈晓",
                      expected_close=b.day(fields["expected_close"]))
        b.add("opportunity", key, values)
    for opp, who, role, attitude, confidence, note in ROLES:
        b.add("decision_role", f"{opp}:{who}:{role}", {
            "opportunity_id": b.id("opportunity", opp), "stakeholder_id": sh(who),
            "role": role, "attitude": attitude, "confidence": confidence, "note": note})
    for key, opp, title, text, worked, library, targets in PROPOSITIONS:
        vp = b.add("value_proposition", key, {
            "account_id": account, "opportunity_id": b.id("opportunity", opp),
            "title": title, "text": text, "worked": worked, "in_library": library})
        for who in targets:
            b.add("proposition_target", f"{key}:{who}", {"proposition_id": vp, "stakeholder_id": sh(who)})
    tender = b.id("opportunity", "tender")
    rules = b.add("checklist", "tender_rules", {
        "opportunity_id": tender, "kind": "tender_rules", "title": "公开招标规则"})
    for n, (section, label, status, value, evidence, owner, due) in enumerate(TENDER_RULES):
        b.add("checklist_item", f"tender_rules:{n}", {
            "checklist_id": rules, "position": n, "section": section, "label": label,
            "status": status, "value": value, "evidence": evidence, "owner": owner,
            "due_date": b.day(due) if due is not None else None})
    points = b.add("checklist", "control_points", {
        "opportunity_id": tender, "kind": "control_points", "title": "项目过程控制点"})
    for n, (section, label, status, value, evidence) in enumerate(CONTROL_POINTS):
        b.add("checklist_item", f"control_points:{n}", {
            "checklist_id": points, "position": n, "section": section, "label": label,
            "status": status, "value": value, "evidence": evidence, "owner": "陈晓"})
