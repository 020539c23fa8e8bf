"""The inspector: everything about the selected step, and why its dates are what they are.

Shows dates, float, the duration's basis with its source and as-of date (from the reference
library), calendar, links in and out (click one to go there), documents needed and notes (both
edited through undo commands when the field loses focus), and "Explain this date": the chain of
explanations the scheduler recorded, followed back through the driving predecessors.
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QCheckBox, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPlainTextEdit,
                               QPushButton, QScrollArea, QSplitter, QTextBrowser, QVBoxLayout, QWidget)

from oases_desktop.core.domain.plan import DependencyType, Step, StepKind
from oases_desktop.core.errors import OasesError
from oases_desktop.core.knowledge.freshness import EVENT_UNITS, is_stale_date
from oases_desktop.gui.commands import EditStepCommand
from oases_desktop.gui.i18n import label
from oases_desktop.core.knowledge.basis import BasisKind
from oases_desktop.gui.steps.basis import adjustment, basis_sentence, figure_text
from oases_desktop.gui.models.library_models import reliability_label
from oases_desktop.gui.settings import Settings
from oases_desktop.gui.timeline.tooltips import duration_text, fmt

LINK_WORDS = {DependencyType.FS: QT_TRANSLATE_NOOP("labels", "finish → start"),
              DependencyType.SS: QT_TRANSLATE_NOOP("labels", "start → start"),
              DependencyType.FF: QT_TRANSLATE_NOOP("labels", "finish → finish"),
              DependencyType.SF: QT_TRANSLATE_NOOP("labels", "start → finish")}
STEP_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class CommitTextEdit(QPlainTextEdit):
    """A text box that reports its text once, when it loses focus (one undo step per edit)."""

    committed = Signal(str)

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        if self.document().isModified():
            self.document().setModified(False)
            self.committed.emit(self.toPlainText())


class Inspector(QSplitter):
    """Details of `document.selected_step_id` over its "why these dates" pane, which the advisor can drag taller."""

    def __init__(self, session, parent=None):
        super().__init__(Qt.Orientation.Vertical, parent)
        self.session = session
        self.document = document = session.document
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(self.scroll)
        self.scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(10, 8, 10, 8)
        self.title = QLabel(body)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.subtitle = QLabel(body)
        self.subtitle.setWordWrap(True)
        self.empty = QLabel(self.tr("Select a step in the timeline or the table to see its details."), body)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.empty)
        self.details = QWidget(body)
        layout.addWidget(self.details, 1)
        self._build_details()
        # its own pane of the splitter, not a box inside the scrolling details: it grows as far as the dock allows
        self.explanation = QTextBrowser(self)
        self.explanation.setObjectName("explanation")
        self.explanation.setOpenLinks(False)
        self.explanation.anchorClicked.connect(self._follow_link)
        self.explanation.hide()
        self.setChildrenCollapsible(False)
        self.setStretchFactor(0, 1)
        self.setStretchFactor(1, 2)
        document.selectionChanged.connect(self.refresh)
        document.scheduleChanged.connect(self.refresh)
        document.planChanged.connect(self.refresh)
        session.libraryChanged.connect(self.refresh)
        self.refresh()

    def _build_details(self) -> None:
        layout = QVBoxLayout(self.details)
        layout.setContentsMargins(0, 0, 0, 0)
        dates = QGroupBox(self.tr("Dates"), self.details)
        form = QFormLayout(dates)
        self.dates = QLabel(dates)
        dates.setMinimumWidth(0)
        self.range = QLabel(dates)
        self.float = QLabel(dates)
        for text_label in (self.dates, self.range, self.float):
            text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            text_label.setWordWrap(True)
        form.addRow(self.tr("Likely:"), self.dates)
        form.addRow(self.tr("Finish range:"), self.range)
        form.addRow(self.tr("Float:"), self.float)
        self.constraint = QLabel(dates)   # one short line: a wrapped label beside a button gets cut in a form row
        self.constraint.setToolTip(self.tr("The step starts no earlier than this date (set by dragging its bar). "
                                           "Clear lets it start as early as its links allow."))
        self.clear_constraint = QPushButton(self.tr("Clear"), dates)
        self.clear_constraint.setToolTip(self.tr("Let the step start as soon as its predecessors allow"))
        self.clear_constraint.clicked.connect(self._clear_constraint)
        constraint_row = QHBoxLayout()
        constraint_row.addWidget(self.constraint, 1)
        constraint_row.addWidget(self.clear_constraint)
        self.constraint_label = QLabel(self.tr("Constraint:"), dates)
        form.addRow(self.constraint_label, constraint_row)
        self.explain_button = QPushButton(self.tr("Explain this date"), dates)
        self.explain_button.setCheckable(True)
        self.explain_button.toggled.connect(self._toggle_explanation)
        form.addRow(self.explain_button)
        layout.addWidget(dates)
        from oases_desktop.gui.living.progress_box import ProgressBox

        self.progress = ProgressBox(self.document, self.details)
        layout.addWidget(self.progress)
        from oases_desktop.gui.targets import TargetBox

        self.target = TargetBox(self.document, self.details)
        layout.addWidget(self.target)

        keys = QGroupBox(self.tr("Key dates"), self.details)
        box = QVBoxLayout(keys)
        self.key_box = QCheckBox(self.tr("Key milestone (a date the client cares about)"), keys)
        self.key_box.setToolTip(self.tr("Its driving path and every step's slack to it are shown (Edit > Key Milestone)"))
        self.key_box.clicked.connect(self._toggle_key)
        self.key_text = QLabel(keys)
        self.key_text.setObjectName("keyDates")
        self.key_text.setWordWrap(True)
        self.key_text.setTextFormat(Qt.TextFormat.RichText)
        self.key_text.linkActivated.connect(self._follow_text_link)
        box.addWidget(self.key_box)
        box.addWidget(self.key_text)
        layout.addWidget(keys)

        duration = QGroupBox(self.tr("Duration and source"), self.details)
        form = QFormLayout(duration)
        self.duration = QLabel(duration)
        self.calendar = QLabel(duration)
        self.basis = QLabel(duration)
        self.basis.setWordWrap(True)
        self.basis.setTextFormat(Qt.TextFormat.RichText)
        self.basis.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.basis.setOpenExternalLinks(True)
        form.addRow(self.tr("Duration:"), self.duration)
        form.addRow(self.tr("Calendar:"), self.calendar)
        form.addRow(self.tr("Basis:"), self.basis)
        layout.addWidget(duration)

        links = QGroupBox(self.tr("Dependencies"), self.details)
        box = QVBoxLayout(links)
        self.links = QListWidget(links)
        self.links.setWordWrap(True)
        self.links.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.links.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.links.setMaximumHeight(120)
        self.links.itemActivated.connect(self._go_to_link)
        self.links.setToolTip(self.tr("Double-click a link to go to that step. Edit > Links of Selected Step changes them."))
        self.links.itemClicked.connect(self._go_to_link)
        box.addWidget(self.links)
        layout.addWidget(links)

        docs = QGroupBox(self.tr("Documents needed (one per line)"), self.details)
        box = QVBoxLayout(docs)
        self.documents = CommitTextEdit(docs)
        self.documents.setPlaceholderText(self.tr("e.g. Certificate of Pharmaceutical Product (CPP)\nGMP certificate"))
        self.documents.setMaximumHeight(90)
        self.documents.committed.connect(self._commit_documents)
        box.addWidget(self.documents)
        layout.addWidget(docs)

        notes = QGroupBox(self.tr("Notes"), self.details)
        box = QVBoxLayout(notes)
        self.notes = CommitTextEdit(notes)
        self.notes.setPlaceholderText(self.tr("Notes for this step (saved with the plan)"))
        self.notes.setMaximumHeight(110)
        self.notes.committed.connect(self._commit_notes)
        box.addWidget(self.notes)
        layout.addWidget(notes)
        layout.addStretch(1)

    # showing ---------------------------------------------------------------------------------
    def current_step(self) -> Step | None:
        doc = self.document
        if doc.plan is None or not doc.selected_step_id:
            return None
        try:
            return doc.step(doc.selected_step_id)
        except KeyError:
            return None

    def refresh(self, *_args) -> None:
        """Show the selected step (or the empty state)."""
        step = self.current_step()
        self.details.setVisible(step is not None)
        self.empty.setVisible(step is None)
        if step is None:
            self.title.setText(self.tr("No step selected"))
            self.subtitle.clear()
            return
        doc = self.document
        scheduled = doc.schedule.steps.get(step.id) if doc.schedule else None
        self.title.setText(step.name)
        kind = {StepKind.TASK: self.tr("Task"), StepKind.MILESTONE: self.tr("Milestone"),
                StepKind.REGULATOR_CLOCK: self.tr("Regulator clock"), StepKind.CADENCE_GATE: self.tr("Waits for a sitting")}[step.kind]
        extras = [self.tr("projected route")] if step.projected else []
        extras += [self.tr("disabled")] if not step.enabled else []
        self.subtitle.setText(" · ".join([self.session.route_names().get(step.route, step.route), kind, *extras]))
        self._show_dates(step, scheduled)
        self.progress.show_step(step, scheduled)
        self.target.show_step(step, scheduled)
        self._show_key_dates(step, scheduled)
        self._show_duration(step)
        self._show_links(step)
        if not self.documents.hasFocus():
            self.documents.setPlainText("\n".join(step.documents))
        if not self.notes.hasFocus():
            self.notes.setPlainText(step.notes)
        if self.explain_button.isChecked():
            self._fill_explanation()

    def _show_dates(self, step: Step, scheduled) -> None:
        has_constraint = step.start_no_earlier_than is not None
        for widget in (self.constraint, self.clear_constraint, self.constraint_label):
            widget.setVisible(has_constraint)
        if has_constraint:
            self.constraint.setText(self.tr("Not before %s") % fmt(step.start_no_earlier_than))
        if scheduled is None:
            self.dates.setText(self.document.schedule_error or self.tr("Not scheduled"))
            self.range.clear()
            self.float.clear()
            return
        same = scheduled.start == scheduled.finish
        self.dates.setText(fmt(scheduled.start) if same else f"{fmt(scheduled.start)} – {fmt(scheduled.finish)}")
        self.range.setText(self.tr("%s – %s (every step at its minimum / maximum)") % (fmt(scheduled.min_finish), fmt(scheduled.max_finish)))
        if scheduled.critical:
            self.float.setText("<span style='color:#c0392b'><b>%s</b></span>" % self.tr("Critical: no float"))
        else:
            self.float.setText(self.tr("%d calendar days to plan finish (can slip this much without moving the plan's last date)")
                               % scheduled.total_float)
        if scheduled.stop_clock_start:
            self.range.setText(self.range.text() + "<br>" + self.tr("Stop-clock: %s – %s")
                               % (fmt(scheduled.stop_clock_start), fmt(scheduled.stop_clock_finish)))

    def _show_key_dates(self, step: Step, scheduled) -> None:
        """Whether the step is a key milestone; if so what drives it, else its slack to each key milestone; a gate's buffer."""
        from oases_desktop.core.scheduling.keydates import buffer_sentence
        from oases_desktop.gui.source_dialog import STEP_SCHEME

        doc = self.document
        schedule = doc.schedule
        self.key_box.setVisible(step.kind == StepKind.MILESTONE)
        keys = schedule.key_milestones if schedule is not None else ()
        self.key_box.setChecked(step.id in keys)
        names = {s.id: s.name for s in doc.scenario().steps}

        def link(step_id: str) -> str:
            return f"<a href='{STEP_SCHEME}:{escape(step_id)}'>{escape(names.get(step_id, step_id))}</a>"

        parts: list[str] = []
        key = doc.key_milestone(step.id)
        if key is not None:
            path = [sid for sid in key.driving_steps if sid != step.id]
            parts.append("<b>%s</b> %s" % (escape(self.tr("Driven by:")), " → ".join(link(sid) for sid in path)
                                           if path else escape(self.tr("nothing before it (it starts the plan)"))))
            if key.near_critical:
                parts.append("<b>%s</b> %s" % (escape(self.tr("Near-critical (under 10 working days of slack):")),
                                               ", ".join(link(sid) for sid in key.near_critical)))
        elif scheduled is not None and scheduled.slack:
            rows = []
            for sid in keys:
                slack = scheduled.slack.get(sid)
                if slack is None:
                    continue
                target = doc.key_milestone(sid)
                words = escape(self.tr("%1 working days (%2) · %3 calendar days")
                                   .replace("%1", str(slack.working_days)).replace("%2", step.duration.calendar.value)
                                   .replace("%3", str(slack.calendar_days)))
                if target is not None and step.id in target.driving_steps:
                    words = "<span style='color:#c0392b'><b>%s</b></span> (%s)" % (escape(self.tr("drives it")), words)
                rows.append(f"{escape(self.tr('Slack to'))} {link(sid)}: {words}")
            parts += rows
        elif keys and scheduled is not None:
            parts.append(escape(self.tr("Does not lead to a key milestone.")))
        if scheduled is not None and scheduled.cadence_buffer is not None:
            parts.append("<b>%s</b> %s" % (escape(self.tr("Sitting:")), escape(buffer_sentence(scheduled.cadence_buffer))))
        self.key_text.setText("<br>".join(parts))
        self.key_text.setVisible(bool(parts))
        self.key_box.parentWidget().setVisible(bool(parts) or step.kind == StepKind.MILESTONE)

    def _toggle_key(self, checked: bool) -> None:
        from oases_desktop.gui.commands import KeyMilestoneCommand

        step = self.current_step()
        if step is None:
            return
        try:
            self.document.push(KeyMilestoneCommand(self.document, step.id, checked))
        except OasesError as error:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, self.tr("Edit not applied"), str(error))
            self.refresh()

    def _follow_text_link(self, href: str) -> None:
        from PySide6.QtCore import QUrl

        self._follow_link(QUrl(href))

    def _show_duration(self, step: Step) -> None:
        self.duration.setText(self.tr("Zero (milestone)") if step.kind == StepKind.MILESTONE else duration_text(step))
        self.calendar.setText(step.duration.calendar.value + (self.tr(" (working days)")
                                                              if step.duration.unit.value == "working_days" else ""))
        basis = self.session.basis(step.duration)
        if basis.kind == BasisKind.ESTIMATE:
            html = "<span style='color:#b9770e'><b>%s</b></span><br>%s" % (
                self.tr("Estimate"), escape(self.tr("No published figure backs this duration; treat it as the advisor's judgement.")))
        elif basis.kind == BasisKind.MISSING:
            html = escape(basis_sentence(basis))
        else:
            html = escape(figure_text(basis)) if basis.kind == BasisKind.FACT else ""
            if basis.adjusted:   # the advisor changed the sourced figure: say so first
                html = "<span style='color:#b9770e'><b>%s</b></span><br>%s" % (escape(adjustment(basis)), html)
            if basis.is_estimate:
                html += " <span style='color:#b9770e'><b>%s</b></span>" % self.tr("Estimate")
            if basis.source is not None:
                source = escape(basis.source.title)
                if basis.source.url:
                    source = f"<a href='{escape(basis.source.url)}'>{source}</a>"
                html += f"<br>{self.tr('Source')}: {source}"
                if basis.source.publisher:
                    html += f" ({escape(basis.source.publisher)})"
            as_of = basis.as_of if basis.kind == BasisKind.FACT else basis.source.date
            if as_of:
                html += "<br>" + escape(self.tr("As of %s") % fmt(as_of))
            if basis.source is not None and basis.source.reliability:
                tag = str(basis.source.reliability)
                text = escape(self.tr("Reliability: %s") % reliability_label(tag))
                html += "<br>" + (f"<span style='color:#b9770e'><b>{text}</b></span>" if tag == "low" else text)
            if as_of:
                months = (self.session.settings or Settings()).get("library/stale_after_months")
                if basis.unit not in EVENT_UNITS and is_stale_date(as_of, self.document.today or date.today(), months):
                    html += " <span style='color:#b9770e'>" + escape(self.tr("⚠ last confirmed over %1 months ago: check "
                                                                          "the source").replace("%1", str(months))) + "</span>"
        if step.sources:
            html += "<br>" + escape(self.tr("Step sources: %s") % ", ".join(step.sources))
        self.basis.setText(html)

    def _show_links(self, step: Step) -> None:
        self.links.clear()
        scenario = self.document.scenario()
        names = {s.id: s.name for s in scenario.steps}
        for dep in scenario.dependencies:
            if step.id not in (dep.predecessor, dep.successor):
                continue
            incoming = dep.successor == step.id
            other = dep.predecessor if incoming else dep.successor
            lag = (self.tr(", lag %1 %2").replace("%1", f"{dep.lag.value:g}").replace("%2", dep.lag.unit.value.replace("_", " "))
                   if dep.lag.value else "")
            arrow = self.tr("After") if incoming else self.tr("Before")
            item = QListWidgetItem(f"{arrow}: {names.get(other, other)}  ({label(LINK_WORDS[dep.type])}{lag})")
            item.setData(STEP_ID_ROLE, other)
            item.setToolTip(self.tr("Go to this step"))
            self.links.addItem(item)
        if self.links.count() == 0:
            self.links.addItem(self.tr("No links: starts with the scenario"))

    # explain ---------------------------------------------------------------------------------
    def show_explanation(self) -> None:
        """Open the explanation of the selected step's dates (menu, context menu, keyboard)."""
        if self.explain_button.isChecked():
            self._fill_explanation()
        else:
            self.explain_button.setChecked(True)

    def _toggle_explanation(self, shown: bool) -> None:
        self.explanation.setVisible(shown)
        if shown:
            self._fill_explanation()
            total = sum(self.sizes()) or self.height()
            self.setSizes([total * 2 // 5, total - total * 2 // 5])

    def _follow_link(self, url) -> None:
        from oases_desktop.gui.source_dialog import handle_link

        handle_link(self, url, self.session.library(), self.document.select_step)

    def _fill_explanation(self) -> None:
        self.explanation.setHtml(self.explanation_html())

    def explanation_html(self) -> str:
        """The "explain this date" chain as HTML: this step, then each driving predecessor."""
        step = self.current_step()
        doc = self.document
        if step is None or doc.schedule is None or step.id not in doc.schedule.steps:
            return escape(doc.schedule_error or self.tr("No dates to explain."))
        from oases_desktop.core.scheduling.explain import explain_chain

        from oases_desktop.gui.source_dialog import STEP_SCHEME

        names = {s.id: s.name for s in doc.scenario().steps}
        parts = []
        for index, (step_id, records) in enumerate(explain_chain(doc.schedule, step.id)):
            name = escape(names.get(step_id, step_id))
            heading = (f"<a href='{STEP_SCHEME}:{escape(step_id)}'>{name}</a>" if index
                       else escape(self.tr("Why %s has these dates") % names.get(step_id, step_id)))
            items = "".join(f"<li>{escape(r.text)}</li>" for r in records) or f"<li>{escape(self.tr('No detail recorded.'))}</li>"
            basis = self._basis_line(step_id)
            parts.append(f"<p><b>{heading}</b></p><ul style='margin-top:0'>{items}{basis}</ul>")
        return "".join(parts)

    def _basis_line(self, step_id: str) -> str:
        """Where the step's duration comes from, the source a link to its dialog."""
        from oases_desktop.gui.source_dialog import source_link

        try:
            step = self.document.step(step_id)
        except KeyError:
            return ""
        if step.kind == StepKind.MILESTONE:
            return ""
        basis = self.session.basis(step.duration)
        if basis.is_estimate or basis.source is None:
            return f"<li>{escape(basis_sentence(basis))}</li>"
        text = figure_text(basis) if basis.kind == BasisKind.FACT else basis.source.title
        if basis.adjusted:
            text = f"{adjustment(basis)}; {text}"
        as_of = basis.as_of if basis.kind == BasisKind.FACT else basis.source.date
        when = escape(self.tr("as of %s") % fmt(as_of)) if as_of else ""
        source = source_link(basis.source.id, basis.source.title)
        if basis.source.publisher:
            source += f" ({escape(basis.source.publisher)})"
        return f"<li>{escape(text)} ({escape(self.tr('source'))}: {source}{', ' + when if when else ''})</li>"

    # editing ---------------------------------------------------------------------------------
    def _go_to_link(self, item: QListWidgetItem) -> None:
        step_id = item.data(STEP_ID_ROLE)
        if step_id:
            self.document.select_step(step_id)

    def _push_field(self, field: str, value) -> None:
        step = self.current_step()
        if step is None or getattr(step, field) == value:
            return
        try:
            self.document.push(EditStepCommand(self.document, step.id, field, value))
        except OasesError as error:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, self.tr("Edit not applied"), str(error))

    def _clear_constraint(self) -> None:
        step = self.current_step()
        if step is not None and step.start_no_earlier_than is not None:
            from oases_desktop.gui.timeline.widget import clear_start_constraint

            clear_start_constraint(self.document, step.id)

    def _commit_notes(self, text: str) -> None:
        self._push_field("notes", text)

    def _commit_documents(self, text: str) -> None:
        self._push_field("documents", [line.strip() for line in text.splitlines() if line.strip()])

