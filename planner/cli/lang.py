"""``--lang``: one option for every command. ``zh``, ``zh_CN``, ``zh-CN``
(any case) mean Chinese, ``en`` (or ``en_US``…) English; commands get ``zh``
or ``en``."""

from __future__ import annotations

import argparse

#: accepted spellings (lower case, "-" read as "_") → the language
SPELLINGS = {"en": "en", "en_us": "en", "en_gb": "en", "zh": "zh", "zh_cn": "zh", "zh_hans": "zh"}


def parse_lang(text: str) -> str:
    """``"zh_CN"`` → ``"zh"``; argparse's type for ``--lang``."""
    key = text.strip().lower().replace("-", "_")
    if key in SPELLINGS:
        return SPELLINGS[key]
    raise argparse.ArgumentTypeError(f"unknown language {text!r}: use en or zh (zh_CN also works)")


def add_lang_option(parser: argparse.ArgumentParser, help: str, default: str | None = None) -> None:
    """Add ``--lang {en,zh}`` (``zh_CN`` accepted too) to ``parser``."""
    parser.add_argument("--lang", type=parse_lang, default=default, metavar="{en,zh}",
                        help=f"{help} (zh_CN also works)")
