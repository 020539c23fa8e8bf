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
    got = {m.key: m.likely for m in compute_schedule(scenario, calendars=CALENDARS).milestones}
    # References 1 Dec 2026 + 24 months -> last day 30 Nov 2028; dossier Dec-Jan; submission February
    # 2029; evaluation 9 months from 1 Mar 2029 -> last day 30 Nov 2029 = HK approval.
    assert got["hk_approval"] == date(2029, 11, 30)
    # Formulary submission prepared in December 2029, ready 1 Jan 2030 (HA's process since end-2024,
    # facts §11.3). Beyond HA's published 2025 schedule the DAC meets on the first Friday of February,
    # May, August, November (estimated): Fri 1 Feb 2030 has its deadline 16 weeks before, 12 Oct 2029,
    # passed; Fri 3 May 2030 has its deadline 12 weeks before, 8 Feb 2030: made. Listing at the next
    # quarterly update, 1 Jul 2030, a holiday (Establishment Day): Tue 2 Jul 2030.
    assert got["formulary_listing"] == date(2030, 7, 2)


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


def test_one_plus_formulary_meeting_by_its_deadline_and_the_update_off_a_holiday_by_hand():
    scenario = examples.worked_example("medicine", load_library()).scenario("one_plus_trial")
    inputs = likely_inputs(scenario)
    assert inputs["ha_formulary.clinician_application"] == (1, "months")
    schedule = compute_schedule(scenario, calendars=CALENDARS)
    # The working below starts from the 1+ approval (150 HK working days of evaluation, not redone here).
    assert schedule.steps["one_plus.approval"].finish == date(2029, 2, 1)
    # Submission prepared 2 Feb - 1 Mar 2029, ready Fri 2 Mar: the estimated Fri 4 May 2029 meeting's
    # deadline (12 weeks before, 9 Feb) has passed; Fri 3 Aug 2029's is 11 May: made. The October
    # update's 1 Oct 2029 is National Day (a Monday), so the listing is taken as Tue 2 Oct 2029.
    assert schedule.steps["ha_formulary.dac"].start == date(2029, 8, 3)
    assert schedule.steps["ha_formulary.update"].start == date(2029, 10, 2)
    got = {m.key: m.likely for m in schedule.milestones}
    assert got["formulary_listing"] == date(2029, 10, 2)
    text = " ".join(e.text for e in schedule.steps["ha_formulary.dac"].explanation if e.kind == "cadence")
    assert ("after the Fri 9 Feb 2029 deadline for the Fri 4 May 2029 meeting (estimated): next deadline "
            "Fri 11 May 2029 for the Fri 3 Aug 2029 meeting (estimated)") in text
    update = " ".join(e.text for e in schedule.steps["ha_formulary.update"].explanation if e.kind == "cadence")
    assert "1 Oct 2029 is National Day" in update


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
