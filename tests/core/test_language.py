"""Dates, months, quarters and numbers as each language writes them: one implementation for every output."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from oases_desktop.core.export.citations import month_year
from oases_desktop.core.export.style import fmt_date
from oases_desktop.core.language import (Language, format_date, format_month, format_number, format_quarter,
                                         format_quarter_name, format_year, language_of_locale)
from oases_desktop.core.layout.axis import build_ticks

ENGLISH_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
DAYS = st.dates(date(1990, 1, 1), date(2100, 12, 31))


@pytest.mark.parametrize("name, expected", [
    ("zh_HK", Language.ZH_HANT), ("zh-Hant-TW", Language.ZH_HANT), ("zh_MO.UTF-8", Language.ZH_HANT),
    ("zh-Hant", Language.ZH_HANT), ("zh_CN", Language.ZH_HANS), ("zh-Hans-HK", Language.ZH_HANS),
    ("zh_SG", Language.ZH_HANS), ("zh", Language.ZH_HANS), ("en_US", Language.EN), ("de_DE", Language.EN),
    ("", Language.EN), ("C", Language.EN),
])
def test_a_system_locale_picks_the_language_its_reader_reads(name, expected):
    assert language_of_locale(name) is expected


@given(DAYS)
def test_dates_are_written_by_hand_rules_in_each_language(day):
    assert format_date(day, Language.EN) == f"{day.day} {ENGLISH_MONTHS[day.month - 1]} {day.year}"
    for chinese in (Language.ZH_HANT, Language.ZH_HANS):
        assert format_date(day, chinese) == f"{day.year}年{day.month}月{day.day}日"
        assert format_month(day, chinese) == f"{day.year}年{day.month}月"
        assert format_year(day, chinese) == f"{day.year}年"


@given(DAYS)
def test_the_pdf_and_the_citations_write_dates_through_the_same_function(day):
    assert fmt_date(day) == format_date(day, Language.EN)
    assert month_year(day) == format_month(day, Language.EN) == f"{ENGLISH_MONTHS[day.month - 1]} {day.year}"


def test_quarters_follow_each_region_s_usage():
    day = date(2026, 12, 7)
    assert format_quarter(day, Language.EN) == "Q4 2026"
    assert format_quarter(day, Language.ZH_HANT) == "2026年第4季"        # CLDR zh_Hant_HK
    assert format_quarter(day, Language.ZH_HANS) == "2026年第4季度"      # CLDR zh_Hans_CN
    assert [format_quarter_name(day, lang) for lang in Language] == ["Q4", "第4季", "第4季度"]


def test_numbers_are_grouped_in_thousands_in_every_language():
    assert {format_number(1234567, lang) for lang in Language} == {"1,234,567"}


def test_the_shared_time_axis_labels_in_the_language_asked():
    origin, end = date(2026, 11, 1), date(2027, 3, 1)
    english = [t.label for t in build_ticks(origin, end, "month")]
    chinese = [t.label for t in build_ticks(origin, end, "month", Language.ZH_HANT)]
    assert english == ["2026", "2027", "Nov", "Dec", "Jan", "Feb"]
    assert chinese == ["2026年", "2027年", "11月", "12月", "1月", "2月"]
    assert [t.label for t in build_ticks(origin, end, "quarter", Language.ZH_HANS)][2:] == ["第4季度", "第1季度"]
