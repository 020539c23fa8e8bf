"""File > Export Image: the timeline, the scenario comparison or the key milestone table for a
slide, saved as PNG (at a chosen DPI) or SVG, or copied to the clipboard as a picture.

The figure is core/export/image.py's, as `main.py export-image` writes it, cited from the
session's library; the preview is that PNG. Qt only shows it and puts it on the clipboard.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from oases_desktop.core.errors import OasesError
from oases_desktop.gui.error_reporting import show_error
from oases_desktop.gui.file_controller import _busy

PREVIEW_DPI = 72


class ImageExportDialog(QDialog):
    """Which figure, PNG or SVG, the DPI; a preview; Copy to Clipboard and Save."""

    def __init__(self, document, library, parent: QWidget | None = None, settings=None):
        super().__init__(parent)
        self.document, self.library, self.settings = document, library, settings
        self._figure = None
        self.setWindowTitle(self.tr("Export Image"))
        form = QFormLayout()
        self.what = QComboBox(self)
        self.what.addItem(self.tr("Timeline"), "timeline")
        if len(document.plan.scenarios) > 1:
            self.what.addItem(self.tr("Scenario comparison"), "comparison")
        self.what.addItem(self.tr("Key milestone table"), "milestones")
        self.format = QComboBox(self)
        self.format.addItem(self.tr("PNG picture"), "png")
        self.format.addItem(self.tr("SVG drawing (scales without blur)"), "svg")
        self.dpi = QSpinBox(self)
        self.dpi.setRange(72, 600)
        self.dpi.setSingleStep(50)
        self.dpi.setValue(int(settings.get("export/image_dpi") or 150) if settings else 150)
        self.dpi.setSuffix(self.tr(" DPI"))
        form.addRow(self.tr("Figure:"), self.what)
        form.addRow(self.tr("Format:"), self.format)
        form.addRow(self.tr("Resolution:"), self.dpi)
        self.size_label = QLabel(self)
        form.addRow(self.tr("Size:"), self.size_label)
        self.preview = QLabel(self)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea(self)
        scroll.setWidget(self.preview)
        scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = buttons.addButton(self.tr("Copy to Clipboard"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = buttons.addButton(self.tr("Save…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        self.save_button.clicked.connect(lambda: self.save())
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.what.currentIndexChanged.connect(self._rebuild)
        self.format.currentIndexChanged.connect(self._update_size)
        self.dpi.valueChanged.connect(self._update_size)
        self.resize(1040, 640)
        self._rebuild()

    def figure(self):
        """The figure chosen (built once per choice); OasesError when it cannot be drawn."""
        if self._figure is None:
            from oases_desktop.core.export.image import build_figure

            with _busy():
                self._figure = build_figure(self.document.plan, self.what.currentData(), library=self.library,
                                            scenario_id=self.document.scenario_id)
        return self._figure

    def _rebuild(self) -> None:
        from oases_desktop.core.export.image import figure_png

        self._figure = None
        try:
            image = QImage.fromData(figure_png(self.figure(), PREVIEW_DPI), "PNG")
        except OasesError as error:
            self.preview.setText(str(error))
            self.copy_button.setEnabled(False)
            self.save_button.setEnabled(False)
            return
        self.copy_button.setEnabled(True)
        self.save_button.setEnabled(True)
        self.preview.setPixmap(QPixmap.fromImage(image))
        self._update_size()

    def _update_size(self) -> None:
        from oases_desktop.core.export.image import pixel_size

        png = self.format.currentData() == "png"
        self.dpi.setEnabled(png)
        if self._figure is None:
            return
        if png:
            self.size_label.setText(self.tr("%d × %d pixels") % pixel_size(self._figure, self.dpi.value()))
        else:
            self.size_label.setText(self.tr("%.1f × %.1f cm") % (self._figure.width * 2.54 / 72,
                                                                  self._figure.height * 2.54 / 72))

    def image_data(self, fmt: str) -> bytes:
        from oases_desktop.core.export.image import image_bytes

        with _busy():
            return image_bytes(self.figure(), fmt, self.dpi.value())

    def copy_to_clipboard(self) -> bool:
        """The figure on the clipboard as a picture (the PNG at the DPI chosen), for a slide.

        Through setImage, not a QMimeData made here: with PySide6 6.11 (offscreen, measured) the app
        crashes at exit while the clipboard holds a Python-made QMimeData; so no SVG on the clipboard."""
        try:
            png = self.image_data("png")
        except OasesError as error:
            show_error(self, error, self.tr("Cannot copy the image"))
            return False
        QGuiApplication.clipboard().setImage(QImage.fromData(png, "PNG"))
        self._remember()
        self._status(self.tr("Copied the %s to the clipboard") % self.what.currentText().lower())
        return True

    def save(self, path: str | None = None) -> bool:
        """Write the figure (asking where when `path` is None); the old file is kept if it cannot be."""
        from oases_desktop.core.atomic import WriteError, write_atomic

        fmt = self.format.currentData()
        if path is None:
            folder = Path((self.settings.get("export/last_pdf_folder") if self.settings else None) or Path.home())
            name = f"{self.what.currentData()}.{fmt}"
            file_filter = self.tr("PNG pictures (*.png)") if fmt == "png" else self.tr("SVG drawings (*.svg)")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export Image"), str(folder / name), file_filter)
            if not path:
                return False
            if not path.lower().endswith(f".{fmt}"):
                path += f".{fmt}"
        try:
            write_atomic(path, self.image_data(fmt))
        except (OasesError, WriteError) as error:
            show_error(self, OasesError(str(error)), self.tr("Export failed"))
            return False
        if self.settings:
            self.settings.set("export/last_pdf_folder", str(Path(path).parent))
        self._remember()
        self._status(self.tr("Exported %s") % path)
        return True

    def _remember(self) -> None:
        if self.settings:
            self.settings.set("export/image_dpi", self.dpi.value())

    def _status(self, text: str) -> None:
        bar = getattr(self.parent(), "statusBar", None)
        if callable(bar):
            bar().showMessage(text, 5000)

