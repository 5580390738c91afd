"""vCard files (.vcf) as phones and mail clients write them, both ways.

Hand-written rather than a library: what we need is small (N, FN, ORG,
TITLE, TEL, EMAIL, NOTE, ADR) and the hard part is the quirks of real
exports, which the Python vCard libraries handle unevenly: vCard 2.1/3.0
from Android and older Outlook put ``ENCODING=QUOTED-PRINTABLE;CHARSET=...``
on non-ASCII names with "=" soft line breaks that are not RFC folding,
bare 2.1 type parameters (``TEL;CELL``), and GBK text. vobject (the usual
choice) is barely maintained and decodes quoted-printable only as Latin-1;
this parser is about 150 lines and tested by property tests.

Reading: :func:`read_vcards` returns a :class:`SourceTable` whose headers are
our own target field names, so no mapping is needed. Writing:
:func:`to_vcard` writes vCard 4.0 (RFC 6350), folded at 75 octets."""

from __future__ import annotations

import quopri
import re
from dataclasses import dataclass, field

from planner.importers.sources.decode import decode
from planner.importers.table import ImportFileError, SourceRow, SourceTable

#: the columns of the table a vCard file becomes (target field names)
COLUMNS = ("name", "last_name", "first_name", "account", "department", "title",
           "mobile", "phone", "email", "address", "note", "manager", "external_id")

_MOBILE = {"cell", "mobile", "iphone"}
_SKIP_TEL = {"fax", "pager"}


@dataclass
class Property:
    name: str                                   # upper case, without group
    params: dict[str, list[str]] = field(default_factory=dict)  # upper-case keys
    value: str = ""                             # decoded, still escaped

    def types(self) -> set[str]:
        return {t.lower() for t in self.params.get("TYPE", [])}


@dataclass
class Card:
    line: int
    props: list[Property] = field(default_factory=list)

    def first(self, name: str) -> Property | None:
        return next((p for p in self.props if p.name == name), None)

    def all(self, name: str) -> list[Property]:
        return [p for p in self.props if p.name == name]


# -- folding -----------------------------------------------------------------

def fold(line: str, limit: int = 75) -> str:
    """Fold one content line at ``limit`` octets of UTF-8 (RFC 6350 3.2),
    never inside a character; continuation lines start with one space."""
    out, current, size = [], [], 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        room = limit if not out else limit - 1
        if size + n > room:
            out.append("".join(current))
            current, size = [], 0
        current.append(ch)
        size += n
    out.append("".join(current))
    return "\r\n ".join(out)


def unfold(text: str) -> list[tuple[int, str]]:
    """Logical lines with the physical line each starts on. Joins RFC folding
    (a line starting with a space or tab) and quoted-printable soft breaks
    (a QP line ending in "=")."""
    lines: list[tuple[int, str]] = []
    physical = re.split(r"\r\n|\n|\r", text)
    for number, raw in enumerate(physical, start=1):
        if lines and _qp_open(lines[-1][1]):
            start, prev = lines[-1]
            lines[-1] = (start, prev[:-1] + raw)
            continue
        if raw[:1] in (" ", "\t") and lines:
            start, prev = lines[-1]
            lines[-1] = (start, prev + raw[1:])
            continue
        lines.append((number, raw))
    return [(n, line) for n, line in lines if line.strip()]


def _qp_open(line: str) -> bool:
    head = line.split(":", 1)[0].upper()
    return "QUOTED-PRINTABLE" in head and line.endswith("=")


# -- parsing -------------------------------------------------------------------

def _split_unquoted(text: str, sep: str) -> list[str]:
    parts, current, quoted = [], [], False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        if ch == sep and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts


def parse_line(line: str) -> Property | None:
    head, sep, value = line.partition(":")
    # a colon inside a quoted parameter value is not the separator
    if head.count('"') % 2:
        bits = _split_unquoted(line, ":")
        head, value = bits[0], ":".join(bits[1:])
    if not sep:
        return None
    name, *raw_params = _split_unquoted(head, ";")
    name = name.rsplit(".", 1)[-1].strip().upper()  # drop "item1." groups
    params: dict[str, list[str]] = {}
    for raw in raw_params:
        key, eq, val = raw.partition("=")
        if not eq:  # vCard 2.1 bare parameter: TEL;CELL, ;QUOTED-PRINTABLE
            key, val = ("ENCODING", raw) if raw.upper() in ("QUOTED-PRINTABLE", "BASE64", "B") else ("TYPE", raw)
        vals = [v.strip() for v in val.strip('"').split(",")]  # TYPE="cell,voice" is a list
        params.setdefault(key.strip().upper(), []).extend(vals)
    encoding = {e.upper() for e in params.get("ENCODING", [])}
    if "QUOTED-PRINTABLE" in encoding:
        charset = (params.get("CHARSET") or ["utf-8"])[0]
        raw_bytes = quopri.decodestring(value.encode("latin-1", "replace"))
        try:
            value = raw_bytes.decode(charset)
        except (LookupError, UnicodeDecodeError):
            value = decode(raw_bytes)[0]
    return Property(name, params, value)


def unescape(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            nxt = text[i + 1]
            out.append("\n" if nxt in "nN" else nxt)
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def components(text: str) -> list[str]:
    """A structured value (N, ORG, ADR) split on unescaped ";" and unescaped."""
    parts, current, i = [], [], 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            current.append(text[i:i + 2])
            i += 2
            continue
        if ch == ";":
            parts.append(unescape("".join(current)))
            current = []
        else:
            current.append(ch)
        i += 1
    parts.append(unescape("".join(current)))
    return parts


def parse_cards(text: str) -> list[Card]:
    cards: list[Card] = []
    current: Card | None = None
    for number, line in unfold(text):
        upper = line.strip().upper()
        if upper == "BEGIN:VCARD":
            current = Card(number)
            continue
        if upper == "END:VCARD":
            if current is not None:
                cards.append(current)
            current = None
            continue
        if current is not None:
            prop = parse_line(line)
            if prop is not None:
                current.props.append(prop)
    return cards


def _tel(value: str) -> str:
    value = unescape(value).strip()
    return value[4:] if value.lower().startswith("tel:") else value


def card_values(card: Card) -> dict[str, str]:
    """One card as our target fields."""
    out = dict.fromkeys(COLUMNS, "")
    fn = card.first("FN")
    if fn is not None:
        out["name"] = unescape(fn.value).strip()
    n = card.first("N")
    if n is not None:
        parts = components(n.value) + ["", ""]
        out["last_name"], out["first_name"] = parts[0].strip(), parts[1].strip()
    org = card.first("ORG")
    if org is not None:
        parts = components(org.value) + [""]
        out["account"], out["department"] = parts[0].strip(), parts[1].strip()
    for key, prop in (("title", "TITLE"), ("note", "NOTE"), ("external_id", "UID")):
        p = card.first(prop)
        if p is not None:
            out[key] = unescape(p.value).strip()
    manager = card.first("X-MANAGER") or card.first("X-MS-MANAGER")
    if manager is not None:
        out["manager"] = unescape(manager.value).strip()
    for tel in card.all("TEL"):
        types = tel.types()
        if types & _SKIP_TEL:
            continue
        key = "mobile" if types & _MOBILE else "phone"
        if not out[key]:
            out[key] = _tel(tel.value)
    email = card.first("EMAIL")
    if email is not None:
        out["email"] = unescape(email.value).strip()
    adr = card.first("ADR")
    if adr is not None:
        parts = [p.strip() for p in components(adr.value)]
        out["address"] = ", ".join(p for p in parts if p)
    return out


def read_vcards(data: bytes, name: str = "contacts.vcf") -> SourceTable:
    text, encoding = decode(data, name)
    cards = parse_cards(text)
    if not cards:
        raise ImportFileError(f"{name} holds no vCard (no BEGIN:VCARD … END:VCARD)",
                              f"{name} 中没有名片（缺少 BEGIN:VCARD … END:VCARD）")
    rows = []
    for card in cards:
        values = card_values(card)
        rows.append(SourceRow(card.line, [values[c] for c in COLUMNS]))
    return SourceTable(name, "vcard", list(COLUMNS), rows, encoding)


# -- writing -------------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def escape(text: str) -> str:
    text = _CONTROL.sub("", text)  # NUL and friends: not text a phone can show
    return (text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
            .replace("\r\n", "\n").replace("\n", "\\n"))


_COMPOUND_SURNAMES = ("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐", "慕容",
                      "夏侯", "尉迟", "长孙", "宇文", "司徒", "公孙", "端木", "独孤")


def split_name(name: str) -> tuple[str, str]:
    """(family, given) for the N property: Chinese names family-first
    (two-character surnames known), others family-last."""
    name = name.strip()
    from planner.text.sortkey import has_cjk

    if has_cjk(name) and " " not in name:
        size = 2 if name.startswith(_COMPOUND_SURNAMES) and len(name) > 2 else 1
        return name[:size], name[size:]
    if " " in name:
        given, family = name.rsplit(" ", 1)
        return family, given
    return name, ""


def to_vcard(person: dict[str, str]) -> str:
    """One person as a vCard 4.0. Keys: name, title, account, department,
    mobile, phone, email, address, note, manager (missing keys are fine)."""
    get = lambda k: (person.get(k) or "").strip()  # noqa: E731
    family, given = split_name(get("name"))
    lines = ["BEGIN:VCARD", "VERSION:4.0", f"FN:{escape(get('name'))}",
             f"N:{escape(family)};{escape(given)};;;"]
    if get("account") or get("department"):
        org = escape(get("account")) + (f";{escape(get('department'))}" if get("department") else "")
        lines.append(f"ORG:{org}")
    if get("title"):
        lines.append(f"TITLE:{escape(get('title'))}")
    if get("mobile"):
        lines.append(f"TEL;TYPE=cell;VALUE=text:{escape(get('mobile'))}")
    if get("phone"):
        lines.append(f"TEL;TYPE=work,voice;VALUE=text:{escape(get('phone'))}")
    if get("email"):
        lines.append(f"EMAIL;TYPE=work:{escape(get('email'))}")
    if get("address"):
        lines.append(f"ADR;TYPE=work:;;{escape(get('address'))};;;;")
    if get("note"):
        lines.append(f"NOTE:{escape(get('note'))}")
    if get("manager"):
        lines.append(f"X-MANAGER:{escape(get('manager'))}")
    lines.append("END:VCARD")
    return "".join(fold(line) + "\r\n" for line in lines)
