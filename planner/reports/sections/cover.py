"""The cover: account, tier, owner, date; a one-line reading note."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import HRFlowable, NextPageTemplate, Spacer

from planner.reports import style as st
from planner.reports.wording import day, v, w

NEW_PAGE = False


def build(data, lang, options):
    acc = data.account
    out = [Spacer(1, 58 * mm),
           st.para(w("account_plan", lang).upper() if lang == "en" else w("account_plan", lang),
                   "cover_sub"),
           st.para(acc["name"], "cover_title"),
           HRFlowable(width=42 * mm, thickness=2.2, color=st.ACCENT, hAlign="LEFT", spaceBefore=2,
                      spaceAfter=8),
           st.para(v("tier", acc.get("tier"), lang), "cover_sub"),
           *([st.para(f'{w("tier_rationale", lang)}：{acc["tier_rationale"]}' if lang == "zh"
                      else f'{w("tier_rationale", lang)}: {acc["tier_rationale"]}', "muted")]
             if acc.get("tier_rationale") else []),
           Spacer(1, 16 * mm),
           st.facts([(w("account_owner", lang), acc.get("owner") or "—"),
                     (w("date", lang), day(data.today)),
                     (w("industry", lang), acc.get("industry") or "—"),
                     (w("region", lang), acc.get("region") or "—")], cols=2),
           Spacer(1, (52 if acc.get("tier_rationale") else 70) * mm),
           st.para(w("cover_note", lang, date=day(data.today)), "muted"),
           NextPageTemplate("body")]
    return out
