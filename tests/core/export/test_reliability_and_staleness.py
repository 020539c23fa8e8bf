"""One staleness rule and the reliability of every printed figure (issue: sources, items 14-15).

A figure last confirmed more than the setting's months before the date of issue is flagged in the
PDF exactly as `freshness.is_stale` says (the library window asks the same function); a figure from
a low-reliability source is marked LOW in the appendix.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from oases_desktop.core.export import PdfOptions, render_pdf
from oases_desktop.core.export.report import build_report
from oases_desktop.core.knowledge.freshness import is_stale, is_stale_date, months_before
from oases_desktop.core.knowledge.model import Fact, Reliability
from tests.core.export.conftest import ISSUE, small_library
from tests.core.export.pdfcheck import pypdf_text
from tests.core.layout.sample import sample_plan, sample_schedule


def test_months_before_keeps_the_day_or_takes_the_last_day_of_a_short_month():
    assert months_before(date(2026, 3, 10), 12) == date(2025, 3, 10)
    assert months_before(date(2026, 3, 31), 1) == date(2026, 2, 28)
    assert months_before(date(2024, 3, 30), 1) == date(2024, 2, 29)
    assert months_before(date(2026, 1, 15), 13) == date(2024, 12, 15)


def test_a_figure_is_stale_a_day_after_twelve_months_and_events_never_are():
    fact = Fact("x", "Review time", 3, "months", date(2025, 3, 10), "src")
    assert not is_stale(fact, date(2026, 3, 10)) and is_stale(fact, date(2026, 3, 11))
    assert not is_stale(fact, date(2026, 3, 11), months=24)
    assert not is_stale(replace(fact, unit="date", value="2004-01-01", as_of=date(2004, 1, 1)), date(2026, 3, 11))
    assert not is_stale_date(None, date(2026, 3, 11))


def _plan():
    plan = sample_plan()
    plan.scenario().step("review").duration.basis = "dh.review_days"
    return plan


def _low_library():
    library = small_library()
    low = replace(library.sources[1], reliability=Reliability.LOW, title="A reader's letter")
    return replace(library, sources=(library.sources[0], low))


def test_report_lines_carry_reliability_and_the_staleness_setting():
    report = build_report(_plan(), _plan().scenario(), {"base": sample_schedule()}, ISSUE, _low_library(),
                          stale_after_months=30)
    assert [(f.reliability, f.stale) for f in report.facts] == [("low", False)]  # 2024-01-15 is 26 months before
    assert {s.id: s.reliability for s in report.sources} == {"src-dh-guidance": "official", "src-old-pledge": "low"}
    assert [f.stale for f in build_report(_plan(), _plan().scenario(), {"base": sample_schedule()}, ISSUE,
                                          _low_library()).facts] == [True]  # default 12 months


def test_the_pdf_prints_reliability_and_marks_low_figures():
    pdf = render_pdf(_plan(), PdfOptions(issue_date=ISSUE), schedules={"base": sample_schedule()},
                     library=_low_library(), percentiles={})
    text = re.sub(r"\s+", " ", " ".join(pypdf_text(pdf)))
    assert "Reliability" in text and "official" in text
    assert text.count("LOW: verify") == 2  # the source row and the figure it backs
    assert "check: over 12 months old" in text
