"""The text rule (no NUL, at most MAX_TEXT characters) names the field at fault wherever it is."""

import dataclasses

import pytest

from oases_desktop.core.domain.rules import MAX_TEXT, RuleError, check_text
from oases_desktop.core.examples import worked_example
from tests.shipped import LIBRARY


def _plan():
    return worked_example("medicine", LIBRARY)


def test_a_clean_plan_passes():
    plan = _plan()
    check_text(plan, "plan")
    for scenario in plan.scenarios:
        for index, step in enumerate(scenario.steps):
            check_text(step, f"steps[{index}]")


@pytest.mark.parametrize("bad", ["a\x00b", "x" * (MAX_TEXT + 1)])
def test_a_bad_text_deep_in_a_step_is_found_with_its_path(bad):
    step = _plan().scenario().steps[3]
    step.sources = [*step.sources, bad]
    with pytest.raises(RuleError) as caught:
        check_text(step, "plan.scenarios[0].steps[3]")
    assert caught.value.field_path == f"plan.scenarios[0].steps[3].sources[{len(step.sources) - 1}]"
    estimate = dataclasses.replace(step.duration, basis=bad)
    with pytest.raises(RuleError) as caught:
        check_text(dataclasses.replace(step, sources=[], duration=estimate), "s")
    assert caught.value.field_path == "s.duration.basis"


def test_skipped_fields_are_not_read():
    plan = _plan()
    plan.scenarios[0].steps[0].notes = "\x00"
    check_text(plan, "plan", skip=("scenarios", "baselines"))
    with pytest.raises(RuleError):
        check_text(plan, "plan")
