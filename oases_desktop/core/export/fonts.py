"""The bundled fonts, embedded in every PDF so it prints the same on any machine.

WenQuanYi Micro Hei (TrueType outlines, Chinese and Latin) sets all text; DejaVu Sans
Condensed Bold sets bold text that it fully covers (headings, table heads), and WQY takes over
for bold text with Chinese in it. ReportLab's built-in CID fonts are never used: they are not
embedded and reportlab 5.1 pairs MSung-Light with the wrong CMap (toolchain notes, section 5).
"""

from __future__ import annotations

from functools import lru_cache

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from oases_desktop.core.errors import ExportError
from oases_desktop.paths import resource_path

REGULAR = "OasesSans"
BOLD = "OasesSans-Bold"


@lru_cache(maxsize=1)
def register_fonts() -> frozenset[int]:
    """Register both fonts once per process; returns the code points the bold font covers."""
    try:
        regular = TTFont(REGULAR, str(resource_path("fonts", "wqy-microhei.ttc")), subfontIndex=0)
        bold = TTFont(BOLD, str(resource_path("fonts", "DejaVuSansCondensed-Bold.ttf")))
    except (OSError, Exception) as error:  # TTFError is a plain Exception subclass
        raise ExportError(f"The bundled PDF fonts could not be loaded ({error}). Reinstall the app.") from error
    pdfmetrics.registerFont(regular)
    pdfmetrics.registerFont(bold)
    # Binary (zlib) streams instead of ASCII85 on top: smaller files, and reportlab 5 has no C
    # accelerator for the ASCII85 encoder, which was a tenth of the report's time.
    rl_config.useA85 = 0
    return frozenset(bold.face.charToGlyph)


def font_for(text: str, bold: bool = False) -> str:
    """The font to set `text` in: bold falls back to the CJK font when a character is missing."""
    if not bold:
        return REGULAR
    covered = register_fonts()
    return BOLD if all(ord(char) in covered for char in text) else REGULAR


@lru_cache(maxsize=16384)
def text_width(text: str, font: str, size: float) -> float:
    """Width of `text` in points (cached: dates and labels repeat on every page)."""
    return pdfmetrics.stringWidth(text, font, size)


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """`text` cut with an ellipsis so it fits `width` points (whole text when it fits)."""
    if text_width(text, font, size) <= width:
        return text
    lo, hi = 0, len(text)
    while lo < hi:  # the longest prefix that fits with the ellipsis
        mid = (lo + hi + 1) // 2
        if text_width(text[:mid] + "…", font, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "…" if lo else ""
