"""Links between steps printed on different timeline pages keep a stub and name the other page."""

from __future__ import annotations

import re

import pytest
from datetime import date

from oases_desktop.core.domain.plan import Dependency, Estimate, Plan, Scenario, Step
from oases_desktop.core.domain.product import ProductProfile
from oases_desktop.core.export import PdfOptions, render_pdf
from tests.core.export.conftest import small_library
from tests.core.export.pdfcheck import plumber_text


def _chain(steps: int, name: str = "Base") -> Plan:
    """One route, a finish-to-start chain: every row links to the next, so page breaks cut links."""
    items = [Step(f"s{i}", f"Step {i:02d}", "hk_reg", Estimate(10, 10, 10)) for i in range(steps)]
    links = [Dependency(f"s{i}", f"s{i + 1}") for i in range(steps - 1)]
    scenario = Scenario("base", name, date(2026, 1, 5), ["hk_reg"], items, links)
    return Plan("chain", "Chain", "Client", ProductProfile("Drug"), date(2026, 1, 1), [scenario], "base")


LONG_NAME = ("Base case with a scenario name long enough to need several lines in a portrait page heading: " * 3).strip()


@pytest.mark.parametrize("name, orientation", [("Base", "landscape"), (LONG_NAME, "portrait")])
def test_a_link_cut_by_a_page_break_says_where_it_continues_and_where_it_came_from(name, orientation):
    options = PdfOptions(issue_date=date(2026, 1, 5), percentile_runs=0, orientation=orientation)
    pages = plumber_text(render_pdf(_chain(45 if orientation == "landscape" else 70, name), options,
                                    library=small_library()))
    timeline = [i for i, text in enumerate(pages) if "Timeline —" in text and "— part" in text]
    assert len(timeline) >= 2
    for index in timeline[:-1]:  # every page but the last hands its last link to the next page
        onward = re.findall(r"continues on p\. (\d+)", pages[index])
        assert onward == [str(index + 2)]                    # page numbers count from 1
        back = re.findall(r"from p\. (\d+)", pages[index + 1])
        assert back == [str(index + 1)]
        assert "Hk reg (continued)" in pages[index + 1]   # the lane header is repeated
    assert "continues on p." not in pages[timeline[-1]]
