"""The worked examples' milestones, checked by hand (working shown below) against the engine."""

from datetime import date

from oases_desktop.core import examples
from oases_desktop.core.knowledge import load_library
from oases_desktop.core.scheduling.engine import compute_schedule
from tests.shipped import CALENDARS


def likely_inputs(scenario):
    return {s.id: (s.duration.likely, s.duration.unit.value) for s in scenario.steps}


def test_standard_route_milestones_by_hand():
    plan = examples.worked_example("medicine", load_library())
    scenario = plan.scenario("standard_two_reference")
    inputs = likely_inputs(scenario)
    # The hand working below assumes these inputs; if the example changes, redo the working.
    assert scenario.start_date == date(2026, 12, 1)
    assert inputs["standard_two_reference.reference_approvals"] == (24, "months")
    assert inputs["standard_two_reference.dossier"] == (2, "months")
    assert inputs["standard_two_reference.submission"] == (1, "months")
    assert inputs["standard_two_reference.evaluation"] == (9, "months")
    assert inputs["ha_formulary.clinician_application"] == (1, "months")
    assert inputs["ha_formulary.dtc"] == (2, "months")
    assert inputs["ha_formulary.listing"] == (3, "months")
    got = {m.key: m.likely for m in compute_schedule(scenario, calendars=CALENDARS).milestones}
    # References 1 Dec 2026 + 24 months -> last day 30 Nov 2028; dossier Dec-Jan; submission February
    # 2029; evaluation 9 months from 1 Mar 2029 -> last day 30 Nov 2029 = HK approval.
    assert got["hk_approval"] == date(2029, 11, 30)
    # Clinician application December 2029, DTC 1 Jan - 28 Feb 2030, ready 1 Mar: next DAC sitting
    # 15 Apr 2030; listing 3 months from 15 Apr -> last day 14 Jul 2030.
    assert got["formulary_listing"] == date(2030, 7, 14)


def test_one_plus_trial_milestones_by_hand():
    scenario = examples.worked_example("medicine", load_library()).scenario("one_plus_trial")
    inputs = likely_inputs(scenario)
    assert inputs["hk_clinical_trial.feasibility"] == (2, "months")
    assert inputs["hk_clinical_trial.ethics"] == (3, "months")
    assert inputs["hk_clinical_trial.ctc"] == (2.5, "months")
    assert inputs["hk_clinical_trial.import_licence"] == (2, "weeks")
    assert inputs["hk_clinical_trial.conduct"] == (9, "months")
    got = {m.key: m.likely for m in compute_schedule(scenario, calendars=CALENDARS).milestones}
    # Feasibility Dec-Jan; ethics 1 Feb + 3 months -> 30 Apr; CTC 1 Feb + 2.5 months (2 months and 16 days)
    # -> 16 Apr, import licence 2 weeks 17-30 Apr: first patient when all are done, 30 Apr 2027.
    assert got["first_patient_in"] == date(2027, 4, 30)
    assert got["trial_readout"] == date(2028, 1, 31)     # 9 months of conduct from 1 May 2027


def test_one_plus_formulary_sitting_moves_off_a_sunday_by_hand():
    scenario = examples.worked_example("medicine", load_library()).scenario("one_plus_trial")
    inputs = likely_inputs(scenario)
    assert inputs["ha_formulary.clinician_application"] == (1, "months")
    assert inputs["ha_formulary.dtc"] == (2, "months")
    assert inputs["ha_formulary.listing"] == (3, "months")
    schedule = compute_schedule(scenario, calendars=CALENDARS)
    # The working below starts from the 1+ approval (150 HK working days of evaluation, not redone here).
    assert schedule.steps["one_plus.approval"].finish == date(2029, 2, 1)
    # Clinician application 2 Feb - 1 Mar 2029, DTC 2 Mar - 1 May, ready Wed 2 May: the 15 Apr sitting
    # has passed; 15 Jul 2029 is a Sunday, so the DAC sits on Mon 16 Jul; listing 3 months from 16 Jul
    # -> last day 15 Oct 2029 (it was 14 Oct while sittings could fall on a Sunday).
    assert schedule.steps["ha_formulary.dac"].start == date(2029, 7, 16)
    got = {m.key: m.likely for m in schedule.milestones}
    assert got["formulary_listing"] == date(2029, 10, 15)


def test_device_listing_by_hand():
    scenario = examples.worked_example("device", load_library()).scenarios[0]
    inputs = likely_inputs(scenario)
    assert [inputs[f"mdacs_listing.{k}"] for k in ("classify", "lrp", "dossier", "review")] == [
        (2, "weeks"), (3, "weeks"), (2, "months"), (4, "months")]
    got = {m.key: m.likely for m in compute_schedule(scenario, calendars=CALENDARS).milestones}
    # 1-14 Dec 2026, 15 Dec - 4 Jan, 5 Jan - 4 Mar, 5 Mar + 4 months -> last day 4 Jul 2027.
    assert got["hk_approval"] == date(2027, 7, 4)
    assert inputs["mdacs_listing.public_hospital_use"] == (6, "months")
    assert got["hk_public_hospital_use"] == date(2028, 1, 4)   # 5 Jul 2027 + 6 months -> last day 4 Jan 2028
