"""PDF report speed and size: `.venv/bin/python tests/benchmarks/bench_pdf.py`.

Prints `name: value unit` lines. The reference is a plain ReportLab canvas drawing the same
number of bars (Helvetica, no layout, no tables), timed in this same process and alternating
with the report, so the ratio does not depend on the machine or its load. The compared report
does the same kind of work as the reference (schedules computed by the real engine beforehand,
no Monte Carlo); the `with_p80_simulation` figures add the default 2,000-run simulation and
the end-to-end figure adds scheduling too.
"""

from __future__ import annotations

import io
import statistics
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from oases_desktop.core.domain.plan import Dependency, Estimate, Plan, Scenario, Step, StepKind  # noqa: E402
from oases_desktop.core.domain.product import ProductProfile  # noqa: E402
from oases_desktop.core.export import PdfOptions, render_pdf  # noqa: E402
from oases_desktop.core.export.fonts import REGULAR, register_fonts  # noqa: E402
from oases_desktop.core.knowledge import load_library  # noqa: E402
from oases_desktop.core.scheduling.engine import compute_schedule  # noqa: E402
from oases_desktop.core.scheduling.montecarlo import _CACHE  # noqa: E402
from tests.shipped import CALENDARS

ROUTES = ("hk_1plus", "hk_formulary", "gba_connect", "hk_trial", "device_mdacs")


def synthetic_plan(steps: int) -> Plan:
    """`steps` steps over five routes: chains with a cross-link every tenth step, a milestone every 25th."""
    items, links = [], []
    for index in range(steps):
        route = ROUTES[index % len(ROUTES)]
        kind = StepKind.MILESTONE if index % 25 == 24 else StepKind.TASK
        duration = Estimate.zero() if kind == StepKind.MILESTONE else Estimate(5 + index % 5, 10 + index % 11, 21 + index % 13)
        milestone = "hk_approval" if index == steps - 1 else None
        items.append(Step(f"s{index}", f"Step {index} 審批 of route {route}", route, duration, kind=kind,
                          milestone=milestone, sources=["pa2024"]))
        if index >= len(ROUTES):
            links.append(Dependency(f"s{index - len(ROUTES)}", f"s{index}"))
        if index % 10 == 9 and index >= 11:
            links.append(Dependency(f"s{index - 11}", f"s{index}"))
    scenario = Scenario("base", "Base", date(2026, 1, 5), list(ROUTES), items, links)
    return Plan("bench", "Benchmark plan", "Client 客戶", ProductProfile("Drug"), date(2026, 1, 1), [scenario], "base")


def plain_canvas(bars: int, font: str = "Helvetica") -> bytes:
    """The reference: a bare Gantt on a canvas, 35 rows a page, as in the toolchain notes."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=landscape(A4))
    width, height = landscape(A4)
    for index in range(bars):
        row = index % 35
        if row == 0 and index:
            canvas.showPage()
        y = height - 60 - row * 14
        canvas.setFont(font, 8)
        canvas.drawString(30, y + 3, f"{index:04d} Review step {index}")
        canvas.setFillColorRGB(0.3, 0.5, 0.8)
        canvas.roundRect(200 + (index * 7) % 400, y, 80, 10, 2, stroke=0, fill=1)
        canvas.setFillColorRGB(0, 0, 0)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def interleaved_best(repeats: int, actions: dict, clock=time.perf_counter) -> dict[str, float]:
    """Best time of each action over `repeats` rounds, the actions alternating within each round.

    Alternating puts the reference and the report under the same load on a shared machine,
    so their ratio moves much less than when each is timed in its own block.
    """
    best = {name: float("inf") for name in actions}
    for _ in range(repeats):
        for name, action in actions.items():
            started = clock()
            action()
            best[name] = min(best[name], clock() - started)
    return best


def main() -> None:
    register_fonts()  # once per process, as in the app
    library = load_library()  # once, as the app builds it once
    issue = date(2026, 3, 1)
    without_simulation = PdfOptions(issue_date=issue, percentile_runs=0)
    with_simulation = PdfOptions(issue_date=issue)  # montecarlo.DEFAULT_RUNS (10,000) runs for the P80 dates
    for steps, repeats in ((200, 9), (2000, 3)):
        plan = synthetic_plan(steps)
        schedules = {"base": compute_schedule(plan.scenario(), calendars=CALENDARS)}
        data = render_pdf(plan, without_simulation, schedules=schedules, library=library)
        # the reference draws bars and labels and nothing else: the report is timed on the same
        # footing (schedule given, no Monte Carlo), then again with the P80 simulation it runs by default
        wall = interleaved_best(repeats, {
            "plain": lambda: plain_canvas(steps),
            "embedded": lambda: plain_canvas(steps, REGULAR),
            "report": lambda: render_pdf(plan, without_simulation, schedules=schedules, library=library),
        })
        cpu = interleaved_best(repeats, {
            "plain": lambda: plain_canvas(steps),
            "report": lambda: render_pdf(plan, without_simulation, schedules=schedules, library=library),
        }, time.process_time)
        # The simulation is cached per plan revision (montecarlo._CACHE): emptied before each timed report,
        # so every one of them simulates, as a first export of an edited plan does.
        simulated = interleaved_best(max(1, repeats // 3), {
            "report": lambda: _CACHE.clear() or render_pdf(plan, with_simulation, schedules=schedules, library=library),
        })["report"]
        end_to_end = interleaved_best(1, {
            "report": lambda: _CACHE.clear() or render_pdf(plan, with_simulation, library=library)})["report"]
        print(f"plain_canvas_{steps}_bars: {wall['plain'] * 1000:.1f} ms")
        print(f"plain_canvas_{steps}_bars_embedded_font: {wall['embedded'] * 1000:.1f} ms")
        print(f"report_{steps}_steps: {wall['report'] * 1000:.1f} ms")
        print(f"report_{steps}_steps_ratio_to_plain_canvas: {wall['report'] / wall['plain']:.2f} x")
        print(f"report_{steps}_steps_ratio_to_plain_canvas_embedded_font: {wall['report'] / wall['embedded']:.2f} x")
        print(f"report_{steps}_steps_cpu_ratio_to_plain_canvas: {cpu['report'] / cpu['plain']:.2f} x")
        print(f"report_{steps}_steps_with_p80_simulation: {simulated * 1000:.1f} ms")
        print(f"report_{steps}_steps_with_p80_simulation_ratio_to_plain_canvas: {simulated / wall['plain']:.2f} x")
        print(f"report_{steps}_steps_size: {len(data) / 1024:.0f} KiB")
        print(f"report_{steps}_steps_end_to_end_with_schedule_and_p80: {end_to_end * 1000:.1f} ms")


if __name__ == "__main__":
    main()
