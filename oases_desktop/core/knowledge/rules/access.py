"""Rules of the routes around registration: HK clinical trial, MDACS, HA formulary, GBA Connect."""

from __future__ import annotations

from datetime import date

from oases_desktop.core.domain.product import ProductKind, ProductProfile
from oases_desktop.core.knowledge.model import ReferenceLibrary, RouteVerdict
from oases_desktop.core.knowledge.rules.common import VerdictBuilder, fact_date, long_date

LISTABLE_CLASSES = {"II", "III", "IV", "B", "C", "D"}
UNLISTED_CLASSES = {"I", "A"}
ROMAN = {"1": "I", "2": "II", "3": "III", "4": "IV"}


def device_class(profile: ProductProfile) -> str | None:
    """The device class in canonical form ("III", "B"), accepting "Class 3", "class iii", "IVD C"."""
    if not profile.device_class:
        return None
    text = profile.device_class.upper().replace("CLASS", "").replace("IVD", "").strip()
    return ROMAN.get(text, text) or None


def clinical_trial_route(profile: ProductProfile, on: date, library: ReferenceLibrary) -> RouteVerdict:
    """A trial in Hong Kong: open to any drug; its data feed the local-data condition of 1+."""
    b = VerdictBuilder("hk_clinical_trial", library)
    is_drug = profile.kind == ProductKind.DRUG
    b.kind(is_drug, "A drug trial: DH Certificate for Clinical Trial (reg. 36B) and ethics approval" if is_drug
           else "Not applicable: device trials are outside this route (no DH certificate route for devices in the "
                "sources)", "trial.kind", "ppb_ctc_committee")
    if not is_drug:
        return b.verdict()
    b.info("Ethics approval and the DH certificate can be applied for in parallel", "trial.parallel", "ohkf_2021")
    opened, institute = fact_date(library, "gbaicti.opened")  # coordination helps; trials never needed it
    b.info(f"GBA International Clinical Trial Institute {'can coordinate sites' if on >= opened else 'not yet open'} "
           f"(opened {long_date(opened)})", "trial.gbaicti", institute.source_id, met=True if on >= opened else None)
    if not (profile.local_clinical_data or profile.asian_clinical_data):
        b.info("Would provide the local clinical data that \"1+\" asks for", "trial.feeds_one_plus", "do_oneplus_faq")
    _shenzhen_arm(b, profile)
    return b.verdict()


def _shenzhen_arm(b: VerdictBuilder, profile: ProductProfile) -> None:
    """NMPA trial review: 30 working days only in the 30-day channel, else the 60-working-day implied approval."""
    usual = b.library.latest("nmpa.cta_implied_approval")
    fast = b.library.latest("nmpa.cta_innovative")
    if profile.nmpa_30_day_channel:
        b.info(f"Optional simultaneous Shenzhen arm: NMPA review within {int(fast.number)} working days (the drug is "
               "in the 30-day channel: national key innovative drugs, CDE-listed paediatric or rare-disease "
               "innovative drugs)", "trial.shenzhen_arm", fast.source_id)
    else:
        b.info(f"Optional simultaneous Shenzhen arm: NMPA implied approval after {int(usual.number)} working days "
               f"({int(fast.number)} only for drugs in the 30-day channel)", "trial.shenzhen_arm", usual.source_id)


def mdacs_route(profile: ProductProfile, on: date, library: ReferenceLibrary) -> RouteVerdict:
    """MDACS listing: voluntary, Class II-IV and IVD B-D only; DH procurement requires it from Stage C."""
    b = VerdictBuilder("mdacs_listing", library)
    is_device = profile.kind == ProductKind.DEVICE
    b.kind(is_device, "The product is a medical device" if is_device
           else "Not applicable: the product is a drug and MDACS lists medical devices", "mdacs.kind", "mdd_procurement")
    if not is_device:
        return b.verdict()
    cls = device_class(profile)
    if cls in LISTABLE_CLASSES:
        b.require(True, f"Class {cls}: listable (general Class II-IV, IVD Class B-D)", "mdacs.class", "mdd_procurement")
    elif cls in UNLISTED_CLASSES:
        b.require(False, f"Class {cls} devices are not listed under MDACS (only II-IV and IVD B-D)",
                  "mdacs.class", "mdd_procurement")
    else:
        b.require(False, "Device class not known: classify it (general I-IV, IVD A-D)", "mdacs.class", "mdd_procurement")
    b.info("A Local Responsible Person (a Hong Kong company) applies through MDIS", "mdacs.lrp", "nordpacific_mdacs")
    b.info("Reference-market approval: " + (", ".join(a.country for a in profile.reference_approvals) or "none entered")
           + " (typically part of the dossier)", "mdacs.reference_market", "nordpacific_mdacs",
           met=True if profile.reference_approvals else None)
    _procurement_stage(b, on, library)
    b.info("No official MDD review time exists: the review duration is an estimate", "mdacs.no_pledge", "rapath_mdacs")
    year = int(library.latest("device_bill.legco_year").number)
    b.info(f"A statutory device regime under the CMPR is planned (bill to LegCo in {year}): projected, dates unknown",
           "mdacs.statutory_regime", "pa2025")
    return b.verdict()


def _procurement_stage(b: VerdictBuilder, on: date, library: ReferenceLibrary) -> None:
    stages = [("C", "all applicable devices bought by DH must be listed"),
              ("B", "devices bought by DH must be listed or have a listing application number"),
              ("A", "DH prefers listed devices")]
    for stage, text in stages:
        starts, fact = fact_date(library, f"mdacs.procurement_stage_{stage.lower()}_from")
        if on >= starts:
            b.info(f"DH procurement Stage {stage} (since {long_date(starts)}): {text}",
                   "mdacs.procurement", fact.source_id, met=True)
            return
    starts, fact = fact_date(library, "mdacs.procurement_stage_a_from")
    b.info(f"No DH procurement requirement yet (preference for listed devices from {long_date(starts)})",
           "mdacs.procurement", fact.source_id)


def formulary_route(profile: ProductProfile, on: date, library: ReferenceLibrary) -> RouteVerdict:
    """HA Drug Formulary: a registered drug, applied for by an HA clinician, decided at a quarterly DAC."""
    b = VerdictBuilder("ha_formulary", library)
    is_drug = profile.kind == ProductKind.DRUG
    b.kind(is_drug, "The product is a drug" if is_drug
           else "Not applicable: the HA Drug Formulary lists drugs, not devices", "formulary.kind", "ha_hadf_new_drugs")
    if not is_drug:
        return b.verdict()
    b.require(profile.hk_registered, "Registered in Hong Kong" if profile.hk_registered
              else "Registered in Hong Kong first (via the standard, \"1+\" or primary-evaluation route)",
              "formulary.registered", "lcq3_20171108")
    _formulary_process(b, on)
    return b.verdict()


def _formulary_process(b: VerdictBuilder, on: date) -> None:
    """Who submits and when the DAC sits: the process since end-2024, or the earlier one for earlier dates."""
    since, direct = fact_date(b.library, "ha.direct_submission_from")
    if on < since:
        b.info(f"An HA clinician applies; companies cannot (the process before end-2024; companies submit "
               f"directly from {long_date(since)}, an assumed day)", "formulary.clinician", "ha_hadf_new_drugs")
        b.info("Drug Advisory Committee meets in January, April, July and October; listing about 3 months later "
               "(the process before end-2024)", "formulary.dac_cadence", "ha_hadf_new_drugs")
        return
    b.info("A company or an HA doctor submits directly to the Drug Advisory Committee, without the cluster or "
           f"hospital Drug & Therapeutics Committee (since end-2024; {long_date(since)} assumed)",
           "formulary.clinician", direct.source_id, met=True)
    published = b.library.latest("ha.dac_published_meetings")
    meetings = published.value.split(",")
    deadlines = b.library.latest("ha.dac_published_deadlines").value.split(",")
    b.info(f"The DAC meets in February, May, August and November; meetings after HA's published "
           f"{long_date(date.fromisoformat(meetings[-1]))} (deadline {long_date(date.fromisoformat(deadlines[-1]))}) "
           "are estimates (first Friday, deadline 12 weeks before, 16 for February)",
           "formulary.dac_cadence", published.source_id)
    updates = b.library.latest("ha.formulary_update_months")
    b.info("Listing at the quarterly formulary update (January, April, July, October) after the DAC meeting",
           "formulary.update_cadence", updates.source_id)


def connect_route(profile: ProductProfile, on: date, library: ReferenceLibrary) -> RouteVerdict:
    """GBA Medicine and Device Connect: HK-registered drugs / HK-public-hospital devices not available in the Mainland."""
    b = VerdictBuilder("gba_connect", library)
    if profile.kind == ProductKind.DRUG:
        b.require(profile.hk_registered, "Registered in Hong Kong" if profile.hk_registered
                  else "Registered in Hong Kong first (drugs must be HK-registered)",
                  "connect.drug_registered", "bayarea_connect_page")
    else:
        b.require(profile.hk_public_hospital_use, "Used in Hong Kong public hospitals" if profile.hk_public_hospital_use
                  else "Used in Hong Kong public hospitals first (after MDACS listing and procurement)",
                  "connect.device_public_use", "news_20201201")
        b.info("The device has urgent clinical use and advanced clinical applications (the designated institution "
               "and the Health Commission judge this)", "connect.device_advanced", "news_20201201")
    mainland = profile.mainland_approved
    b.require(not mainland, "Not approved in the Mainland" if not mainland
              else "Approved in the Mainland: Connect is for products not approved there (a product leaves the "
                   "scheme once approved nationally)", "connect.not_mainland_approved", "zuoy_20210624")
    b.require(not profile.substitutable_in_mainland, "No substitute registered in the Mainland"
              if not profile.substitutable_in_mainland else "A Mainland-registered product can replace it",
              "connect.not_substitutable", "zuoy_20210624")
    if profile.kind == ProductKind.DRUG:
        b.info("Narcotics and other specially controlled drugs are excluded", "connect.controlled_drugs", "zuoy_20210624")
    regs_from, regs = fact_date(library, "gba_connect.regulations_from")
    if on >= regs_from:
        b.info(f"Review: 10 working days in catalogue, 20 out of catalogue (since {long_date(regs_from)})",
               "connect.time_limits", regs.source_id, met=True)
    else:
        b.info(f"Before the {long_date(regs_from)} regulations: no statutory 10/20 working-day limits "
               "(the median approval was about 6 months)", "connect.time_limits", "scmp_letter_2025")
    catalogue_from, catalogue = fact_date(library, "gba_connect.catalogue_measures_from")
    open_now = on >= catalogue_from
    b.info(f"GDMPA pre-review database for the catalogue {'open' if open_now else 'not yet open'} "
           f"(from {long_date(catalogue_from)})", "connect.prereview", catalogue.source_id, met=True if open_now else None)
    valid_to, measures = fact_date(library, "gba_connect.catalogue_measures_valid_to")
    if on > valid_to:
        b.info(f"The catalogue measures of {long_date(catalogue_from)} were valid for five years (to "
               f"{long_date(valid_to)}): this verdict rests on measures not yet renewed", "connect.measures_renewal",
               measures.source_id)
    else:
        b.info(f"Catalogue measures valid for five years, to {long_date(valid_to)}; a step after that rests on "
               "measures not yet renewed", "connect.measures_renewal", measures.source_id)
    named, _ = library.named_count("gba_institutions")
    total = library.history("gba_connect.institutions").on(on)
    if total is not None:
        b.info(f"{int(total.number)} designated institutions as of {long_date(total.as_of)} "
               f"({named} named in the library today)", "connect.institutions", total.source_id)
    return b.verdict()
