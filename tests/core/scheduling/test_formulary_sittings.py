"""The HA Drug Formulary route as HA runs it since end-2024 (facts file §11.3): a submission makes a
DAC meeting by its deadline, listing follows at the next quarterly update.

Expected dates are read from HA's published 2025 schedule (7 Feb, 2 May, 1 Aug, 7 Nov 2025; deadlines
18 Oct 2024, 6 Feb, 8 May, 14 Aug 2025) and, beyond it, the stated rule counted by hand on a printed
calendar: the first Friday of February, May, August and November, the deadline 12 weeks (84 days)
before, 16 weeks (112 days) before February's. HK holidays: 1 Jul (Establishment Day), 1 Oct (National
Day) and 1 May (Labour Day) are general holidays, so a sitting or update on them is held the next
working day.
"""

from dataclasses import replace
from datetime import date

import pytest

from oases_desktop.core.domain.cadence import CadenceError, parse_cadence, sitting_table
from oases_desktop.core.domain.plan import StepKind
from oases_desktop.core.knowledge import evaluate_route
from oases_desktop.core.knowledge.model import Fact, Origin
from oases_desktop.core.knowledge.routes import instantiate_route
from oases_desktop.core.scheduling.calendars import calendars_for
from oases_desktop.core.scheduling.engine import compute_schedule
from oases_desktop.core.scheduling.montecarlo import simulate

from .builders import link, scenario, step
from tests.shipped import CALENDARS, LIBRARY

ROUTE = LIBRARY.route("ha_formulary")
DAC_RULE, UPDATE_RULE = ROUTE.step("dac").cadence, ROUTE.step("update").cadence


def _ready_on(ready: date):
    """A submission ready on `ready` (a one-day task on the day before), the DAC, the update, listed."""
    start = date.fromordinal(ready.toordinal() - 1)
    steps = [step("prep", 1, start_no_earlier_than=start),
             step("dac", 0, kind=StepKind.CADENCE_GATE, cadence=DAC_RULE, name="DAC"),
             step("update", 0, kind=StepKind.CADENCE_GATE, cadence=UPDATE_RULE, name="Update"),
             step("listed", kind=StepKind.MILESTONE, milestone="formulary_listing")]
    return scenario(steps, [link("prep", "dac"), link("dac", "update"), link("update", "listed")], start=start)


def _text(schedule, sid="dac") -> str:
    return " ".join(e.text for e in schedule.steps[sid].explanation if e.kind == "cadence")


def test_the_route_follows_the_library_rule_and_is_labelled():
    assert DAC_RULE == LIBRARY.latest("ha.dac_sittings_rule").value  # one rule: the library's
    assert ROUTE.step("update").cadence_basis == "ha.formulary_update_months"
    assert LIBRARY.source(ROUTE.step("update").sources[0]).url.endswith("Updated-HA-Drug-Formulary.html")
    assert [s.id for s in ROUTE.steps] == ["clinician_application", "submitted", "dac", "update", "listed"]


def test_ready_1_feb_2025_makes_the_may_meeting_and_the_july_update():
    sched = compute_schedule(_ready_on(date(2025, 2, 1)), calendars=CALENDARS)
    assert sched.steps["dac"].start == date(2025, 5, 2)
    assert sched.steps["update"].start == date(2025, 7, 2)  # 1 Jul 2025 is a holiday: the July update
    text = _text(sched)
    assert ("Ready Sat 1 Feb 2025, after the Fri 18 Oct 2024 deadline for the Fri 7 Feb 2025 meeting (published): "
            "next deadline Thu 6 Feb 2025 for the Fri 2 May 2025 meeting (published).") in text
    assert "estimated" not in text


def test_ready_7_feb_2025_misses_the_deadline_and_waits_for_august_and_the_october_update():
    sched = compute_schedule(_ready_on(date(2025, 2, 7)), calendars=CALENDARS)
    assert sched.steps["dac"].start == date(2025, 8, 1)
    assert sched.steps["update"].start == date(2025, 10, 2)  # 1 Oct is National Day
    assert ("after the Thu 6 Feb 2025 deadline for the Fri 2 May 2025 meeting (published): next deadline Thu 8 May "
            "2025 for the Fri 1 Aug 2025 meeting (published)") in _text(sched)


def test_the_year_end_follows_the_stated_rule_and_is_estimated():
    # 15 Aug 2025 misses the 14 Aug deadline of 7 Nov 2025; Feb 2026's first Friday is 6 Feb, its
    # deadline 112 days before is Fri 17 Oct 2025, still ahead: the estimated February meeting.
    sched = compute_schedule(_ready_on(date(2025, 8, 15)), calendars=CALENDARS)
    assert sched.steps["dac"].start == date(2026, 2, 6)
    assert sched.steps["update"].start == date(2026, 4, 1)
    text = _text(sched)
    assert "after the Thu 14 Aug 2025 deadline for the Fri 7 Nov 2025 meeting (published)" in text
    assert "next deadline Fri 17 Oct 2025 for the Fri 6 Feb 2026 meeting (estimated)" in text
    # Ready after that deadline: the May 2026 meeting (1 May is Labour Day, so held Mon 4 May).
    later = compute_schedule(_ready_on(date(2025, 10, 20)), calendars=CALENDARS)
    assert later.steps["dac"].start == date(2026, 5, 4)
    assert "next deadline Fri 6 Feb 2026 for the Mon 4 May 2026 meeting (estimated)" in _text(later)
    assert "1 May 2026 is Labor Day, a public holiday (HK)" in _text(later)


def test_the_issues_example_names_the_deadline_and_the_meeting():
    sched = compute_schedule(_ready_on(date(2026, 2, 20)), calendars=CALENDARS)
    assert sched.steps["dac"].start == date(2026, 8, 7)
    assert ("Ready Fri 20 Feb 2026, after the Fri 6 Feb 2026 deadline for the Mon 4 May 2026 meeting (estimated): "
            "next deadline Fri 15 May 2026 for the Fri 7 Aug 2026 meeting (estimated).") in _text(sched)


def test_monte_carlo_gates_on_the_deadline_as_the_scheduler_does():
    result = simulate(_ready_on(date(2025, 2, 7)), runs=20, seed=3, calendars=CALENDARS)
    assert result.by_key()["formulary_listing"].p50 == date(2025, 10, 2)


def test_a_schedule_the_advisor_records_replaces_the_estimate_for_every_plan():
    recorded = [Fact("ha.dac_published_meetings", "DAC meetings published by HA",
                     LIBRARY.latest("ha.dac_published_meetings").value + ",2026-02-13", "text", date(2026, 12, 8),
                     "ha_dac_schedule", origin=Origin.USER),
                Fact("ha.dac_published_deadlines", "DAC deadlines published by HA",
                     LIBRARY.latest("ha.dac_published_deadlines").value + ",2025-10-31", "text", date(2026, 12, 8),
                     "ha_dac_schedule", origin=Origin.USER)]
    library = LIBRARY.with_user_facts(recorded)  # a made-up schedule: test data, not a fact
    calendars = calendars_for(library)
    sched = compute_schedule(_ready_on(date(2025, 10, 20)), calendars=calendars)
    assert sched.steps["dac"].start == date(2026, 2, 13)
    assert "next deadline Fri 31 Oct 2025 for the Fri 13 Feb 2026 meeting (published)" in _text(sched)
    assert compute_schedule(_ready_on(date(2025, 10, 20)), calendars=CALENDARS).steps["dac"].start == date(2026, 5, 4)


def test_a_plan_evaluated_before_end_2024_keeps_the_old_process_and_says_so():
    old, _ = instantiate_route("ha_formulary", LIBRARY, on=date(2024, 6, 1))
    new, _ = instantiate_route("ha_formulary", LIBRARY, on=date(2025, 6, 1))
    assert [s.id.split(".")[1] for s in old] == ["clinician_application", "dtc", "dac", "listing", "listed"]
    assert "January, April, July or October" in old[2].name and "BYMONTH=1,4,7,10" in old[2].cadence
    assert "before end-2024" in old[0].notes
    assert "company or an HA doctor" in new[0].name and new[2].cadence == DAC_RULE
    verdict = evaluate_route("ha_formulary", replace(_drug(), hk_registered=True), date(2024, 6, 1), LIBRARY)
    assert any("the process before end-2024" in c.text for c in verdict.conditions)


def _drug():
    from oases_desktop.core.domain.product import ProductKind, ProductProfile

    return ProductProfile(name="x", kind=ProductKind.DRUG)


def test_the_deadline_lines_are_read_strictly():
    rule = parse_cadence(DAC_RULE)
    assert rule.deadline_weeks == ((0, 12), (2, 16)) and rule.published == "ha.dac"
    for bad, part in (("X-DEADLINE-WEEKS:2=16\nRRULE:FREQ=MONTHLY", "X-DEADLINE-WEEKS"),
                      ("X-DEADLINE-WEEKS:12;13=1\nRRULE:FREQ=MONTHLY", "X-DEADLINE-WEEKS"),
                      ("X-DEADLINE-WEEKS:99\nRRULE:FREQ=MONTHLY", "X-DEADLINE-WEEKS"),
                      ("X-PUBLISHED:Not a key!\nRRULE:FREQ=MONTHLY", "X-PUBLISHED")):
        with pytest.raises(CadenceError) as error:
            parse_cadence(bad)
        assert error.value.part == part
    late = ((date(2025, 5, 3).toordinal(), date(2025, 5, 2).toordinal()),)  # a deadline after its meeting
    with pytest.raises(CadenceError):
        sitting_table(DAC_RULE, late)


def test_ready_between_a_meeting_and_the_next_deadline_is_in_time():
    sched = compute_schedule(_ready_on(date(2025, 5, 5)), calendars=CALENDARS)  # after 2 May, before 8 May
    assert sched.steps["dac"].start == date(2025, 8, 1)
    assert "Ready Mon 5 May 2025, by the Thu 8 May 2025 submission deadline for the Fri 1 Aug 2025 meeting" in _text(sched)


def test_the_work_before_a_meeting_has_float_to_its_deadline_not_to_the_meeting():
    # Ready 5 May 2025 for the 1 Aug 2025 meeting (deadline Thu 8 May): the preparation may end on
    # 7 May and still make it, 3 days later than planned; not 1 Aug.
    sched = compute_schedule(_ready_on(date(2025, 5, 5)), calendars=CALENDARS)
    assert sched.steps["prep"].late_finish == date(2025, 5, 7)
    assert sched.steps["prep"].total_float == 3
    assert sched.steps["dac"].sitting_deadline == date(2025, 5, 8) and not sched.steps["dac"].sitting_estimated


def test_the_cadence_buffer_names_the_deadline_and_whether_the_meeting_is_estimated():
    # Ready 20 Feb 2026 for the estimated 7 Aug 2026 meeting, deadline 15 May: 8 + 31 + 30 + 15 = 84 days;
    # 14 days earlier (6 Feb) it would have made the May meeting (held Mon 4 May, 1 May being Labour Day).
    buffer = compute_schedule(_ready_on(date(2026, 2, 20)), calendars=CALENDARS).steps["dac"].cadence_buffer
    assert (buffer.sitting, buffer.deadline, buffer.estimated) == (date(2026, 8, 7), date(2026, 5, 15), True)
    assert (buffer.buffer_days, buffer.previous_sitting, buffer.earlier_days) == (8 + 31 + 30 + 15, date(2026, 5, 4), 14)
    published = compute_schedule(_ready_on(date(2025, 5, 5)), calendars=CALENDARS).steps
    assert (published["dac"].cadence_buffer.deadline, published["dac"].cadence_buffer.estimated) == (date(2025, 5, 8), False)
    assert published["update"].cadence_buffer.deadline is None   # the update has no submission deadline
