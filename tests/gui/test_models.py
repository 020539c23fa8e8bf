"""Every Qt model of the shell, checked by Qt's own QAbstractItemModelTester and for content."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from oases_desktop.core.domain.product import ApprovalStatus, ReferenceApproval
from oases_desktop.core.knowledge.model import ConditionResult, RouteStatus, RouteVerdict
from oases_desktop.core.storage.plans import PlanSummary
from oases_desktop.core.knowledge import load_library

Mode = QAbstractItemModelTester.FailureReportingMode


def _tested(model):
    return QAbstractItemModelTester(model, Mode.Fatal)


def test_plans_model_sorts_by_client_then_product(qtbot):
    from PySide6.QtCore import QSortFilterProxyModel

    from oases_desktop.gui.models.plans_model import COL_CLIENT, PlanIdRole, PlansModel, SortRole

    model = PlansModel()
    tester = _tested(model)
    when = datetime(2026, 5, 1, tzinfo=UTC)
    model.set_plans([PlanSummary("b", "Plan B", "Zeta", "Stent", when, 1),
                     PlanSummary("a2", "Plan A2", "Acme", "Zumab", when, 1),
                     PlanSummary("a1", "Plan A1", "acme", "Alfamab", when, 3)])
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SortRole)
    proxy.sort(COL_CLIENT)
    assert [proxy.index(r, 0).data(PlanIdRole) for r in range(3)] == ["a1", "a2", "b"]
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterFixedString("stent")
    assert proxy.rowCount() == 1
    model.set_plans([])
    assert model.rowCount() == 0
    del tester


def test_approvals_model_edits_through_undo(document):
    from oases_desktop.gui.models.approvals_model import COL_COUNTRY, COL_DATE, COL_STATUS, ApprovalsModel

    from oases_desktop.core.knowledge import load_library

    library = load_library()
    model = ApprovalsModel(document, lambda: library)
    tester = _tested(model)
    model.add_approval("United States")
    assert document.plan.product.reference_approvals == [ReferenceApproval("United States")]
    assert model.setData(model.index(0, COL_DATE), "2025-03-01")
    assert model.setData(model.index(0, COL_STATUS), "marketed")
    assert model.setData(model.index(0, COL_COUNTRY), "Japan")
    assert document.plan.product.reference_approvals == [ReferenceApproval("Japan", ApprovalStatus.MARKETED, date(2025, 3, 1))]
    assert model.index(0, COL_STATUS).data() == "Marketed"
    for _ in range(3):
        document.undo_stack.undo()
    assert model.index(0, COL_COUNTRY).data() == "USA: FDA"  # the old free text, shown as the authority it maps to
    model.remove_approval(0)
    assert model.rowCount() == 0
    del tester


def test_verdicts_model_tree(qtbot):
    from oases_desktop.gui.models.verdicts_model import COL_SOURCE, COL_VERDICT, RouteIdRole, VerdictsModel

    model = VerdictsModel()
    tester = _tested(model)
    verdicts = [
        RouteVerdict("one_plus", "1+", RouteStatus.ELIGIBLE, None,
                     [ConditionResult("Marketed in a reference country", True, "1+ rule 2", None),
                      ConditionResult("Local data", False, "1+ rule 3", None)]),
        RouteVerdict("gba", "GBA", RouteStatus.ELIGIBLE_FROM, date(2027, 1, 1), []),
    ]
    model.set_verdicts(verdicts, None, routes_in_plan=["gba"])
    assert model.rowCount() == 2
    route = model.index(0, 0)
    assert route.data(RouteIdRole) == "one_plus"
    assert model.rowCount(route) == 2
    assert model.index(1, COL_VERDICT, route).data() == "missing"
    assert model.index(0, COL_SOURCE, route).data() == "no source: estimate"
    assert model.index(1, COL_VERDICT).data() == "Eligible from 1 Jan 2027"
    assert "Already in this scenario" in model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "Already in this scenario" not in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert model.parent(model.index(0, 0, route)) == route
    del tester


def test_library_models():
    from oases_desktop.gui.models.library_models import FactsModel, HistoryModel, SourcesModel, fact_value_text, is_stale

    library = load_library()
    facts, history, sources = FactsModel(), HistoryModel(), SourcesModel()
    testers = [_tested(m) for m in (facts, history, sources)]
    facts.set_library(library, today=date(2026, 11, 1))
    sources.set_library(library)
    assert facts.rowCount() == len(library.fact_keys())
    assert sources.rowCount() == len(library.sources)
    history.set_history(facts.history(0))
    assert history.rowCount() == len(library.history(library.fact_keys()[0]).entries)
    fact = library.latest(library.fact_keys()[0])
    from dataclasses import replace

    assert is_stale(replace(fact, unit="days", as_of=date(2025, 1, 1)), date(2026, 11, 1))
    assert not is_stale(replace(fact, unit="days", as_of=date(2026, 1, 1)), date(2026, 11, 1))
    assert not is_stale(replace(fact, unit="date", as_of=date(2004, 1, 1)), date(2026, 11, 1))
    assert fact_value_text(replace(fact, value=2, value_high=3, unit="months", qualifier="about")) == "about 2–3 months"
    del testers


def test_facts_and_history_show_reliability_and_mark_low_figures():
    from oases_desktop.core.knowledge import load_library
    from oases_desktop.gui.models.library_models import STALE_COLOUR, FactsModel, HistoryModel, SourcesModel

    library = load_library()
    facts, history, sources = FactsModel(), HistoryModel(), SourcesModel()
    facts.set_library(library, today=date(2026, 12, 7))
    sources.set_library(library)
    letter = facts.row_of("gba_connect.observed_median_approval")  # from a reader's letter (facts file §11.1)
    official = facts.row_of("cmpr.primary_target")                 # Drug Office FAQ
    assert facts.headerData(5, Qt.Orientation.Horizontal) == "Reliability"
    assert facts.index(letter, 5).data() == "⚠ low reliability"
    assert facts.index(letter, 5).data(Qt.ItemDataRole.ForegroundRole).color() == STALE_COLOUR
    assert "Low-reliability source" in facts.index(letter, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert facts.index(official, 5).data() == "official"
    history.set_history(library.history("oneplus.approved"), library)
    assert {history.index(r, 5).data() for r in range(history.rowCount())} >= {"official", "secondary"}
    low_source = next(r for r in range(sources.rowCount()) if sources.index(r, 0).data() == "scmp_letter_2025")
    assert sources.index(low_source, 4).data() == "⚠ low reliability"


def test_one_staleness_setting_flags_the_facts_table():
    from oases_desktop.core.knowledge import load_library
    from oases_desktop.gui.models.library_models import FactsModel

    library = load_library()
    facts = FactsModel()
    row = lambda: facts.row_of("ctc.typical")  # noqa: E731 - OHKF 2021: 2 months
    facts.set_library(library, today=date(2022, 1, 2), stale_after_months=12)
    assert "stale" in facts.index(row(), 2).data()
    facts.set_library(library, today=date(2022, 1, 2), stale_after_months=24)
    assert "stale" not in facts.index(row(), 2).data()


def test_approvals_show_the_authority_mark_other_regulators_and_flag_names_to_check(document):
    from oases_desktop.core.knowledge import load_library
    from oases_desktop.gui.models.approvals_model import COL_COUNTRY, ApprovalsModel

    library = load_library()
    model = ApprovalsModel(document, lambda: library)
    for text in ("China NMPA", "Singapore HSA", "Taiwan FDA", "Hong Kong DH"):
        model.add_approval(text)
    shown = [model.index(row, COL_COUNTRY).data() for row in range(4)]
    assert shown == ["China: NMPA", "Singapore: HSA", "Taiwan: TFDA (not a reference place)", "⚠ Hong Kong DH (to check)"]
    assert 'entered as "China NMPA"' in model.index(0, COL_COUNTRY).data(Qt.ItemDataRole.ToolTipRole)
    # the text stays as written until the advisor picks an authority: nothing is dropped
    assert [a.country for a in document.plan.product.reference_approvals] == ["China NMPA", "Singapore HSA",
                                                                             "Taiwan FDA", "Hong Kong DH"]


def test_authority_picker_offers_the_36_reference_places_then_other_regulators(document, qtbot):
    from PySide6.QtWidgets import QStyleOptionViewItem, QWidget

    from oases_desktop.core.knowledge import load_library
    from oases_desktop.gui.models.approvals_model import COL_COUNTRY, ApprovalsModel
    from oases_desktop.gui.profile_form import _AuthorityDelegate

    library = load_library()
    model = ApprovalsModel(document, lambda: library)
    model.add_approval("china nmpa")
    delegate, parent = _AuthorityDelegate(lambda: library), QWidget()
    qtbot.addWidget(parent)
    combo = delegate.createEditor(parent, QStyleOptionViewItem(), model.index(0, COL_COUNTRY))
    labels = [combo.itemText(i) for i in range(combo.count())]
    separator = labels.index("")
    assert separator == 36 and "USA: FDA" in labels[:36] and "China: NMPA" in labels[:36]
    assert all(label.endswith("(not a reference place)") for label in labels[37:]) and len(labels) > 40
    delegate.setEditorData(combo, model.index(0, COL_COUNTRY))
    assert combo.currentText() == "China: NMPA"
    combo.setCurrentIndex(labels.index("Singapore: HSA"))
    delegate.setModelData(combo, model, model.index(0, COL_COUNTRY))
    assert document.plan.product.reference_approvals[0].country == "Singapore: HSA"


def test_a_step_resting_on_a_low_reliability_figure_is_marked_in_the_step_table_basis():
    from oases_desktop.core.domain import Estimate
    from oases_desktop.core.knowledge import load_library
    from oases_desktop.core.knowledge.basis import basis_of
    from oases_desktop.gui.steps.basis import basis_sentence, basis_short

    library = load_library()
    low = basis_of(Estimate(4, 6, 9, basis="gba_connect.observed_median_approval"), library)
    assert basis_short(low).endswith("⚠ low reliability") and "low-reliability source" in basis_sentence(low)
    fine = basis_of(Estimate(200, 220, 240, basis="cmpr.primary_target"), library)
    assert "low reliability" not in basis_short(fine) and "low-reliability" not in basis_sentence(fine)
