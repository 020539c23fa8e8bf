"""What every page carries: header, footer with 'Page X of Y', and the optional watermark.

The page total is only known once all pages are laid out, so the canvas keeps each finished
page's state and draws the footers in `save()` (the usual ReportLab two-pass recipe). The
watermark needs no total: it is drawn as each page starts, so it lies behind the page's content.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from oases_desktop.core.export import style
from oases_desktop.core.export.fonts import REGULAR, fit_text, font_for, text_width
from oases_desktop.core.export.ink import Texts

MARGIN = 36.0          # half an inch: inside every printer's unprintable border
HEADER_HEIGHT = 22.0
FOOTER_HEIGHT = 22.0


@dataclass(frozen=True)
class Decor:
    """The texts of the header and footer and the watermark, all plain user text."""

    header_left: str
    header_right: str
    footer_left: str
    footer_right: str          # before "Page X of Y", e.g. the date of issue
    footer_centre: str
    watermark: str | None = None


def _draw_header_footer(c: Canvas, decor: Decor, width: float, height: float, page: int, total: int) -> None:
    size = style.SMALL_SIZE
    top = height - MARGIN + 6
    bottom = MARGIN - 14
    c.setStrokeColor(style.ACCENT)
    c.setLineWidth(0.6)
    c.lines(((MARGIN, top - 5, width - MARGIN, top - 5), (MARGIN, bottom + 10, width - MARGIN, bottom + 10)))
    half = (width - 2 * MARGIN) / 2 - 8
    third = (width - 2 * MARGIN) / 3 - 6
    head_font = font_for(decor.header_left, bold=True)
    number = f"{decor.footer_right} · Page {page} of {total}" if decor.footer_right else f"Page {page} of {total}"
    texts = Texts(c)
    texts.add(MARGIN, top, fit_text(decor.header_left, head_font, size, half), head_font, size, style.NAVY)
    texts.add(width - MARGIN, top, fit_text(decor.header_right, REGULAR, size, half), REGULAR, size, style.MUTED,
              align="right")
    texts.add(MARGIN, bottom, fit_text(decor.footer_left, REGULAR, size, third), REGULAR, size, style.MUTED)
    texts.add(width / 2, bottom, fit_text(decor.footer_centre, REGULAR, size, third), REGULAR, size, style.MUTED,
              align="centre")
    texts.add(width - MARGIN, bottom, number, REGULAR, size, style.INK, align="right")
    texts.flush()


def _draw_watermark(c: Canvas, text: str, width: float, height: float) -> None:
    c.saveState()
    size = min(110.0, (min(width, height) * 1.1) / max(text_width(text, font_for(text, True), 1.0), 1.0))
    c.setFillColor(style.WATERMARK)
    c.setFillAlpha(0.35)
    c.translate(width / 2, height / 2)
    c.rotate(30 if width > height else 55)
    c.setFont(font_for(text, bold=True), size)
    c.drawCentredString(0, -size / 3, text)
    c.restoreState()


def canvas_class(decor: Decor, cover_pages: int = 1) -> type[Canvas]:
    """A Canvas that numbers pages 'X of Y' and draws the header/footer past the cover."""

    class DecoratedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            # else Helvetica, which is never embedded, slips into every page's resources
            kwargs["initialFontName"] = kwargs.get("initialFontName") or REGULAR
            kwargs["initialFontSize"] = kwargs.get("initialFontSize") or style.BODY_SIZE
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []
            self._marks: dict[int, list] = {}   # page index -> destinations to make once the page exists
            self._replaying = False
            self._watermark()

        def bookmarkPage(self, key, **kwargs):  # noqa: N802 - ReportLab's name
            """A named destination on this page (an outline entry or a link points at it); made in save(),
            when the page object exists (until then every page would be the first)."""
            if self._replaying:
                return super().bookmarkPage(key, **kwargs)
            self._marks.setdefault(len(self._pages), []).append((key, kwargs))
            return None

        def _watermark(self) -> None:
            """Under everything the page will draw: the first marks of a fresh page."""
            if decor.watermark:
                _draw_watermark(self, decor.watermark, *self._pagesize)

        def showPage(self):  # noqa: N802 - ReportLab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()
            self._watermark()

        def save(self):
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                width, height = self._pagesize
                if number > cover_pages:
                    _draw_header_footer(self, decor, width, height, number, total)
                self._replaying = True
                for key, kwargs in self._marks.get(number - 1, ()):
                    self.bookmarkPage(key, **kwargs)
                self._replaying = False
                super().showPage()
            super().save()

    return DecoratedCanvas
