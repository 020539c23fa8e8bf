"""Cycle detection names a real loop, checked against networkx on random graphs."""

import random

import networkx as nx
import pytest

from oases_desktop.core.domain.graph import topological_order
from oases_desktop.core.errors import CycleError


def test_step_after_a_loop_does_not_hide_the_loop():
    # b <-> c is the loop; "a" hangs after it, is stuck too, has the smallest id and no successor
    links = [("b", "c"), ("c", "b"), ("c", "a")]
    with pytest.raises(CycleError) as info:
        topological_order(["a", "b", "c"], links)
    assert set(info.value.step_ids) == {"b", "c"}
    assert "b -> c -> b" in str(info.value) or "c -> b -> c" in str(info.value)


@pytest.mark.parametrize("seed", range(200))
def test_random_graphs_agree_with_networkx(seed):
    rng = random.Random(seed)
    ids = [f"s{i:02d}" for i in range(rng.randint(2, 25))]
    links = {(rng.choice(ids), rng.choice(ids)) for _ in range(rng.randint(1, 40))}
    links = [(a, b) for a, b in links if a != b]
    graph = nx.DiGraph(links)
    graph.add_nodes_from(ids)
    if nx.is_directed_acyclic_graph(graph):
        order = topological_order(ids, links)
        position = {sid: i for i, sid in enumerate(order)}
        assert sorted(order) == sorted(ids)
        assert all(position[a] < position[b] for a, b in links)
    else:
        with pytest.raises(CycleError) as info:
            topological_order(ids, links)
        loop = list(info.value.step_ids)
        assert len(loop) >= 2
        for before, after in zip(loop, loop[1:] + loop[:1]):
            assert graph.has_edge(before, after), (loop, before, after)
