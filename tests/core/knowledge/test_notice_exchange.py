"""Calendar notices in library files: exported with their source, summarised before import, checked."""

from dataclasses import replace
from datetime import date

import pytest

from oases_desktop.core.knowledge.exchange import apply_changes, library_to_bytes, read_changes
from oases_desktop.core.knowledge.model import ReferenceDataError
from oases_desktop.core.knowledge.notices import NoticeDay
from tests.core.scheduling.test_calendar_notices import CN_2027, SOURCE
from tests.shipped import LIBRARY


def test_the_user_layer_file_carries_the_notice_and_its_source_and_says_so_before_import():
    data = library_to_bytes(LIBRARY.with_user_facts([], [SOURCE], [CN_2027]))
    changes = read_changes(data, LIBRARY, "notices.json")
    assert changes.notices == (CN_2027,) and [s.id for s in changes.sources] == [SOURCE.id]
    assert changes.summary() == [
        f"New source: Test: {SOURCE.title} (2026-12-01)",
        "Calendar notice CN 2027 (new): 10 days off, 1 make-up working day"]
    colleague = apply_changes(LIBRARY, changes)
    assert colleague.notices == (CN_2027,) and colleague.source(SOURCE.id).title == SOURCE.title
    assert read_changes(data, colleague, "notices.json").empty  # importing twice changes nothing


def test_a_newer_notice_for_the_same_year_replaces_the_old_one_and_the_summary_says_so():
    base = LIBRARY.with_user_facts([], [SOURCE], [CN_2027])
    newer = replace(CN_2027, makeup_workdays=CN_2027.makeup_workdays + (NoticeDay(date(2027, 1, 31), "make-up"),))
    changes = read_changes(library_to_bytes(LIBRARY.with_user_facts([], [SOURCE], [newer])), base)
    assert changes.replaced == (CN_2027,)
    assert changes.summary() == ["Calendar notice CN 2027 (replaces the one in this library): 10 days off, "
                                 "2 make-up working days"]
    assert apply_changes(base, changes).notices == (newer,)


@pytest.mark.parametrize("broken, words", [
    (replace(CN_2027, makeup_workdays=(NoticeDay(date(2027, 2, 22), "Monday"),)), "is a weekday"),
    (replace(CN_2027, days_off=(NoticeDay(date(2028, 1, 1), "next year"),)), "is not in 2027"),
    (replace(CN_2027, days_off=CN_2027.days_off + CN_2027.days_off[:1]), "listed twice"),
    (replace(CN_2027, source_id="user-nowhere"), "not in the library"),
])
def test_a_notice_that_cannot_be_right_is_refused_before_anything_is_applied(broken, words):
    with pytest.raises(ReferenceDataError, match=words):
        LIBRARY.with_user_facts([], [SOURCE], [broken])
