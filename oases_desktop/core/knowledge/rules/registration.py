"""Rules of the three drug registration routes: standard (two references), "1+", CMPR primary evaluation."""

from __future__ import annotations

from datetime import date

from oases_desktop.core.domain.product import ApprovalStatus, DrugCategory, ProductKind, ProductProfile
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
)

NEW_DRUGS = {DrugCategory.NEW_CHEMICAL_ENTITY, DrugCategory.NEW_BIOLOGICAL_ENTITY}
EXTENDED_SCOPE = NEW_DRUGS | {DrugCategory.NEW_INDICATION, DrugCategory.VACCINE, DrugCategory.ADVANCED_THERAPY}
EXTENSIONS = {DrugCategory.NEW_INDICATION, DrugCategory.CHEMICAL_EXTENDED_APPLICATION,
              DrugCategory.BIOLOGICAL_EXTENDED_APPLICATION}
NAMED_DESIGNATIONS = {"orphan", "breakthrough", "priority"}
PAIRING_WARNING = (
    "Open question: in Dec 2022 an approval from Mainland China, Brazil, Korea or Singapore had to be paired "
    "with one from the original 32 reference countries (LCQ9, 14 Dec 2022). Whether this still applies is "
    "not settled: confirm with the Drug Office."
)
NMPA_ALONE_WARNING = (
    "Open question: whether an approval from Mainland China, Brazil, Korea or Singapore alone qualifies as the "
    "single reference approval under \"1+\" is not settled (the 1+ lists name all 36 places without a caveat)."
)


def _is_drug(builder: VerdictBuilder, profile: ProductProfile, rule: str, source_id: str) -> bool:
    is_drug = profile.kind == ProductKind.DRUG
    builder.require(is_drug, "The product is a pharmaceutical product (drug)" if is_drug
                    else "The product is a medical device: this is a drug route", rule, source_id)
    return is_drug


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
    groups = [e.attributes.get("group") for e, _ in count.counted + count.future]
    originals = groups.count(ORIGINAL_GROUP)
    if count.names(ADDED_GROUP) and originals == 0 and have + len(count.future) >= needed:
        b.info("At least one approval from the original 32 reference countries (pairing rule of Dec 2022; "
               "open question)", "standard.pairing_2022", "lcq9_20221214", met=None)
        b.warn(PAIRING_WARNING)
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


def _designation_condition(b: VerdictBuilder, profile: ProductProfile) -> None:
    designations = {d.strip().casefold() for d in profile.designations if d.strip()}
    named = sorted(designations & NAMED_DESIGNATIONS)
    others = sorted(designations - NAMED_DESIGNATIONS)
    rule, source = "one_plus.prominent_clinical_benefit", "do_oneplus_faq"
    if named:
        b.require(True, f"Prominent clinical benefit: {', '.join(named)} designation", rule, source)
    elif others:
        b.require(None, f"Prominent clinical benefit: {', '.join(others)} may count as an \"equivalent\" "
                        "designation; DH decides", rule, source)
    else:
        b.require(False, "Prominent clinical benefit: orphan, breakthrough, priority or equivalent designation",
                  rule, source)


def _scope_conditions(b: VerdictBuilder, profile: ProductProfile, on: date) -> None:
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
                      "one_plus.scope_original", "do_oneplus_faq")
        elif on >= extended_from:
            b.require(True, f"In the extended scope: all new drugs, new indications, vaccines and advanced therapies "
                            f"(since {long_date(extended_from)})", "one_plus.scope_extended", extended.source_id)
        else:
            b.gate(on, "oneplus.extended_scope_from", "Extended \"1+\" scope",
                   "\"1+\" covers this product only once the scope is extended", "one_plus.scope_extended")
    else:
        b.require(False, f"\"1+\" covers new drugs, new indications, vaccines and advanced therapies, not "
                         f"{(category or 'an unstated category').replace('_', ' ')}", "one_plus.scope", "do_oneplus_faq")
    if category not in EXTENSIONS:  # a new indication extends a product that may be registered already
        b.require(not profile.hk_registered, "Never registered in Hong Kong" if not profile.hk_registered
                  else "Already registered in Hong Kong (1+ is for products never registered here)",
                  "one_plus.never_registered", "do_oneplus_faq")


def one_plus_route(profile: ProductProfile, on: date, library: ReferenceLibrary) -> RouteVerdict:
    """One reference approval plus local or Chinese/Asian clinical data (from 1 Nov 2023)."""
    b = VerdictBuilder("one_plus", library)
    if not _is_drug(b, profile, "one_plus.kind", "do_oneplus_faq"):
        return b.verdict()
    b.gate(on, "oneplus.start", "\"1+\" mechanism in force", "\"1+\" mechanism not yet in force", "one_plus.start")
    _scope_conditions(b, profile, on)
    _designation_condition(b, profile)
    count = count_reference_approvals(profile, on, library)
    rule = "one_plus.one_reference_approval"
    marketed = [e.name for e, a in count.counted if a.status == ApprovalStatus.MARKETED]
    if marketed:
        b.require(True, f"Marketed in a reference country: {', '.join(marketed)}", rule, "do_oneplus_faq")
    elif count.counted:
        b.require(None, f"Approved in {', '.join(count.names())} but not marked as marketed; the FAQ asks for "
                        "evidence it is marketed in a reference country", rule, "do_oneplus_faq")
    elif count.nth_date(1) is not None:
        b.wait_until(count.nth_date(1), "First reference approval expected", rule, "do_oneplus_faq")
    else:
        b.require(False, f"Approval in one of the 36 reference countries ({approvals_text(count)})", rule, "do_oneplus_faq")
    if count.counted and not count.names(ORIGINAL_GROUP):
        b.warn(NMPA_ALONE_WARNING)
    warning = eu_warning(count)
    if warning:
        b.warn(warning)
    has_data = profile.local_clinical_data or profile.asian_clinical_data
    kinds = [k for k, v in (("local", profile.local_clinical_data), ("Chinese/Asian", profile.asian_clinical_data)) if v]
    b.require(has_data, f"Clinical data: {' and '.join(kinds)}" if has_data else
              "Local clinical data or data from Chinese/Asian populations (a Hong Kong trial can provide it)",
              "one_plus.local_data", "do_oneplus_faq")
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
        b.warn("A new indication is in Phase 1 if the entity is chemical, Phase 2 if biological; this verdict assumes "
               "a chemical entity. Set the category to a chemical or biological extended application to be exact.")
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
    """Primary evaluation by Hong Kong, phased: Phase 1 from 31 Mar 2026, Phases 2-4 projected."""
    b = VerdictBuilder("cmpr_primary", library)
    if not _is_drug(b, profile, "cmpr.kind", "do_primary_eval_faq"):
        return b.verdict()
    phase, what = _cmpr_phase(profile, b)
    key = f"cmpr.phase{phase}_from"
    fact = library.latest(key)
    b.info(f"Roadmap: a {what} falls in Phase {phase}", f"cmpr.phase{phase}_scope", fact.source_id or "wwp_20250626")
    b.gate(on, key, f"Primary evaluation Phase {phase} in force", f"Primary evaluation Phase {phase}", f"cmpr.phase{phase}")
    if phase <= 2:
        b.info("The registered entity: " + ("registered in Hong Kong" if profile.hk_registered
               else "confirm the entity is registered in Hong Kong (extended applications only)"),
               "cmpr.registered_entity", "simplyinvest_phase1", met=True if profile.hk_registered else None)
    b.info("Mandatory pre-NDA meeting with the Drug Office (a step of this route)", "cmpr.pre_nda", "simplyinvest_phase1")
    b.info("Target 220 working days to the first decision; applicant responses capped at 150 calendar days",
           "cmpr.target", "do_primary_eval_faq")
    return b.verdict()
