"""Milestones to iCalendar and steps to CSV: checked by reading the output back as a client would."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime

from oases_desktop.core.domain import Dependency, Estimate, Plan, Scenario, Step, StepKind
from oases_desktop.core.domain.product import ProductProfile
from oases_desktop.core.export.csv_export import export_csv, steps_to_csv
from oases_desktop.core.export.ical import export_ical, milestones_to_ics
from oases_desktop.core.knowledge import load_library
from oases_desktop.core.scheduling.result import MilestoneDate, Schedule, ScheduledStep


def _plan() -> Plan:
    steps = [Step("s1", "=Dossier, part 1; \"draft\"", "r", Estimate(1, 2, 3)),
             Step("m1", "Approval 香港", "r", Estimate.zero(), kind=StepKind.MILESTONE)]
    scenario = Scenario("base", "Base", date(2026, 1, 5), ["r"], steps, [Dependency("s1", "m1")])
    return Plan("p1", "A very long plan title " * 5, "Client, Inc.", ProductProfile(name="Drugmab"),
                date(2026, 1, 1), [scenario], "base")


def _schedule(milestones=()) -> Schedule:
    def scheduled(step_id, start, finish):
        return ScheduledStep(step_id, start, finish, start, finish, 0, True, finish, finish)

    steps = {"s1": scheduled("s1", date(2026, 1, 5), date(2026, 1, 6)),
             "m1": scheduled("m1", date(2026, 1, 7), date(2026, 1, 7))}
    return Schedule("base", date(2026, 1, 5), date(2026, 1, 7), steps, ("s1", "m1"), tuple(milestones))


def _unfold(text: str) -> list[str]:
    """RFC 5545 3.1: a CRLF followed by one space or tab continues the previous line."""
    assert "\n" not in text.replace("\r\n", "")
    return text.replace("\r\n ", "").replace("\r\n\t", "").split("\r\n")[:-1]


def test_ics_events_for_milestone_steps_when_no_keyed_milestones():
    plan = _plan()
    text = milestones_to_ics(plan, plan.scenario(), _schedule(), now=datetime(2026, 2, 1, 9, 0, tzinfo=UTC))
    raw_lines = text.split("\r\n")
    assert all(len(line.encode("utf-8")) <= 75 for line in raw_lines)
    lines = _unfold(text)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    assert lines.count("BEGIN:VEVENT") == 1
    assert "DTSTART;VALUE=DATE:20260107" in lines
    assert "DTEND;VALUE=DATE:20260108" in lines  # all-day: DTEND is exclusive
    assert "SUMMARY:Drugmab: Approval 香港" in lines
    assert "DTSTAMP:20260201T090000Z" in lines
    description = next(line for line in lines if line.startswith("DESCRIPTION:"))
    assert "Client\\, Inc." in description  # commas escaped


def test_ics_uses_keyed_milestones_with_percentiles_and_stable_uids(tmp_path):
    plan = _plan()
    schedule = _schedule([MilestoneDate("hk_approval", "HK approval", "m1", date(2026, 3, 2), p80=date(2026, 4, 1))])
    first = milestones_to_ics(plan, plan.scenario(), schedule)
    second = milestones_to_ics(plan, plan.scenario(), schedule)
    uid = [line for line in _unfold(first) if line.startswith("UID:")]
    assert uid == [line for line in _unfold(second) if line.startswith("UID:")] == ["UID:p1-base-hk_approval@oases-pathway-planner"]
    assert "80% confidence by 2026-04-01" in "".join(_unfold(first))
    path = tmp_path / "m.ics"
    export_ical(plan, plan.scenario(), schedule, path)
    assert path.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")


def test_csv_reads_back_with_dates_and_neutralised_formulas(tmp_path):
    plan = _plan()
    rows = list(csv.reader(io.StringIO(steps_to_csv(plan.scenario(), _schedule(), load_library()))))
    header, first, second = rows
    record = dict(zip(header, first))
    assert record["name"] == "'=Dossier, part 1; \"draft\""  # a formula would run in Excel
    assert record["start"] == "2026-01-05" and record["finish"] == "2026-01-06"
    assert record["critical"] == "yes"
    assert dict(zip(header, second))["predecessors"] == "s1"
    path = tmp_path / "steps.csv"
    export_csv(plan.scenario(), None, path, load_library())
    data = path.read_bytes()
    assert data.startswith("\ufeffid,".encode("utf-8"))
    unscheduled = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert dict(zip(unscheduled[0], unscheduled[1]))["start"] == ""
