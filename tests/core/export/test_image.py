"""Timeline, comparison and milestone figures as PNG and SVG, read back by independent readers:
Qt's PNG decoder for sizes, DPI and the colour under known bars, defusedxml for the SVG's
structure and text, and librsvg (`rsvg-convert`, a browser-grade renderer) drawing the SVG to
the same picture as pdfium draws the PDF path."""

from __future__ import annotations

import math
import os
import shutil
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from defusedxml import ElementTree

from oases_desktop.core.errors import ExportError
from oases_desktop.core.examples import worked_example
from oases_desktop.core.export import style
from oases_desktop.core.export.image import (
    build_figure,
    export_image,
    figure_png,
    figure_svg,
    pixel_size,
)
from oases_desktop.core.knowledge.loader import load_library
from oases_desktop.core.scheduling.calendars import calendars_for
from oases_desktop.core.scheduling.engine import compute_schedule

ROOT = Path(__file__).resolve().parents[3]
LIBRARY = load_library()
ISSUE = date(2026, 3, 10)
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def plan():
    return worked_example("medicine", LIBRARY)


@pytest.fixture(scope="module")
def timeline(plan):
    return build_figure(plan, "timeline", library=LIBRARY, runs=0, issue_date=ISSUE)


def _qimage(data: bytes):
    from PySide6.QtGui import QImage

    image = QImage.fromData(data, "PNG")
    assert not image.isNull()
    return image


def _rgb(colour) -> tuple[int, int, int]:
    return tuple(round(v * 255) for v in (colour.red, colour.green, colour.blue))


def _close(a, b, tolerance: int = 12) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a, b))


def test_the_bars_are_where_the_schedule_puts_them_in_the_png(plan, timeline):
    schedule = compute_schedule(plan.scenario(), plan.as_of, calendars=calendars_for(LIBRARY))
    dpi = 144
    image = _qimage(figure_png(timeline, dpi))
    assert (image.width(), image.height()) == pixel_size(timeline, dpi)
    assert round(image.dotsPerMeterX() * 0.0254) == dpi
    g, layout = timeline.geometry, timeline.geometry.layout
    k = dpi / 72
    checked = 0
    stopped = {segment.row for segment in layout.stop_clocks}
    for bar in layout.bars:
        step = schedule.steps[bar.step_id]
        # the layout's days are the schedule's dates: a bar covers [start, finish + 1 day)
        assert layout.origin + timedelta(days=bar.start) == step.start
        assert layout.origin + timedelta(days=bar.end) == step.finish + timedelta(days=1)
        if bar.end - bar.start < 20 or bar.done or bar.projected or bar.row in stopped:
            continue
        x = (g.x(bar.start) + g.x(bar.end)) / 2
        y = g.row_mid(bar.row)
        pixel = image.pixelColor(round(x * k), round((timeline.height - y) * k))
        wanted = _rgb(style.CRITICAL if bar.critical else style.BAR)
        assert _close((pixel.red(), pixel.green(), pixel.blue()), wanted), (bar.label, pixel.name())
        checked += 1
    assert checked >= 5
    for segment in layout.stop_clocks:   # the applicant's stop-clock inside its bar
        pixel = image.pixelColor(round((g.x(segment.start) + g.x(segment.end)) / 2 * k),
                                 round((timeline.height - g.row_mid(segment.row)) * k))
        assert _close((pixel.red(), pixel.green(), pixel.blue()), _rgb(style.STOP_CLOCK))
    assert layout.stop_clocks
    # before the first bar of a row, on a row of the chart: no bar colour there
    first = layout.bars[0]
    x = g.x(first.start) - 6
    pixel = image.pixelColor(round(x * k), round((timeline.height - g.row_mid(first.row)) * k))
    assert not _close((pixel.red(), pixel.green(), pixel.blue()), _rgb(style.BAR))


def test_the_dpi_sets_the_pixel_count(timeline):
    low, high = _qimage(figure_png(timeline, 72)), _qimage(figure_png(timeline, 216))
    assert (low.width(), low.height()) == (round(timeline.width), round(timeline.height))
    assert abs(high.width() - 3 * low.width()) <= 1 and abs(high.height() - 3 * low.height()) <= 1
    with pytest.raises(ExportError, match="DPI"):
        figure_png(timeline, 5000)


def test_the_svg_parses_and_carries_the_step_names_and_dates(plan, timeline):
    root = ElementTree.fromstring(figure_svg(timeline))
    assert root.tag == f"{SVG}svg"
    assert root.get("viewBox") == f"0 0 {timeline.width:g} {timeline.height:g}"
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert f'Timeline — {plan.scenario().name}' in texts
    # each step's row label as the PDF sets it in the label column (asides dropped, cut with an ellipsis);
    # a sitting beyond the published schedule reads 'Estimated: <step>'
    from oases_desktop.core.export.fonts import REGULAR
    from oases_desktop.core.export.tile_geometry import TWO_LINE_ROW_HEIGHT, row_label_lines

    g = timeline.geometry
    for bar in g.layout.bars:
        label = g.layout.rows[bar.row].label
        assert label.removeprefix("Estimated: ") == bar.label
        lines, _ = row_label_lines(label, REGULAR, g.label_size, g.label_width - 16,
                                   g.row_height >= TWO_LINE_ROW_HEIGHT)
        assert set(lines) <= set(texts), label
        assert lines[0][:12] == label[:12]
    assert "Estimated: Drug Advisory Committee meeting" in texts
    assert any("Oct 2029" in (t or "") for t in texts)
    fills = {e.get("fill") for e in root.iter() if e.get("fill")}
    assert "#%02x%02x%02x" % _rgb(style.BAR) in fills and "#%02x%02x%02x" % _rgb(style.CRITICAL) in fills


def _rsvg() -> str:
    found = shutil.which("rsvg-convert")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("no rsvg-convert: .ci/run installs librsvg2-bin to render the SVG as a browser would")
        pytest.skip("no rsvg-convert here (Debian: librsvg2-bin)")
    return found


@pytest.mark.parametrize("what", ["timeline", "comparison", "milestones"])
def test_librsvg_draws_the_svg_as_pdfium_draws_the_pdf(plan, what, tmp_path):
    figure = build_figure(plan, what, library=LIBRARY, runs=0, issue_date=ISSUE)
    svg = tmp_path / "f.svg"
    svg.write_bytes(figure_svg(figure))
    out = tmp_path / "f.png"
    done = subprocess.run([_rsvg(), "-b", "white", "-o", str(out), str(svg)], capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr
    theirs, ours = _qimage(out.read_bytes()), _qimage(figure_png(figure, 96))
    assert (theirs.width(), theirs.height()) == (ours.width(), ours.height())   # rsvg: 96 px to the inch
    same = _differing(ours, theirs)
    shifted = _differing(ours, theirs.copy(6, 0, theirs.width(), theirs.height()))
    # antialiasing and glyph hinting differ, the picture does not; moved 6 px it would
    assert same < 0.015 and shifted > 3 * same, (same, shifted)


def _differing(a, b) -> float:
    """Share of pixels, both images halved (so a one-pixel edge does not count), that clearly differ."""
    from PySide6.QtCore import Qt

    w, h = a.width() // 2, a.height() // 2
    a, b = (i.scaled(w, h, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)
            for i in (a, b))
    differ = 0
    for y in range(h):
        for x in range(w):
            p, q = a.pixelColor(x, y), b.pixelColor(x, y)
            differ += abs(p.red() - q.red()) + abs(p.green() - q.green()) + abs(p.blue() - q.blue()) > 120
    return differ / (w * h)


def test_milestone_table_lists_every_key_milestone(plan):
    figure = build_figure(plan, "milestones", library=LIBRARY, runs=0, issue_date=ISSUE)
    texts = [t.text for t in ElementTree.fromstring(figure_svg(figure)).iter(f"{SVG}text")]
    schedule = compute_schedule(plan.scenario(), plan.as_of, calendars=calendars_for(LIBRARY))
    assert "Key milestone" in texts and "Likely (every step at its likely time)" in texts
    keys = [m for m in schedule.milestones if m.is_key]
    assert keys
    for milestone in keys:   # the key milestones the PDF's summary lists
        assert style.fmt_date(milestone.likely) in texts


def test_a_wrong_suffix_or_figure_is_one_line_and_writes_nothing(plan, tmp_path):
    with pytest.raises(ExportError, match=r"out\.jpg: name the image \.png or \.svg"):
        export_image(plan, tmp_path / "out.jpg", library=LIBRARY, runs=0)
    with pytest.raises(ExportError, match="choose one of: timeline"):
        export_image(plan, tmp_path / "out.png", "gantt", library=LIBRARY, runs=0)
    assert list(tmp_path.iterdir()) == []


def test_cli_export_image_writes_png_and_svg(tmp_path):
    plan_file = tmp_path / "plan.oases"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "OASES_DB_URL": f"sqlite:///{tmp_path / 'db.sqlite'}"}
    run = lambda *a: subprocess.run([sys.executable, str(ROOT / "main.py"), *a], capture_output=True, text=True,  # noqa: E731
                                    timeout=180, env=env, cwd=tmp_path)
    assert run("example", "-o", str(plan_file)).returncode == 0
    done = run("export-image", str(plan_file), "-o", str(tmp_path / "t.png"), "--dpi", "100", "--runs", "0")
    assert done.returncode == 0, done.stderr
    assert "px at 100 DPI" in done.stdout
    image = _qimage((tmp_path / "t.png").read_bytes())
    assert image.width() == math.ceil(960 * 100 / 72)
    done = run("export-image", str(plan_file), "-o", str(tmp_path / "m.svg"), "--what", "milestones", "--runs", "0")
    assert done.returncode == 0, done.stderr
    ElementTree.fromstring((tmp_path / "m.svg").read_bytes())
    done = run("export-image", str(plan_file), "-o", str(tmp_path / "x.gif"))
    assert done.returncode == 2 and done.stderr.strip().count("\n") == 0 and "x.gif" in done.stderr


def test_markup_control_characters_and_chinese_in_names_stay_text(plan):
    import copy

    odd = copy.deepcopy(plan)
    steps = odd.scenario().steps
    steps[0].name = 'Site <b>&amp; "feasibility"</b>\x01\x1b[31m 香港臨床試驗'
    figure = build_figure(odd, "timeline", library=LIBRARY, runs=0, issue_date=ISSUE)
    root = ElementTree.fromstring(figure_svg(figure))   # still well-formed XML
    texts = [t.text or "" for t in root.iter(f"{SVG}text")]
    hit = next(t for t in texts if t.startswith("Site <b>"))
    assert "\x01" not in hit and "\x1b" not in hit and "\ufffd" in hit
    assert not list(root.iter(f"{SVG}b"))               # markup in a name is text, never elements
    assert "香港" in "".join(texts) or any(t.endswith("…") for t in texts if t.startswith("Site"))


def test_the_timeline_figure_uses_the_pdfs_timescale_not_the_whiskers(plan, timeline):
    from datetime import timedelta

    from oases_desktop.core.layout.timeline import timeline_span
    from oases_desktop.core.scheduling.calendars import calendars_for
    from oases_desktop.core.scheduling.engine import compute_schedule

    schedule = compute_schedule(plan.scenario(), plan.as_of, calendars=calendars_for(LIBRARY))
    layout = timeline.geometry.layout
    end = layout.date_of(layout.end_day - 1)
    last_key = max(m.likely for m in schedule.key_dates())   # not simulated here (runs=0): the likely dates
    assert end <= last_key + timedelta(days=183)              # within six months of the last key milestone
    assert end < timeline_span(schedule)[1]                   # the whiskers run on; they are cut at the end
