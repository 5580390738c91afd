"""Plain text of a note that may hold rich text (HTML from the note editor)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

_LOOKS_HTML = re.compile(r"<(?:!doctype|html|body|p|div|span|br|b|i|u|ul|ol|li|a|h[1-6]|table|font|style)\b",
                         re.IGNORECASE)
_BLOCK = frozenset({"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol"})
_SKIP = frozenset({"style", "script", "head", "title"})
_SPACES = re.compile(r"[ \t\r\f\v]+")
_LINES = re.compile(r"\s*\n\s*")


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs) -> None:
        if tag in _SKIP:
            self.skip += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data) -> None:
        if not self.skip:
            self.parts.append(data)


def plain_text(text: str | None) -> str:
    """``text`` without markup when it is HTML, else unchanged."""
    if not text:
        return ""
    if "<" not in text or not _LOOKS_HTML.search(text):
        return text
    parser = _Text()
    parser.feed(text)
    parser.close()
    out = _SPACES.sub(" ", "".join(parser.parts))
    return _LINES.sub("\n", out).strip()
