"""PDF report speed and size: `.venv/bin/python tests/benchmarks/bench_pdf.py`.

Prints `name: value unit` lines. The reference is a plain ReportLab canvas drawing the same
number of bars (Helvetica, no layout, no tables), timed in this same process, so the ratio
does not depend on the machine. Schedules are computed by the real engine before timing the
report; the end-to-end figures add scheduling and the Monte Carlo P80 dates.
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
from oases_desktop.core.scheduling.engine import compute_schedule  # noqa: E402

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


def best_of(repeats: int, action, clock=time.perf_counter) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeats):
        started = clock()
        result = action()
        times.append(clock() - started)
    return min(times), result


def main() -> None:
    register_fonts()  # once per process, as in the app
    options = PdfOptions(issue_date=date(2026, 3, 1), percentile_runs=0)
    for steps in (200, 2000):
        plan = synthetic_plan(steps)
        schedules = {"base": compute_schedule(plan.scenario())}
        reference, _ = best_of(5, lambda: plain_canvas(steps))
        report, data = best_of(3, lambda: render_pdf(plan, options, schedules=schedules))
        embedded, _ = best_of(5, lambda: plain_canvas(steps, REGULAR))
        print(f"plain_canvas_{steps}_bars: {reference * 1000:.1f} ms")
        print(f"plain_canvas_{steps}_bars_embedded_font: {embedded * 1000:.1f} ms")
        print(f"report_{steps}_steps_ratio_to_plain_canvas_embedded_font: {report / embedded:.2f} x")
        print(f"report_{steps}_steps: {report * 1000:.1f} ms")
        print(f"report_{steps}_steps_ratio_to_plain_canvas: {report / reference:.2f} x")
        print(f"report_{steps}_steps_size: {len(data) / 1024:.0f} KiB")
        # CPU time of this process: steadier than wall time on a machine shared with other work
        cpu_reference, _ = best_of(5, lambda: plain_canvas(steps), time.process_time)
        cpu_report, _ = best_of(3, lambda: render_pdf(plan, options, schedules=schedules), time.process_time)
        print(f"report_{steps}_steps_cpu_ratio_to_plain_canvas: {cpu_report / cpu_reference:.2f} x")
        end_to_end, _ = best_of(1, lambda: render_pdf(plan, PdfOptions(issue_date=date(2026, 3, 1))))
        print(f"report_{steps}_steps_end_to_end_with_schedule_and_p80: {end_to_end * 1000:.1f} ms")


if __name__ == "__main__":
    main()
