"""Message boxes in one place, so tests can answer them."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def error_text(exc: BaseException, lang: str) -> str:
    """An error's line in the user's language (core errors worded in both
    languages have ``text(lang)``; anything else is shown as it is)."""
    text = getattr(exc, "text", None)
    return text(lang) if callable(text) else str(exc)


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    return QMessageBox.question(parent, title, text) == QMessageBox.StandardButton.Yes
