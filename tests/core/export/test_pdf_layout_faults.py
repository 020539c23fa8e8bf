"""The layout faults of issue 13 item 6, each read back from the PDF with pdfplumber or pypdf.

Watermark behind the content, one name for the date line, no heading left alone at a page foot,
bookmarks per section, clickable source addresses, legends that list only what is drawn.
"""

from __future__ import annotations

import io
import re
import subprocess

import pdfplumber
from pypdf import PdfReader

from oases_desktop.core.export import PdfOptions, render_pdf
from tests.core.export.conftest import ISSUE


def test_the_watermark_lies_behind_every_page_s_content(plan, inputs):
    data = render_pdf(plan, PdfOptions(issue_date=ISSUE, watermark="DRAFT"), **inputs)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            # characters come in the order the page draws them: the watermark's first, everything over it
            assert "".join(c["text"] for c in page.chars[:5]) == "DRAFT", page.page_number
            assert page.chars[0]["size"] > 40


def test_one_name_for_the_date_line_date_of_issue(plan, inputs):
    data = render_pdf(plan, PdfOptions(issue_date=ISSUE), **inputs)
    pages = [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]
    text = "\n".join(pages)
    assert "Issued" not in text and "Today" not in text
    assert all(re.search(r"Date of issue\s+10 Mar 2026", page) for page in pages)   # the cover's line, every footer
    timeline = next(page for page in pages if page.lstrip().startswith("Timeline") or "\nTimeline" in page)
    assert timeline.count("Date of issue") >= 3   # the footer, the line's label and the legend


def _stranded_headings(data: bytes) -> list[tuple[int, str]]:
    """(page, text) of each page whose last line of body text is a heading (bold, 9.5 pt or larger)."""
    found = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages[1:]:
            body = [c for c in page.chars if 40 < c["top"] < page.height - 40 and c["size"] < 40]
            if not body:
                continue
            last = max(c["bottom"] for c in body)
            line = [c for c in body if c["bottom"] > last - 3]
            if all("Bold" in c["fontname"] and c["size"] >= 9.4 for c in line):
                found.append((page.page_number, "".join(c["text"] for c in line)))
    return found


def test_no_heading_is_left_alone_at_the_foot_of_a_page(monkeypatch):
    """The worked example's summary pushed down a line at a time (more target lines before the routes):
    wherever a heading falls, what follows it comes along to the next page."""
    from dataclasses import replace

    from oases_desktop.core.examples import worked_example
    from oases_desktop.core.export import pdf as pdf_module
    from oases_desktop.core.export.report import TargetLine
    from tests.shipped import LIBRARY

    plan = worked_example("medicine", LIBRARY)
    build = pdf_module.build_report
    stranded = []
    for extra in range(0, 19, 3):
        lines = tuple(TargetLine(f"Target {n}", ISSUE, f"line {n} of the client's dates", True) for n in range(extra))
        monkeypatch.setattr(pdf_module, "build_report", lambda *a, **k: replace(build(*a, **k), targets=lines))
        data = render_pdf(plan, PdfOptions(issue_date=ISSUE, percentile_runs=0, paper="a4", orientation="portrait"),
                          library=LIBRARY)
        stranded += [(extra, *found) for found in _stranded_headings(data)]
    assert stranded == []


def _outline(reader: PdfReader, items=None, depth=0) -> list[tuple[int, str, int]]:
    """(depth, title, page number) of every bookmark, in order."""
    found = []
    for item in reader.outline if items is None else items:
        if isinstance(item, list):
            found += _outline(reader, item, depth + 1)
        else:
            found.append((depth, item.title, reader.get_destination_page_number(item) + 1))
    return found


def test_every_section_has_a_bookmark_pointing_at_its_page():
    from oases_desktop.core.examples import worked_example
    from tests.shipped import LIBRARY

    data = render_pdf(worked_example("medicine", LIBRARY),
                      PdfOptions(issue_date=ISSUE, percentile_runs=0, compare_scenarios=True), library=LIBRARY)
    reader = PdfReader(io.BytesIO(data))
    outline = _outline(reader)
    titles = [title for _, title, _ in outline]
    assert titles[:2] == ["Cover", "Summary"]
    for wanted in ("Routes chosen and why the product is eligible", "Scenario comparison", "Milestone dates by scenario",
                   "Steps", "Sources", "Disclaimer"):
        assert wanted in titles
    assert any(t.startswith("Timeline — ") for t in titles)
    assert [d for d, t, _ in outline if t in ("Summary", "Steps", "Sources")] == [0, 0, 0]
    assert [d for d, t, _ in outline if t in ("Milestone dates by scenario", "Disclaimer")] == [1, 1]
    for _, title, page in outline[1:]:   # each bookmark's page shows its heading (pdftotext, not the writer)
        text = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-", "-"], input=data,
                              capture_output=True, check=True).stdout.decode()
        assert " ".join(title.split())[:40] in " ".join(text.split()), (title, page)
    pages = [page for _, _, page in outline]
    assert pages == sorted(pages) and pages[-1] == len(reader.pages)
