"""Slack to each key milestone and driving paths: delaying a step moves a key date by exactly
max(0, delay - slack), against an independent longest-path computation and against recomputing."""

from dataclasses import replace
from datetime import date, timedelta

import networkx as nx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from oases_desktop.core.domain.plan import Calendar, StepKind
from oases_desktop.core.scheduling.engine import compute_schedule
from tests.shipped import CALENDARS
from oases_desktop.core.scheduling.keydates import key_milestone_ids, outcome_milestones

from .builders import CD, MO, WD, link, scenario, step

START = date(2026, 3, 2)
TYPES = ("FS", "SS", "FF", "SF")


@st.composite
def plans(draw, units=(CD,)):
    """A random DAG of tasks (and, with working days, milestones), its last step the key milestone."""
    n = draw(st.integers(3, 11))
    steps = []
    for i in range(n - 1):
        unit = draw(st.sampled_from(units))
        high = {CD: 40, WD: 30, MO: 3}[unit]
        steps.append(step(f"s{i}", draw(st.integers(1, high)), unit, draw(st.sampled_from([Calendar.HK, Calendar.CN]))))
    last_kind = draw(st.sampled_from([StepKind.TASK, StepKind.MILESTONE])) if WD in units else StepKind.TASK
    steps.append(step(f"s{n - 1}", draw(st.integers(1, 20)), kind=last_kind))
    pairs = draw(st.sets(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)).filter(lambda p: p[0] < p[1]),
                         min_size=1, max_size=3 * n))
    pairs.add((n - 2, n - 1))  # the key milestone depends on something
    links = []
    for a, b in sorted(pairs):
        kind = "FS" if b == n - 1 and last_kind == StepKind.MILESTONE else draw(st.sampled_from(TYPES))
        links.append(link(f"s{a}", f"s{b}", kind, draw(st.integers(0, 10))))
    return replace(scenario(steps, links, start=START), key_milestones=[f"s{n - 1}"])


def _graph(plan) -> nx.DiGraph:
    """Start/end nodes of every step; an edge u -> v of weight w says v >= u + w (in days)."""
    graph = nx.DiGraph()
    ends = {"finish_to_start": ("e", "s"), "start_to_start": ("s", "s"),
            "finish_to_finish": ("e", "e"), "start_to_finish": ("s", "e")}
    for s in plan.steps:
        d = int(s.duration.likely)
        graph.add_edge("origin", ("s", s.id), weight=0)
        graph.add_edge(("s", s.id), ("e", s.id), weight=d)
        graph.add_edge(("e", s.id), ("s", s.id), weight=-d)
    for dep in plan.dependencies:
        frm, to = ends[dep.type.value]
        graph.add_edge((frm, dep.predecessor), (to, dep.successor), weight=int(dep.lag.value))
    return graph


def _longest_from(graph: nx.DiGraph, source) -> dict:
    negated = nx.DiGraph()
    negated.add_weighted_edges_from((u, v, -w["weight"]) for u, v, w in graph.edges(data=True))
    return {node: -d for node, d in nx.single_source_bellman_ford_path_length(negated, source).items()}


def reference_slack(plan, target: str) -> dict[str, int]:
    """Calendar-day slack to `target` by longest paths: S_target - S_step - longest(step -> target)."""
    graph = _graph(plan)
    early = _longest_from(graph, "origin")
    out = {}
    for s in plan.steps:
        reach = _longest_from(graph, ("s", s.id))
        if ("s", target) in reach:
            out[s.id] = early[("s", target)] - early[("s", s.id)] - reach[("s", target)]
    return out


def delayed(plan, step_id: str, start: date):
    """The plan with one step held to start no earlier than `start`."""
    return replace(plan, steps=[replace(s, start_no_earlier_than=start) if s.id == step_id else s
                                for s in plan.steps])


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans(), st.data())
def test_calendar_day_plans_slack_matches_longest_paths_and_a_delay_moves_the_key_date_by_the_rest(plan, data):
    target = plan.key_milestones[0]
    sched = compute_schedule(plan, calendars=CALENDARS)
    expected = reference_slack(plan, target)
    assert {sid: s.slack[target].calendar_days for sid, s in sched.steps.items() if target in s.slack} == expected
    sid = data.draw(st.sampled_from(sorted(expected)))
    d = data.draw(st.integers(0, 60))
    moved = compute_schedule(delayed(plan, sid, sched.steps[sid].start + timedelta(d)), calendars=CALENDARS).steps[target].finish
    assert (moved - sched.steps[target].finish).days == max(0, d - expected[sid])
    key = sched.key_dates()[0]
    assert set(key.driving_steps) >= {s for s, slack in expected.items() if slack == 0}


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans(units=(CD, WD, MO)), st.data())
def test_working_day_plans_a_delay_within_slack_never_moves_the_key_date_and_one_day_more_does(plan, data):
    target = plan.key_milestones[0]
    sched = compute_schedule(plan, calendars=CALENDARS)
    finish = sched.steps[target].finish
    sid = data.draw(st.sampled_from(sorted(s for s in sched.steps if target in sched.steps[s].slack)))
    slack, start = sched.steps[sid].slack[target], sched.steps[sid].start
    calendar = CALENDARS.get(plan.step(sid).duration.calendar)

    def move(day: date) -> int:
        return (compute_schedule(delayed(plan, sid, day), key_dates=False, calendars=CALENDARS).steps[target].finish - finish).days

    assert move(start + timedelta(slack.calendar_days)) == 0
    assert move(start + timedelta(slack.calendar_days + 1)) > 0
    # In working days of the step's calendar: that many working days later holds, one more does not.
    in_working_days = date.fromordinal(calendar.add(start.toordinal() + 1, slack.working_days) - 1)
    if slack.working_days:
        assert move(in_working_days) == 0
    one_more = date.fromordinal(calendar.add(start.toordinal() + 1, slack.working_days + 1) - 1)
    assert move(one_more) > 0
    d = data.draw(st.integers(slack.calendar_days + 1, slack.calendar_days + 60))
    # Past the slack the key date moves by the rest, give or take the days off the shifted chain now
    # meets or misses: exact in calendar days (test above); here each working-day or month step
    # between the step and the key date may gain or lose days off (weekends, Easter, Spring
    # Festival, National Day) of the span the shifted chain covers, a month step up to 3 days more
    # (months of 28 to 31 days). A bound, not an equality: the exact checks are the ones above.
    moved = move(start + timedelta(d))
    span = (min(start, plan.start_date), finish + timedelta(max(moved, 0)))
    assert abs(moved - (d - slack.calendar_days)) <= _drift_allowed(plan, sid, target, [span])


def _days_off(code, first: date, last: date) -> int:
    """Days off of a calendar in [first, last]."""
    return (last - first).days + 1 - CALENDARS.get(code).count(first.toordinal(), last.toordinal() + 1)


def _drift_allowed(plan, sid: str, target: str, windows) -> int:
    """Days a shifted chain from `sid` to `target` may gain or lose to days off: summed over its counted steps."""
    graph = _graph(plan)
    after = {node[1] for node in nx.descendants(graph, ("s", sid)) | {("s", sid)} if node != "origin"}
    before = {node[1] for node in nx.ancestors(graph, ("e", target)) | {("e", target)} if node != "origin"}
    allowed = 0
    for s in plan.steps:
        if s.id in after & before and s.duration.unit in (WD, MO):
            allowed += sum(_days_off(s.duration.calendar, a, b) for a, b in windows) + (3 if s.duration.unit == MO else 0)
    return max(allowed, 1)
