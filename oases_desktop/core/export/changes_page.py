"""The "Changes since <date>" page: each key milestone against a baseline, with its causes in plain sentences."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer
from reportlab.lib.styles import ParagraphStyle

from oases_desktop.core.export import style
from oases_desktop.core.export.fonts import BOLD, REGULAR
from oases_desktop.core.tracking.moved import Movement
from oases_desktop.core.tracking.changes_text import changes_text

_BODY = ParagraphStyle("changes", fontName=REGULAR, fontSize=style.BODY_SIZE, leading=12.5, textColor=style.INK)
_SMALL = ParagraphStyle("changes-small", parent=_BODY, fontSize=style.SMALL_SIZE, leading=10, textColor=style.MUTED)
_NAME = ParagraphStyle("changes-name", parent=_BODY, fontName=BOLD, spaceBefore=6)
_CAUSE = ParagraphStyle("changes-cause", parent=_BODY, fontSize=8.5, leading=11.5, leftIndent=14, bulletIndent=4)


def changes_story(movement: Movement, heading) -> list:
    """Flowables of the page; `heading(text)` makes a section heading in the report's style."""
    text = changes_text(movement)
    story = [PageBreak(), heading(text.title), Paragraph(escape(text.intro), _SMALL), Spacer(1, 6)]
    for block in text.milestones:
        story.append(KeepTogether([Paragraph(escape(block.heading), _NAME)]
                                  + [Paragraph(escape(b), _CAUSE, bulletText="\u2022") for b in block.bullets]))
    if text.footer:
        story += [Spacer(1, 8), Paragraph(escape(text.footer), _SMALL)]
    return story
