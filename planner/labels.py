"""Names of record kinds and fields for people, in English and Chinese,
and values shown with their vocabulary labels. Used wherever a field is
named outside its own form: conflict lists, history, reports."""

from __future__ import annotations

from typing import Any

KINDS = {
    "account": ("Account", "客户"), "department": ("Department", "部门"),
    "stakeholder": ("Person", "联系人"), "relationship": ("Line", "关系线"),
    "opportunity": ("Opportunity", "商机"), "decision_role": ("Buying role", "决策链角色"),
    "value_proposition": ("Value proposition", "价值主张"),
    "proposition_target": ("Proposition target", "价值主张对象"),
    "proposition_delivery": ("Proposition delivery", "价值主张传递"),
    "visit": ("Visit", "拜访"), "visit_attendee": ("Visit attendee", "拜访参与人"),
    "note": ("Note", "笔记"), "action_item": ("Action", "行动项"),
    "checklist": ("Checklist", "检查表"), "checklist_item": ("Checklist item", "检查项"),
    "checklist_template": ("Checklist template", "检查表模板"),
    "contact_plan": ("Contact plan", "联系计划"), "contact_log": ("Contact", "联系记录"),
    # the account plan
    "objective": ("Objective", "目标"), "swot_entry": ("SWOT entry", "SWOT条目"),
    "offering": ("Offering", "产品/方案"), "whitespace_cell": ("Whitespace cell", "空白点"),
    "risk": ("Risk", "风险"), "nps_score": ("NPS score", "NPS评分"),
    "tender_simulation": ("Tender scoring simulation", "评标模拟"),
}

FIELDS = {
    "name": ("Name", "名称"), "title": ("Title", "职务/标题"), "tier": ("Tier", "客户分级"),
    "industry": ("Industry", "行业"), "region": ("Region", "区域"), "summary": ("Summary", "概要"),
    "revenue_potential": ("Revenue potential", "收入潜力"), "current_business": ("Current business", "当前业务"),
    "owner": ("Owner", "负责人"), "status": ("Status", "状态"), "attitude": ("Attitude", "行为倾向"),
    "importance": ("Importance", "重要程度"), "closeness": ("Closeness", "关系紧密度"),
    "interaction": ("Interaction", "交往程度"), "business_metrics": ("Business metrics (KPI)", "经营指标"),
    "decision_criteria": ("Decision criteria", "决策标准及偏好"), "personal_wins": ("Personal wins", "个人成就需要"),
    "executive_concern": ("Executive concern", "高管关注点"), "mobile": ("Mobile", "手机"),
    "phone": ("Phone", "电话"), "email": ("E-mail", "邮箱"), "wechat": ("WeChat", "微信"),
    "department_id": ("Department", "部门"), "stage": ("Stage", "阶段"), "value": ("Value", "金额"),
    "expected_close": ("Expected close", "预计成交"), "purchase_type": ("Purchase type", "采购类型"),
    "competitors": ("Competitors", "竞争对手"), "role": ("Role", "角色"), "notes": ("Notes", "纪要"),
    "body": ("Text", "正文"), "purpose": ("Purpose", "目的"), "place": ("Place", "地点"),
    "due_date": ("Due date", "截止日期"), "done": ("Done", "已完成"), "strength": ("Strength", "强度"),
    "kind": ("Kind", "类型"), "deleted": ("Deleted", "已删除"), "label": ("Item", "事项"),
    "evidence": ("Evidence", "依据"), "text": ("Text", "内容"),
    # the account plan
    "period": ("Period", "周期"), "target": ("Target", "目标值"), "actual": ("Actual", "实际值"),
    "measure": ("Measure", "衡量方式"), "objective_id": ("Objective", "目标"),
    "quadrant": ("Quadrant", "象限"), "state": ("State", "状态"), "offering_id": ("Offering", "产品/方案"),
    "likelihood": ("Likelihood", "可能性"), "impact": ("Impact", "影响"),
    "mitigation": ("Mitigation", "应对措施"), "score": ("Score", "评分"), "scored_on": ("Date", "日期"),
    "comment": ("Comment", "备注"), "strategic_value": ("Strategic value", "战略价值"),
    "reference_value": ("Reference value", "样板价值"), "tier_rationale": ("Tier rationale", "分级理由"),
    "concern_message": ("Message that answers it", "回应关注点的信息"),
    "price_rule": ("Price scoring rule", "价格分计算方法"), "technical_weight": ("Technical weight", "技术分权重"),
    "commercial_weight": ("Commercial weight", "商务分权重"), "price_weight": ("Price weight", "价格分权重"),
    "bidders": ("Bidders", "投标人"), "parameters": ("Parameters", "参数"),
}


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang.startswith("zh") else pair[0]


def kind_label(kind: str, lang: str = "en") -> str:
    return _pick(KINDS[kind], lang) if kind in KINDS else kind.replace("_", " ")


#: where a field means something else for one kind of record
KIND_FIELDS = {
    ("stakeholder", "name"): ("Name", "姓名"), ("stakeholder", "title"): ("Title", "职务"),
    ("note", "title"): ("Title", "标题"),
}


def field_label(field: str, lang: str = "en", kind: str | None = None) -> str:
    if (kind, field) in KIND_FIELDS:
        return _pick(KIND_FIELDS[(kind, field)], lang)
    return _pick(FIELDS[field], lang) if field in FIELDS else field.replace("_", " ")


def value_label(kind: str, field: str, value: Any, lang: str = "en") -> str:
    from planner.services.kinds import VOCABS

    if value is None:
        return ""
    vocab = VOCABS.get((kind, field))
    if vocab is not None and isinstance(value, str):
        return vocab.label(value, lang)
    return str(value)
