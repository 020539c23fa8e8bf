"""Where a step's duration comes from: the fact, its source and as-of date, or "estimate".

Shared by the step table's basis column, the timeline tooltips and the inspector, so all three
say the same thing. The reference library is loaded once per process, lazily.
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass
from datetime import date


from oases_desktop.core.domain.plan import Estimate
from oases_desktop.gui.i18n import tr
from oases_desktop.gui.dates import display_date

log = logging.getLogger(__name__)




_library_source = None   # a callable returning the app's library (shipped + the user's own facts)


def set_library_source(source) -> None:
    """Use `source()` (e.g. AppServices.library) instead of the shipped library; call again after edits."""
    global _library_source
    _library_source = source
    _shipped_library.cache_clear()
    from oases_desktop.gui.timeline.names import route_names

    route_names.cache_clear()


@functools.cache
def _shipped_library():
    try:
        from oases_desktop.core.knowledge import load_library

        return load_library()
    except Exception as error:  # noqa: BLE001 - without the library we still show the raw basis id
        log.warning("reference library unavailable: %s", error)
        return None


def reference_library():
    """The library the app uses (see set_library_source), else the shipped one; None if none loads."""
    if _library_source is not None:
        try:
            return _library_source()
        except Exception as error:  # noqa: BLE001 - fall back to the shipped data, but say so in the log
            log.warning("app library unavailable, using the shipped one: %s", error)
    return _shipped_library()


@dataclass(frozen=True)
class BasisInfo:
    """A duration's basis as the user reads it."""

    is_estimate: bool
    short: str                # for a table cell: "Estimate" or the fact's label
    fact_key: str = ""
    fact_text: str = ""       # "Target processing time: 5 months"
    source_title: str = ""
    source_publisher: str = ""
    source_url: str = ""
    as_of: date | None = None
    found: bool = True        # False when the basis names a fact the library does not have

    def sentence(self) -> str:
        """One line: what the figure is, who says so, and as of when."""
        if self.is_estimate:
            return tr("Estimate: no published figure backs this duration.")
        if not self.found:
            return tr("Basis %s (not found in the reference library)") % self.fact_key
        parts = [self.fact_text]
        if self.source_title:
            parts.append(tr("source: %s") % (self.source_title + (f" ({self.source_publisher})" if self.source_publisher else "")))
        if self.as_of:
            parts.append(tr("as of %s") % display_date(self.as_of))
        return "; ".join(parts)


def _number(value) -> str:
    return f"{value:g}" if isinstance(value, (int, float)) else str(value)


def describe_basis(estimate: Estimate, library=None) -> BasisInfo:
    """Explain `estimate.basis` from the reference library (the shipped one by default)."""
    if estimate.is_estimate:
        return BasisInfo(True, tr("Estimate"))
    library = library if library is not None else reference_library()
    key = estimate.basis
    if library is None:
        return BasisInfo(False, key, fact_key=key, found=False)
    try:
        fact = library.latest(key)
    except KeyError:
        return BasisInfo(False, key, fact_key=key, found=False)
    value = _number(fact.value)
    if fact.value_high is not None:
        value += "–" + _number(fact.value_high)
    qualifier = {"about": tr("about "), "more_than": tr("more than "), "at_least": tr("at least "),
                 "up_to": tr("up to "), "by": tr("by ")}.get(fact.qualifier, "")
    unit = fact.unit.replace("_", " ") if fact.unit not in ("text", "date") else ""
    fact_text = f"{fact.label}: {qualifier}{value} {unit}".strip()
    title = publisher = url = ""
    if fact.source_id:
        try:
            source = library.source(fact.source_id)
            title, publisher, url = source.title, source.publisher, source.url
        except KeyError:
            title = fact.source_id
    return BasisInfo(fact.estimate, fact.label, key, fact_text, title, publisher, url, fact.as_of)
