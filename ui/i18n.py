"""Installing the interface language (Qt .qm files under resources/)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

TRANSLATIONS = Path(__file__).resolve().parents[1] / "resources" / "translations"

_installed: list[QTranslator] = []


def install(lang: str) -> bool:
    """Install the translators for ``lang`` ("en" or "zh_CN"); returns
    whether the application's own translation was found."""
    app = QCoreApplication.instance()
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    QLocale.setDefault(QLocale(lang))
    if lang == "en":
        return True
    ours = QTranslator()
    found = ours.load(str(TRANSLATIONS / f"planner_{lang}.qm"))
    if found:
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator()  # Qt's own dialogs and buttons
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return found
