"""The PDF document frame shared by the account plan and the brief: page
templates (A4 portrait, landscape map pages), running header and footer
with "page X of Y", the private-information band, table of contents
entries, PDF bookmarks (outline) and metadata.

A section marks its headings with :func:`heading`; the document turns each
into a TOC entry and a bookmark as it is laid out."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, TableStyle
from reportlab.platypus.tableofcontents import TableOfContents

from planner.reports import style as st
from planner.reports.fonts import register


@dataclass
class DocInfo:
    title: str
    author: str
    subject: str
    header_left: str
    header_right: str
    footer_left: str
    private: bool = False
    private_text: str = ""
    page_label: Callable[[int, int], str] = lambda n, total: f"{n} / {total}"
    keywords: list[str] = field(default_factory=list)


class _Heading(Paragraph):
    """A heading that becomes a TOC entry and a bookmark."""

    def __init__(self, text: str, style: Any, level: int, key: str, toc: bool = True) -> None:
        super().__init__(text, style)
        self.toc_level, self.toc_key, self.toc_text, self.in_toc = level, key, text, toc


_counter = [0]


def heading(text: str, level: int = 0, toc: bool = True) -> _Heading:
    """A section (level 0) or sub-section (level 1) heading."""
    from xml.sax.saxutils import escape

    _counter[0] += 1
    name = "h1" if level == 0 else "h2"
    style = st.styles()[name + ("~cjk" if st.has_cjk(text) else "")]
    return _Heading(escape(text), style, level, f"s{_counter[0]}", toc)


class PageCount(Flowable):
    """An indexing "flowable" for multiBuild: asks for another pass until
    the total page count printed in the footers is the real one."""

    def __init__(self, doc: "ReportDoc") -> None:
        super().__init__()
        self.doc = doc
        self.used = -1

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass

    def isIndexing(self) -> int:  # noqa: N802 (reportlab's protocol)
        return 1

    def beforeBuild(self) -> None:  # noqa: N802
        self.used = self.doc.total_pages

    def afterBuild(self) -> None:  # noqa: N802
        pass

    def notify(self, kind: str, stuff: Any) -> None:
        pass

    def isSatisfied(self) -> bool:  # noqa: N802
        return self.used == self.doc.total_pages


def toc_flowable() -> TableOfContents:
    toc = TableOfContents()
    s = st.styles()
    toc.levelStyles = [s["toc1"], s["toc2"]]
    toc.dotsMinLevel = 0
    toc.tableStyle = TableStyle([st.FONT_CMD, ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    return toc


class ReportDoc(BaseDocTemplate):
    """Portrait A4 body pages ("body"), a cover without header ("cover"),
    and landscape map pages ("map" = A3, "map_small" = A4)."""

    def __init__(self, target: Any, info: DocInfo) -> None:
        font = register()
        super().__init__(target, pagesize=st.PAGE, leftMargin=st.MARGIN_X, rightMargin=st.MARGIN_X,
                         topMargin=st.MARGIN_TOP, bottomMargin=st.MARGIN_BOTTOM,
                         title=info.title, author=info.author, subject=info.subject,
                         creator="Key Account Planner", keywords=info.keywords,
                         initialFontName=font, initialFontSize=9.5)
        self.info = info
        self.total_pages = 0
        templates = [PageTemplate("cover", [self._frame(st.PAGE)], onPage=self._decorate_cover,
                                  pagesize=st.PAGE),
                     PageTemplate("body", [self._frame(st.PAGE)], onPage=self._decorate,
                                  pagesize=st.PAGE)]
        for name, size in (("map", st.MAP_PAGE), ("map_small", st.MAP_PAGE_SMALL)):
            templates.append(PageTemplate(name, [self._frame(size, 14 * mm)], onPage=self._decorate,
                                          pagesize=size))
        self.addPageTemplates(templates)

    @staticmethod
    def _frame(size: tuple[float, float], margin_x: float = st.MARGIN_X) -> Frame:
        return Frame(margin_x, st.MARGIN_BOTTOM, size[0] - 2 * margin_x,
                     size[1] - st.MARGIN_TOP - st.MARGIN_BOTTOM, id="main",
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    # -- passes ------------------------------------------------------------------------
    def _endBuild(self) -> None:  # noqa: N802
        self.total_pages = self.page
        super()._endBuild()

    def afterFlowable(self, flowable: Any) -> None:  # noqa: N802 (reportlab's name)
        if isinstance(flowable, _Heading):
            key = flowable.toc_key
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.toc_text.replace("&amp;", "&").replace("&lt;", "<")
                                      .replace("&gt;", ">"), key, level=flowable.toc_level,
                                      closed=flowable.toc_level > 0)
            if flowable.in_toc and flowable.toc_level == 0:  # sub-sections: bookmarks only
                self.notify("TOCEntry", (flowable.toc_level, flowable.toc_text, self.page, key))

    # -- page decoration ---------------------------------------------------------------
    def _decorate_cover(self, canv: Any, doc: Any) -> None:
        canv.saveState()
        w, h = canv._pagesize
        canv.setFillColor(st.NAVY)
        canv.rect(0, h - 12 * mm, w, 12 * mm, stroke=0, fill=1)
        canv.setFillColor(st.ACCENT)
        canv.rect(0, h - 14 * mm, w, 2 * mm, stroke=0, fill=1)
        self._private_band(canv, w, h)
        canv.restoreState()

    def _decorate(self, canv: Any, doc: Any) -> None:
        canv.saveState()
        w, h = canv._pagesize
        font = register()
        x0, x1 = (14 * mm, w - 14 * mm) if w > st.PAGE[0] else (st.MARGIN_X, w - st.MARGIN_X)
        top = h - 13 * mm
        canv.setFont(font, 8)
        canv.setFillColor(st.NAVY)
        canv.drawString(x0, top, self.info.header_left)
        canv.setFillColor(st.MUTED)
        canv.drawRightString(x1, top, self.info.header_right)
        canv.setStrokeColor(st.RULE)
        canv.setLineWidth(0.6)
        canv.line(x0, top - 3 * mm, x1, top - 3 * mm)
        bottom = 11 * mm
        canv.line(x0, bottom + 4 * mm, x1, bottom + 4 * mm)
        canv.setFillColor(st.MUTED)
        canv.drawString(x0, bottom, self.info.footer_left)
        canv.drawRightString(x1, bottom, self.info.page_label(doc.page, max(self.total_pages, doc.page)))
        self._private_band(canv, w, h)
        canv.restoreState()

    def _private_band(self, canv: Any, w: float, h: float) -> None:
        if not self.info.private:
            return
        font = register()
        canv.setFillColor(st.PRIVATE)
        canv.rect(0, 0, w, 6.5 * mm, stroke=0, fill=1)
        canv.setFillColor(st.colors.white)
        canv.setFont(font, 7.5)
        canv.drawCentredString(w / 2, 2.3 * mm, self.info.private_text)
