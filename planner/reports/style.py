"""The look of the reports: page sizes, colours, paragraph styles, tables,
and small helpers that turn plain text into flowables safely (escaped,
wrapped the CJK way when the text has Chinese)."""

from __future__ import annotations

import re
from typing import Any, Iterable
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from planner.reports.fonts import FONT, register

# Chinese line breaking: reportlab's list of characters that may not start a
# line lacks the full-width comma, semicolon, colon, ? and !, closing quotes
# and book-title marks; without them a line can begin with "；".
import reportlab.lib.textsplit as _rl_textsplit  # noqa: E402
import reportlab.platypus.paragraph as _rl_paragraph  # noqa: E402

for _module in (_rl_textsplit, _rl_paragraph):
    _module.ALL_CANNOT_START += "".join(
        c for c in "\uff0c\uff1b\uff1a\uff1f\uff01\u201d\u2019\u300b\u3009\u2026"
        if c not in _module.ALL_CANNOT_START)

PAGE = A4
MAP_PAGE = landscape(A3)
MAP_PAGE_SMALL = landscape(A4)
MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
WIDTH = PAGE[0] - 2 * MARGIN_X

NAVY = colors.HexColor("#1f3a5f")
ACCENT = colors.HexColor("#2a7f8e")
INK = colors.HexColor("#23272f")
MUTED = colors.HexColor("#6b7380")
RULE = colors.HexColor("#c9d1db")
ZEBRA = colors.HexColor("#f3f5f8")
SOFT = colors.HexColor("#e8eef5")
RED = colors.HexColor("#b3261e")
AMBER = colors.HexColor("#b86e00")
GREEN = colors.HexColor("#2e7d32")
PRIVATE = colors.HexColor("#9c1c1c")

ATTITUDE_COLOURS = {
    "champion": "#1b7a3a", "supporter": "#59a14f", "neutral": "#9a9a9a",
    "sceptic": "#e8a33d", "opponent": "#c8382b", "unknown": "#cfcfcf",
}

#: every table cell in the report font (reportlab's default would be an unembedded Helvetica)
FONT_CMD = ("FONTNAME", (0, 0), (-1, -1), FONT)

_CJK = re.compile(r"[\u2e80-\u9fff\uff00-\uffef]")


_LATIN_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"})


def has_cjk(text: str) -> bool:
    return bool(_CJK.search(text or ""))


def _styles() -> dict[str, ParagraphStyle]:
    font = register()
    base = ParagraphStyle("body", fontName=font, fontSize=9.5, leading=14.5, textColor=INK,
                          spaceAfter=4)
    s = {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=11.5, spaceAfter=0),
        "muted": ParagraphStyle("muted", parent=base, fontSize=8, leading=11.5, textColor=MUTED,
                                spaceAfter=0),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8, leading=11, spaceAfter=0),
        "cell_r": ParagraphStyle("cell_r", parent=base, fontSize=8, leading=11, spaceAfter=0,
                                 alignment=TA_RIGHT),
        "head": ParagraphStyle("head", parent=base, fontSize=8, leading=11, spaceAfter=0,
                               textColor=colors.white),
        "h1": ParagraphStyle("h1", parent=base, keepWithNext=1, fontSize=17, leading=23, textColor=NAVY,
                             spaceBefore=0, spaceAfter=8),
        "h2": ParagraphStyle("h2", parent=base, keepWithNext=1, fontSize=12, leading=17, textColor=NAVY,
                             spaceBefore=10, spaceAfter=5),
        "h3": ParagraphStyle("h3", parent=base, keepWithNext=1, fontSize=10, leading=14, textColor=ACCENT,
                             spaceBefore=6, spaceAfter=3),
        "kpi": ParagraphStyle("kpi", parent=base, fontSize=17, leading=21, textColor=NAVY,
                              alignment=TA_LEFT, spaceAfter=0),
        "kpi_label": ParagraphStyle("kpi_label", parent=base, fontSize=7.5, leading=10,
                                    textColor=MUTED, spaceAfter=0),
        "toc1": ParagraphStyle("toc1", parent=base, fontSize=10.5, leading=20, leftIndent=0),
        "toc2": ParagraphStyle("toc2", parent=base, fontSize=9, leading=15, leftIndent=14,
                               textColor=MUTED),
        "cover_title": ParagraphStyle("cover_title", parent=base, fontSize=30, leading=38,
                                      textColor=NAVY, spaceAfter=6),
        "cover_sub": ParagraphStyle("cover_sub", parent=base, fontSize=14, leading=20,
                                    textColor=ACCENT, spaceAfter=4),
    }
    return s


_cache: dict[str, ParagraphStyle] = {}


def styles() -> dict[str, ParagraphStyle]:
    if not _cache:
        _cache.update(_styles())
        for name, st in list(_cache.items()):
            _cache[name + "~cjk"] = ParagraphStyle(name + "~cjk", parent=st, wordWrap="CJK")
    return _cache


def para(text: Any, style: str = "body", markup: bool = False, colour: str | None = None) -> Paragraph:
    """A paragraph of plain text (escaped; line breaks kept). ``markup``:
    the text is already reportlab markup. Text with Chinese wraps anywhere."""
    text = "" if text is None else str(text)
    cjk = has_cjk(text)
    if not cjk:  # the CJK font's curly quotes are full-width: straight ones read better in Latin text
        text = text.translate(_LATIN_QUOTES)
    st = styles()[style + ("~cjk" if cjk else "")]
    body = text if markup else escape(text).replace("\n", "<br/>")
    if colour:
        body = f'<font color="{colour}">{body}</font>'
    return Paragraph(body, st)


def gap(h: float = 4) -> Spacer:
    return Spacer(1, h * mm)


CELL_PAD = 4  # points left and right in a table cell
_WORD = re.compile(r"[^\s\u2e80-\u9fff\uff00-\uffef]+")  # a run that should not be broken
_MAX_WORD = 0.35  # no column is widened beyond this share of the text width for one long word


def longest_word(cell: Any) -> float:
    """Width in points of the cell's widest word (Latin runs: reportlab
    would cut them mid-word, "Negotiatio / n", when the column is narrower)."""
    if not isinstance(cell, Paragraph):
        return 0.0
    size = cell.style.fontSize
    return max((stringWidth(word, FONT, size) for word in _WORD.findall(cell.getPlainText())), default=0.0)


def fit_columns(cols: list[float], need: list[float]) -> list[float]:
    """Widen the columns narrower than ``need`` (their widest word), taking
    the room from the columns with room to spare, in proportion; the total
    stays the same. Unchanged when the spare room is not enough."""
    need = [min(n, WIDTH * _MAX_WORD) for n in need]
    short = sum(max(0.0, n - c) for c, n in zip(cols, need))
    spare = sum(max(0.0, c - n) for c, n in zip(cols, need))
    if short <= 0 or spare < short:
        return cols
    return [n if c <= n else c - (c - n) * short / spare for c, n in zip(cols, need)]


def table(header: list[str], rows: Iterable[list[Any]], widths: list[float],
          align_right: Iterable[int] = (), highlight: Iterable[tuple[int, str]] = (),
          repeat: bool = True) -> Table:
    """A consistent data table: dark header, zebra rows, thin rules. ``widths``
    are fractions of the text width (or points when > 1). Cells may be text
    or flowables. ``highlight``: (row index, hex colour) for the row's text."""
    right = set(align_right)
    tints = dict(highlight)
    data = [[para(h, "head") for h in header]]
    for i, row in enumerate(rows):
        colour = tints.get(i)
        data.append([c if not isinstance(c, (str, int, float, type(None)))
                     else para(c, "cell_r" if j in right else "cell", colour=colour)
                     for j, c in enumerate(row)])
    total = sum(widths)
    cols = [w if w > 1 else WIDTH * w / (total if total <= 1.001 else 1) for w in widths]
    cols = fit_columns(cols, [max(longest_word(row[j]) for row in data) + 2 * CELL_PAD + 1
                              for j in range(len(cols))])
    t = Table(data, colWidths=cols, repeatRows=1 if repeat else 0, hAlign="LEFT")
    cmds = [
        ("BACKGROUND", (0, 0), (-1, 0), NAVY),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD), ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
    ]
    for i in range(1, len(data)):
        if i % 2 == 0:
            cmds.append(("BACKGROUND", (0, i), (-1, i), ZEBRA))
    t.setStyle(TableStyle([FONT_CMD, *cmds]))
    return t


def facts(pairs: list[tuple[str, Any]], cols: int = 2) -> Table:
    """Label/value pairs in ``cols`` columns, for key facts."""
    cells = []
    for label, value in pairs:
        cells += [para(label, "muted"), para(value if value not in (None, "") else "—", "cell")]
    per_row = cols * 2
    rows = [cells[i:i + per_row] for i in range(0, len(cells), per_row)]
    if rows and len(rows[-1]) < per_row:
        rows[-1] += [""] * (per_row - len(rows[-1]))
    label_w, value_w = 0.16, (1 - 0.16 * cols) / cols
    t = Table(rows, colWidths=[WIDTH * (label_w if i % 2 == 0 else value_w) for i in range(per_row)],
              hAlign="LEFT")
    t.setStyle(TableStyle([FONT_CMD, 
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
    ]))
    return t


def dots(n: Any, of: int = 5) -> str:
    try:
        k = max(0, min(of, int(n)))
    except (TypeError, ValueError):
        return ""
    return "●" * k + "○" * (of - k)
