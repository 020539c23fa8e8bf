"""Graph checks on a scenario's dependencies (stdlib graphlib), shared by plan rules, library checks and the scheduler."""

from __future__ import annotations

import graphlib
from collections.abc import Iterable


def topological_order(step_ids: Iterable[str], links: Iterable[tuple[str, str]]) -> list[str]:
    """Step ids with every predecessor before its successors; CycleError names a loop if there is one.

    Every end of a link must be one of `step_ids` (callers check that first, with a better message).
    """
    sorter = graphlib.TopologicalSorter({sid: () for sid in step_ids})
    for before, after in links:
        sorter.add(after, before)
    try:
        return list(sorter.static_order())
    except graphlib.CycleError as error:
        from oases_desktop.core.errors import CycleError

        # graphlib gives the loop as [first, ..., first] following successors; the repeat is dropped.
        raise CycleError(error.args[1][:-1]) from None
