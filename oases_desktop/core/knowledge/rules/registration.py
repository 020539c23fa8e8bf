"""Rules of the three drug registration routes: standard (two references), "1+", CMPR primary evaluation."""

from __future__ import annotations

from datetime import date

from oases_desktop.core.domain.product import ApprovalStatus, DrugCategory, EntityType, ProductKind, ProductProfile
from oases_desktop.core.knowledge.model import ReferenceLibrary, RouteVerdict
from oases_desktop.core.knowledge.rules.common import (
    ADDED_GROUP,
    ORIGINAL_GROUP,
    VerdictBuilder,
    approvals_text,
    count_reference_approvals,
    eu_warning,
    fact_date,
    long_date,
    to_check_conditions,
)

NEW_DRUGS = {DrugCategory.NEW_CHEMICAL_ENTITY, DrugCategory.NEW_BIOLOGICAL_ENTITY}
EXTENDED_SCOPE = NEW_DRUGS | {DrugCategory.NEW_INDICATION, DrugCategory.VACCINE, DrugCategory.ADVANCED_THERAPY}
EXTENSIONS = {DrugCategory.NEW_INDICATION, DrugCategory.CHEMICAL_EXTENDED_APPLICATION,
              DrugCategory.BIOLOGICAL_EXTENDED_APPLICATION}
NAMED_DESIGNATIONS = {"orphan", "breakthrough", "priority"}
PAIRING_WARNING = (
    "Open point: in Dec 2022 an approval from Mainland China, Brazil, Korea or Singapore had to be paired "
    "with one from the original 32 reference countries (LCQ9, 14 Dec 2022). No later source confirms or "
    "withdraws this: confirm with the Drug Office."
)
NMPA_ALONE_WARNING = (
    "Open question: whether an approval from Brazil, Korea or Singapore alone qualifies as the single reference "
    "approval under \"1+\" is not settled (an approval by the Mainland regulator alone has been accepted)."
)


def _is_drug(builder: VerdictBuilder, profile: ProductProfile, rule: str, source_id: str) -> bool:
    is_drug = profile.kind == ProductKind.DRUG
    return builder.kind(is_drug, "The product is a pharmaceutical product (drug)" if is_drug
                        else "Not applicable: the product is a medical device and this is a drug route", rule, source_id)


def standard_route(profile: ProductProfile, on: date, library: ReferenceLibrary) -> RouteVerdict:
    """Two or more reference-country approvals (secondary evaluation)."""
    b = VerdictBuilder("standard_two_reference", library)
    if not _is_drug(b, profile, "standard.kind", "lcq22_20230315"):
        return b.verdict()
    needed = int(library.latest("standard.reference_approvals_needed").number)
    count = count_reference_approvals(profile, on, library)
    have = len(count.counted)
    text = f"Approvals in {needed} or more of the 36 reference countries (have {have}: {approvals_text(count)})"
    second = count.nth_date(needed)
    if have >= needed:
        b.require(True, text, "standard.two_reference_approvals", "lcq22_20230315")
    elif second is not None:
        b.wait_until(second, f"{text}; {needed} approvals expected",
                     "standard.two_reference_approvals", "lcq22_20230315")
    else:
        b.require(False, text, "standard.two_reference_approvals", "lcq22_20230315")
    to_check_conditions(b, count)
    _pairing_condition(b, count, on, have, needed)
    warning = eu_warning(count)
    if warning:
        b.warn(warning)
    b.info("Proof of each approval: a Certificate of Pharmaceutical Product or Free Sale Certificate",
           "standard.cpp", "freyr_cpp")
    if profile.drug_category not in NEW_DRUGS:
        b.warn("The two-reference rule is stated for new chemical or biological entities; requirements for other "
               "applications are not covered by the reference library: confirm with the Drug Office.")
    if profile.hk_registered and profile.drug_category in NEW_DRUGS:
        b.warn("The product is marked as already registered in Hong Kong; a new registration is not needed.")
    rtf_from, rtf = fact_date(library, "prs.rtf_from")
    if on >= rtf_from:
        b.info(f"Refuse-to-file screening: 60 days to answer a deficiency letter (since {long_date(rtf_from)})",
               "prs.rtf", rtf.source_id, met=True)
    else:
        b.info(f"No refuse-to-file screening yet (from {long_date(rtf_from)})", "prs.rtf", rtf.source_id)
    return b.verdict()


def _pairing_condition(b: VerdictBuilder, count, on: date, have: int, needed: int) -> None:
    """The Dec 2022 pairing rule: in force as stated then; after 2022 a point to check, never a silent yes or no."""
    originals = [e for e, _ in count.counted + count.future if e.attributes.get("group") == ORIGINAL_GROUP]
    added = [e for e, _ in count.counted + count.future if e.attributes.get("group") == ADDED_GROUP]
    if not added or originals or have + len(count.future) < needed:
        return
    confirmed_to, fact = fact_date(b.library, "reference_countries.pairing_rule_confirmed_to")
    text = ("At least one approval from the original 32 reference countries: an approval from Mainland China, "
            "Brazil, Korea or Singapore is paired with one of them (LCQ9, 14 Dec 2022)")
    if on <= confirmed_to:
        b.require(False, text, "standard.pairing_2022", fact.source_id)
        return
    b.require(None, f"{text}: to check, the rule was stated in Dec 2022 and no later source confirms or "
                    "withdraws it", "standard.pairing_2022", fact.source_id)
    b.warn(PAIRING_WARNING)


def _benefit_condition(b: VerdictBuilder, profile: ProductProfile, on: date, source: str) -> None:
    """A designation; from primary evaluation Phase 1 (abridged evaluation) also a WHO-promulgated need."""
    designations = {d.strip().casefold() for d in profile.designations if d.strip()}
    named = sorted(designations & NAMED_DESIGNATIONS)
    others = sorted(designations - NAMED_DESIGNATIONS)
    rule = "one_plus.prominent_clinical_benefit"
    abridged_from, abridged = fact_date(b.library, "cmpr.phase1_from")
    who = ("a local unmet need of public-health importance (public-health emergency, communicable disease) "
           "promulgated by the WHO")
    if named:
        b.require(True, f"Prominent clinical benefit: {', '.join(named)} designation", rule, source)
    elif profile.who_public_health_need and on >= abridged_from:
        b.require(True, f"Qualifies on {who} (abridged evaluation, since {long_date(abridged_from)})", rule,
                  "simplyinvest_phase1")
    elif others:
        b.require(None, f"Prominent clinical benefit: {', '.join(others)} may count as an \"equivalent\" "
                        "designation; DH decides", rule, source)
    elif profile.who_public_health_need:
        b.require(False, f"Orphan, breakthrough, priority or equivalent designation; {who} qualifies only from "
                         f"{long_date(abridged_from)} (abridged evaluation)", rule, "simplyinvest_phase1")
    else:
        b.require(False, "Prominent clinical benefit: orphan, breakthrough, priority or equivalent designation"
                  + (f", or {who}" if on >= abridged_from else ""), rule, source)


def _scope_conditions(b: VerdictBuilder, profile: ProductProfile, on: date, source: str) -> None:
    category = profile.drug_category
    extended_from, extended = fact_date(b.library, "oneplus.extended_scope_from")
    # original scope: new drugs (incl. vaccines and advanced therapies, e.g. a CAR-T approved in Oct 2024) for
    # life-threatening or severely debilitating diseases; new indications came with the extension
    in_original = category in EXTENDED_SCOPE - {DrugCategory.NEW_INDICATION} and profile.life_threatening_or_debilitating
    if category in (DrugCategory.CHEMICAL_EXTENDED_APPLICATION, DrugCategory.BIOLOGICAL_EXTENDED_APPLICATION):
        b.require(None, "\"1+\" covers new indications; other extended applications (new strength, dosage form, "
                        "posology) are not named: check which this is", "one_plus.scope", extended.source_id)
        b.gate(on, "oneplus.extended_scope_from", "Extended \"1+\" scope covers new indications",
               "\"1+\" covers new indications", "one_plus.scope_extended")
    elif category in EXTENDED_SCOPE:
        if in_original:
            b.require(True, "New drug for a life-threatening or severely debilitating disease (original scope)",
                      "one_plus.scope_original", source)
        elif on >= extended_from:
            b.require(True, f"In the extended scope: all new drugs, new indications, vaccines and advanced therapies "
                            f"(since {long_date(extended_from)})", "one_plus.scope_extended", extended.source_id)
        else:
            b.gate(on, "oneplus.extended_scope_from", "Extended \"1+\" scope",
                   "\"1+\" covers this product only once the scope is extended", "one_plus.scope_extended")
    else:
        b.require(False, f"\"1+\" covers new drugs, new indications, vaccines and advanced therapies, not "
                         f"{(category or 'an unstated category').replace('_', ' ')}", "one_plus.scope", source)
    if category not in EXTENSIONS:  # a new indication extends a product that may be registered already
        b.require(not profile.hk_registered, "Never registered in Hong Kong" if not profile.hk_registered
                  else "Already registered in Hong Kong (1+ is for products never registered here)",
                  "one_plus.never_registered", source)


def _data_condition(b: VerdictBuilder, profile: ProductProfile, on: date, source: str) -> None:
    """Local clinical data; Chinese/Asian population data count only from the 1 Nov 2024 extension."""
    extended_from, _ = fact_date(b.library, "oneplus.extended_scope_from")
    rule = "one_plus.local_data"
    if on >= extended_from:
        has_data = profile.local_clinical_data or profile.asian_clinical_data
        kinds = [k for k, v in (("local", profile.local_clinical_data),
                                ("Chinese/Asian", profile.asian_clinical_data)) if v]
        b.require(has_data, f"Clinical data: {' and '.join(kinds)}" if has_data else
                  "Local clinical data or data from Chinese/Asian populations (a Hong Kong trial can provide it)",
                  rule, source)
    elif profile.local_clinical_data:
        b.require(True, "Local clinical data (the original scope asks for local data)", rule, source)
    elif profile.asian_clinical_data:  # not eligible before the extension; its data count from that day
        b.wait_until(extended_from, "Local clinical data: before the extension only local data qualify; "
                                    "Chinese/Asian population data count", rule, source)
    else:
        b.require(False, "Local clinical data (a Hong Kong trial can provide it)", rule, source)


def _approval_condition(b: VerdictBuilder, profile: ProductProfile, on: date, source: str) -> None:
    count = count_reference_approvals(profile, on, b.library)
    rule = "one_plus.one_reference_approval"
    marketed = [e.name for e, a in count.counted if a.status == ApprovalStatus.MARKETED]
    if marketed:
        b.require(True, f"Marketed in a reference country: {', '.join(marketed)}", rule, source)
    elif count.counted:
        b.require(None, f"Approved in {', '.join(count.names())} but not marked as marketed; the FAQ asks for "
                        "evidence it is marketed in a reference country", rule, source)
    elif count.nth_date(1) is not None:
        b.wait_until(count.nth_date(1), "First reference approval expected", rule, source)
    else:
        b.require(False, f"Approval in one of the 36 reference countries ({approvals_text(count)})", rule, source)
    to_check_conditions(b, count)
    if count.counted and not count.names(ORIGINAL_GROUP):
        if {e.id for e, _ in count.counted} == {"china"}:
            b.info("An approval by the Mainland regulator alone has served as the single reference approval under "
                   "\"1+\" (reported early 2025)", "one_plus.mainland_alone", "hkej_4002907", met=True)
        else:
            b.warn(NMPA_ALONE_WARNING)
    warning = eu_warning(count)
    if warning:
        b.warn(warning)


def one_plus_route(profile: ProductProfile, on: date, library: ReferenceLibrary) -> RouteVerdict:
    """One reference approval plus local (from 1 Nov 2024 also Chinese/Asian) clinical data, from 1 Nov 2023."""
    b = VerdictBuilder("one_plus", library)
    extended_from, _ = fact_date(library, "oneplus.extended_scope_from")
    source = "do_oneplus_faq" if on >= extended_from else "arqon_oneplus"  # the FAQ describes the extended scheme
    if not _is_drug(b, profile, "one_plus.kind", source):
        return b.verdict()
    b.gate(on, "oneplus.start", "\"1+\" mechanism in force", "\"1+\" mechanism not yet in force", "one_plus.start")
    _scope_conditions(b, profile, on, source)
    _benefit_condition(b, profile, on, source)
    _approval_condition(b, profile, on, source)
    _data_condition(b, profile, on, source)
    b.info("Local expert assessment report (expert with at least 5 years' experience): "
           + ("prepared" if profile.local_expert_report else "to prepare (a step of this route)"),
           "one_plus.expert_report", "arqon_oneplus", met=True if profile.local_expert_report else None)
    meetings_from, meetings = fact_date(library, "oneplus.pre_nda_meetings_from")
    available = on >= meetings_from
    b.info(f"Optional free pre-NDA meeting {'available' if available else 'not yet available'} "
           f"(from {long_date(meetings_from)})", "one_plus.pre_nda", meetings.source_id, met=True if available else None)
    phase1_from, _ = fact_date(library, "cmpr.phase1_from")
    if on >= phase1_from:
        b.info("Since primary evaluation Phase 1 this logic is described as \"abridged evaluation\"",
               "one_plus.abridged_name", "simplyinvest_phase1")
    return b.verdict()


def _cmpr_phase(profile: ProductProfile, b: VerdictBuilder) -> tuple[int, str]:
    category = profile.drug_category
    if category == DrugCategory.CHEMICAL_EXTENDED_APPLICATION:
        return 1, "extended application of a registered chemical entity"
    if category == DrugCategory.NEW_INDICATION:
        if profile.entity_type == EntityType.BIOLOGICAL:
            return 2, "new indication of a registered biological entity"
        if profile.entity_type == EntityType.CHEMICAL:
            return 1, "new indication of a registered chemical entity"
        b.require(None, "A new indication is in Phase 1 if the entity is chemical, Phase 2 if biological: set the "
                        "entity type in the product profile (this verdict assumes chemical)",
                  "cmpr.entity_type", "wwp_20250626")
        return 1, "new indication (assumed: registered chemical entity)"
    if category == DrugCategory.BIOLOGICAL_EXTENDED_APPLICATION:
        return 2, "extended application of a registered biological entity"
    if category in NEW_DRUGS and not profile.first_in_class:
        return 3, "non-first-in-class new drug"
    if category == DrugCategory.ADVANCED_THERAPY:
        b.warn("Phase 3 covers only \"specific\" advanced therapy products; others wait for Phase 4.")
        return 3, "advanced therapy product (specific ones only)"
    return 4, (category or "product").replace("_", " ") + (" (first in class)" if profile.first_in_class else "")


def cmpr_route(profile: ProductProfile, on: date, library: ReferenceLibrary) -> RouteVerdict:
    """Primary evaluation by Hong Kong for products with no reference approval: Phase 1 from 31 Mar 2026, 2-4 projected."""
    b = VerdictBuilder("cmpr_primary", library)
    if not _is_drug(b, profile, "cmpr.kind", "do_primary_eval_faq"):
        return b.verdict()
    phase, what = _cmpr_phase(profile, b)
    key = f"cmpr.phase{phase}_from"
    b.info(f"Roadmap: a {what} falls in Phase {phase}", f"cmpr.phase{phase}_scope", "wwp_20250626")
    b.gate(on, key, f"Primary evaluation Phase {phase} in force", f"Primary evaluation Phase {phase}", f"cmpr.phase{phase}")
    # judged on the first day the phase can be used: a place that joins the reference list by then counts
    opens, _ = fact_date(library, key)
    count = count_reference_approvals(profile, max(on, opens), library)
    if count.counted:
        by = f"By {long_date(opens)}, when Phase {phase} opens, approved" if opens > on else "Approved"
        b.require(False, f"{by} in a reference country ({', '.join(count.names())}): primary evaluation is for "
                         "products not approved in any reference country or place; take the abridged evaluation "
                         "(\"1+\") or the two-reference route", "cmpr.no_reference_approval", "simplyinvest_phase1")
    else:
        b.require(True, "Not approved in any reference country or place (primary evaluation is for such products)",
                  "cmpr.no_reference_approval", "simplyinvest_phase1")
    to_check_conditions(b, count)
    if phase <= 2:
        b.info("The registered entity: " + ("registered in Hong Kong" if profile.hk_registered
               else "confirm the entity is registered in Hong Kong (extended applications only)"),
               "cmpr.registered_entity", "simplyinvest_phase1", met=True if profile.hk_registered else None)
    b.info("Mandatory pre-NDA meeting with the Drug Office (a step of this route)", "cmpr.pre_nda", "simplyinvest_phase1")
    b.info("Target 220 working days to the first decision; applicant responses capped at 150 calendar days",
           "cmpr.target", "do_primary_eval_faq")
    return b.verdict()
