"""A source as the advisor reads it: title, publisher, date, reliability, web address and the figures it backs.

Explanations and the eligibility detail pane link to sources as `oases-source:<id>`; `handle_link`
opens this dialog for those, the browser for web addresses and selects a step for `oases-step:<id>`.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from oases_desktop.gui.dates import display_date

SOURCE_SCHEME = "oases-source"
STEP_SCHEME = "oases-step"


def source_link(source_id: str, text: str) -> str:
    """HTML link that opens the source dialog."""
    return f"<a href='{SOURCE_SCHEME}:{escape(source_id)}'>{escape(text)}</a>"


def web_link(url: str) -> str:
    """A clickable web address (empty for none)."""
    return f"<a href='{escape(url)}'>{escape(url)}</a>" if url else ""


def handle_link(parent, url: QUrl, library, select_step=None) -> bool:
    """Follow a link of an explanation or detail pane; True when it was one of ours or a web address."""
    scheme = url.scheme()
    if scheme == SOURCE_SCHEME:
        try:
            source = library.source(url.path())
        except (KeyError, AttributeError):
            return False
        SourceDialog(source, library, parent).exec()
        return True
    if scheme == STEP_SCHEME and select_step is not None:
        select_step(url.path())
        return True
    if scheme in ("http", "https"):
        return QDesktopServices.openUrl(url)
    return False


class SourceDialog(QDialog):
    """Read-only: the source and every current figure of the library citing it."""

    def __init__(self, source, library, parent=None):
        super().__init__(parent)
        self.setWindowTitle(source.title)
        self.text = QTextBrowser(self)
        self.text.setOpenExternalLinks(True)
        self.text.setHtml(self.source_html(source, library))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def source_html(self, source, library) -> str:
        reliability = getattr(source.reliability, "value", source.reliability)
        rows = [f"<h3>{escape(source.title)}</h3>",
                f"<p>{escape(self.tr('Publisher'))}: {escape(source.publisher)}<br>"
                f"{escape(self.tr('Dated'))}: {escape(display_date(source.date))}<br>"
                f"{escape(self.tr('Reliability'))}: {escape(str(reliability))}</p>"]
        if source.url:
            rows.append(f"<p>{web_link(source.url)}</p>")
        facts = [library.latest(key) for key in library.fact_keys()]
        cited = sorted((f for f in facts if f.source_id == source.id), key=lambda f: f.label.casefold())
        if cited:
            items = "".join(f"<li>{escape(f.label)}: {escape(str(f.value))} {escape(f.unit.replace('_', ' '))}"
                            f" ({escape(self.tr('as of %s') % display_date(f.as_of))})</li>" for f in cited)
            rows.append(f"<p>{escape(self.tr('Figures from this source'))}:</p><ul>{items}</ul>")
        return "".join(rows)
