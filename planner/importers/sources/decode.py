"""Decoding text files whose encoding nobody wrote down.

What turns up in the field: UTF-8 with or without a BOM (Excel "CSV UTF-8",
Salesforce, Google), GB18030/GBK (Excel "CSV" on a Chinese Windows), and
Windows-1252 (Outlook and Excel on Western Windows). UTF-8 is tried first
and strictly: text in GBK or cp1252 with any non-ASCII byte is almost never
valid UTF-8. GB18030 next: it decodes nearly any byte string, so we accept
it only when the result looks like text (mostly CJK, letters and
punctuation, no control characters); otherwise cp1252."""

from __future__ import annotations

import re
import unicodedata

from planner.importers.table import ImportFileError

UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_CJK = re.compile("[\u3400-\u9fff]")
_CJK_IN_WORD = re.compile("(?<=[A-Za-z])[\u3400-\u9fff](?=[A-Za-z])")


def _plausible(text: str) -> bool:
    """Whether decoded text looks like what people type."""
    odd = 0
    for ch in text:
        if ch in "\r\n\t":
            continue
        cat = unicodedata.category(ch)
        if cat in ("Cc", "Co", "Cn", "Cs"):
            return False
        if ord(ch) >= 0x80 and not ("\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef"
                                    or "\u2000" <= ch <= "\u206f"):
            odd += 1  # non-CJK, non-punctuation: Latin-1 looking through GBK glasses
    non_ascii = sum(1 for ch in text if ord(ch) >= 0x80)
    if non_ascii and odd * 5 > non_ascii:
        return False
    # cp1252 read as GBK turns "Müller" into M + one CJK character + ler: a
    # lone CJK character inside a Latin word; real Chinese text rarely has one
    cjk = _CJK.findall(text)
    inside = _CJK_IN_WORD.findall(text)
    return not cjk or len(inside) * 3 <= len(cjk)


def decode(data: bytes, name: str = "") -> tuple[str, str]:
    """``(text, encoding)``; raises :class:`ImportFileError` for binary data."""
    if data.startswith(UTF16_BOMS):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:4096]:
        raise ImportFileError(f"{name} is not a text file (binary data)",
                              f"{name} 不是文本文件（二进制数据）")
    try:
        return data.decode("utf-8-sig"), "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
        if _plausible(text):
            return text, "gb18030"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        # the five bytes cp1252 leaves undefined: Latin-1 maps every byte
        return data.decode("latin-1"), "latin-1"
