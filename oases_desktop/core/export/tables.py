"""Tables of plain text for the report: cells are wrapped strings, never markup.

A ReportLab Table draws string cells literally (a user's "<b>unclosed" prints as typed), and
pre-wrapping with simpleSplit is much faster than one Paragraph per cell on 2,000-row plans.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.colors import white
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import LongTable, TableStyle

from oases_desktop.core.export import style
from oases_desktop.core.export.fonts import BOLD, REGULAR, font_for

CELL_SIZE = 7.5
HEAD_SIZE = 7.5
PAD = 3.0


def _hard_break(line: str, font: str, size: float, width: float) -> list[str]:
    """Cut a line with no space to break at (a URL, a fact key) at the last character that fits."""
    pieces: list[str] = []
    while line and stringWidth(line, font, size) > width:
        cut = len(line) - 1
        while cut > 1 and stringWidth(line[:cut], font, size) > width:
            cut -= 1
        pieces.append(line[:cut])
        line = line[cut:]
    return [*pieces, line] if line else pieces


def _wrap(text: str, font: str, size: float, width: float, max_lines: int) -> str:
    lines: list[str] = []
    for paragraph in str(text).splitlines() or [""]:
        for line in simpleSplit(paragraph, font, size, width) or [""]:
            lines.extend(_hard_break(line, font, size, width) or [""])
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1].rstrip()[: max(0, len(lines[-1]) - 1)] + "…"
    return "\n".join(lines)


def text_table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    fractions: Sequence[float],
    width: float,
    emphasis: Sequence[int] = (),
    warn: Sequence[tuple[int, int]] = (),
    max_lines: int = 4,
) -> LongTable:
    """A full-width table: navy header repeated on each page, zebra rows, wrapped cells.

    `emphasis` rows (body indices) are set in the critical colour; `warn` (row, column) cells
    in the warning colour.
    """
    total = sum(fractions)
    widths = [width * f / total for f in fractions]
    body = [
        [_wrap(cell, REGULAR, CELL_SIZE, w - 2 * PAD, max_lines) for cell, w in zip(row, widths)]
        for row in rows
    ]
    head = [_wrap(text, BOLD, HEAD_SIZE, w - 2 * PAD, 2) for text, w in zip(header, widths)]
    table = LongTable([head, *body], colWidths=widths, repeatRows=1)
    commands = [
        ("FONT", (0, 0), (-1, 0), font_for("".join(header), bold=True), HEAD_SIZE, HEAD_SIZE + 1.5),
        ("FONT", (0, 1), (-1, -1), REGULAR, CELL_SIZE, CELL_SIZE + 2),
        ("BACKGROUND", (0, 0), (-1, 0), style.NAVY),
        ("TEXTCOLOR", (0, 0), (-1, 0), white),
        ("TEXTCOLOR", (0, 1), (-1, -1), style.INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, style.GRID),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, style.ZEBRA]),
    ]
    commands += [("TEXTCOLOR", (0, r + 1), (min(3, len(widths) - 1), r + 1), style.CRITICAL_EDGE) for r in emphasis]
    commands += [("TEXTCOLOR", (c, r + 1), (c, r + 1), style.WARN) for r, c in warn]
    table.setStyle(TableStyle(commands))
    return table
