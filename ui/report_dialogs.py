"""File → Export account plan… (options, preview of the pages, save) and
File → Pre-visit brief… (pick a visit, save). The PDF is built on the
session's worker; the preview pages are rendered with pdfium."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel, QListWidget,
    QListWidgetItem, QProgressBar, QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from ui import dialogs

PDF_FILTER = "PDF (*.pdf)"


def page_images(pdf: bytes, width: int = 560, limit: int = 60) -> list[QImage]:
    """The PDF's pages as images (any thread)."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    out = []
    for i in range(min(len(doc), limit)):
        page = doc[i]
        scale = width / page.get_width()
        pil = page.render(scale=scale).to_pil().convert("RGB")
        data = pil.tobytes("raw", "RGB")
        out.append(QImage(data, pil.width, pil.height, 3 * pil.width, QImage.Format.Format_RGB888).copy())
    doc.close()
    return out


class _Relay(QObject):
    progress = Signal(float, str)


class PlanExportDialog(QDialog):
    """Options, a preview of every page, then Save."""

    def __init__(self, session, account_id: str, account_name: str, parent=None) -> None:
        super().__init__(parent)
        self.session, self.account_id, self.account_name = session, account_id, account_name
        self.pdf: bytes | None = None  # the PDF for the current options, None while it builds
        self._generation = 0  # numbers the builds: only the latest one's result is shown
        self.setObjectName("planExportDialog")
        self.setWindowTitle(self.tr("Export account plan: %1").replace("%1", account_name))
        self.lang = QComboBox()
        self.lang.addItem(self.tr("Chinese"), "zh")
        self.lang.addItem(self.tr("English"), "en")
        from planner.graph.scene import guess_lang

        self.lang.setCurrentIndex(0 if guess_lang(account_name) == "zh" else 1)
        self.private = QCheckBox(self.tr("Include private information"))
        self.private.setObjectName("includePrivate")
        self.preview_button = QPushButton(self.tr("&Preview"))
        self.preview_button.clicked.connect(self.generate)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Language:")))
        top.addWidget(self.lang)
        top.addWidget(self.private)
        top.addStretch(1)
        top.addWidget(self.preview_button)
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.status = QLabel()
        self.pages = QVBoxLayout()
        self.pages.setSpacing(12)
        holder = QWidget()
        holder.setObjectName("previewPages")
        holder.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        holder.setStyleSheet("#previewPages { background: #8a9099; }")
        holder.setLayout(self.pages)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(holder)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.buttons)
        self.resize(700, 860)
        self._relay = _Relay(self)
        self._relay.progress.connect(lambda f, step: self.bar.setValue(int(f * 100)))
        self.lang.currentIndexChanged.connect(self.generate)
        self.private.toggled.connect(self.generate)
        QTimer.singleShot(0, self.generate)  # the preview builds as soon as the dialog opens

    def generate(self) -> None:
        """Build the PDF and its page images on the worker (the old preview
        stays until the new one is ready)."""
        from planner.reports.options import ReportOptions
        from planner.reports.plan import account_plan_bytes

        self._generation += 1
        generation = self._generation
        self.pdf = None  # an older PDF no longer matches the options: nothing to save until the new one
        self.bar.setValue(0)
        self.preview_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        self.status.setText(self.tr("Building the plan…"))
        lang, private, db, aid = self.lang.currentData(), self.private.isChecked(), self.session.db, self.account_id
        options = ReportOptions(progress=lambda f, step: self._progress(generation, f, step))

        def work():
            pdf = account_plan_bytes(db, aid, lang=lang, include_private=private, options=options)
            return pdf, page_images(pdf)
        self.session.worker.submit(work, lambda result: self._show(generation, result),
                                   lambda exc: self._failed(generation, exc))

    def _progress(self, generation: int, fraction: float, step: str) -> None:
        if generation == self._generation:  # (any thread; the relay queues it to the GUI)
            self._relay.progress.emit(fraction, step)

    def _show(self, generation: int, result) -> None:
        if generation != self._generation:
            return  # built for options that have changed since: a newer build is on its way
        self.pdf, images = result
        while self.pages.count():
            item = self.pages.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for image in images:
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.pages.addWidget(label)
        self.bar.setValue(100)
        self.status.setText(self.tr("%1 pages").replace("%1", str(len(images))))
        self.preview_button.setEnabled(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.preview_button.setEnabled(True)
        self.status.setText("")
        dialogs.show_error(self, self.tr("Export account plan"), str(exc))

    def suggested_name(self) -> str:
        """The account, "account plan" in the PDF's language, today."""
        from planner.reports.file_names import report_file_name

        return report_file_name(self.account_name, "account_plan", self.lang.currentData())

    def save(self) -> None:
        if self.pdf is None:  # the preview for the current options is still building
            return
        pdf = self.pdf
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the account plan"),
                                              str(Path.home() / self.suggested_name()), PDF_FILTER)
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            target.write_bytes(pdf)
        except OSError as exc:
            text = self.tr("Could not write %1").replace("%1", str(target))
            dialogs.show_error(self, self.tr("Export account plan"), f"{text}\n{exc.strerror or exc}")
            return  # the dialog stays open: choose another place
        window = self.parent()
        if window is not None and hasattr(window, "statusBar"):
            window.statusBar().showMessage(self.tr("Account plan saved to %1").replace("%1", str(target)), 8000)
        self.accept()


class VisitPicker(QDialog):
    """Choose a visit (planned ones first) for a brief."""

    def __init__(self, session, account_id: str | None, parent=None, visit_id: str | None = None) -> None:
        super().__init__(parent)
        from planner.reports.data import visit_choices

        self.setObjectName("visitPicker")
        self.setWindowTitle(self.tr("Pre-visit brief"))
        self.list = QListWidget()
        for v in visit_choices(session.db, account_id):
            text = f'{v["starts_at"]:%Y-%m-%d %H:%M}  {v["account"]}  {v["purpose"] or ""}'
            if v["status"] == "planned":
                text = "▶ " + text
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, v["id"])
            item.setData(Qt.ItemDataRole.UserRole + 1, (v["account"], v["starts_at"].date()))
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        for row in range(self.list.count()):  # the visit asked for (from the Visits tab)
            if visit_id and self.list.item(row).data(Qt.ItemDataRole.UserRole) == visit_id:
                self.list.setCurrentRow(row)
        self.list.itemDoubleClicked.connect(lambda _: self.accept())
        self.private = QCheckBox(self.tr("Include private information"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Planned visits first:") if self.list.count()
                                else self.tr("No visits yet.")))
        layout.addWidget(self.list, 1)
        layout.addWidget(self.private)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def visit_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def suggested_name(self) -> str:
        """The chosen visit's account, "pre-visit brief" in the brief's
        language, the visit's day."""
        from planner.graph.scene import guess_lang
        from planner.reports.file_names import report_file_name

        item = self.list.currentItem()
        if item is None:
            return report_file_name("", "brief", "en")
        account, day = item.data(Qt.ItemDataRole.UserRole + 1)
        return report_file_name(account, "brief", guess_lang(account), day)


def export_brief(session, window, account_id: str | None, visit_id: str | None = None) -> None:
    """File → Pre-visit brief, and the Visits tab's button (``visit_id``
    chosen in the picker). A plain function has no ``self.tr``: its words
    are translated in the picker's context, with literal strings so that
    lupdate finds them."""
    picker = VisitPicker(session, account_id, window, visit_id)
    if not picker.exec() or not picker.visit_id():
        return
    visit_id, private = picker.visit_id(), picker.private.isChecked()
    path, _ = QFileDialog.getSaveFileName(window, QCoreApplication.translate("VisitPicker", "Save the brief"),
                                          str(Path.home() / picker.suggested_name()), PDF_FILTER)
    if not path:
        return
    target = Path(path)
    if target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")
    from planner.reports.brief import export_brief as build

    def done(_) -> None:
        if hasattr(window, "statusBar"):
            text = QCoreApplication.translate("VisitPicker", "Pre-visit brief saved to %1")
            window.statusBar().showMessage(text.replace("%1", str(target)), 8000)

    def failed(exc: BaseException) -> None:
        text = str(exc)
        if isinstance(exc, OSError):
            text = QCoreApplication.translate("VisitPicker", "Could not write %1").replace("%1", str(target))
            text = f"{text}\n{exc.strerror or exc}"
        dialogs.show_error(window, QCoreApplication.translate("VisitPicker", "Pre-visit brief"), text)

    session.worker.submit(lambda: build(session.db, visit_id, str(target), include_private=private),
                          done, failed)
