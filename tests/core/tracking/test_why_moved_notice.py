"""Why it moved: a calendar notice entered after the baseline is named as the cause, with its days.

The clock of tests/core/scheduling/test_calendar_notices.py (20 Mainland working days from Mon 1 Feb
2027) ends Thu 4 Mar on the estimated 2027 calendar and Fri 5 Mar with the notice: one day, caused
by the notice. A baseline taken with the notice records it, so nothing moves against that one.
"""

from dataclasses import replace
from datetime import date

from oases_desktop.core.domain.plan import Calendar, Plan, Step, StepKind
from oases_desktop.core.domain import Dependency, Estimate
from oases_desktop.core.domain.product import ProductProfile
from oases_desktop.core.scheduling.calendars import calendars_for
from oases_desktop.core.tracking.baselines import take_baseline
from oases_desktop.core.tracking.moved import why_moved
from tests.core.scheduling.test_calendar_notices import CN_2027, SOURCE, _clock
from tests.shipped import LIBRARY


def _plan() -> Plan:
    scenario = _clock(Calendar.CN, date(2027, 2, 1), 20)
    scenario = replace(scenario, steps=[*scenario.steps, Step("done", "Approval", "r", Estimate(0, 0, 0),
                                                              kind=StepKind.MILESTONE, milestone="approval")],
                       dependencies=[Dependency("a", "done")])
    return Plan("p", "Clock", "c", ProductProfile("X"), date(2026, 12, 7), [scenario], "s")


def test_a_notice_entered_after_the_baseline_is_the_cause_of_the_move():
    plan = _plan()
    plan.baselines.append(take_baseline(plan, "Sent", LIBRARY, calendars_for(LIBRARY), runs=0,
                                        saved_on=date(2026, 12, 7)))
    with_notice = LIBRARY.with_user_facts([], [SOURCE], [CN_2027])
    move = why_moved(plan, plan.baselines[0], with_notice, calendars_for(with_notice))
    done = next(m for m in move.milestones if m.step_id == "done")
    assert (done.baseline_likely, done.likely) == (date(2027, 3, 4), date(2027, 3, 5))
    assert [(c.text, c.days) for c in done.causes] == [("the CN 2027 calendar notice was entered or changed", 1)]

    plan.baselines.append(take_baseline(plan, "After the notice", with_notice, calendars_for(with_notice), runs=0,
                                        saved_on=date(2026, 12, 8)))
    assert plan.baselines[1].calendars[0].year == 2027 and plan.baselines[1].calendars[0].makeup_workdays == {
        "2027-02-20": "Spring Festival make-up working day"}
    again = why_moved(plan, plan.baselines[1], with_notice, calendars_for(with_notice))
    assert [m.likely for m in again.milestones] == [m.baseline_likely for m in again.milestones]
    assert not [c for m in again.milestones for c in m.causes]
