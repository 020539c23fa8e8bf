"""The report cites figures by label and value and sources by publisher and date, never by key."""

from __future__ import annotations

import re
from datetime import date

import pytest

from oases_desktop.core.domain.plan import Estimate
from oases_desktop.core.examples import worked_example
from oases_desktop.core.export import PdfOptions, render_pdf
from oases_desktop.core.export.citations import basis_text, sources_text
from oases_desktop.core.export.fonts import REGULAR, register_fonts
from oases_desktop.core.export.report import build_report, is_sitting_only
from oases_desktop.core.export.tables import wrap_cell
from oases_desktop.core.knowledge import load_library
from oases_desktop.core.knowledge.basis import basis_of
from oases_desktop.core.scheduling.engine import compute_schedule
from tests.core.export.conftest import ISSUE, small_library
from tests.core.export.pdfcheck import pypdf_text
from tests.core.layout.sample import sample_plan, sample_schedule
from tests.shipped import CALENDARS


def test_a_sourced_duration_reads_as_its_label_value_publisher_and_date():
    estimate = Estimate(50, 60, 90, basis="dh.review_days")
    # the fact: "DH evaluation, target", 60 days, from the Drug Office's pledge of 30 Jun 2023
    assert basis_text(basis_of(estimate, small_library())) == "DH evaluation, target: 60 days — Drug Office, Jun 2023"


def test_an_unsourced_duration_reads_estimate():
    assert basis_text(basis_of(Estimate(1, 2, 3), small_library())) == "Estimate"


def test_step_sources_read_as_publisher_and_date_one_per_line():
    text = sources_text(["src-dh-guidance", "src-old-pledge"], small_library())
    assert text.splitlines() == ["Department of Health, Sep 2025", "Drug Office, Jun 2023"]


@pytest.fixture(scope="module")
def worked():
    plan = worked_example("medicine", load_library())
    library = load_library()
    schedules = {s.id: compute_schedule(s, calendars=CALENDARS) for s in plan.scenarios}
    return plan, library, build_report(plan, plan.scenario(), schedules, ISSUE, library)


def test_the_worked_example_step_table_shows_no_internal_keys(worked):
    plan, library, report = worked
    keys = {s.duration.basis for s in plan.scenario().steps} | {sid for s in plan.scenario().steps for sid in s.sources}
    keys.discard("estimate")
    assert keys
    for line in report.steps:
        for key in keys:
            assert key not in line.basis and key not in line.sources, (line.name, key)
    sourced = [s for s in plan.scenario().steps if not s.duration.is_estimate]
    assert sourced
    for step in sourced:
        fact = library.latest(step.duration.basis)
        line = next(line for line in report.steps if line.name == step.name)
        assert library.source(fact.source_id).publisher.split(" (")[0] in line.basis
        assert str(library.source(fact.source_id).date.year) in line.basis


def test_every_estimate_says_estimate(worked):
    plan, _, report = worked
    # a milestone and a gate that only waits for a sitting take no time: there is no duration to estimate
    estimates = {s.name for s in plan.scenario().steps
                 if s.duration.is_estimate and s.kind != "milestone" and not is_sitting_only(s)}
    assert estimates
    for line in report.steps:
        if line.name in estimates:
            assert line.basis == "Estimate"


def test_the_printed_step_table_has_no_fact_key_or_source_id():
    plan = worked_example("medicine", load_library())
    text = " ".join(pypdf_text(render_pdf(plan, PdfOptions(issue_date=ISSUE, percentile_runs=0), library=load_library())))
    for internal in ("ctc.typical", "nmpa.cta_implied_approval", "gba_connect.review", "news_20241121_gbaicti",
                     "oneplus.target_processing"):
        assert internal not in text


def test_a_url_breaks_after_a_slash_never_inside_a_word():
    register_fonts()
    url = "https://www.example.org/hospital-authority/formulary/introduction-of-new-drugs.html"
    lines = wrap_cell(url, REGULAR, 7.5, 90, 6)
    assert "".join(lines) == url and len(lines) > 1
    for line in lines[:-1]:
        assert line[-1] in "/-_.", lines


def test_only_figures_age_not_the_rules_or_background_sources():
    plan = sample_plan()
    plan.scenario().step("review").duration.basis = "dh.review_days"   # dated 15 Jan 2024, Drug Office 2023
    issue = date(2026, 3, 10)
    report = build_report(plan, plan.scenario(), {"base": sample_schedule()}, issue, small_library())
    assert report.stale_after_months == 12         # the app's one staleness setting, 12 months by default
    assert [f.stale for f in report.facts] == [True]
    stale = {s.id for s in report.sources if s.stale}
    assert stale == {"src-old-pledge"}             # the figure's source; not the 2025 guidance
    # a year later the guidance (cited by a step, backing no figure) is over 12 months old: still not flagged
    later = build_report(plan, plan.scenario(), {"base": sample_schedule()}, date(2028, 1, 1), small_library())
    assert {s.id for s in later.sources if s.stale} == {"src-old-pledge"}
    fresh = build_report(plan, plan.scenario(), {"base": sample_schedule()}, date(2025, 1, 15), small_library())
    assert not any(f.stale for f in fresh.facts) and not any(s.stale for s in fresh.sources)  # 12 months exactly
    a_day_on = build_report(plan, plan.scenario(), {"base": sample_schedule()}, date(2025, 1, 16), small_library())
    assert [f.stale for f in a_day_on.facts] == [True]


def test_the_sources_appendix_explains_the_check_flag():
    plan = sample_plan()
    plan.scenario().step("review").duration.basis = "dh.review_days"
    data = render_pdf(plan, PdfOptions(issue_date=ISSUE), schedules={"base": sample_schedule()},
                      library=small_library(), percentiles={})
    text = re.sub(r"\s+", " ", " ".join(pypdf_text(data)))
    assert "'Check' marks a figure" in text
    assert "not flagged for age" in text


def test_date_ranges_name_each_year_once_and_a_single_day_once():
    from oases_desktop.core.export.style import fmt_range

    assert fmt_range(date(2026, 12, 1), date(2029, 10, 14)) == "1 Dec 2026 – 14 Oct 2029"
    assert fmt_range(date(2027, 2, 1), date(2027, 3, 16)) == "1 Feb – 16 Mar 2027"
    assert fmt_range(date(2029, 7, 15), date(2029, 7, 15)) == "15 Jul 2029"


def test_the_comparison_names_the_start_year_of_a_plan_spanning_years():
    plan = worked_example("medicine", load_library())
    text = re.sub(r"\s+", " ", " ".join(pypdf_text(render_pdf(plan, PdfOptions(issue_date=ISSUE, percentile_runs=0), library=load_library()))))
    start = min(compute_schedule(plan.scenario(), calendars=CALENDARS).steps.values(), key=lambda s: s.start).start
    assert f"{start.day} {start.strftime('%b')} {start.year} – " in text
    assert not re.search(r"\b(\d{1,2} [A-Z][a-z]{2}) – \1 \d{4}", text)   # no "15 Jul – 15 Jul 2029"


def test_a_publisher_loses_its_asides_but_keeps_a_bare_web_address():
    from oases_desktop.core.export.citations import plain

    assert plain("Nanfang Daily (repost at ynhanyi.com)") == "Nanfang Daily"
    assert plain("metu.cn (citing wsjkw.gd.gov.cn post_4098589)") == "metu.cn"
    assert plain("Greater Bay Area (bayarea.gov.hk)") == "Greater Bay Area (bayarea.gov.hk)"
