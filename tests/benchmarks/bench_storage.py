"""Storage figures: open, save, load and list plans, quick_check and a verified backup.

Run: .venv/bin/python tests/benchmarks/bench_storage.py  (prints `name: value unit`, medians of 5).
"""

from __future__ import annotations

import copy
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from oases_desktop.core.domain import Dependency, Estimate, Plan, ProductProfile, Scenario, Step  # noqa: E402


def big_plan(plan_id: str, steps: int) -> Plan:
    """A plan of `steps` steps in a chain, in three scenarios."""
    def scenario(key: str) -> Scenario:
        items = [Step(id=f"s{i}", name=f"Step {i}", route="r", duration=Estimate(1, 2, 3), notes="n" * 50)
                 for i in range(steps)]
        links = [Dependency(f"s{i}", f"s{i + 1}") for i in range(steps - 1)]
        return Scenario(id=key, name=key, start_date=date(2026, 1, 1), steps=items, dependencies=links)

    return Plan(id=plan_id, title="Bench", client="Bench Ltd", product=ProductProfile(name="P"), as_of=date(2026, 1, 1),
                scenarios=[scenario("a"), scenario("b"), scenario("c")], active_scenario="a")


def median_seconds(action, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    folder = Path(tempfile.mkdtemp())
    os.environ["OASES_DATA_DIR"] = str(folder)
    started = time.perf_counter()
    from oases_desktop.core.storage import open_database
    from oases_desktop.core.storage.backup import backup_database, check_file

    db = open_database()
    print(f"first_run_create_and_seed: {time.perf_counter() - started:.3f} s")
    for i in range(50):
        db.plans.create(big_plan(f"p{i}", 30))
    plan = big_plan("big", 1000)
    db.plans.create(plan)
    version = [1]

    def save():
        version[0] = db.plans.save(copy.deepcopy(plan), version[0])

    print(f"save_plan_3000_steps: {median_seconds(save) * 1000:.1f} ms")
    print(f"load_plan_3000_steps: {median_seconds(lambda: db.plans.load('big')) * 1000:.1f} ms")
    print(f"list_51_plans: {median_seconds(db.plans.list_plans) * 1000:.1f} ms")
    small = big_plan("p0", 30)
    small_version = [1]

    def save_small():
        small_version[0] = db.plans.save(small, small_version[0])

    print(f"save_plan_90_steps: {median_seconds(save_small) * 1000:.1f} ms")
    print(f"library_load: {median_seconds(db.library.load) * 1000:.1f} ms")
    db.close()
    path = folder / "oases.sqlite"
    print(f"database_size: {path.stat().st_size / 1_048_576:.2f} MB")
    print(f"quick_check: {median_seconds(lambda: check_file(path)) * 1000:.1f} ms")
    print(f"verified_backup: {median_seconds(lambda: backup_database(path, folder / 'b', 'bench')) * 1000:.1f} ms")

    def reopen():
        open_database(auto_backup=False).close()

    print(f"open_existing_database: {median_seconds(reopen) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
