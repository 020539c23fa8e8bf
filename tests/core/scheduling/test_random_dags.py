"""Random plans in calendar days against an independent longest-path computation (networkx)."""

import random
from datetime import date, timedelta

import networkx as nx
import pytest

from oases_desktop.core.scheduling.engine import compute_schedule

from .builders import link, scenario, step
from tests.shipped import CALENDARS

START = date(2026, 3, 2)


def random_plan(seed: int, n: int, types=("FS",)):
    rng = random.Random(seed)
    steps = [step(f"s{i}", rng.randint(1, 40)) for i in range(n)]
    links, seen = [], set()
    for _ in range(int(n * 1.8)):
        a, b = sorted(rng.sample(range(n), 2))
        if (a, b) not in seen:
            seen.add((a, b))
            links.append(link(f"s{a}", f"s{b}", rng.choice(types), rng.randint(0, 15)))
    return scenario(steps, links, start=START)


def reference_early_dates(plan):
    """Early start/end (days after START, end exclusive) by longest paths in a start/end node graph."""
    graph = nx.DiGraph()
    for s in plan.steps:
        d = int(s.duration.likely)
        graph.add_edge("origin", ("s", s.id), weight=0)
        graph.add_edge(("s", s.id), ("e", s.id), weight=d)
        graph.add_edge(("e", s.id), ("s", s.id), weight=-d)   # end - start is exactly the duration
    ends = {"finish_to_start": ("e", "s"), "start_to_start": ("s", "s"),
            "finish_to_finish": ("e", "e"), "start_to_finish": ("s", "e")}
    for dep in plan.dependencies:
        frm, to = ends[dep.type.value]
        graph.add_edge((frm, dep.predecessor), (to, dep.successor), weight=int(dep.lag.value))
    # Longest paths = shortest paths with negated weights (no positive cycles, so Bellman-Ford is exact).
    negated = nx.DiGraph()
    negated.add_weighted_edges_from((u, v, -w["weight"]) for u, v, w in graph.edges(data=True))
    dist = nx.single_source_bellman_ford_path_length(negated, "origin")
    return {s.id: (-dist[("s", s.id)], -dist[("e", s.id)]) for s in plan.steps}


@pytest.mark.parametrize("seed", range(12))
def test_finish_to_start_dags_match_networkx_longest_path(seed):
    plan = random_plan(seed, 60)
    sched = compute_schedule(plan, calendars=CALENDARS)
    dag = nx.DiGraph()
    for s in plan.steps:
        dag.add_edge("origin", s.id, weight=0)
        dag.add_edge(s.id, "end", weight=int(s.duration.likely))
    for dep in plan.dependencies:
        dag.add_edge(dep.predecessor, dep.successor, weight=dag.edges[dep.predecessor, "end"]["weight"] + int(dep.lag.value))
    length = nx.dag_longest_path_length(dag)
    assert (sched.finish - START).days + 1 == length
    # Critical steps are exactly those on some longest path: longest(origin->v) + longest(v->end) == length.
    to_v = {v: nx.dag_longest_path_length(dag.subgraph(nx.ancestors(dag, v) | {v})) for v in dag if v not in ("origin", "end")}
    critical = set()
    for v in to_v:
        tail = nx.dag_longest_path_length(dag.subgraph(nx.descendants(dag, v) | {v}))
        if to_v[v] + tail == length:
            critical.add(v)
    assert {sid for sid, s in sched.steps.items() if s.critical} == critical
    assert set(sched.critical_path) == critical


@pytest.mark.parametrize("seed", range(12))
def test_all_link_types_match_longest_path_reference(seed):
    plan = random_plan(100 + seed, 50, types=("FS", "SS", "FF", "SF"))
    sched = compute_schedule(plan, calendars=CALENDARS)
    reference = reference_early_dates(plan)
    for sid, (start, end) in reference.items():
        got = sched.steps[sid]
        assert ((got.start - START).days, (got.finish - START).days + 1) == (start, end), sid


@pytest.mark.parametrize("seed", range(6))
def test_late_dates_and_float_are_consistent(seed):
    plan = random_plan(200 + seed, 40, types=("FS", "SS", "FF", "SF"))
    sched = compute_schedule(plan, calendars=CALENDARS)
    for s in sched.steps.values():
        assert s.total_float >= 0
        assert s.total_float == (s.late_start - s.start).days == (s.late_finish - s.finish).days
        assert s.late_finish <= sched.finish
        assert s.min_finish <= s.finish <= s.max_finish


@pytest.mark.parametrize("seed", range(6))
def test_float_is_exactly_how_far_a_step_can_slip(seed):
    """Month ends, weekends and holidays make backward shifts inexact; float must still be exact:
    starting a step `float` days late keeps the plan's finish, one day more moves it."""
    from dataclasses import replace

    from oases_desktop.core.domain.plan import Calendar, Estimate, StepKind

    from .builders import MO, WD, WK

    rng = random.Random(seed)
    steps, links = [], []
    for i in range(18):
        unit = rng.choice([MO, WD, WK])
        s = step(f"c{i}", rng.choice([1, 2, 3]) if unit == MO else rng.randint(3, 40), unit,
                 rng.choice([Calendar.HK, Calendar.CN]))
        if rng.random() < 0.3:
            s.kind, s.stop_clock = StepKind.REGULATOR_CLOCK, Estimate(1, 1, 1, MO)
        steps.append(s)
        for pred in rng.sample(range(i), min(i, 2)):
            links.append(link(f"c{pred}", f"c{i}", rng.choice(["FS", "FS", "SS"]), rng.choice([0, 1, 2]),
                              rng.choice([MO, WD])))
    plan = scenario(steps, links, start=date(2026, 1, 31))
    sched = compute_schedule(plan, calendars=CALENDARS)
    for s in plan.steps:
        mine = sched.steps[s.id]
        assert mine.total_float >= 0
        for delay, keeps_finish in ((mine.total_float, True), (mine.total_float + 1, False)):
            pinned = replace(plan, steps=[replace(x, start_no_earlier_than=mine.start + timedelta(days=delay))
                                          if x.id == s.id else x for x in plan.steps])
            assert (compute_schedule(pinned, calendars=CALENDARS).finish == sched.finish) is keeps_finish, (s.id, delay)
