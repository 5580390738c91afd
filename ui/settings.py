"""Preferences kept in QSettings (window state, language, last account)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings

from planner import APP_ID

LANGUAGES = {"en": "English", "zh_CN": "简体中文"}


def settings() -> QSettings:
    return QSettings(APP_ID, APP_ID)


def language() -> str:
    value = settings().value("ui/language", "")
    if value in LANGUAGES:
        return value
    return "zh_CN" if QLocale.system().name().startswith("zh") else "en"


def set_language(lang: str) -> None:
    settings().setValue("ui/language", lang)
