"""Controlled vocabularies of the domain, with English and Chinese labels.

Values are stored as the English keys; labels are for people. Reports choose
the language explicitly (a PDF in Chinese from an English interface), so these
labels live in the core rather than in Qt translation files.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass


@dataclass(frozen=True)
class Vocab:
    name: str
    entries: tuple[tuple[str, str, str], ...]  # (value, English, Chinese)

    @functools.cached_property  # (frozen dataclasses allow it: it writes __dict__ directly)
    def values(self) -> tuple[str, ...]:
        return tuple(v for v, _, _ in self.entries)

    @functools.cached_property
    def _value_set(self) -> frozenset[str]:
        return frozenset(self.values)

    def label(self, value: str, lang: str = "en") -> str:
        for v, en, zh in self.entries:
            if v == value:
                return zh if lang.startswith("zh") else en
        return value

    def __contains__(self, value: object) -> bool:
        try:
            return value in self._value_set
        except TypeError:  # unhashable
            return False


TIER = Vocab("tier", (
    ("S", "S – strategic", "S – 战略客户"),
    ("A", "A – important", "A – 重要客户"),
    ("B", "B – normal", "B – 普通客户"),
    ("C", "C – normal", "C – 一般客户"),
))
ACCOUNT_STATUS = Vocab("account_status", (
    ("active", "Active", "活跃"), ("prospect", "Prospect", "潜在"), ("dormant", "Dormant", "休眠"),
))
ATTITUDE = Vocab("attitude", (
    ("champion", "Champion", "支持者（教练）"),
    ("supporter", "Supporter", "支持"),
    ("neutral", "Neutral", "中立"),
    ("sceptic", "Sceptic", "怀疑"),
    ("opponent", "Opponent", "反对"),
    ("unknown", "Unknown", "未知"),
))
INTERACTION = Vocab("interaction", (
    ("none", "None yet", "尚无交往"), ("occasional", "Occasional", "偶尔"),
    ("regular", "Regular", "经常"), ("frequent", "Frequent", "频繁"),
))
CONFIDENCE = Vocab("confidence", (
    ("confirmed", "Confirmed", "已确认"),
    ("likely", "Likely", "较可信"),
    ("unconfirmed", "Unconfirmed", "未确认"),
))
EXECUTIVE_CONCERN = Vocab("executive_concern", (
    ("", "—", "—"),
    ("operating_resources", "Return on operating resources", "经营资源投入"),
    ("business_flexibility", "Business flexibility", "业务灵活性"),
    ("financial_sustainability", "Sustainable, smooth spending", "财务资源可持续"),
    ("digital_transformation", "Digital transformation", "数字化转型"),
))
STAKEHOLDER_STATUS = Vocab("stakeholder_status", (
    ("active", "Active", "在职"), ("left", "Left", "已离开"),
))
RELATIONSHIP_KIND = Vocab("relationship_kind", (
    ("reports_to", "Reports to", "上下级"),
    ("influences", "Influences", "影响"),
    ("conflict", "Conflict with", "冲突"),
    ("informal", "Informal", "私交"),
))
STAGE = Vocab("stage", (
    ("lead", "Lead", "线索"), ("qualified", "Qualified", "已确认需求"),
    ("solution", "Solution", "方案"), ("tender", "Tender", "招投标"),
    ("negotiation", "Negotiation", "商务谈判"), ("closed", "Closed", "已结束"),
))
PURCHASE_TYPE = Vocab("purchase_type", (
    ("new", "New purchase", "首次采购"),
    ("modified_rebuy", "Modified rebuy", "调整复购"),
    ("straight_rebuy", "Straight rebuy", "直接复购"),
))
OPPORTUNITY_STATUS = Vocab("opportunity_status", (
    ("open", "Open", "进行中"), ("won", "Won", "赢单"),
    ("lost", "Lost", "丢单"), ("dropped", "Dropped", "放弃"),
))
PROCUREMENT_METHOD = Vocab("procurement_method", (
    ("unknown", "Unknown", "未知"),
    ("single_source", "Single source", "单一来源"),
    ("invited_tender", "Invited tender", "定向邀标"),
    ("open_tender", "Open tender", "公开招标"),
    ("competitive_negotiation", "Competitive negotiation", "竞争性谈判"),
    ("private_rfp", "Private-company RFP", "企业询价/RFP"),
))
BUYING_ROLE = Vocab("buying_role", (
    ("initiator", "Initiator", "发起者"), ("user", "User", "使用者"),
    ("influencer", "Influencer", "影响者"), ("decider", "Decider", "决策者"),
    ("approver", "Approver", "批准者"), ("buyer", "Buyer", "采购者"),
    ("gatekeeper", "Gatekeeper", "把关者"),
))
CHANNEL = Vocab("channel", (
    ("meeting", "Meeting", "会议"), ("demo", "Demo", "演示"), ("email", "E-mail", "邮件"),
    ("reference_visit", "Reference visit", "样板参观"), ("event", "Event", "活动"),
    ("call", "Call", "电话"), ("message", "Message", "消息"),
))
REACTION = Vocab("reaction", (
    ("positive", "Positive", "积极"), ("neutral", "Neutral", "一般"),
    ("negative", "Negative", "消极"), ("unknown", "Unknown", "未知"),
))
VISIT_KIND = Vocab("visit_kind", (
    ("meeting", "Meeting", "会谈"), ("demo", "Demo", "演示"),
    ("expert_session", "Expert session", "专家交流"), ("training", "Training", "培训"),
    ("reference_visit", "Reference visit", "样板参观"),
    ("site_visit_to_us", "Visit to our site", "来访考察"),
    ("dinner", "Dinner / social", "宴请/社交"), ("call", "Call", "电话"),
))
VISIT_STATUS = Vocab("visit_status", (
    ("planned", "Planned", "计划中"), ("done", "Done", "已完成"),
    ("cancelled", "Cancelled", "已取消"),
))
CHECKLIST_KIND = Vocab("checklist_kind", (
    ("tender_rules", "Tender rules", "招投标规则"),
    ("control_points", "Control points", "过程控制点"),
))
CHECKLIST_STATUS = Vocab("checklist_status", (
    ("unknown", "Unknown", "未知"), ("known", "Known", "已知"),
    ("confirmed", "Confirmed", "已确认"), ("not_applicable", "Not applicable", "不适用"),
    ("at_risk", "At risk", "有风险"), ("under_control", "Under control", "已掌控"),
))
ACTION_SOURCE = Vocab("action_source", (
    ("manual", "Manual", "手动"), ("visit", "Visit", "拜访"),
    ("decision_chain", "Decision chain", "决策链"), ("control_point", "Control point", "控制点"),
    ("objective", "Objective", "目标"),
))
CONTACT_KIND = Vocab("contact_kind", (
    ("social", "Social", "社交"), ("professional", "Professional value", "专业交流"),
    ("greeting", "Greeting", "节日问候"),
))
# the account plan (issue 10)
OBJECTIVE_KIND = Vocab("objective_kind", (
    ("revenue", "Revenue", "收入"), ("share_of_wallet", "Share of wallet", "钱包份额"),
    ("relationship", "Relationship", "关系"), ("other", "Other", "其他"),
))
OBJECTIVE_STATUS = Vocab("objective_status", (
    ("not_started", "Not started", "未开始"), ("on_track", "On track", "正常推进"),
    ("at_risk", "At risk", "有风险"), ("achieved", "Achieved", "已达成"),
    ("missed", "Missed", "未达成"),
))
SWOT_QUADRANT = Vocab("swot_quadrant", (
    ("strength", "Strengths", "优势"), ("weakness", "Weaknesses", "劣势"),
    ("opportunity", "Opportunities", "机会"), ("threat", "Threats", "威胁"),
))
WHITESPACE_STATE = Vocab("whitespace_state", (
    ("installed", "Installed (ours)", "已采用（我方）"),
    ("competitor", "Competitor's", "竞争对手"),
    ("open_opportunity", "Open opportunity", "进行中的商机"),
    ("no_need", "No need", "无需求"),
    ("unknown", "Unknown", "未知"),
))
RISK_STATUS = Vocab("risk_status", (
    ("open", "Open", "未解决"), ("mitigated", "Mitigated", "已缓解"), ("closed", "Closed", "已关闭"),
))
PRICE_RULE = Vocab("price_rule", (
    ("lowest_benchmark", "Benchmark = lowest valid bid (price score = weight × lowest / price)",
     "最低价基准法（价格分 = 权重 × 最低有效报价 / 报价）"),
    ("lowest_deviation", "Benchmark = lowest valid bid, points off per % above",
     "最低价基准、每高出1%扣分"),
    ("average_deviation", "Benchmark = average price, points off per % above or below",
     "平均价基准、每偏离1%扣分"),
    ("lowest_price_wins", "Lowest price wins (among technically compliant bids)",
     "最低价中标（技术合格者中）"),
))

ALL = {v.name: v for v in (
    TIER, ACCOUNT_STATUS, ATTITUDE, INTERACTION, CONFIDENCE, EXECUTIVE_CONCERN,
    STAKEHOLDER_STATUS, RELATIONSHIP_KIND, STAGE, PURCHASE_TYPE, OPPORTUNITY_STATUS,
    PROCUREMENT_METHOD, BUYING_ROLE, CHANNEL, REACTION, VISIT_KIND, VISIT_STATUS,
    CHECKLIST_KIND, CHECKLIST_STATUS, ACTION_SOURCE, CONTACT_KIND,
    OBJECTIVE_KIND, OBJECTIVE_STATUS, SWOT_QUADRANT, WHITESPACE_STATE, RISK_STATUS, PRICE_RULE,
)}
