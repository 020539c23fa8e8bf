"""The driving path stays visible when the timeline is printed in greyscale (pdftoppm -gray), measured in pixels."""

from __future__ import annotations

import dataclasses
import subprocess

import pytest
from PIL import Image

from oases_desktop.core.examples import worked_example
from oases_desktop.core.export import PdfOptions, render_pdf
from oases_desktop.core.knowledge import load_library
from oases_desktop.core.scheduling.calendars import calendars_for
from oases_desktop.core.scheduling.engine import compute_schedule
from tests.core.export.conftest import ISSUE

TIMELINE_PAGE = 3


def grey_page(data: bytes, page: int, folder) -> Image.Image:
    pdf = folder / "report.pdf"
    pdf.write_bytes(data)
    subprocess.run(["pdftoppm", "-gray", "-png", "-r", "72", "-f", str(page), "-l", str(page), "-singlefile", str(pdf),
                    str(folder / "page")], capture_output=True, check=True)
    return Image.open(folder / "page.png").convert("L")


def test_driving_bars_are_outlined_in_a_grey_no_other_bar_has(tmp_path):
    plan, library = worked_example("medicine", load_library()), load_library()
    calendars = calendars_for(library)
    schedules = {s.id: compute_schedule(s, plan.as_of, calendars=calendars) for s in plan.scenarios}
    active = plan.scenario().id
    plain = dict(schedules)
    plain[active] = dataclasses.replace(schedules[active], milestones=tuple(
        dataclasses.replace(m, driving_steps=()) for m in schedules[active].milestones))
    options = PdfOptions(issue_date=ISSUE, percentile_runs=0)
    drawn = grey_page(render_pdf(plan, options, library=library, schedules=schedules, percentiles={}), TIMELINE_PAGE,
                       tmp_path)
    without = grey_page(render_pdf(plan, options, library=library, schedules=plain, percentiles={}), TIMELINE_PAGE,
                         tmp_path)
    assert drawn.size == without.size
    a, b = drawn.load(), without.load()
    darkened = [(x, y) for y in range(drawn.size[1]) for x in range(drawn.size[0]) if a[x, y] < 60 and b[x, y] > 90]
    # every driving step gets an outline; the bars' own fills and edges (critical red, step blue) are all lighter grey
    driving = {sid for m in schedules[active].milestones if m.is_key for sid in m.driving_steps}
    assert len(driving) >= 15
    assert len(darkened) > 40 * len(driving)
    bar_greys = sorted(b[x, y] for x, y in darkened)
    assert bar_greys[len(bar_greys) // 2] > 100     # what the outline covers read as mid or light grey before
