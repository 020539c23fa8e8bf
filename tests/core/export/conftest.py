"""Shared inputs of the PDF tests: the hand-built plan and schedule, a small reference library."""

from __future__ import annotations

from datetime import date

import pytest

from oases_desktop.core.knowledge.model import Fact, ReferenceLibrary, Reliability, Source
from tests.core.layout.sample import sample_plan, sample_schedule

ISSUE = date(2026, 3, 10)


def small_library() -> ReferenceLibrary:
    """Two sources, one older than a year on the issue date, and one fact a duration rests on."""
    sources = (
        Source("src-dh-guidance", "Guidance notes on registration", "Department of Health", "https://example.org/dh",
               date(2025, 9, 1), Reliability.OFFICIAL),
        Source("src-old-pledge", "Performance pledge 2023", "Drug Office", "https://example.org/pledge",
               date(2023, 6, 30), Reliability.OFFICIAL),
    )
    facts = (Fact("dh.review_days", "DH evaluation, target", 60, "days", date(2024, 1, 15), "src-old-pledge"),)
    return ReferenceLibrary(sources, facts, (), ())


@pytest.fixture
def plan():
    plan = sample_plan()
    review = plan.scenario().step("review")
    review.duration.basis = "dh.review_days"
    return plan


@pytest.fixture
def inputs():
    """What export_pdf gets besides the plan: no real scheduler, a small library, no simulation."""
    return {"schedules": {"base": sample_schedule()}, "library": small_library(), "percentiles": {}}
