"""The PDF says where its working days come from: the package, and the published notice that counted."""

import re
from datetime import date

from oases_desktop.core.domain.plan import Calendar, Plan
from oases_desktop.core.domain.product import ProductProfile
from oases_desktop.core.export import PdfOptions, render_pdf
from oases_desktop.core.scheduling.calendars import data_as_of
from tests.core.export.pdfcheck import pypdf_text
from tests.core.scheduling.test_calendar_notices import CN_2027, SOURCE, _clock
from tests.shipped import LIBRARY


def _text(library) -> str:
    plan = Plan("p", "Clock", "c", ProductProfile("X"), date(2026, 12, 7), [_clock(Calendar.CN, date(2027, 2, 1), 20)], "s")
    pdf = render_pdf(plan, PdfOptions(issue_date=date(2026, 12, 7), percentile_runs=0), library=library)
    return re.sub(r"\s+", " ", " ".join(pypdf_text(pdf)))


def test_the_scheduling_notes_cite_the_notice_used_and_drop_the_estimate_it_replaced():
    plain = _text(LIBRARY)
    assert f"Working days are counted on the {data_as_of()}." in plain
    assert "CN working-day calendar for 2027 is estimated" in plain
    noticed = _text(LIBRARY.with_user_facts([], [SOURCE], [CN_2027]))
    assert (f"Working days are counted on the {data_as_of()}; published notices: CN 2027 "
            f"(Test: {SOURCE.title}, 2026-12-01).") in noticed
    assert "is estimated" not in noticed
