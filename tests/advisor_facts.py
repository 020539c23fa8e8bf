"""An advisor's own figures, newer than the shipped ones, each with its own source and date, and a
way to record them in a database as the Library window does (the user layer)."""

from __future__ import annotations

from datetime import date

from oases_desktop.core.knowledge.model import Fact, Reliability, Source

LETTER = Source("advisor_dh_letter", "Letter on 1+ processing", "Drug Office (letter to the advisor)", "",
                date(2026, 10, 12), Reliability.OFFICIAL)
TURNAROUND = Fact("oneplus.target_processing", "1+ target processing time", 180, "working_days",
                  date(2026, 10, 12), LETTER.id)
TURNAROUND_STEP = "one_plus.evaluation"   # the worked example's step whose duration rests on it
# as the PDF cites it: the plan keeps its 150 working days, so the advisor's figure is printed beside the recorded one
TURNAROUND_CITED = "Advisor's estimate 150 working days (source figure 180, Drug Office, Oct 2026)"
SHIPPED_CITED = "150 working days — CIRS, Nov 2024"   # the shipped figure, as the PDF cites it
BULLETIN = Source("advisor_gdmpa_bulletin", "Designated institutions bulletin", "GDMPA bulletin", "",
                  date(2026, 6, 30), Reliability.OFFICIAL)
INSTITUTIONS = Fact("gba_connect.institutions", "Designated GBA institutions", 83, "institutions",
                    date(2026, 6, 30), BULLETIN.id)


def record_in(store) -> None:
    """Add both figures and their sources to a database's library (core.storage LibraryRepository)."""
    for source, fact in ((LETTER, TURNAROUND), (BULLETIN, INSTITUTIONS)):
        store.add_user_source(source)
        store.add_user_fact(fact)


def pdf_text(path) -> str:
    """The PDF's text, white space folded (a table cell's line breaks read as spaces)."""
    from pypdf import PdfReader

    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)
