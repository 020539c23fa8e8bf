"""Worked examples: the first plans a new user sees, built from the shipped route templates.

The medicine example tells the whole story: a fictional innovative biologic with one reference
approval (US FDA, orphan and breakthrough designations) runs a Hong Kong trial coordinated via the
GBA International Clinical Trial Institute, registers under "1+" with the trial's local data, enters
the HA Drug Formulary and reaches a designated GBA hospital through Medicine and Device Connect.
A second scenario waits for a second reference approval and takes the standard route, to compare.
The device example takes a Class III device through MDACS listing to Connect.
Product, client and dates are fictional; every regulatory figure comes from the reference library.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from oases_desktop.core.domain.plan import Dependency, DurationUnit, Estimate, Plan, Scenario, Step
from oases_desktop.core.domain.product import (
    ApprovalStatus,
    DrugCategory,
    ProductKind,
    ProductProfile,
    ReferenceApproval,
)
from oases_desktop.core.knowledge.model import ReferenceLibrary
from oases_desktop.core.knowledge.route_links import cross_route_links
from oases_desktop.core.knowledge.routes import instantiate_route, step_id

AS_OF = date(2026, 11, 25)
START = date(2026, 12, 1)
CONNECT_INSTITUTION = "the_university_of_hong_kong_shenzhen_hospital"


def _routes(library: ReferenceLibrary, route_ids: list[str]) -> tuple[list[Step], list[Dependency]]:
    """The routes' steps, their own links and the links between routes (the library's feeds)."""
    steps: list[Step] = []
    links: list[Dependency] = []
    for route_id in route_ids:
        route_steps, route_links = instantiate_route(route_id, library, on=AS_OF)
        steps += route_steps
        links += route_links
    links += cross_route_links(steps, library, links)
    if "gba_connect" in route_ids:  # optional, beyond the story's milestones: shown but switched off
        _edit(steps, "gba_connect", "rwd", enabled=False)
    return steps, links


def _edit(steps: list[Step], route_id: str, template_step: str, **changes) -> None:
    """Replace one instantiated step with an edited copy (the example's own choices)."""
    wanted = step_id(route_id, template_step)
    for index, step in enumerate(steps):
        if step.id == wanted:
            steps[index] = replace(step, **changes)
            return
    raise KeyError(wanted)


def _connect_institution_note(library: ReferenceLibrary) -> tuple[str, list[str]]:
    entry = library.lookup("gba_institutions").entry(CONNECT_INSTITUTION)
    city = entry.attributes.get("city", "")
    return (f"Example institution: {entry.name} ({city}; designated batch {entry.attributes.get('batch')}). "
            f"{entry.note}").strip(), entry.source_ids


def _medicine_profile() -> ProductProfile:
    return ProductProfile(
        name="Examplimab (fictional product)",
        kind=ProductKind.DRUG,
        drug_category=DrugCategory.NEW_BIOLOGICAL_ENTITY,
        indication="A rare, life-threatening autoimmune disease (fictional example)",
        life_threatening_or_debilitating=True,
        first_in_class=True,
        designations=["orphan", "breakthrough"],
        reference_approvals=[ReferenceApproval(country="USA", status=ApprovalStatus.MARKETED, date=date(2026, 6, 15))],
        notes="Fictional product for the worked example. Local clinical data will come from the Hong Kong trial.",
    )


def _one_plus_scenario(library: ReferenceLibrary) -> Scenario:
    routes = ["hk_clinical_trial", "one_plus", "ha_formulary", "gba_connect"]
    steps, links = _routes(library, routes)
    _edit(steps, "hk_clinical_trial", "conduct", duration=Estimate(6, 9, 15, DurationUnit.MONTHS),
          notes="Example: a small open-label bridging study at a Hong Kong Phase 1 centre, with an optional "
                "Shenzhen arm. Product-specific estimate: enrolling a rare-disease population is the main uncertainty.")
    note, sources = _connect_institution_note(library)
    _edit(steps, "gba_connect", "institution_application", notes=note,
          sources=[*sources, "bayarea_connect_page"])
    return Scenario(
        id="one_plus_trial", name="\"1+\" with a Hong Kong trial (GBAICTI)", start_date=START, routes=routes,
        steps=steps, dependencies=links,
        notes="One reference approval (US FDA) plus local clinical data from a Hong Kong trial satisfies \"1+\".",
    )


def _standard_scenario(library: ReferenceLibrary) -> Scenario:
    routes = ["standard_two_reference", "ha_formulary", "gba_connect"]
    steps, links = _routes(library, routes)
    _edit(steps, "standard_two_reference", "reference_approvals",
          name="Obtain a second reference approval (e.g. an EU member state) and CPPs",
          duration=Estimate(18, 24, 36, DurationUnit.MONTHS),
          notes="Examplimab holds one reference approval (US FDA); the standard route needs two. "
                "Time to a second approval is a product-specific estimate: no filing is under review yet, so it "
                "covers preparing and filing a dossier in a second reference country and that regulator's review.")
    note, sources = _connect_institution_note(library)
    _edit(steps, "gba_connect", "institution_application", notes=note, sources=[*sources, "bayarea_connect_page"])
    return Scenario(
        id="standard_two_reference", name="Standard route: wait for a second reference approval", start_date=START,
        routes=routes, steps=steps, dependencies=links,
        notes="For comparison: no local trial, but registration waits for a second reference-country approval.",
    )


def _medicine(library: ReferenceLibrary) -> Plan:
    return Plan(
        id="example-medicine",
        title="Examplimab: Hong Kong and GBA access plan (worked example)",
        client="Example Therapeutics Ltd (fictional client)",
        product=_medicine_profile(),
        as_of=AS_OF,
        scenarios=[_one_plus_scenario(library), _standard_scenario(library)],
        active_scenario="one_plus_trial",
        advisor="Example advisor",
        notes="Worked example with a fictional product and client. Durations come from the reference library "
              "with their sources; figures marked as estimates are judgement to be tuned.",
    )


def _device(library: ReferenceLibrary) -> Plan:
    routes = ["mdacs_listing", "gba_connect"]
    steps, links = _routes(library, routes)
    _edit(steps, "mdacs_listing", "statutory_regime", enabled=False)  # projected, no dates announced
    note, sources = _connect_institution_note(library)
    _edit(steps, "gba_connect", "institution_application", notes=note, sources=[*sources, "bayarea_connect_page"])
    profile = ProductProfile(
        name="Examplicor heart valve system (fictional product)",
        kind=ProductKind.DEVICE,
        indication="Structural heart disease (fictional example)",
        reference_approvals=[ReferenceApproval(country="USA", status=ApprovalStatus.MARKETED, date=date(2026, 3, 2))],
        device_class="III",
        notes="Fictional Class III device for the worked example.",
    )
    scenario = Scenario(
        id="mdacs_to_connect", name="MDACS listing, HK public hospitals, then Medicine and Device Connect",
        start_date=START, routes=routes, steps=steps, dependencies=links,
        notes="Connect requires the device to be used by Hong Kong public hospitals first.",
    )
    return Plan(
        id="example-device", title="Examplicor: Hong Kong and GBA device access plan (worked example)",
        client="Example Cardio Devices Ltd (fictional client)", product=profile, as_of=AS_OF,
        scenarios=[scenario], active_scenario=scenario.id, advisor="Example advisor",
        notes="Worked example with a fictional device and client.",
    )


def worked_example(which: str, library: ReferenceLibrary) -> Plan:
    """A fresh worked-example plan: "medicine" (1+ with a HK trial) or "device" (MDACS to Connect).

    Built from `library`'s route templates; the README's dates are those of the shipped library.
    """
    builders = {"medicine": _medicine, "device": _device}
    if which not in builders:
        raise ValueError(f"unknown worked example {which!r}; choose 'medicine' or 'device'")
    return builders[which](library)
