"""Re-filtering a proxy model across Qt versions (``invalidateFilter`` is
deprecated from Qt 6.10 in favour of begin/endFilterChange)."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QSortFilterProxyModel


def refilter(proxy: QSortFilterProxyModel, change: Callable[[], None]) -> None:
    if hasattr(proxy, "beginFilterChange"):
        proxy.beginFilterChange()
        change()
        proxy.endFilterChange()
    else:
        change()
        proxy.invalidateFilter()
