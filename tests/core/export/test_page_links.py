"""Links between steps printed on different timeline pages keep a stub and name the other page."""

from __future__ import annotations

import re
from datetime import date

from oases_desktop.core.domain.plan import Dependency, Estimate, Plan, Scenario, Step
from oases_desktop.core.domain.product import ProductProfile
from oases_desktop.core.export import PdfOptions, render_pdf
from tests.core.export.conftest import small_library
from tests.core.export.pdfcheck import plumber_text


def _chain(steps: int) -> Plan:
    """One route, a finish-to-start chain: every row links to the next, so page breaks cut links."""
    items = [Step(f"s{i}", f"Step {i:02d}", "hk_reg", Estimate(10, 10, 10)) for i in range(steps)]
    links = [Dependency(f"s{i}", f"s{i + 1}") for i in range(steps - 1)]
    scenario = Scenario("base", "Base", date(2026, 1, 5), ["hk_reg"], items, links)
    return Plan("chain", "Chain", "Client", ProductProfile("Drug"), date(2026, 1, 1), [scenario], "base")


def test_a_link_cut_by_a_page_break_says_where_it_continues_and_where_it_came_from():
    data = render_pdf(_chain(45), PdfOptions(issue_date=date(2026, 1, 5), percentile_runs=0), library=small_library())
    pages = plumber_text(data)
    timeline = [i for i, text in enumerate(pages) if "Timeline — Base — part" in text]
    assert len(timeline) >= 2
    for index in timeline[:-1]:  # every page but the last hands its last link to the next page
        onward = re.findall(r"continues on p\. (\d+)", pages[index])
        assert onward == [str(index + 2)]                    # page numbers count from 1
        back = re.findall(r"from p\. (\d+)", pages[index + 1])
        assert back == [str(index + 1)]
        assert "Hk reg (continued)" in pages[index + 1]   # the lane header is repeated
    assert "continues on p." not in pages[timeline[-1]]
