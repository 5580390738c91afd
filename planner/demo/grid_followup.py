"""Demo account 1: what followed the visits. Deliveries of the value
propositions, notes (one private), action items (some done, some overdue),
the contact plan and a few contacts outside visits."""

from __future__ import annotations

from planner.demo.common import Builder
from planner.demo.grid_visits import DONE, OTHER

# proposition, stakeholder, visit key or day offset, channel, reaction, note
DELIVERIES = (
    ("early", "sun_om", "v01", "meeting", "positive", "孙主任在会上复述了“提前21天”"),
    ("early", "qian_dgm", "v07", "meeting", "positive", "钱总要求把这个数字写进可研"),
    ("early", "zhou_ce", "v08", "reference_visit", "positive", "样板单位用户现身说法"),
    ("early", "zhao_gm", "v21", "meeting", "neutral", "赵总要求把效益算清楚"),
    ("early", "liu_cfo", "v22", "meeting", "positive", "认可效益计算口径"),
    ("tco", "chen_fin", "v09", "meeting", "negative", "认为测算假设偏乐观"),
    ("tco", "he_fin", -60, "email", "neutral", "发送修改后的测算表供核对"),
    ("tco", "liu_cfo", "v15", "meeting", "positive", "“账算得比上次实在”"),
    ("platform", "wang_it", "v04", "meeting", "negative", "“华为的方案天然就在我们的云上”"),
    ("platform", "wang_it", "v13", "meeting", "neutral", "认可数据入中台，仍提华为生态"),
    ("platform", "zhang_it", "v13", "meeting", "positive", ""),
    ("platform", "wang_it", "v18", "demo", "neutral", "“比我想象的好”"),
    ("seamless", "gao_om", "v10", "meeting", "positive", ""),
    ("seamless", "lin_proc", "v16", "meeting", "neutral", "只关心控制价"),
    ("service", "tang_sub", "v20", "meeting", "positive", "对驻场服务很满意"),
    ("service", "cao_sub", -50, "call", "positive", ""),
)

# key, account/opportunity/stakeholder/visit link, title, body, private
NOTES = (
    ("org", None, "组织与人事变动",
     "{M:-90}财务部副主任马骏调任省公司财务部，工作由何雪分担；原安监部主任叶青{M:-150}退休，"
     "谢东接任。两位都对我们比较友好，需要重建安监部关系。", False),
    ("budget", ("opportunity", "tender"), "平台项目预算口径",
     "智能运检专项预算约4000万，分两年：一期3800万（软件1200万、传感器及终端1800万、实施800万）。"
     "运维费不进资本性预算，需单独走成本预算。预算由发策部冯丽编制、财务部何雪审核。", False),
    ("competition", ("opportunity", "tender"), "竞争态势",
     "华为：方案大而全，与信通部有合作基础，王军倾向。南瑞：系统内背景，价格有优势，去年机房动环项目赢了我们。"
     "我方优势：试点效果、落地速度、本地服务。", False),
    ("rebuy_budget", ("opportunity", "rebuy"), "二期预算控制价",
     "二期控制价680万（含三年运维），预算已在今年技改计划中批复。第二轮报价目标648万。", False),
    ("lost_review", ("opportunity", "idc"), "丢单复盘：机房动环项目",
     "丢单原因：评标办法技术分仅40%，价格分按最低价基准，南瑞报价低12%。教训：必须在招标文件起草前"
     "影响评分权重，预算设定阶段就要介入。", False),
    ("wang_it", ("stakeholder", "wang_it"), "王军的顾虑",
     "核心是信通部对数据的归口管理和安全责任。与华为的合作源于调度数据网项目。打法：不正面对抗，"
     "强调数据入中台、由信通部统一管理，请杨帆出具接口验证意见。", False),
    ("zhao_gm", ("stakeholder", "zhao_gm"), "赵总画像补充",
     "运行出身，当过500kV变电站站长，重视一线意见。近期省公司压投资规模，赵总对新增投资和预算追加非常谨慎。", False),
    ("minutes_v21", ("visit", "v21"), "总经理拜访纪要（已发吴静）",
     "1. 赵总要求对试点效益做第三方口径评估；2. 可研待办公会再议；3. 我方邀请赵总参观样板，赵总未当场答复。", False),
    ("minutes_v22", ("visit", "v22"), "效益评估会纪要",
     "刘总会计师认可停电损失口径；何雪核对预算数据无误；终稿按刘总意见补充与竞品方案的投资对比。", False),
    ("compliance", ("stakeholder", "zhou_ce"), "合规提醒（仅本人）",
     "周总工与刘总会计师的私人关系信息来自私下交流，只限本人掌握，任何对外材料和周报中都不得引用。", True),
)

# key, visit key or None, opportunity, stakeholder, title, owner, due offset, done offset or None, source
ACTIONS = (
    ("a01", "v01", "rebuy", "sun_om", "提交试点误报分析和移动端告警方案", "周鹏", -164, -166, "visit"),
    ("a02", "v05", "tender", "feng_plan", "向冯丽提供投资估算模板和同类项目造价参考", "陈晓", -138, -139, "visit"),
    ("a03", "v09", "tender", "chen_fin", "修改TCO测算，效益拆成可计量的停电损失", "周鹏", -101, -103, "visit"),
    ("a04", "v13", "tender", "zhang_it", "提交安全技术白皮书给张伟", "周鹏", -75, -76, "visit"),
    ("a05", "v14", "tender", "wang_it", "提供自主可控说明和国产化适配清单", "吴海", -64, -66, "visit"),
    ("a06", "v15", "tender", "liu_cfo", "准备与竞品方案的投资对比（公开可比口径）", "陈晓", -60, -58, "visit"),
    ("a07", "v17", "tender", "xie_sec", "提供安全上线方案和应急预案给谢主任", "周鹏", -20, None, "visit"),
    ("a08", "v19", "tender", "luo_om", "提交技术评分细项建议给罗工", "周鹏", -10, None, "visit"),
    ("a09", "v20", "rebuy", "lin_proc", "内部审批二期第二轮报价", "陈晓", -28, -29, "visit"),
    ("a10", "v21", "tender", "zhao_gm", "完成第三方口径的试点效益评估", "吴海", -20, -21, "visit"),
    ("a11", "v22", "tender", "liu_cfo", "按刘总意见修改效益评估终稿", "周鹏", 1, None, "visit"),
    ("a12", "v23", "tender", "xu_proc", "书面渠道确认评分权重（技术60/商务10/价格30）", "陈晓", 10, None, "visit"),
    ("a13", "v23", "tender", "xu_proc", "确认技术入围规则是否“7进3”", "陈晓", -3, None, "visit"),
    ("a14", "v24", "tender", None, "准备投标保证金80万（银行保函）", "赵敏", 30, None, "visit"),
    ("a15", None, "tender", "zhao_gm", "请钱总出面邀请赵总参观样板", "王立新", 2, None, "decision_chain"),
    ("a16", None, "tender", "luo_om", "通过罗工影响技术分权重，争取不低于60%", "陈晓", 5, None, "control_point"),
    ("a17", None, "tender", "han_sec", "重建安监部关系：约韩冰了解谢主任的顾虑", "陈晓", -4, None, "manual"),
)

# stakeholder, cadence days, next moment, note
CONTACT_PLANS = (
    ("zhao_gm", 60, "样板参观（{D:16}）", "通过钱总和吴静安排，不越级频繁打扰"),
    ("qian_dgm", 30, "办公会汇报前", "每月至少一次当面沟通"),
    ("liu_cfo", 45, "年度预算编制启动前", "经周总工安排，材料要短、数字要实"),
    ("zhou_ce", 21, "下一个节日问候", "技术交流为主，保持私下联系"),
    ("sun_om", 14, "规范书定稿", ""),
    ("li_na", 14, "招标公告发布前", "通过罗工约更自然"),
    ("luo_om", 14, "规范书定稿", "每周微信沟通"),
    ("wang_it", 30, "接口验证意见出具后", "以专业交流为主"),
    ("lin_proc", 21, "二期签约", ""),
    ("xu_proc", 30, "招标公告发布前", ""),
    ("chen_fin", 45, "年度预算编制启动前", ""),
    ("xie_sec", 30, "样板参观（{D:16}）", "上次会议被取消，需要改约"),
)

# stakeholder, day offset, channel, kind, note
CONTACT_LOG = (
    ("li_na", -9, "message", "social", "微信沟通招标文件进展"),
    ("zhou_ce", -15, "call", "professional", "请周总工审阅效益评估初稿"),
    ("qian_dgm", -40, "message", "greeting", "节日问候"),
    ("luo_om", -37, "email", "professional", "发送同类项目技术规范参考"),
    ("wang_it", -20, "email", "professional", "发送国产化适配清单"),
    ("lin_proc", -2, "call", "professional", "确认二期合同谈判时间"),
    ("ye_sec", -45, "call", "social", "看望退休的叶主任，了解谢主任的风格"),
)


def add(b: Builder, account: str) -> None:
    sh = lambda k: b.id("stakeholder", k)  # noqa: E731
    visit_day = {v[0]: b.workday(v[1]) for v in (*DONE, *OTHER)}
    for n, (prop, who, when, channel, reaction, note) in enumerate(DELIVERIES):
        from_visit = isinstance(when, str)
        b.add("proposition_delivery", f"{prop}:{n}", {
            "proposition_id": b.id("value_proposition", prop), "stakeholder_id": sh(who),
            "visit_id": b.id("visit", when) if from_visit else None,
            "delivered_on": visit_day[when] if from_visit else b.workday(when),
            "channel": channel, "reaction": reaction, "note": note})
    for key, link, title, body, private in NOTES:
        values = {"account_id": account, "title": title, "body": body, "private": private}
        if link is not None:
            values[f"{link[0]}_id"] = b.id(*link)
        b.add("note", key, values)
    for key, visit, opp, who, title, owner, due, done, source in ACTIONS:
        b.add("action_item", key, {
            "account_id": account, "opportunity_id": b.id("opportunity", opp),
            "visit_id": b.id("visit", visit) if visit else None,
            "stakeholder_id": sh(who) if who else None, "title": title, "owner": owner,
            "due_date": b.day(due), "done": done is not None,
            "done_on": b.day(done) if done is not None else None, "source": source})
    for who, cadence, moment, note in CONTACT_PLANS:
        b.add("contact_plan", who, {"stakeholder_id": sh(who), "cadence_days": cadence,
                                    "next_moment": moment, "note": note})
    for n, (who, offset, channel, kind, note) in enumerate(CONTACT_LOG):
        b.add("contact_log", f"{who}:{n}", {
            "stakeholder_id": sh(who), "contacted_on": b.workday(offset),
            "channel": channel, "kind": kind, "note": note})

