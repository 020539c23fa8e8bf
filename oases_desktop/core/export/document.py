"""Turn ReportData and timeline layouts into PDF bytes: cover, sections, tables, timeline tiles.

User text reaches the page only as canvas strings, table strings or escaped Paragraph text,
so nothing a client or an imported plan typed is ever parsed as ReportLab markup.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, replace
from xml.sax.saxutils import escape

from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.lib.styles import ParagraphStyle

from oases_desktop.core.export import style
from oases_desktop.core.export.decor import FOOTER_HEIGHT, HEADER_HEIGHT, MARGIN, Decor, canvas_class
from oases_desktop.core.export.fonts import BOLD, REGULAR, fit_text, font_for, text_width
from oases_desktop.core.export.report import ReportData
from oases_desktop.core.export.tables import text_table, wrap_cell
from oases_desktop.core.export.tiling import AXIS_HEIGHT, LEGEND_HEIGHT, TilePlan
from oases_desktop.core.export.timeline_draw import Frame as TileFrame
from oases_desktop.core.export.timeline_draw import Pages, RowIndex, draw_tile
from oases_desktop.core.layout.timeline import TimelineLayout

BODY = ParagraphStyle("body", fontName=REGULAR, fontSize=style.BODY_SIZE, leading=12.5, textColor=style.INK)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=style.SMALL_SIZE, leading=10, textColor=style.MUTED)
BULLET = ParagraphStyle("bullet", parent=BODY, fontSize=8.5, leading=11.5, leftIndent=12, bulletIndent=3,
                        bulletFontName=REGULAR)
HEADING_GAP = 30.0     # points a section heading takes above a timeline tile
SUBHEADING_SIZE = 11.5
TILE_HEADING_SIZE = 12.5


OUTLINE_LEVELS = {style.HEADING_SIZE: 0, SUBHEADING_SIZE: 1}   # heading size -> level of its PDF bookmark


def _heading(text: str, size: float = style.HEADING_SIZE, space_before: float = 0,
             outline: tuple[str, int] | None = None, anchor: str | None = None) -> Paragraph:
    """A heading in the bold face when it covers the text, else the CJK face; kept with what follows
    it (never left alone at the foot of a page). Sections and their parts get a PDF bookmark
    (`outline`: its title and level; by default the heading's own text at its size's level)."""
    font = font_for(text, bold=True)
    heading = ParagraphStyle("h", fontName=font, fontSize=size, leading=size * 1.25, textColor=style.NAVY,
                             spaceBefore=space_before, spaceAfter=size * 0.45, keepWithNext=1)
    paragraph = Paragraph((f'<a name="{anchor}"/>' if anchor else "") + escape(text), heading)
    level = OUTLINE_LEVELS.get(size)
    paragraph.outline = outline or ((text, level) if level is not None else None)
    return paragraph


class _ReportTemplate(BaseDocTemplate):
    """The report's pages; each heading with an outline becomes a bookmark in the PDF's outline."""

    def afterFlowable(self, flowable):  # noqa: N802 - ReportLab's name
        outline = getattr(flowable, "outline", None)
        if outline:
            title, level = outline
            key = f"section-{id(flowable)}"
            self.canv.bookmarkPage(key, fit="XYZ", top=self.frame._y + flowable.height + 12, left=0, zoom=0)
            self.canv.addOutlineEntry(title, key, level)


def _para(text: str, paragraph_style: ParagraphStyle = BODY) -> Paragraph:
    return Paragraph(escape(text), paragraph_style)


class TimelineTile(Flowable):
    """One page-sized piece of a timeline, drawn straight from the layout."""

    def __init__(self, layout: TimelineLayout, plan: TilePlan, index: int, width: float, height: float,
                 rows: RowIndex):
        super().__init__()
        self.layout, self.plan, self.index, self.rows = layout, plan, index, rows
        self.width, self.height = width, height

    def wrap(self, available_width, available_height):
        return self.width, self.height

    def draw(self):
        # every tile fills one page, in order: the first tile is this page less this tile's index
        pages = Pages(self.plan.tiles, self.index, self.canv.getPageNumber() - self.index)
        zoom = self.plan.zoom
        self.canv.saveState()
        self.canv.scale(zoom, zoom)   # large paper: the tile was planned for a page `zoom` times smaller
        draw_tile(self.canv, self.layout, self.plan.tiles[self.index],
                  TileFrame(0, 0, self.width / zoom, self.height / zoom), self.plan.row_height, self.rows, pages,
                  self.plan.label_width)
        self.canv.restoreState()


TITLE_SIZES = (26.0, 22.0, 18.0, 15.0)   # the cover title steps down to fit three lines, never cut


def cover_title_lines(title: str, font: str, width: float) -> tuple[float, list[str]]:
    """The cover title wrapped within `width` (a run of Chinese breaks between characters), at the largest
    size that fits it on three lines; at the smallest it takes the lines it needs: never clipped."""
    for size in TITLE_SIZES:
        lines = wrap_cell(title, font, size, width, 10_000)
        if len(lines) <= 3:
            break
    return size, lines


def _cover(c: Canvas, report: ReportData, scenario_label: str) -> None:
    width, height = c._pagesize
    c.bookmarkPage("cover")
    c.addOutlineEntry("Cover", "cover", 0)
    c.saveState()
    c.setFillColor(style.NAVY)
    c.rect(0, height - 14, width, 14, stroke=0, fill=1)
    left = MARGIN + 18
    y = height * 0.70
    c.setFillColor(style.ACCENT)
    c.setFont(BOLD, 10)
    c.drawString(left, y + 40, "REGULATORY PATHWAY PLAN · HONG KONG AND THE GREATER BAY AREA")
    title_font = font_for(report.title, bold=True)
    panel_beside = bool(report.milestones) and width > height
    title_width = (width * 0.57 - left - 24) if panel_beside else width - 2 * left
    size, lines = cover_title_lines(report.title, title_font, title_width)
    c.setFillColor(style.NAVY)
    c.setFont(title_font, size)
    for line in lines:
        c.drawString(left, y, line)
        y -= size * 1.23
    c.setStrokeColor(style.ACCENT)
    c.setLineWidth(1.2)
    c.line(left, y + size * 0.46, left + 90, y + size * 0.46)   # under the last line at any title size
    y -= 16
    facts = [("Prepared for", report.client), ("Product", report.product), ("Advisor", report.advisor or "—"),
             ("Scenario", scenario_label), ("Date of issue", style.fmt_date(report.issue_date)),
             ("Status date", style.fmt_date(report.as_of))]
    for label, value in facts:
        c.setFillColor(style.MUTED)
        c.setFont(REGULAR, 9)
        c.drawString(left, y, label)
        c.setFillColor(style.INK)
        c.setFont(REGULAR, 12)
        value_lines = wrap_cell(value, REGULAR, 12, title_width - 110, 3) if value else [""]
        for line in value_lines:
            c.drawString(left + 110, y, line)
            y -= 16
        y -= 4
    if report.confidentiality:
        mark = report.confidentiality.upper()
        font = font_for(mark, bold=True)
        box = min(width - 2 * left, max(140.0, c.stringWidth(mark, font, 10) + 24))
        c.setStrokeColor(style.CRITICAL_EDGE)
        c.setFillColor(style.CRITICAL_EDGE)
        c.setLineWidth(1)
        c.rect(left, y - 14, box, 22, stroke=1, fill=0)
        c.setFont(font, 10)
        c.drawCentredString(left + box / 2, y - 7, mark)
    if report.milestones:
        if panel_beside:
            _cover_key_dates(c, report, width * 0.57, height * 0.70 + 40, width * 0.43 - MARGIN - 18)
        else:
            _cover_key_dates(c, report, left, y - 50, width - 2 * left)
    c.setFillColor(style.MUTED)
    c.setFont(REGULAR, style.SMALL_SIZE)
    c.drawString(left, MARGIN, f"Prepared with {report.app}. Dates are forecasts; see the disclaimer at the end.")
    c.restoreState()


def _cover_key_dates(c: Canvas, report: ReportData, x: float, top: float, width: float) -> None:
    """A panel of the key milestones (P50 and P80, the likely date labelled) for the reader who reads only the cover."""
    rows = report.milestones[:6]
    simulated = any(m.p50 or m.p80 for m in rows)
    note = simpleSplit(report.simulation.sentence(), REGULAR, style.MIN_SIZE, width - 24)
    height = 34 + 40 * len(rows) + 9 * len(note) + 6
    c.setFillColor(style.ZEBRA)
    c.setStrokeColor(style.GRID)
    c.rect(x, top - height, width, height, stroke=1, fill=1)
    c.setFillColor(style.NAVY)
    c.rect(x, top - 3, width, 3, stroke=0, fill=1)
    c.setFont(BOLD, 10)
    c.drawString(x + 12, top - 20, "KEY DATES")
    c.setFont(REGULAR, style.SMALL_SIZE)
    c.setFillColor(style.MUTED)
    c.drawRightString(x + width - 12, top - 20, "P50  ·  P80" if simulated else "not simulated")
    y = top - 42
    for mark in rows:
        c.setFillColor(style.INK)
        c.setFont(REGULAR, 9)
        c.drawString(x + 12, y, fit_text(mark.name, REGULAR, 9, width - 24))
        c.setFont(BOLD, 10.5)
        c.setFillColor(style.NAVY)
        headline = f"P50 {style.fmt_date(mark.p50)}" if simulated else f"Likely {style.fmt_date(mark.likely)}"
        c.drawString(x + 12, y - 13, headline)
        c.setFont(REGULAR, 9)
        c.setFillColor(style.MUTED)
        if simulated:
            c.drawString(x + 12 + c.stringWidth(headline, BOLD, 10.5) + 8, y - 13, f"P80 {style.fmt_date(mark.p80)}")
        likely = f"{style.fmt_date(mark.likely)} if every step takes its likely time"
        c.setFont(REGULAR, style.MIN_SIZE)
        c.drawString(x + 12, y - 24, fit_text(likely if simulated else "(every step at its likely time)",
                                              REGULAR, style.MIN_SIZE, width - 24))
        y -= 40
    c.setFont(REGULAR, style.MIN_SIZE)
    for line in note:
        c.drawString(x + 12, y + 4, line)
        y -= 9


@dataclass(frozen=True)
class SummaryFit:
    """How tightly the summary is set: spacing, conditions in one or two columns, bullet size."""

    gap: float = 1.0            # multiplier of the spaces between blocks
    columns: int = 1            # a route's conditions in one column or two side by side
    bullet_size: float = 8.5


NORMAL_FIT = SummaryFit()
# Tried in order when the summary spills a little onto a second page; never below style.MIN_SIZE.
TIGHTER_FITS = (
    SummaryFit(gap=0.5),
    SummaryFit(gap=0.5, columns=2),
    SummaryFit(gap=0.4, columns=2, bullet_size=7.5),
    SummaryFit(gap=0.3, columns=2, bullet_size=style.MIN_SIZE),
    SummaryFit(gap=0.4, bullet_size=7.5),                 # pages too narrow for two columns
    SummaryFit(gap=0.3, bullet_size=style.MIN_SIZE),
)
TWO_COLUMNS_FROM = 560.0    # points of frame width below which conditions stay in one column


def source_anchor(source_id: str) -> str:
    """The named destination of a source's entry in the appendix (inline citations link to it)."""
    return "source-" + re.sub(r"[^A-Za-z0-9_.-]", "_", source_id)


def _cited(text: str, citation: tuple[str, str] | None, listed: frozenset[str]) -> str:
    """Paragraph markup of `text` (escaped) with its short citation, linked to the appendix entry when
    the appendix lists the source (`listed`: their ids)."""
    if citation is None:
        return escape(text)
    source_id, short = citation
    cite = f'<a href="#{source_anchor(source_id)}">{escape(short)}</a>' if source_id in listed else escape(short)
    return f'{escape(text)} <font color="#{style.MUTED.hexval()[2:]}">— {cite}</font>'


def _conditions(reasons: tuple[str, ...], fit: SummaryFit, width: float,
                citations: tuple[tuple[str, str] | None, ...] = (), listed: frozenset[str] = frozenset()) -> list:
    """A route's conditions as bullets, each citing its source and date inline (linked to the appendix's
    entry); in two columns (down the left, then the right) when asked."""
    size = fit.bullet_size
    bullet = ParagraphStyle("bullet-fit", parent=BULLET, fontSize=size, leading=round(size * 1.3, 1))
    cites = list(citations) + [None] * (len(reasons) - len(citations))
    paras = [Paragraph(_cited(reason, cite, listed), bullet, bulletText="•") for reason, cite in zip(reasons, cites)]
    if fit.columns == 1 or len(paras) < 2:
        return paras
    half = (len(paras) + 1) // 2
    table = Table([[paras[:half], paras[half:]]], colWidths=[width / 2] * 2)
    # FONTNAME: a Table sets its cells' font even around flowables; the default would pull in a
    # non-embedded Helvetica.
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 6), ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return [table]


def milestone_table(report: ReportData, width: float):
    """The summary's key milestone table (P50/P80 when simulated, likely, what drives it), also drawn as an image."""
    simulated = any(m.p50 or m.p80 for m in report.milestones)
    rows = [[m.name, *((style.fmt_date(m.p50), style.fmt_date(m.p80)) if simulated else ()), style.fmt_date(m.likely),
             (_chain(m.drivers) if m.drivers else "—") + (f" (+{len(m.near)} near-critical)" if m.near else "")]
            for m in report.milestones]
    head = ["Key milestone", *(("P50", "P80") if simulated else ()), "Likely (every step at its likely time)",
            "Driven by (first → … → last step)"]
    return text_table(head, rows, [2.6, *((1.1, 1.1) if simulated else ()), 1.5, 4.2], width)


def _summary_story(report: ReportData, width: float, fit: SummaryFit, keep_together: bool = True) -> list:
    """The summary's flowables; `keep_together=False` only to measure (KeepTogether always asks to split)."""
    listed = frozenset(s.id for s in report.sources)
    story: list = [_heading("Summary")]
    story.append(_para(f"Scenario: {report.scenario_name}. Product: {report.product}. {report.simulation.sentence()}"))
    story.append(Spacer(1, 8 * fit.gap))
    if report.milestones:
        story.append(milestone_table(report, width))
        if report.buffers:
            story.append(_para("Sittings — " + "; ".join(report.buffers) + ".", SMALL))
    else:
        story.append(_para("This scenario has no key milestones marked.", SMALL))
    if report.targets:
        story += [Spacer(1, 10 * fit.gap), _heading("The client's target dates", SUBHEADING_SIZE)]
        story += _conditions(tuple(f"{t.name}: {t.sentence}" for t in report.targets), replace(fit, columns=1), width)
    if report.open_points:
        story += [Spacer(1, 10 * fit.gap), _heading("To check", SUBHEADING_SIZE)]
        story += _conditions(tuple(p.text for p in report.open_points), replace(fit, columns=1), width,
                             tuple(p.citation for p in report.open_points), listed)
    if report.routes:
        story += [Spacer(1, 10 * fit.gap), _heading("Routes chosen", SUBHEADING_SIZE)]
        story += _conditions(tuple(f"{r.name} — {r.status}" for r in report.routes), replace(fit, columns=1), width)
        story.append(Paragraph(f'Each condition with its source: <a href="#{ELIGIBILITY_ANCHOR}">'
                               f'{escape(ELIGIBILITY_TITLE)}</a>, after the timeline.', SMALL))
    if report.not_taken:
        story += [Spacer(1, 10 * fit.gap), _heading("Routes not taken", SUBHEADING_SIZE)]
        story += _conditions(tuple(r.text for r in report.not_taken), replace(fit, columns=1), width,
                             tuple(r.citation for r in report.not_taken), listed)
    notes = ((f"Working days are counted on the {report.calendar_data}.",) if report.calendar_data else ()) \
        + tuple(report.warnings)
    if notes:
        story += [Spacer(1, 6 * fit.gap), _heading("Scheduling notes", SUBHEADING_SIZE)]
        story += _conditions(notes, replace(fit, columns=1), width)
    return story


ELIGIBILITY_TITLE = "Routes chosen and why the product is eligible"
ELIGIBILITY_ANCHOR = "eligibility"


def _eligibility(report: ReportData, width: float) -> list:
    """Each chosen route's conditions, every one citing its source and date (linked to the Sources)."""
    if not report.routes:
        return []
    listed = frozenset(s.id for s in report.sources)
    story = [PageBreak(), _heading(ELIGIBILITY_TITLE, anchor=ELIGIBILITY_ANCHOR),
             _para("Judged on the date of issue, counting what this plan's own steps supply from the day they finish "
                   "('Planned'). Each line names its source and date; the full entry is in the Sources.", SMALL),
             Spacer(1, 6)]
    for route in report.routes:
        block = [_heading(f"{route.name} — {route.status}", 9.5)]
        block += _conditions(route.reasons, NORMAL_FIT, width, route.citations, listed)
        story += [KeepTogether(block), Spacer(1, 4)]
    return story


def _chain(names: tuple[str, ...], ends: int = 1) -> str:
    """A driving path told short: its first step, then the last `ends` before the milestone."""
    if len(names) <= ends + 2:
        return " → ".join(names)
    return " → ".join((names[0], "…", *names[-ends:]))


def _fits_one_frame(story: list, width: float, height: float) -> bool:
    """Whether the flowables all fit one body frame, tried on a scratch canvas."""
    frame = Frame(0, 0, width, height, 0, 0, 0, 0)
    pending = list(story)
    frame.addFromList(pending, Canvas(io.BytesIO()))
    return not pending


def _summary(report: ReportData, width: float, height: float | None = None) -> list:
    """The summary page; set tighter (down to the legible minimum) when that keeps it on one page."""
    story = _summary_story(report, width, NORMAL_FIT)
    if height is None or _fits_one_frame(_summary_story(report, width, NORMAL_FIT, False), width, height):
        return story
    for fit in TIGHTER_FITS:
        if fit.columns == 2 and width < TWO_COLUMNS_FROM:
            continue
        if _fits_one_frame(_summary_story(report, width, fit, False), width, height):
            return _summary_story(report, width, fit)
    return story   # too long to fit however tight: let it flow onto the next page at the normal size


def _timeline(layout: TimelineLayout, plan: TilePlan, title: str, width: float, height: float) -> list:
    story: list = []
    count = len(plan.tiles)
    rows = RowIndex(layout)
    for index, tile in enumerate(plan.tiles):
        part = f" — part {index + 1} of {count}" if count > 1 else ""
        if plan.condensed:
            part += " — one row per route (every step is in the step table)"
        needed = (AXIS_HEIGHT + tile.drawn_rows * plan.row_height + LEGEND_HEIGHT + 2) * plan.zoom
        # one line, always: each tile must fill exactly one page (links name pages by that count)
        font = font_for(f"{title}{part}", bold=True)
        heading = fit_text(title, font, TILE_HEADING_SIZE, width - text_width(part, font, TILE_HEADING_SIZE) - 4)
        outline = (title, 0) if index == 0 else (f"Part {index + 1} of {count}", 1)
        story += [PageBreak(), _heading(f"{heading}{part}", TILE_HEADING_SIZE, outline=outline),
                  TimelineTile(layout, plan, index, width, min(height - HEADING_GAP, needed), rows)]
    return story


def _steps(report: ReportData, width: float) -> list:
    """The step table, grouped by route in the timeline's lane order."""
    rows, groups, emphasis, warn = [], {}, [], []
    for step in report.steps:
        if not rows or report.steps[len(rows) - 1].route != step.route:
            groups[len(rows)] = step.route
        if step.critical:
            emphasis.append(len(rows))
        if step.estimate:
            warn.append((len(rows), 5))   # the basis column
        path = "\n".join(word for word, on in (("drives", step.driving), ("critical", step.critical)) if on)
        rows.append([step.name, style.fmt_date(step.start), style.fmt_date(step.finish), path, step.duration, step.basis,
                     step.sources])
    return [PageBreak(), _heading("Steps"),
            _para("Grouped by route. Path: 'drives' marks a step that sets a key milestone's date (outlined on the "
                  "timeline), 'critical' one with no float to the plan's finish (in red). The basis names the "
                  "published figure a duration rests on and who published it when; 'Estimate' means no published "
                  "figure backs the duration: it is the advisor's judgement.", SMALL), Spacer(1, 6),
            text_table(["Step", "Start", "Finish", "Path", "Duration (min–max)", "Basis", "Sources"],
                       rows, [3.0, 1.1, 1.1, 0.8, 2.1, 2.9, 2.0], width, emphasis, warn, groups=groups),
            *_adjustments(report, width)]


def _adjustments(report: ReportData, width: float) -> list:
    """The durations the advisor set apart from their sourced figure, each beside that figure."""
    if not report.adjustments:
        return []
    rows = [[a.step, a.text, a.figure] for a in report.adjustments]
    return [Spacer(1, 10), CondPageBreak(80), _heading("Advisor's adjustments", SUBHEADING_SIZE),
            _para("Durations the advisor set apart from the published figure they cite, with that figure and its "
                  "source.", SMALL), Spacer(1, 4),
            text_table(["Step", "Advisor's figure and the source figure", "Figure"], rows, [3.2, 5.2, 3.6], width)]


def _comparison(report: ReportData, layout: TimelineLayout | None, plan: TilePlan | None, width: float,
                height: float) -> list:
    if not report.comparison:
        return []
    story: list = []
    if layout is not None and plan is not None:
        story += _timeline(layout, plan, "Scenario comparison", width, height)
    else:
        story += [PageBreak(), _heading("Scenario comparison")]
    others = report.scenario_names[1:]
    header = ["Milestone", *report.scenario_names,
              *(("Change",) if len(others) == 1 else (f"Change: {name}" for name in others))]
    rows = []
    for line in report.comparison:
        # each scenario's date, with the name its own step gives the milestone underneath
        dates = [style.fmt_date(d) + (f"\n{name}" if d and name and name != line.milestone else "")
                 for d, name in zip(line.dates, line.step_names or (None,) * len(line.dates))]
        changes = [days if months in ("—", "same") else f"{days}\n{months}"
                   for days, months in zip(line.deltas[1:], (line.delta_months or line.deltas)[1:])]
        rows.append([line.milestone, *dates, *changes])
    fractions = [2.2, *([2.0] * len(report.scenario_names)), *([1.1] * len(others))]
    story += [Spacer(1, 8), CondPageBreak(90), _heading("Milestone dates by scenario", SUBHEADING_SIZE),
              _para(f"Milestones are matched on what they achieve, whatever the step is called in each scenario. "
                    f"Changes are against the baseline scenario: {report.scenario_names[0]}.", SMALL), Spacer(1, 4),
              text_table(header, rows, fractions, width)]
    if report.comparison_targets:
        rows = [[f"{line.milestone}\nby {style.fmt_date(line.target)}", *line.verdicts]
                for line in report.comparison_targets]
        missed = [(i, 1 + c) for i, line in enumerate(report.comparison_targets) for c, made in enumerate(line.made)
                  if made is False]
        story += [Spacer(1, 8), CondPageBreak(70), _heading("Client's target dates by scenario", 11.5),
                  _para("Which scenario's likely path makes each target, by how many days, and the share of its "
                        "simulated runs that do; the milestone is matched as above.", SMALL), Spacer(1, 4),
                  text_table(["Target", *report.scenario_names], rows, [2.2, *([2.0] * len(report.scenario_names))],
                             width, warn=missed)]
    return story


def _reliability(tag: str) -> str:
    """How a reliability tag prints: a low one is marked (and its cell shaded as a warning)."""
    return {"low": "LOW: verify", "official": "official", "secondary": "secondary", "inference": "inference",
            "estimate": "estimate"}.get(tag, tag or "-")


def _appendix(report: ReportData, width: float) -> list:
    limit_months = report.stale_after_months
    flag = f"check: over {limit_months} months old"
    story: list = [PageBreak(), _heading("Sources")]
    story.append(_para(
        f"'Check' marks a figure (a review time, a typical duration) dated more than {limit_months} months before "
        "the date of issue, and the source it comes from: confirm it with the regulator before relying on it. "
        "Rules and the instruments that set them are not flagged for age; they apply until replaced. "
        "Reliability describes the publisher: official (government or regulator), secondary (media, law firms, "
        "consultancies), LOW (a reader's letter, a scraper site or an unchecked page: verify before relying on it), "
        "inference (reasoning from the sources).", SMALL))
    story.append(Spacer(1, 4))
    story.append(_para("Every source this plan cites, newest first, with its date of publication.", SMALL))
    story.append(Spacer(1, 6))
    if report.sources:
        rows = [[s.title + (f"\n{s.note}" if s.note else ""), s.publisher, _reliability(s.reliability),
                 style.fmt_date(s.dated) + (f"\n{flag}" if s.stale else ""), s.url]
                for s in report.sources]
        warn = [(i, 3) for i, s in enumerate(report.sources) if s.stale]
        warn += [(i, 2) for i, s in enumerate(report.sources) if s.reliability == "low"]
        story.append(text_table(["Source", "Publisher", "Reliability", "Dated", "Address"], rows,
                                [3.9, 2.0, 1.2, 1.4, 3.2], width, warn=warn, url_column=4,
                                anchors=[source_anchor(s.id) for s in report.sources]))
    else:
        story.append(_para("No step of this scenario cites a source.", SMALL))
    if report.unknown_sources:
        story.append(_para("Cited but not found in the reference library: " + ", ".join(report.unknown_sources) + ".",
                           SMALL))
    if report.facts:
        rows = [[f.label, f.value, style.fmt_date(f.as_of) + (f"\n{flag}" if f.stale else ""),
                 f.citation or f.source_id, _reliability(f.reliability)] for f in report.facts]
        warn = [(i, 2) for i, f in enumerate(report.facts) if f.stale]
        warn += [(i, 4) for i, f in enumerate(report.facts) if f.reliability == "low"]
        story += [Spacer(1, 10), _heading("Figures the durations rest on", SUBHEADING_SIZE),
                  text_table(["Figure", "Value", "As of", "Source", "Reliability"], rows, [4.6, 2.0, 1.5, 2.1, 1.3],
                             width, warn=warn)]
    story += [CondPageBreak(110), Spacer(1, 14), _heading("Disclaimer", SUBHEADING_SIZE), _para(report.disclaimer, SMALL)]
    return story


def build_pdf(
    report: ReportData,
    page_size: tuple[float, float],
    timeline: tuple[TimelineLayout, TilePlan],
    comparison: tuple[TimelineLayout, TilePlan] | None,
    metadata: dict[str, str],
    watermark: str | None = None,
    changes=None,
) -> bytes:
    """Lay out and draw the whole report; returns the PDF bytes (unencrypted).

    `changes` (a tracking.moved.Movement) adds the "Changes since <date>" page after the summary.
    """
    width, height = page_size
    frame_width, frame_height = body_frame_size(page_size)
    body = Frame(MARGIN, MARGIN + 4, frame_width, frame_height, 0, 0, 0, 0, id="body")
    cover = Frame(MARGIN, MARGIN, width - 2 * MARGIN, height - 2 * MARGIN, id="cover")
    buffer = io.BytesIO()
    doc = _ReportTemplate(
        buffer, pagesize=page_size, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN,
        title=metadata.get("title", ""), author=metadata.get("author", ""), subject=metadata.get("subject", ""),
        creator=report.app, keywords="", lang="en",
    )
    doc.addPageTemplates([
        PageTemplate("cover", [cover], onPage=lambda c, d: _cover(c, report, report.scenario_name)),
        PageTemplate("body", [body]),
    ])
    layout, tiles = timeline
    story: list = [NextPageTemplate("body"), PageBreak()]
    story += _summary(report, frame_width, frame_height)
    if changes is not None:
        from oases_desktop.core.export.changes_page import changes_story

        story += changes_story(changes, _heading)
    story += _timeline(layout, tiles, f"Timeline — {report.scenario_name}", frame_width, frame_height)
    story += _comparison(report, *(comparison or (None, None)), frame_width, frame_height)
    story += _eligibility(report, frame_width)
    story += _steps(report, frame_width)
    story += _appendix(report, frame_width)
    decor = Decor(
        header_left=f"{report.client} · {report.title}",
        header_right=f"Scenario: {report.scenario_name}",
        footer_left=report.app,
        footer_right=f"Date of issue {style.fmt_date(report.issue_date)}",
        footer_centre=report.confidentiality,
        watermark=watermark,
    )
    doc.build(story, canvasmaker=canvas_class(decor))
    return buffer.getvalue()


def body_frame_size(page_size: tuple[float, float]) -> tuple[float, float]:
    """Width and height of the body frame, between header and footer."""
    width, height = page_size
    return width - 2 * MARGIN, height - 2 * MARGIN - 14


def timeline_chart_height(page_size: tuple[float, float]) -> float:
    """Height available to a timeline tile under its heading."""
    return body_frame_size(page_size)[1] - HEADING_GAP


__all__ = ["build_pdf", "body_frame_size", "timeline_chart_height", "HEADER_HEIGHT", "FOOTER_HEIGHT"]
