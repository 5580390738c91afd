"""What a column holds, from its header, in Chinese and English.

Recognised without a mapping: the headers people type in spreadsheets
(姓名, 职务, 部门, 手机, 邮箱, 上级 / Name, Title, Department, Mobile, E-mail,
Reports to), Salesforce Contact exports (Id, AccountId, Account.Name,
FirstName, LastName, MobilePhone, ReportsToId, ...) and Outlook contacts CSV
("First Name", "Job Title", "Business Phone", "E-mail Address", "Manager's
Name", ...). Headers are compared without case, spaces and punctuation."""

from __future__ import annotations

import re

#: target field -> (English label, Chinese label)
TARGETS: dict[str, tuple[str, str]] = {
    "name": ("Full name", "姓名"),
    "last_name": ("Last name (family)", "姓"),
    "first_name": ("First name (given)", "名"),
    "name_romanised": ("Name in pinyin / romanised", "姓名拼音"),
    "title": ("Title", "职务"),
    "department": ("Department", "部门"),
    "mobile": ("Mobile", "手机"),
    "phone": ("Phone", "电话"),
    "email": ("E-mail", "邮箱"),
    "wechat": ("WeChat", "微信"),
    "address": ("Address", "地址"),
    "note": ("Note", "备注"),
    "account": ("Account (company)", "客户（公司）"),
    "manager": ("Reports to (name)", "上级（姓名）"),
    "manager_id": ("Reports to (id in this file)", "上级（本文件中的编号）"),
    "external_id": ("Id in the source (for reporting lines)", "来源编号（用于上下级）"),
}
IGNORE = ""

#: synonyms per target, most specific first: when two columns claim one
#: target, the one whose header comes earlier in this list wins
SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("name", "fullname", "contactname", "displayname", "姓名", "名字", "联系人",
             "联系人姓名", "全名"),
    "last_name": ("lastname", "surname", "familyname", "姓", "姓氏"),
    "first_name": ("firstname", "givenname", "名"),
    "name_romanised": ("pinyin", "拼音", "姓名拼音", "nameromanised", "englishname", "英文名"),
    "title": ("jobtitle", "title", "position", "role", "职务", "职位", "职称", "头衔", "岗位"),
    "department": ("department", "dept", "部门", "所属部门", "科室"),
    "mobile": ("mobile", "mobilephone", "cell", "cellphone", "手机", "手机号", "手机号码",
               "移动电话"),
    "phone": ("phone", "businessphone", "workphone", "telephone", "tel", "officephone",
              "电话", "办公电话", "座机", "固定电话", "联系电话"),
    "email": ("email", "emailaddress", "mail", "workemail", "businessemail", "邮箱",
              "电子邮件", "电子邮箱", "邮件", "电邮"),
    "wechat": ("wechat", "weixin", "微信", "微信号"),
    "address": ("address", "mailingstreet", "businessstreet", "street", "地址",
                "办公地址", "通讯地址"),
    "note": ("notes", "note", "description", "comments", "备注", "说明"),
    "account": ("accountname", "account", "company", "companyname", "organization",
                "organisation", "公司", "客户", "客户名称", "单位", "公司名称", "所属客户"),
    "manager": ("reportsto", "reportstoname", "reportstofullname", "managersname", "manager", "managername",
                "上级", "汇报对象", "直属上级", "直接上级", "汇报给", "上级领导"),
    "manager_id": ("reportstoid",),
    "external_id": ("id", "contactid", "编号"),
}

#: headers that look like a target but are not (Outlook's "Title" is Mr/Ms
#: when "Job Title" is there; Salesforce's "AccountId" is an id, not a name)
NEVER = {"accountid", "ownerid", "salutation", "middlename", "suffix", "createdbyid",
         "lastmodifiedbyid", "masterrecordid", "recordtypeid"}

_PUNCT = re.compile(r"[\s_\-.:：'’()（）/\\]+")
_LOOKUP: dict[str, tuple[str, int]] = {}
for _target, _words in SYNONYMS.items():
    for _rank, _word in enumerate(_words):
        _LOOKUP[_word] = (_target, _rank)
for _target in TARGETS:  # our own names (vCard tables, our CSV export)
    _LOOKUP.setdefault(_target.replace("_", ""), (_target, 99))


def normalise(header: str) -> str:
    return _PUNCT.sub("", header.replace("\ufeff", "")).casefold()


def recognise(header: str) -> str:
    """The target a header names, or "" when unknown."""
    key = normalise(header)
    if key in NEVER:
        return IGNORE
    return _LOOKUP.get(key, (IGNORE, 0))[0]


def detect(headers: list[str]) -> list[str]:
    """A target per column ("" = ignore); each target used at most once."""
    found = [(i, *_LOOKUP.get(normalise(h), (IGNORE, 0))) for i, h in enumerate(headers)]
    out = [IGNORE] * len(headers)
    best: dict[str, tuple[int, int]] = {}
    for i, target, rank in found:
        if not target or normalise(headers[i]) in NEVER:
            continue
        if target not in best or rank < best[target][1]:
            best[target] = (i, rank)
    for target, (i, _) in best.items():
        out[i] = target
    return out


def label(target: str, lang: str = "en") -> str:
    if not target:
        return "(ignore)" if not lang.startswith("zh") else "（忽略）"
    en, zh = TARGETS[target]
    return zh if lang.startswith("zh") else en
