"""Plans for storage tests: one hand-built plan using every field, and a Hypothesis strategy."""

from __future__ import annotations

from datetime import date

from hypothesis import strategies as st

from oases_desktop.core.domain import (
    ApprovalStatus, Calendar, Dependency, DependencyType, DrugCategory, DurationUnit, EntityType, Estimate, Lag, Plan,
    ProductKind, ProductProfile, ReferenceApproval, Scenario, Step, StepKind,
)


def full_plan(plan_id: str = "plan-1", title: str = "Oncology launch") -> Plan:
    """A plan that sets every field to a non-default value somewhere."""
    steps = [
        Step(id="s1", name="Dossier", route="hk_1plus", duration=Estimate(20, 30, 45.5, DurationUnit.WORKING_DAYS,
             Calendar.HK, "fact:dossier"), sources=["src-a", "src-b"], documents=["CPP"], notes="Gather docs"),
        Step(id="s2", name="DoH review", route="hk_1plus", duration=Estimate(3, 6, 9, DurationUnit.MONTHS, Calendar.HK),
             kind=StepKind.REGULATOR_CLOCK, stop_clock=Estimate(1, 2, 4, DurationUnit.WEEKS, Calendar.CN, "estimate"),
             start_no_earlier_than=date(2026, 3, 1), milestone="hk_approval", template="hk_1plus.review"),
        Step(id="s3", name="Committee", route="gba", duration=Estimate.zero(), kind=StepKind.CADENCE_GATE,
             cadence="FREQ=MONTHLY;BYMONTH=1,4,7,10;BYMONTHDAY=15", optional=True, projected=True, enabled=False,
             fixed_start=date(2026, 7, 15), actual_start=date(2026, 7, 15), actual_finish=date(2026, 7, 16)),
        Step(id="s4", name="Launch", route="gba", duration=Estimate.zero(), kind=StepKind.MILESTONE),
    ]
    deps = [
        Dependency("s1", "s2"),
        Dependency("s2", "s3", DependencyType.SS, Lag(-5, DurationUnit.WORKING_DAYS, Calendar.MO)),
        Dependency("s3", "s4", DependencyType.FF, Lag(2.5)),
    ]
    scenarios = [
        Scenario(id="base", name="Base case", start_date=date(2026, 1, 5), routes=["hk_1plus", "gba"],
                 steps=steps, dependencies=deps, notes="Most likely"),
        Scenario(id="fast", name="Fast track", start_date=date(2026, 2, 1)),
    ]
    product = ProductProfile(
        name="Examplumab 10 mg", kind=ProductKind.DRUG, drug_category=DrugCategory.NEW_BIOLOGICAL_ENTITY,
        indication="NSCLC", life_threatening_or_debilitating=True, first_in_class=True,
        designations=["orphan", "breakthrough"],
        reference_approvals=[ReferenceApproval("US", ApprovalStatus.MARKETED, date(2024, 5, 2)),
                             ReferenceApproval("EU", ApprovalStatus.PENDING)],
        local_clinical_data=True, asian_clinical_data=True, mainland_approved=True, device_class=None,
        entity_type=EntityType.BIOLOGICAL, who_public_health_need=True, nmpa_30_day_channel=True,
        notes="客户产品 — ünïcode")
    return Plan(id=plan_id, title=title, client="Client Ltd", product=product, as_of=date(2026, 1, 2),
                scenarios=scenarios, active_scenario="fast", advisor="A. Advisor", confidentiality="Internal",
                notes="Plan notes")


# Text the plan file and every database accept: no lone surrogates (not UTF-8) and no NUL (PostgreSQL text).
_text = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=20)
_names = _text.filter(str.strip)  # steps and scenarios need a name (core/domain/rules.py)
_ids = st.text("abcdefghijklmnopqrstuvwxyz0123456789-_", min_size=1, max_size=8)
_dates = st.dates(date(1990, 1, 1), date(2100, 12, 31))
# Cadence rules are read strictly (core/domain/cadence.py): valid ones, in several spellings.
_cadences = st.none() | st.sampled_from([
    "", "FREQ=MONTHLY;BYMONTH=1,4,7,10;BYMONTHDAY=15", "FREQ=WEEKLY;BYDAY=TU", "freq=yearly;bymonth=12;bymonthday=-1;",
    "DTSTART:20200101\nRRULE:FREQ=MONTHLY;INTERVAL=2;BYDAY=1MO", "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1"])
# Up to 1,200: within a century in every unit, months included (core/domain/rules.py CENTURY).
_numbers = st.one_of(st.integers(0, 1200), st.floats(0, 1200, allow_nan=False, allow_infinity=False))


@st.composite
def estimates(draw) -> Estimate:
    low, mid, high = sorted(draw(st.lists(_numbers, min_size=3, max_size=3)))
    return Estimate(low, mid, high, draw(st.sampled_from(DurationUnit)), draw(st.sampled_from(Calendar)),
                    draw(st.one_of(st.just("estimate"), _ids)))


@st.composite
def steps(draw, step_id: str) -> Step:
    return Step(id=step_id, name=draw(_names), route=draw(_ids), duration=draw(estimates()),
                kind=draw(st.sampled_from(StepKind)), stop_clock=draw(st.none() | estimates()),
                cadence=draw(_cadences), enabled=draw(st.booleans()), optional=draw(st.booleans()),
                projected=draw(st.booleans()), start_no_earlier_than=draw(st.none() | _dates),
                fixed_start=draw(st.none() | _dates), actual_start=None, actual_finish=draw(st.none() | _dates),
                milestone=draw(st.none() | _ids), template=draw(st.none() | _ids),
                sources=draw(st.lists(_ids, max_size=3)), documents=draw(st.lists(_text, max_size=2)),
                notes=draw(_text))


@st.composite
def scenarios(draw, scenario_id: str) -> Scenario:
    step_ids = draw(st.lists(_ids, max_size=6, unique=True))
    step_list = [draw(steps(sid)) for sid in step_ids]
    deps = []
    for _ in range(draw(st.integers(0, 6))) if len(step_ids) > 1 else ():
        a, b = sorted(draw(st.lists(st.integers(0, len(step_ids) - 1), min_size=2, max_size=2, unique=True)))
        lag = Lag(draw(st.integers(-30, 30) | st.floats(-30, 30)), draw(st.sampled_from(DurationUnit)),
                  draw(st.sampled_from(Calendar)))
        if all((d.predecessor, d.successor) != (step_ids[a], step_ids[b]) for d in deps):  # one link per pair
            deps.append(Dependency(step_ids[a], step_ids[b], draw(st.sampled_from(DependencyType)), lag))
    return Scenario(id=scenario_id, name=draw(_names), start_date=draw(_dates),
                    routes=draw(st.lists(_ids, max_size=3)), steps=step_list, dependencies=deps, notes=draw(_text))


@st.composite
def plans(draw) -> Plan:
    scenario_ids = draw(st.lists(_ids, min_size=1, max_size=3, unique=True))
    approvals = draw(st.lists(st.builds(ReferenceApproval, _ids, st.sampled_from(ApprovalStatus), st.none() | _dates),
                              max_size=3))
    product = ProductProfile(
        name=draw(_text), kind=draw(st.sampled_from(ProductKind)),
        drug_category=draw(st.none() | st.sampled_from(DrugCategory)), indication=draw(_text),
        life_threatening_or_debilitating=draw(st.booleans()), first_in_class=draw(st.booleans()),
        designations=draw(st.lists(_ids, max_size=3)), reference_approvals=approvals,
        hk_registered=draw(st.booleans()), device_class=draw(st.none() | _ids), notes=draw(_text),
        entity_type=draw(st.none() | st.sampled_from(EntityType)), who_public_health_need=draw(st.booleans()),
        nmpa_30_day_channel=draw(st.booleans()))
    scenario_list = [draw(scenarios(sid)) for sid in scenario_ids]
    step_ids = sorted({s.id for scenario in scenario_list for s in scenario.steps})
    targets = draw(st.dictionaries(st.sampled_from(step_ids), _dates, max_size=2)) if step_ids else {}
    return Plan(id=draw(_ids), title=draw(_text), client=draw(_text), product=product, as_of=draw(_dates),
                scenarios=scenario_list, active_scenario=draw(st.sampled_from(scenario_ids)), advisor=draw(_text),
                confidentiality=draw(_text), notes=draw(_text), targets=targets)
