"""A font with Chinese glyphs for matplotlib charts, if one is installed."""

from __future__ import annotations

from functools import lru_cache

_CANDIDATES = ("WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Noto Sans CJK SC", "Noto Sans SC",
               "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "Heiti SC", "SimHei",
               "Droid Sans Fallback", "AR PL UMing CN")


@lru_cache(maxsize=1)
def cjk_font_family() -> str | None:
    from matplotlib import font_manager

    have = {f.name for f in font_manager.fontManager.ttflist}
    for name in _CANDIDATES:
        if name in have:
            return name
    return None
