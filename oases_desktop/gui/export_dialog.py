"""Export PDF: the report's options with a live preview of its pages, written off the GUI thread.

The preview renders the real report (`render_pdf`, the bytes `export_pdf` would write) a moment
after the last change of an option, in a worker thread, and rasterises the pages with pypdfium2.
Export renders again with the chosen password, then writes with `export.pdf.write_pdf` (atomic);
Cancel before the write leaves the target untouched. Both run through gui.background in the
dialog's one-thread pool (pdfium is not thread-safe). Workers get a deep copy of the plan and the
session's library, so editing meanwhile is safe and the report cites the advisor's own facts.
"""

from __future__ import annotations

import copy
import logging
import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QFrame,
                               QHBoxLayout, QLabel, QLineEdit, QMessageBox, QProgressBar, QPushButton, QScrollArea,
                               QVBoxLayout, QWidget)

from oases_desktop.core.errors import OasesError
from oases_desktop.gui.settings import Settings

log = logging.getLogger(__name__)

PREVIEW_DELAY_MS = 350
PREVIEW_WIDTH = 300   # pixels of a page thumbnail


def _message(error: BaseException) -> str:
    """What the dialog says of a failed render or write: the user's problem, or a bug (logged)."""
    if isinstance(error, OasesError):
        return str(error)
    log.error("PDF export failed", exc_info=error)
    return QCoreApplication.translate("ExportDialog", "Unexpected error: %s") % repr(error)


def rasterise(pdf: bytes, width: int = PREVIEW_WIDTH) -> list[QImage]:
    """Page images of a PDF."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    images = []
    try:
        for index in range(len(document)):
            page = document[index]
            scale = width / page.get_width()
            bitmap = page.render(scale=scale, rev_byteorder=True)
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format.Format_RGB888 if bitmap.n_channels == 3 else QImage.Format.Format_RGBA8888)
            images.append(image.copy())  # own the pixels before pdfium frees its buffer
            page.close()
    finally:
        document.close()
    return images


class ExportDialog(QDialog):
    """Options, preview and export of the client report."""

    exported = Signal(str)   # the path written

    def __init__(self, session, parent=None, path: str | os.PathLike | None = None):
        super().__init__(parent)
        self.session = session
        self.document = session.document
        self.settings = session.settings   # gui.settings.Settings: the last options are offered again
        self.setWindowTitle(self.tr("Export PDF report"))
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)   # pdfium is not thread-safe: one job at a time
        self._job_number = 0
        self._export_job = 0
        self._export = None   # the running export (gui.background.BackgroundOperation)
        self.page_images: list[QImage] = []
        self._build_ui(path)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.update_preview)
        self._restore_options()
        self._timer.start()

    # ui -------------------------------------------------------------------------------------
    def _build_ui(self, path) -> None:
        plan = self.document.plan
        self.paper = QComboBox(self)
        for value, text in (("a4", "A4"), ("letter", self.tr("US Letter")), ("a3", "A3")):
            self.paper.addItem(text, value)
        self.orientation = QComboBox(self)
        self.orientation.addItem(self.tr("Landscape"), "landscape")
        self.orientation.addItem(self.tr("Portrait"), "portrait")
        self.scenario = QComboBox(self)
        for scenario in plan.scenarios:
            self.scenario.addItem(scenario.name, scenario.id)
        self.scenario.setCurrentIndex(max(self.scenario.findData(plan.active_scenario), 0))
        self.changes = QComboBox(self)
        self.changes.setToolTip(self.tr("Add a page saying why each key milestone moved since this baseline"))
        self._fill_baselines()
        self.scenario.currentIndexChanged.connect(self._fill_baselines)
        self.scale = QComboBox(self)
        for value, text in (("auto", self.tr("Automatic")), ("month", self.tr("Months")), ("quarter", self.tr("Quarters")),
                            ("year", self.tr("Years"))):
            self.scale.addItem(text, value)
        self.fit_one_page = QCheckBox(self.tr("Whole timeline on one page"), self)
        self.compare = QCheckBox(self.tr("Include the scenario comparison"), self)
        self.compare.setChecked(len(plan.scenarios) > 1)
        self.compare.setEnabled(len(plan.scenarios) > 1)
        self.compare_against = QComboBox(self)   # the same default as the Compare tab: the active scenario
        for scenario in plan.scenarios:
            self.compare_against.addItem(scenario.name, scenario.id)
        self.compare_against.setCurrentIndex(max(self.compare_against.findData(plan.active_scenario), 0))
        self.compare_against.setEnabled(self.compare.isChecked())
        self.compare.toggled.connect(self.compare_against.setEnabled)
        if len(plan.scenarios) < 2:
            self.compare.setToolTip(self.tr("The plan has one scenario; duplicate it to compare variants."))
        self.watermark = QComboBox(self)
        self.watermark.setEditable(True)
        for text in ("", self.tr("Draft"), self.tr("Confidential")):
            self.watermark.addItem(text)
        self.watermark.lineEdit().setPlaceholderText(self.tr("None"))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Optional: opens only with this password"))
        self.password_again = QLineEdit(self)
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.path = QLineEdit(str(path) if path else str(self._default_path()), self)
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)

        form = QFormLayout()
        form.addRow(self.tr("Scenario:"), self.scenario)
        form.addRow(self.tr("Changes since:"), self.changes)
        form.addRow(self.tr("Paper:"), self.paper)
        form.addRow(self.tr("Orientation:"), self.orientation)
        form.addRow(self.tr("Time scale:"), self.scale)
        form.addRow("", self.fit_one_page)
        form.addRow("", self.compare)
        form.addRow(self.tr("Compare against:"), self.compare_against)
        form.addRow(self.tr("Watermark:"), self.watermark)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Repeat password:"), self.password_again)
        form.addRow(self.tr("Save as:"), path_row)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(form)
        left_layout.addStretch(1)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        left_layout.addWidget(self.status)
        left_layout.addWidget(self.progress)

        self.pages = QWidget(self)
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.pages_layout.setSpacing(12)
        scroll = QScrollArea(self)
        scroll.setWidget(self.pages)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(PREVIEW_WIDTH + 40)
        scroll.setBackgroundRole(self.palette().ColorRole.Dark)
        self.preview_title = QLabel(self.tr("Preview"), self)
        right = QVBoxLayout()
        right.addWidget(self.preview_title)
        right.addWidget(scroll, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self.start_export)
        self.buttons.rejected.connect(self.cancel)

        columns = QHBoxLayout()
        columns.addWidget(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)
        for combo in (self.paper, self.orientation, self.scenario, self.changes, self.scale, self.watermark,
                      self.compare_against):
            combo.currentIndexChanged.connect(self._options_changed)
        self.watermark.editTextChanged.connect(self._options_changed)
        for box in (self.fit_one_page, self.compare):
            box.toggled.connect(self._options_changed)
        self.resize(860, 620)

    def _fill_baselines(self, *_args) -> None:
        """The chosen scenario's baselines, the one the timeline shows chosen (no changes page without one)."""
        from oases_desktop.gui.dates import display_date

        doc, scenario_id = self.document, self.scenario.currentData()
        self.changes.blockSignals(True)
        self.changes.clear()
        self.changes.addItem(self.tr("No changes page"), None)
        for baseline in doc.plan.baselines:
            if baseline.scenario_id == scenario_id:
                self.changes.addItem(f"{baseline.name} ({display_date(baseline.saved_on)})", baseline.name)
        shown = doc.baseline()
        self.changes.setCurrentIndex(max(self.changes.findData(shown.name if shown else None), 0))
        self.changes.setEnabled(self.changes.count() > 1)
        self.changes.blockSignals(False)

    def _default_path(self) -> Path:
        doc = self.document
        if doc.file_path is not None:
            return Path(doc.file_path).with_suffix(".pdf")
        last = self.settings.get("export/last_pdf_folder") if self.settings is not None else ""
        folder = (last if last and Path(last).is_dir() else
                  QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home()))
        title = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in (doc.plan.title or "plan")).strip()
        return Path(folder) / f"{title or 'plan'}.pdf"

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export PDF report"), self.path.text(), self.tr("PDF files (*.pdf)"))
        if chosen:
            self.path.setText(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")

    # options --------------------------------------------------------------------------------
    REMEMBERED = ("paper", "orientation", "scale", "fit_one_page", "compare_scenarios", "watermark")

    def _restore_options(self) -> None:
        """Offer the options of the last export (never its password, and the scenario stays the open one)."""
        saved = self.settings.get("export/pdf_options") if self.settings is not None else {}
        for combo, key in ((self.paper, "paper"), (self.orientation, "orientation"), (self.scale, "scale")):
            index = combo.findData(saved.get(key))
            if index >= 0:
                combo.setCurrentIndex(index)
        if isinstance(saved.get("fit_one_page"), bool):
            self.fit_one_page.setChecked(saved["fit_one_page"])
        if isinstance(saved.get("compare_scenarios"), bool) and self.compare.isEnabled():
            self.compare.setChecked(saved["compare_scenarios"])
        if isinstance(saved.get("watermark"), str):
            self.watermark.setCurrentText(saved["watermark"])

    def _remember_options(self, path: str) -> None:
        if self.settings is None:
            return
        options = self.options(with_password=False)
        remembered = {key: getattr(options, key) for key in self.REMEMBERED}
        remembered["watermark"] = remembered["watermark"] or ""
        if not self.compare.isEnabled():   # one scenario: keep the choice made for plans with several
            remembered["compare_scenarios"] = self.settings.get("export/pdf_options").get("compare_scenarios", True)
        self.settings.set("export/pdf_options", remembered)
        self.settings.set("export/last_pdf_folder", str(Path(path).parent))

    def options(self, with_password: bool = True):
        """The PdfOptions the form describes (the password left out for previews)."""
        from oases_desktop.core.export.options import PdfOptions

        watermark = self.watermark.currentText().strip() or None
        return PdfOptions(
            paper=self.paper.currentData(), orientation=self.orientation.currentData(),
            scenario_id=self.scenario.currentData(), password=(self.password.text() or None) if with_password else None,
            watermark=watermark, fit_one_page=self.fit_one_page.isChecked(), scale=self.scale.currentData(),
            compare_scenarios=self.compare.isChecked(), compare_against=self.compare_against.currentData(),
            issue_date=self.document.today or date.today(),
            baseline=self.changes.currentData(),
            stale_after_months=(self.settings or Settings()).get("library/stale_after_months"),
        )

    def _options_changed(self, *_args) -> None:
        self.status.setText(self.tr("Updating preview…"))
        self._timer.start()

    def _render_work(self, options):
        from oases_desktop.core.export.pdf import render_pdf

        plan, library = copy.deepcopy(self.document.plan), self.session.library()
        return lambda: render_pdf(plan, options, library=library)

    def _start(self, work, label: str, on_success, on_failure, on_cancel=None):
        """`work(progress)` in the dialog's one-thread pool, the dialog showing its own progress."""
        from oases_desktop.gui.background import run_in_background

        return run_in_background(self, work, label=label, on_success=on_success, on_failure=on_failure,
                                 on_cancel=on_cancel, pool=self.pool, progress_dialog=False)

    # preview --------------------------------------------------------------------------------
    def update_preview(self) -> None:
        """Render the report in the worker and show its pages when done (stale results dropped)."""
        self._job_number += 1
        number, render = self._job_number, self._render_work(self.options(with_password=False))
        self._start(lambda _progress: rasterise(render()), self.tr("Preview"),
                    lambda images: self._preview_ready(number, images),
                    lambda error: self._preview_failed(number, _message(error)))

    def _preview_ready(self, number: int, images) -> None:
        if number != self._job_number:
            return
        self.page_images = list(images)
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for index, image in enumerate(self.page_images):
            page = QLabel(self.pages)
            page.setPixmap(QPixmap.fromImage(image))
            page.setFrameShape(QFrame.Shape.Box)
            page.setToolTip(self.tr("Page %d") % (index + 1))
            self.pages_layout.addWidget(page)
        self.preview_title.setText(self.tr("Preview — %d pages") % len(self.page_images))
        self.status.setText("")

    def _preview_failed(self, number: int, message: str) -> None:
        if number == self._job_number:
            self.status.setText(message)

    # export ---------------------------------------------------------------------------------
    def start_export(self) -> None:
        """Check the form, then render and write the PDF in the worker."""
        if self.password.text() != self.password_again.text():
            QMessageBox.warning(self, self.tr("Passwords differ"), self.tr("Type the same password twice, or clear both."))
            return
        target = self.path.text().strip()
        if not target:
            QMessageBox.warning(self, self.tr("No file name"), self.tr("Choose where to save the PDF."))
            return
        if not Path(target).parent.is_dir():
            QMessageBox.warning(self, self.tr("Folder not found"), self.tr("The folder %s does not exist. Choose another.") % Path(target).parent)
            return
        self._job_number += 1
        self._export_job = number = self._job_number
        render = self._render_work(self.options())
        plan_file = self.document.file_path

        def work(progress):
            from oases_desktop.core.export.pdf import write_pdf

            data = render()
            progress.check()   # cancelled while rendering: nothing is written
            write_pdf(target, data, not_over={plan_file: "the plan file open in this window"})
            return target

        self._set_busy(True)
        self.status.setText(self.tr("Writing %s…") % target)
        self._export = self._start(work, self.tr("Export PDF report"), lambda path: self._export_done(number, path),
                                   lambda error: self._export_failed(number, _message(error)),
                                   lambda: self._export_done(number, None))

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.export_button.setEnabled(not busy)
        for widget in (self.paper, self.orientation, self.scenario, self.scale, self.fit_one_page, self.compare,
                       self.watermark, self.password, self.password_again, self.path):
            widget.setEnabled(not busy)
        self.compare_against.setEnabled(not busy and self.compare.isChecked())

    def _export_done(self, number: int, path) -> None:
        if number != self._export_job:
            return
        self._set_busy(False)
        if path is None:
            self.status.setText(self.tr("Export cancelled; nothing was written."))
            return
        self.status.setText(self.tr("Saved %s") % path)
        self._remember_options(str(path))
        self.exported.emit(str(path))
        self.accept()

    def _export_failed(self, number: int, message: str) -> None:
        if number != self._export_job:
            return
        self._set_busy(False)
        self.status.setText(message)
        QMessageBox.warning(self, self.tr("Export failed"), message)

    def cancel(self) -> None:
        """Cancel: stops an export before it writes; closes the dialog otherwise."""
        if self.progress.isVisible() and self._export is not None:
            self._export.cancel()
            self.status.setText(self.tr("Cancelling…"))
            return
        self.reject()

    def done(self, result: int) -> None:  # noqa: D401 - Qt override
        """Close only after the worker finished, so no job outlives the dialog."""
        self._timer.stop()
        if self._export is not None:
            self._export.cancel()
        self.pool.waitForDone(30000)
        super().done(result)
