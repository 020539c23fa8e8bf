"""What drives the worked example's key dates, and the DAC sitting's buffer, worked out by hand."""

from dataclasses import replace
from datetime import date, timedelta

from oases_desktop.core.examples import worked_example
from oases_desktop.core.scheduling.engine import compute_schedule
from tests.shipped import CALENDARS, LIBRARY
from oases_desktop.core.scheduling.keydates import key_milestone_ids, outcome_milestones

TRIAL_CHAIN = ["hk_clinical_trial.feasibility", "hk_clinical_trial.ethics", "hk_clinical_trial.first_patient",
               "hk_clinical_trial.conduct", "hk_clinical_trial.readout"]
REGISTERED = "one_plus.approval"


def _scenario():
    return worked_example("medicine", LIBRARY).scenario("one_plus_trial")


def _delayed(scenario, step_id, start):
    return replace(scenario, steps=[replace(s, start_no_earlier_than=start) if s.id == step_id else s
                                    for s in scenario.steps])


def test_default_key_milestones_are_each_routes_outcome_and_an_advisor_can_choose():
    scenario = _scenario()
    assert outcome_milestones(scenario) == ["hk_clinical_trial.readout", REGISTERED,
                                            "ha_formulary.listed", "gba_connect.first_patient"]
    chosen = replace(scenario, key_milestones=["gba_connect.first_patient", REGISTERED])
    assert key_milestone_ids(chosen) == ["gba_connect.first_patient", REGISTERED]
    assert [m.step_id for m in compute_schedule(chosen, calendars=CALENDARS).key_dates()] == ["gba_connect.first_patient", REGISTERED]


def test_the_trial_chain_drives_registration_though_float_to_plan_finish_says_two_months():
    scenario = _scenario()
    sched = compute_schedule(scenario, calendars=CALENDARS)
    registered = next(m for m in sched.key_dates() if m.step_id == REGISTERED)
    driving = list(registered.driving_steps)
    assert [s for s in driving if s in TRIAL_CHAIN] == TRIAL_CHAIN and driving[-1] == REGISTERED
    readout = "hk_clinical_trial.readout"
    # To the trial's own outcome the chain has no slack at all.
    assert all(sched.steps[s].slack[readout].working_days == 0 for s in TRIAL_CHAIN)
    # Float to the plan's finish (the HA formulary listing, behind a quarterly sitting) hides that.
    assert all(sched.steps[s].total_float >= 59 for s in TRIAL_CHAIN)
    # To registration the read-out has 4 calendar days (3 HK working days): by hand, the applicant's
    # one-month response inside the DH evaluation ends on Fri 13 Oct 2028, so the 150 working days
    # resume on Mon 16 Oct; a slip of 1-2 days ends it on the weekend, 3-4 days moves the evaluation
    # start over the 3-4 Jun 2028 weekend, and the clock resumes on the same Monday either way.
    slack = sched.steps[readout].slack[REGISTERED]
    assert (slack.calendar_days, slack.working_days) == (4, 3)
    assert sched.steps["one_plus.evaluation"].stop_clock_finish == date(2028, 10, 13)
    conduct = sched.steps["hk_clinical_trial.conduct"]
    for days, moved in ((4, 0), (5, 5)):
        later = compute_schedule(_delayed(scenario, "hk_clinical_trial.conduct", conduct.start + timedelta(days)), calendars=CALENDARS)
        assert (later.steps[REGISTERED].finish - sched.steps[REGISTERED].finish).days == moved
    # The plan-level critical path (to plan finish) is the formulary tail, not the trial.
    assert set(sched.critical_path) == {"ha_formulary.dac", "ha_formulary.listing", "ha_formulary.listed"}


def test_dac_cadence_buffer_by_hand():
    sched = compute_schedule(_scenario(), calendars=CALENDARS)
    buffer = sched.steps["ha_formulary.dac"].cadence_buffer
    # By hand: the hospital Drug & Therapeutics Committee step finishes Tue 1 May 2029, so the DAC's
    # input is ready Wed 2 May. The DAC sits on the 15th of January, April, July and October;
    # 15 Jul 2029 is a Sunday, held Mon 16 Jul; the one before, 15 Apr 2029, is a Sunday too: 16 Apr.
    assert sched.steps["ha_formulary.dtc"].finish == date(2029, 5, 1)
    ready, sitting, previous = date(2029, 5, 2), date(2029, 7, 16), date(2029, 4, 16)
    assert (buffer.ready, buffer.sitting, buffer.previous_sitting) == (ready, sitting, previous)
    # 2 May -> 16 Jul: 29 days left in May + 30 in June + 16 in July = 75 days of slip it can take;
    # 16 Apr -> 2 May: 14 + 2 = 16 days too late for April; 16 Apr -> 16 Jul: 14 + 31 + 30 + 16 = 91.
    assert (buffer.buffer_days, buffer.earlier_days, buffer.gain_days) == (29 + 30 + 16, 14 + 2, 14 + 31 + 30 + 16)
