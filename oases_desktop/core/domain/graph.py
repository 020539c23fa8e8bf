"""Graph checks on a scenario's dependencies, shared by plan validation and the scheduler."""

from __future__ import annotations

from collections.abc import Iterable


def topological_order(step_ids: Iterable[str], links: Iterable[tuple[str, str]]) -> list[str]:
    """Step ids with every predecessor before its successors; CycleError names a loop if there is one."""
    ids = list(step_ids)
    successors: dict[str, list[str]] = {sid: [] for sid in ids}
    indegree = dict.fromkeys(ids, 0)
    for before, after in links:
        successors[before].append(after)
        indegree[after] += 1
    ready = [sid for sid in ids if indegree[sid] == 0]
    order: list[str] = []
    while ready:
        sid = ready.pop()
        order.append(sid)
        for nxt in successors[sid]:
            indegree[nxt] -= 1
            if indegree[nxt] == 0:
                ready.append(nxt)
    if len(order) < len(ids):
        from oases_desktop.core.errors import CycleError

        raise CycleError(_one_cycle({s for s in ids if indegree[s] > 0}, successors))
    return order


def _one_cycle(stuck: set[str], successors: dict[str, list[str]]) -> list[str]:
    """A loop among the steps Kahn's algorithm could not order.

    Every stuck step has a stuck predecessor (else it would have been ordered), but not
    necessarily a stuck successor: a step downstream of a loop is stuck too. So walk backwards
    over predecessors, which always stays inside the stuck set, until a step repeats.
    """
    predecessors: dict[str, list[str]] = {sid: [] for sid in stuck}
    for before, afters in successors.items():
        if before in stuck:
            for after in afters:
                if after in stuck:
                    predecessors[after].append(before)
    seen: dict[str, int] = {}
    path: list[str] = []
    node = min(stuck)
    while node not in seen:
        seen[node] = len(path)
        path.append(node)
        node = min(predecessors[node])
    return list(reversed(path[seen[node]:]))
