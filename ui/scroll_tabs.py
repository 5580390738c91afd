"""A tab widget whose pages scroll when the window is smaller than a page
would like (a 1366x768 laptop must fit every tab: wide pages such as the
scoring simulator scroll instead of forcing the window wider).

Pages are wrapped in a QScrollArea; ``setCurrentWidget``, ``currentWidget``,
``indexOf`` and ``widget`` speak of the pages themselves, as with QTabWidget."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QWidget


class ScrollTabs(QTabWidget):
    def addTab(self, page: QWidget, title: str) -> int:  # noqa: N802 (Qt's name)
        area = QScrollArea()
        area.setWidget(page)
        area.setWidgetResizable(True)  # the page fills the area and grows with it
        area.setFrameShape(QFrame.Shape.NoFrame)
        return super().addTab(area, title)

    def widget(self, index: int) -> QWidget | None:
        area = super().widget(index)
        return area.widget() if isinstance(area, QScrollArea) else area

    def currentWidget(self) -> QWidget | None:  # noqa: N802
        return self.widget(self.currentIndex())

    def indexOf(self, page: QWidget) -> int:  # noqa: N802
        for i in range(self.count()):
            if self.widget(i) is page:
                return i
        return -1

    def setCurrentWidget(self, page: QWidget) -> None:  # noqa: N802
        index = self.indexOf(page)
        if index >= 0:
            self.setCurrentIndex(index)
