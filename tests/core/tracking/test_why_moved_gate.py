"""Why it moved: a rule's date gate is its own cause.

A biological extended application waits for primary evaluation Phase 2, whose start the library
only assumes (1 Jul 2027); routes.py holds the route's first step to that date. Two stories after a
baseline of 25 Nov 2026: the assumed date passes with the rule not in force (the step then waits
for the status date), or the library moves the assumed date and the plan follows it. Each cause's
days are checked against schedules recomputed here with the gate's date set by hand.
"""

import dataclasses
from datetime import date

from oases_desktop.core.domain.plan import Plan, Scenario
from oases_desktop.core.domain.product import DrugCategory, ProductKind, ProductProfile
from oases_desktop.core.knowledge.model import Fact
from oases_desktop.core.knowledge.routes import instantiate_route
from oases_desktop.core.scheduling.calendars import calendars_for
from oases_desktop.core.scheduling.engine import compute_schedule
from oases_desktop.core.tracking.baselines import take_baseline
from oases_desktop.core.tracking.figures import follow_library
from oases_desktop.core.tracking.moved import why_moved
from tests.shipped import CALENDARS, LIBRARY

AS_OF, PHASE2 = date(2026, 11, 25), date(2027, 7, 1)
FIRST, APPROVAL = "cmpr_primary.data_package", "cmpr_primary.approval"
# Not approved in any reference country: primary evaluation is for such products (an approved one takes "1+").
PROFILE = ProductProfile("Examplibody (fictional)", kind=ProductKind.DRUG,
                         drug_category=DrugCategory.BIOLOGICAL_EXTENDED_APPLICATION, hk_registered=True,
                         reference_approvals=[])


def _plan() -> Plan:
    steps, links = instantiate_route("cmpr_primary", LIBRARY, profile=PROFILE, on=AS_OF)
    scenario = Scenario("s", "Primary evaluation", date(2026, 12, 1), ["cmpr_primary"], steps, links)
    plan = Plan("p", "Gate", "Client", PROFILE, AS_OF, [scenario], "s")
    plan.baselines.append(take_baseline(plan, "Presented", LIBRARY, CALENDARS, saved_on=AS_OF, runs=0))
    return plan


def _approval(scenario: Scenario, status: date, first_not_before: date, calendars=CALENDARS) -> date:
    """The approval date with the first step's start-no-earlier-than set by hand."""
    steps = [dataclasses.replace(s, start_no_earlier_than=first_not_before) if s.id == FIRST else s
             for s in scenario.steps]
    return compute_schedule(dataclasses.replace(scenario, steps=steps), status, calendars=calendars).steps[APPROVAL].finish


def test_the_route_waits_for_the_assumed_phase_2_date():
    plan = _plan()
    assert plan.scenario().step(FIRST).start_no_earlier_than == PHASE2
    assert LIBRARY.latest("cmpr.phase2_from").estimate


def test_an_assumed_gate_that_passed_is_its_own_cause_before_the_status_date():
    plan = _plan()
    baseline = plan.baselines[0]
    plan.as_of = status = date(2027, 9, 1)            # Phase 2 was assumed for 1 Jul; not in force yet
    move = next(m for m in why_moved(plan, baseline, LIBRARY, CALENDARS).milestones if m.step_id == APPROVAL)
    then = baseline.date_of(APPROVAL).finish
    assert then == _approval(plan.scenario(), AS_OF, PHASE2)
    gate_days = (_approval(plan.scenario(), AS_OF, status) - then).days        # the first step held to 1 Sep
    status_days = (_approval(plan.scenario(), status, PHASE2) - then).days - gate_days
    assert gate_days > 40
    assert [c.days for c in move.causes] == [d for d in (gate_days, status_days) if d]
    assert sum(c.days for c in move.causes) == move.variance_days
    text = move.causes[0].text
    assert "rule's date gate" in text and "Primary evaluation Phase 2" in text and "ASSUMED" not in text
    assert "assumed for 1 Jul 2027: that date has passed" in text and "status date (1 Sep 2027)" in text


def test_a_gate_date_the_library_moved_is_its_own_cause_when_the_plan_follows_it():
    plan = _plan()
    baseline = plan.baselines[0]
    later = Fact("cmpr.phase2_from", "Primary evaluation Phase 2 takes effect: ASSUMED date", "2028-01-01", "date",
                 date(2027, 8, 20), None, estimate=True, note="Advisor's reassessment after the July date passed.")
    newer = LIBRARY.with_user_facts([later])
    plan.as_of = status = date(2027, 9, 1)
    followed, updates = follow_library(plan.scenario(), newer)
    assert [(u.step_id, u.old, u.new) for u in updates] == [(FIRST, PHASE2, date(2028, 1, 1))]
    plan.scenarios[0] = followed
    calendars = calendars_for(newer)
    move = next(m for m in why_moved(plan, baseline, newer, calendars).milestones if m.step_id == APPROVAL)
    then = baseline.date_of(APPROVAL).finish
    gate_days = (_approval(followed, AS_OF, date(2028, 1, 1), calendars) - then).days
    total = (compute_schedule(followed, status, calendars=calendars).steps[APPROVAL].finish - then).days
    assert gate_days > 150 and move.variance_days == total
    assert [c.days for c in move.causes] == [d for d in (gate_days, total - gate_days) if d]
    text = move.causes[0].text
    assert "now 1 Jan 2028 instead of 1 Jul 2027" in text
    assert "its date 1 Jul 2027 passed without the rule in force" in text and "an assumed date, 20 Aug 2027" in text


def test_an_advisors_own_start_date_is_not_a_gate():
    plan = _plan()
    baseline = plan.baselines[0]
    scenario = plan.scenario()
    scenario.step(FIRST).start_no_earlier_than = date(2027, 10, 4)   # no library fact has this date
    move = next(m for m in why_moved(plan, baseline, LIBRARY, CALENDARS).milestones if m.step_id == APPROVAL)
    assert len(move.causes) == 1 and "now starts no earlier than 4 Oct 2027" in move.causes[0].text
    assert follow_library(scenario, LIBRARY)[1] == []
