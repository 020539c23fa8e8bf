"""Two to four advisors editing the same plan in one shared database: never a silent overwrite.

Each generated interleaving of load / edit / save across clients is checked against a model of
what the database must hold: a save from the version that is current succeeds with version + 1;
a save from any older version raises ConflictError and changes nothing; the stale client then
either keeps its work as a copy or takes the other's version. Runs on PostgreSQL (the team setup)
and on SQLite with separate engines.
"""

from __future__ import annotations

import threading
import uuid

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from oases_desktop.core.storage import ConflictError, open_database
from oases_desktop.core.storage.engine import make_engine
from oases_desktop.core.storage.plans import PlanRepository
from tests.core.storage.pg import PG_URL, SKIP_REASON, reset_postgres
from tests.core.storage.plans_factory import full_plan

INTERLEAVINGS = 100

operation = st.tuples(st.integers(0, 3), st.sampled_from(["load", "edit", "save", "save", "resolve_copy",
                                                          "resolve_theirs"]))


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def clients(request, tmp_path):
    """Four independent clients (own engine and connections) on one database."""
    if request.param == "postgres":
        if not PG_URL:
            pytest.skip(SKIP_REASON)
        reset_postgres(PG_URL)
        databases = [open_database(PG_URL, seed=False) for _ in range(4)]
        yield request.param, [db.plans for db in databases]
        for db in databases:
            db.close()
        return
    url = f"sqlite:///{tmp_path / 'shared.sqlite'}"
    open_database(url, seed=False).close()
    engines = [make_engine(url) for _ in range(4)]
    yield request.param, [PlanRepository(engine) for engine in engines]
    for engine in engines:
        engine.dispose()


def test_generated_interleavings_never_overwrite_silently(clients, report_figure):
    backend, repos = clients
    totals = {"saves": 0, "conflicts": 0, "silent": 0, "copies": 0, "runs": 0}

    @settings(max_examples=INTERLEAVINGS, deadline=None, derandomize=True)
    @given(count=st.integers(2, 4), ops=st.lists(operation, min_size=4, max_size=30))
    def interleaving(count, ops):
        plan = full_plan(plan_id=str(uuid.uuid4()))
        repos[0].create(plan)
        current = {"version": 1, "title": plan.title}  # the model of the stored plan
        held: dict[int, tuple] = {}  # client -> (plan, seen version)
        for index, (who, action) in enumerate(ops):
            who %= count
            repo = repos[who]
            if action == "load" or (who not in held and action != "load"):
                stored = repo.load(plan.id)
                assert (stored.version, stored.plan.title) == (current["version"], current["title"])
                held[who] = (stored.plan, stored.version)
            elif action == "edit":
                held[who][0].title = f"client {who} edit {index}"
            elif action == "save":
                mine, seen = held[who]
                try:
                    new_version = repo.save(mine, seen)
                except ConflictError as error:
                    totals["conflicts"] += 1
                    assert seen != current["version"] and error.current_version == current["version"]
                    continue
                totals["saves"] += 1
                if seen != current["version"]:
                    totals["silent"] += 1  # a stale save went through: the bug this test exists for
                current.update(version=new_version, title=mine.title)
                held[who] = (mine, new_version)
            elif action == "resolve_copy":
                mine, _ = held[who]
                copy_ = repo.save_as_copy(mine)
                assert repo.load(copy_.plan.id).plan.title == f"{mine.title} (copy)"
                totals["copies"] += 1
            else:  # take theirs
                stored = repo.load(plan.id)
                held[who] = (stored.plan, stored.version)
        final = repos[0].load(plan.id)
        assert (final.version, final.plan.title) == (current["version"], current["title"])
        totals["runs"] += 1

    interleaving()
    report_figure(f"two_advisors_{backend}: {totals['runs']} interleavings of 2-4 clients, {totals['saves']} saves, "
                  f"{totals['conflicts']} conflicts caught, {totals['copies']} kept as copies, "
                  f"{totals['silent']} silent overwrites")
    assert totals["silent"] == 0 and totals["runs"] >= INTERLEAVINGS and totals["conflicts"] > 0


def test_simultaneous_saves_from_the_same_version_let_exactly_one_win(clients, report_figure):
    backend, repos = clients
    rounds, one_winner = 20, 0
    plan = full_plan(plan_id=str(uuid.uuid4()))
    repos[0].create(plan)
    version = 1
    for round_ in range(rounds):
        barrier = threading.Barrier(2)
        outcomes: list[object] = [None, None]

        def save(who: int) -> None:
            mine = repos[who].load(plan.id).plan
            mine.title = f"round {round_} by {who}"
            barrier.wait()
            try:
                outcomes[who] = repos[who].save(mine, version)
            except ConflictError as error:
                outcomes[who] = error

        threads = [threading.Thread(target=save, args=(who,)) for who in (0, 1)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        winners = [o for o in outcomes if isinstance(o, int)]
        losers = [o for o in outcomes if isinstance(o, ConflictError)]
        if len(winners) == 1 and len(losers) == 1:
            one_winner += 1
            version = winners[0]
            assert repos[0].load(plan.id).plan.title == f"round {round_} by {outcomes.index(winners[0])}"
    report_figure(f"simultaneous_saves_{backend}: {rounds} races of two clients, {one_winner} with exactly one winner "
                  "and one conflict")
    assert one_winner == rounds
