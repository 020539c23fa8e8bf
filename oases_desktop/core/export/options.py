"""What the user chooses when exporting a PDF: paper, orientation, scenario, password, watermark."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.pagesizes import A3, A4, LETTER, landscape, portrait

from oases_desktop.core.errors import ExportError
from oases_desktop.core.knowledge.freshness import STALE_AFTER_MONTHS

PAPERS = {"a4": A4, "letter": LETTER, "a3": A3}
ORIENTATIONS = ("landscape", "portrait")
SCALES = ("auto", "month", "quarter", "year")


@dataclass(frozen=True)
class PdfOptions:
    """Export choices; the defaults give a client-ready A4 landscape report of the active scenario."""

    paper: str = "a4"
    orientation: str = "landscape"
    scenario_id: str | None = None       # None: the plan's active scenario
    password: str | None = None          # AES-256 (PDF revision 6) when set
    watermark: str | None = None         # e.g. "Draft", "Confidential"
    fit_one_page: bool = False           # the whole timeline on one page instead of tiling
    scale: str = "auto"                  # time axis: auto picks month, quarter or year to fit the page
    compare_scenarios: bool = True       # a comparison section when the plan has several scenarios
    compare_against: str | None = None   # the scenario the comparison is against; None: the plan's active one
                                         # (as the Compare tab starts), named in the report
    client_in_metadata: bool = False     # put the client's name in the PDF properties of an unprotected file
    issue_date: date | None = None       # date printed on the report and the today line (default: today)
    stale_after_months: int = STALE_AFTER_MONTHS  # figures last confirmed longer ago are flagged (the app's setting)
    baseline: str | None = None          # name of a baseline: adds the "Changes since <date>" page
    percentile_runs: int | None = None   # Monte Carlo runs for P80 dates when the schedule lacks them; 0 = none;
                                         # None = montecarlo.DEFAULT_RUNS, as `main.py schedule` (same P80 dates)

    def page_size(self) -> tuple[float, float]:
        """Width and height in points."""
        size = PAPERS[self.paper]
        return landscape(size) if self.orientation == "landscape" else portrait(size)

    def checked(self) -> PdfOptions:
        """These options, or ExportError naming the wrong one and the allowed values."""
        if self.paper not in PAPERS:
            raise ExportError(f"Unknown paper size {self.paper!r}; use one of {', '.join(PAPERS)}.")
        if self.orientation not in ORIENTATIONS:
            raise ExportError(f"Unknown orientation {self.orientation!r}; use landscape or portrait.")
        if self.scale not in SCALES:
            raise ExportError(f"Unknown timeline scale {self.scale!r}; use one of {', '.join(SCALES)}.")
        if self.password is not None and not self.password:
            raise ExportError("The PDF password is empty. Give a password or export without one.")
        if self.stale_after_months < 1 or (self.percentile_runs or 0) < 0:
            raise ExportError("stale_after_months must be at least 1 and percentile_runs at least 0.")
        return self
