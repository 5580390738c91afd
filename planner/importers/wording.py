"""What the import says to people, in English and Chinese (core text, so not
in the Qt translation files: the command line says it too)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

ACTIONS = {
    "create": ("Create", "新建"), "update": ("Update", "更新"),
    "unchanged": ("Unchanged", "无变化"), "skip": ("Skip", "跳过"),
}

MESSAGES = {
    "no_name": ("no name", "没有姓名"),
    "no_account": ("no account: give --account or fill an account column",
                   "没有客户：请指定客户或填写客户列"),
    "invalid": ("{detail}", "数据无效：{detail}"),
    "duplicate": ("same person as line {line}", "与第 {line} 行是同一人"),
    "ambiguous": ("several people named {name} at {account}; choose one",
                  "{account} 有多人名为 {name}；请选择"),
    "chosen_skip": ("skipped (your choice)", "按您的选择跳过"),
    "chosen_new": ("added as a new person (your choice)", "按您的选择新建"),
    "by_email": ("matches {name} by e-mail", "按邮箱匹配到 {name}"),
    "by_phone": ("matches {name} by phone", "按电话匹配到 {name}"),
    "by_name": ("matches {name} by name", "按姓名匹配到 {name}"),
    "by_choice": ("matched to {name} (your choice)", "按您的选择匹配到 {name}"),
    "new_account": ("new account {account}", "新客户 {account}"),
    "manager_missing": ("manager {manager} not found; no reporting line",
                        "未找到上级 {manager}；不建立上下级关系"),
    "manager_elsewhere": ("manager {manager} is at another account; no reporting line",
                          "上级 {manager} 属于其他客户；不建立上下级关系"),
    "manager_circle": ("reporting to {manager} would make a circle; line left out",
                       "向 {manager} 汇报会形成循环；未建立该关系"),
    "manager_self": ("reports to themselves in the file; line left out", "文件中本人向本人汇报；已忽略"),
    "reports_to": ("reports to {manager}", "向 {manager} 汇报"),
    "note": ("adds a note", "添加备注"),
}


@dataclass
class Message:
    code: str
    args: dict[str, Any] = field(default_factory=dict)

    def text(self, lang: str = "en") -> str:
        if self.code == "changed":  # {"changes": [(field, old, new)]}
            from planner.labels import field_label

            sep = "；" if lang.startswith("zh") else "; "
            return sep.join(f"{field_label(f, lang, 'stakeholder')}: {old or '—'} → {new}"
                            for f, old, new in self.args["changes"])
        en, zh = MESSAGES[self.code]
        return (zh if lang.startswith("zh") else en).format(**self.args)


def action_label(action: str, lang: str = "en") -> str:
    en, zh = ACTIONS[action]
    return zh if lang.startswith("zh") else en
