"""iCalendar, CSV and Excel carry actual dates, the status date and the baseline's dates with the variance."""

import csv
import dataclasses
import io
from datetime import date, timedelta

from oases_desktop.core.examples import worked_example
from oases_desktop.core.export.csv_export import steps_to_csv
from oases_desktop.core.export.ical import milestones_to_ics
from oases_desktop.core.export.xlsx_export import workbook_bytes
from oases_desktop.core.knowledge.loader import load_library
from oases_desktop.core.scheduling.calendars import calendars_for
from oases_desktop.core.scheduling.engine import compute_schedule
from oases_desktop.core.tracking.baselines import take_baseline

TRIAL, DH, REG = "hk_clinical_trial.conduct", "one_plus.evaluation", "one_plus.approval"
FPI = "hk_clinical_trial.first_patient"


def _moved_plan():
    library = load_library()
    plan = worked_example("medicine", library)
    calendars = calendars_for(library)
    baseline = take_baseline(plan, "Presented to client", library, calendars, saved_on=date(2027, 1, 12), runs=0)
    plan.baselines.append(baseline)
    scenario = plan.scenario()
    scenario.step(FPI).actual_finish = baseline.date_of(FPI).finish
    scenario.step(TRIAL).actual_finish = baseline.date_of(TRIAL).finish + timedelta(days=30)
    plan.as_of = scenario.step(TRIAL).actual_finish
    item = scenario.step(DH)
    item.duration = dataclasses.replace(item.duration, likely=200, max=220)
    return library, plan, baseline, compute_schedule(scenario, plan.as_of, calendars=calendars)


def test_csv_has_actual_dates_status_date_and_baseline_variance():
    library, plan, baseline, schedule = _moved_plan()
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(steps_to_csv(plan.scenario(), schedule, library,
                                                                          plan.as_of, baseline)))}
    trial, reg = rows[TRIAL], rows[REG]
    assert trial["actual_finish"] == plan.scenario().step(TRIAL).actual_finish.isoformat() and trial["actual_start"] == ""
    assert trial["variance_days"] == "30" and trial["status_date"] == plan.as_of.isoformat()
    assert reg["baseline_finish"] == baseline.date_of(REG).finish.isoformat()
    assert int(reg["variance_days"]) == (schedule.steps[REG].finish - baseline.date_of(REG).finish).days > 30


def test_excel_has_the_same_columns_and_the_status_date():
    from openpyxl import load_workbook

    library, plan, baseline, schedule = _moved_plan()
    book = load_workbook(io.BytesIO(workbook_bytes(plan, plan.scenario(), schedule, library, baseline=baseline)))
    sheet = book["Steps"]
    header = [c.value for c in sheet[1]]
    row = next(r for r in sheet.iter_rows(min_row=2, values_only=True) if r[0] == plan.scenario().step(TRIAL).name)
    cell = dict(zip(header, row))
    assert cell["Actual finish"].date() == plan.scenario().step(TRIAL).actual_finish and cell["Variance (days)"] == 30
    assert cell["Baseline finish"].date() == baseline.date_of(TRIAL).finish
    about = {r[0]: r[1] for r in book["About"].iter_rows(values_only=True)}
    assert about["Status date"].date() == plan.as_of and "Presented to client" in about["Baseline"]


def test_icalendar_events_say_done_status_date_and_baseline_variance():
    _, plan, baseline, schedule = _moved_plan()
    text = milestones_to_ics(plan, plan.scenario(), schedule, baseline=baseline).replace("\r\n ", "")
    days = (schedule.steps[REG].finish - baseline.date_of(REG).finish).days
    event = text[text.index("Registered under"):]
    event = event[:event.index("END:VEVENT")]
    assert f"Status date {plan.as_of.isoformat()}" in event
    assert f"{baseline.date_of(REG).finish.isoformat()}\\, variance +{days} days" in event
    assert "Done" not in event
    first = text[text.index("First patient in"):]
    assert f"Done: actual date {baseline.date_of(FPI).finish.isoformat()}." in first[:first.index("END:VEVENT")]
