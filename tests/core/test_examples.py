"""The worked examples are valid plan files that tell the story the issue asks for."""

from datetime import date

import pytest

from oases_desktop.core.domain import ProductKind
from oases_desktop.core.domain.graph import topological_order
from oases_desktop.core.examples import worked_example
from oases_desktop.core.knowledge import load_library
from oases_desktop.core.planfile import load_plan, save_plan


@pytest.mark.parametrize("which", ["medicine", "device"])
def test_example_round_trips_through_a_plan_file(which, tmp_path):
    plan = worked_example(which, load_library())
    path = tmp_path / f"{which}.oases.json"
    save_plan(plan, path)
    assert load_plan(path) == plan


@pytest.mark.parametrize("which", ["medicine", "device"])
def test_every_step_cites_known_sources_and_bases(which):
    library = load_library()
    keys = set(library.fact_keys())
    for scenario in worked_example(which, load_library()).scenarios:
        for step in scenario.steps:
            for source_id in step.sources:
                assert library.has_source(source_id), (step.id, source_id)
            for estimate in (step.duration, step.stop_clock):
                if estimate is not None:
                    assert estimate.basis == "estimate" or estimate.basis in keys, (step.id, estimate.basis)


def test_medicine_example_chains_trial_to_one_plus_to_formulary_and_connect():
    plan = worked_example("medicine", load_library())
    assert plan.as_of == date(2026, 11, 25)
    assert plan.product.kind is ProductKind.DRUG
    assert [a.country for a in plan.product.reference_approvals] == ["USA"]
    assert {"orphan", "breakthrough"} <= set(plan.product.designations)
    assert "fictional" in plan.product.name.lower() and "fictional" in plan.client.lower()
    scenario = plan.scenario()
    assert scenario.routes == ["hk_clinical_trial", "one_plus", "ha_formulary", "gba_connect"]
    order = topological_order([s.id for s in scenario.steps],
                              [(d.predecessor, d.successor) for d in scenario.dependencies])
    position = {step_id: index for index, step_id in enumerate(order)}
    chain = ["hk_clinical_trial.first_patient", "hk_clinical_trial.readout", "one_plus.dossier",
             "one_plus.approval", "ha_formulary.listed"]
    assert [position[s] for s in chain] == sorted(position[s] for s in chain)
    assert position["one_plus.approval"] < position["gba_connect.first_patient"]
    milestones = {s.milestone for s in scenario.steps if s.milestone}
    assert {"first_patient_in", "hk_approval", "formulary_listing", "first_gba_patient"} <= milestones


def test_medicine_example_names_a_real_designated_institution():
    plan = worked_example("medicine", load_library())
    step = plan.scenario().step("gba_connect.institution_application")
    names = {e.name for e in load_library().lookup("gba_institutions").entries}
    assert any(name in step.notes for name in names)
    assert "Shenzhen Hospital" in step.notes


def test_standard_scenario_waits_for_a_second_reference_approval_as_an_estimate():
    plan = worked_example("medicine", load_library())
    scenario = plan.scenario("standard_two_reference")
    second = scenario.step("standard_two_reference.reference_approvals")
    assert second.duration.is_estimate and second.duration.likely > 0
    assert "hk_clinical_trial" not in scenario.routes


def test_device_example_is_class_three_through_mdacs_to_connect():
    plan = worked_example("device", load_library())
    assert plan.product.kind is ProductKind.DEVICE and plan.product.device_class == "III"
    scenario = plan.scenario()
    assert scenario.routes == ["mdacs_listing", "gba_connect"]
    links = {(d.predecessor, d.successor) for d in scenario.dependencies}
    assert ("mdacs_listing.in_use", "gba_connect.prereview") in links


def test_unknown_example_is_refused():
    with pytest.raises(ValueError):
        worked_example("vaccine", load_library())
