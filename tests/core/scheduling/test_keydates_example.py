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
    # Float to the plan's finish (the HA formulary listing, behind the DAC's submission deadline) hides that.
    assert all(sched.steps[s].total_float >= 54 for s in TRIAL_CHAIN)
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
    assert set(sched.critical_path) == {"ha_formulary.dac", "ha_formulary.update", "ha_formulary.listed"}


def test_dac_cadence_buffer_by_hand():
    sched = compute_schedule(_scenario(), calendars=CALENDARS)
    buffer = sched.steps["ha_formulary.dac"].cadence_buffer
    # By hand (HA's process since end-2024, facts §11.3): the submission is prepared by Thu 1 Mar
    # 2029, so the DAC's input is ready Fri 2 Mar. Beyond HA's published 2025 schedule the DAC meets
    # on the first Friday of February, May, August and November, the deadline 12 weeks before: the
    # 4 May 2029 meeting's deadline was 9 Feb (missed), 3 Aug 2029's is 11 May (caught).
    assert sched.steps["ha_formulary.submitted"].finish == date(2029, 3, 1)
    ready, sitting, previous = date(2029, 3, 2), date(2029, 8, 3), date(2029, 5, 4)
    assert (buffer.ready, buffer.sitting, buffer.previous_sitting) == (ready, sitting, previous)
    # The buffer runs to the deadline, not to the meeting: 2 Mar -> 11 May = 29 + 30 + 11 = 70 days;
    # 9 Feb -> 2 Mar: 19 + 2 = 21 days too late for May; 4 May -> 3 Aug: 27 + 30 + 31 + 3 = 91.
    assert (buffer.buffer_days, buffer.earlier_days, buffer.gain_days) == (29 + 30 + 11, 19 + 2, 27 + 30 + 31 + 3)
