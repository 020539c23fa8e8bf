"""Cadence rules are read strictly (refusals name the rule part) and expand like dateutil, always quickly."""

import json
import random
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest
from dateutil.rrule import rrulestr

from oases_desktop.core.domain.cadence import CadenceError, check_cadence, parse_cadence, sittings
from oases_desktop.core.errors import PlanFileError
from oases_desktop.core.planfile import plan_from_bytes
from tests.core.planfile.test_planfile import as_bytes, document

ROOT = Path(__file__).resolve().parents[3]

# (rule, the part named in the refusal). Each was accepted, looped for ever or crashed before.
BAD_RULES = [
    ("FREQ=DAILY;INTERVAL=0", "INTERVAL"),
    ("FREQ=WEEKLY;INTERVAL=-2", "INTERVAL"),
    ("FREQ=MONTHLY;INTERVAL=1000000;BYMONTHDAY=15", "INTERVAL"),
    ("FREQ=DAILY;COUNT=1;BYEASTER=400", "BYEASTER"),
    ("FREQ=YEARLY;BYWEEKNO=60", "BYWEEKNO"),
    ("FREQ=YEARLY;BYYEARDAY=400", "BYYEARDAY"),
    ("FREQ=DAILY;BYHOUR=9", "BYHOUR"),
    ("FREQ=MONTHLY;BYMONTH=13;BYMONTHDAY=1", "BYMONTH"),
    ("FREQ=MONTHLY;BYMONTH=0", "BYMONTH"),
    ("FREQ=MONTHLY;BYMONTHDAY=0", "BYMONTHDAY"),
    ("FREQ=MONTHLY;BYMONTHDAY=32", "BYMONTHDAY"),
    ("FREQ=MONTHLY;BYMONTHDAY=-40", "BYMONTHDAY"),
    ("FREQ=MONTHLY;BYDAY=6MO", "BYDAY"),
    ("FREQ=YEARLY;BYDAY=54MO", "BYDAY"),
    ("FREQ=YEARLY;BYMONTH=1;BYDAY=39SU", "BYDAY"),   # crashes dateutil with an IndexError
    ("FREQ=WEEKLY;BYDAY=2TU", "BYDAY"),
    ("FREQ=WEEKLY;BYDAY=XX", "BYDAY"),
    ("FREQ=MONTHLY;BYDAY=MO,1TU", "BYDAY"),
    ("FREQ=MONTHLY;BYDAY=MO;BYSETPOS=0", "BYSETPOS"),
    ("FREQ=MONTHLY;BYDAY=MO;BYSETPOS=400", "BYSETPOS"),
    ("FREQ=MONTHLY;BYSETPOS=1", "BYSETPOS"),
    ("FREQ=WEEKLY;BYMONTHDAY=3", "BYMONTHDAY"),
    ("FREQ=DAILY;COUNT=0", "COUNT"),
    ("FREQ=DAILY;COUNT=3;UNTIL=20300101", "UNTIL"),
    ("FREQ=DAILY;UNTIL=2030-01-01", "UNTIL"),
    ("FREQ=DAILY;UNTIL=99990101", "UNTIL"),
    ("FREQ=DAILY;WKST=XX", "WKST"),
    ("FREQ=SECONDLY", "FREQ"),
    ("FREQ=SOMETIMES", "FREQ"),
    ("BYMONTHDAY=15", "FREQ"),
    ("FREQ=DAILY;FREQ=WEEKLY", "FREQ"),
    ("FREQ=DAILY;INTERVAL=" + "9" * 400, "INTERVAL"),
    ("FREQ=DAILY;INTERVAL", "INTERVAL"),
    ("FREQ=MONTHLY;BYMONTH=2;BYMONTHDAY=30", "BYMONTHDAY"),
    ("DTSTART:20300231\nRRULE:FREQ=DAILY", "DTSTART"),
    ("EXDATE:20300101\nRRULE:FREQ=DAILY", "EXDATE"),
    ("RRULE:FREQ=DAILY\nRRULE:FREQ=WEEKLY", "RRULE"),
    ("FREQ=DAILY;" + "BYMONTH=1;" * 100, ""),
]


@pytest.mark.parametrize("rule, part", BAD_RULES)
def test_rules_outside_the_subset_are_refused_naming_the_part(rule, part):
    began = time.perf_counter()
    with pytest.raises(CadenceError) as info:
        parse_cadence(rule)
    assert time.perf_counter() - began < 0.5
    assert info.value.part == part
    assert "not a valid recurrence rule" in str(info.value)
    assert len(str(info.value)) < 400  # a long rule is shortened in the message


def test_a_rule_with_no_sitting_in_the_window_is_refused_by_the_shared_check():
    with pytest.raises(CadenceError, match="no sittings between 1990 and 2150"):
        check_cadence("DTSTART:19500101\nRRULE:FREQ=YEARLY;COUNT=3")


def test_the_plan_file_reader_refuses_a_bad_rule_with_its_field_path():
    doc = document()
    doc["plan"]["scenarios"][0]["steps"][0]["cadence"] = "FREQ=DAILY;INTERVAL=0"
    with pytest.raises(PlanFileError) as info:
        plan_from_bytes(as_bytes(doc), "plan.json")
    assert info.value.field_path == "plan.scenarios[0].steps[0].cadence"
    assert "INTERVAL must be a whole number from 1 to 1000" in str(info.value)
    assert str(info.value).startswith("plan.json at plan.scenarios[0].steps[0].cadence: step \"a\"")


def test_validate_refuses_interval_zero_at_once(tmp_path):
    """It used to call the file valid; schedule then looped for ever inside dateutil."""
    doc = document()
    doc["plan"]["scenarios"][0]["steps"][0]["cadence"] = "FREQ=DAILY;INTERVAL=0"
    path = tmp_path / "p.oases"
    path.write_text(json.dumps(doc), encoding="utf-8")
    for command in ("validate", "schedule"):
        done = subprocess.run([sys.executable, str(ROOT / "main.py"), command, str(path)], capture_output=True,
                              text=True, timeout=60, cwd=ROOT)
        assert done.returncode == 2, done.stderr
        assert "INTERVAL" in done.stderr and str(path) in done.stderr and "Traceback" not in done.stderr


def _random_rule(rng: random.Random) -> str:
    days = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
    freq = rng.choice(["DAILY", "WEEKLY", "MONTHLY", "YEARLY"])
    parts = [f"FREQ={freq}"]
    if rng.random() < 0.4:
        parts.append(f"INTERVAL={rng.randint(1, 5)}")
    if rng.random() < 0.5:
        parts.append("BYMONTH=" + ",".join(map(str, rng.sample(range(1, 13), rng.randint(1, 4)))))
    if freq != "WEEKLY" and rng.random() < 0.5:
        parts.append("BYMONTHDAY=" + ",".join(str(rng.choice([1, -1]) * rng.randint(1, 31)) for _ in range(2)))
    if rng.random() < 0.5:
        if freq in ("MONTHLY", "YEARLY") and rng.random() < 0.5:
            limit = 5 if freq == "MONTHLY" or "BYMONTH=" in ";".join(parts) else 53
            parts.append("BYDAY=" + ",".join(f"{rng.choice([1, -1]) * rng.randint(1, limit)}{rng.choice(days)}"
                                             for _ in range(rng.randint(1, 2))))
        else:
            parts.append("BYDAY=" + ",".join(rng.sample(days, rng.randint(1, 3))))
    if len(parts) > 1 and rng.random() < 0.3:
        parts.append("BYSETPOS=" + ",".join(str(rng.choice([1, -1]) * rng.randint(1, 4)) for _ in range(2)))
    if rng.random() < 0.15:
        parts.append(f"COUNT={rng.randint(1, 50)}")
    elif rng.random() < 0.15:
        parts.append(f"UNTIL={rng.randint(1995, 2100)}0615T000000")
    if rng.random() < 0.2:
        parts.append("WKST=" + rng.choice(days))
    rule = ";".join(parts)
    if rng.random() < 0.2:
        rule = f"DTSTART:{rng.randint(1980, 2030)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}\nRRULE:" + rule
    return rule


LAST = datetime(2045, 12, 31)  # dateutil is slow: compare the first 56 years of the window


def _dateutil_sittings(rule: str) -> tuple[int, ...]:
    first = datetime(1990, 1, 1)
    rule = rule.upper().rstrip(";")
    parsed = rrulestr(rule) if "DTSTART" in rule else rrulestr(rule, dtstart=first)
    if "UNTIL" not in rule and "COUNT" not in rule:
        parsed = parsed.replace(until=LAST)
    return tuple(day.toordinal() for day in parsed.between(first, LAST, inc=True))


def test_sittings_match_dateutil_on_random_rules_of_the_subset():
    """dateutil (the app's reader before) is the independent reference for rules it handles."""
    rng = random.Random(20261207)
    rules = [_random_rule(rng) for _ in range(60)] + [
        "FREQ=MONTHLY;BYMONTH=1,4,7,10;BYMONTHDAY=15", "FREQ=WEEKLY;BYDAY=TU", "FREQ=MONTHLY;BYDAY=-1FR",
        "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE,FR,SU;BYSETPOS=-3",
        "FREQ=MONTHLY;BYMONTHDAY=31", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", "RRULE:FREQ=YEARLY;COUNT=1",
        "DTSTART:19800229T090000\nRRULE:FREQ=YEARLY;UNTIL=20000229T080000", "freq=monthly;bymonthday=1;",
    ]
    compared = 0
    for rule in rules:
        try:
            mine = sittings(rule)
        except CadenceError:
            continue
        if not mine:
            continue  # refused by check_cadence; dateutil would search to year 9999 for them
        assert tuple(day for day in mine if day <= LAST.toordinal()) == _dateutil_sittings(rule), rule
        compared += 1
    assert compared >= 40


def test_every_rule_of_the_subset_expands_quickly():
    began = time.perf_counter()
    sittings.cache_clear()
    for rule in ("FREQ=DAILY", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU;BYSETPOS=1", "FREQ=YEARLY;BYDAY=-53SU",
                 "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29;BYDAY=SU", "FREQ=MONTHLY;BYMONTHDAY=-31,31;BYSETPOS=-1"):
        sittings(rule)
    assert time.perf_counter() - began < 5
