"""Reference library in the database: shipped data round-trips, user rows stay apart and survive reseeding."""

from __future__ import annotations

from datetime import date

import pytest

from oases_desktop.core.knowledge import load_library
from oases_desktop.core.knowledge.model import Fact, Origin, ReferenceDataError, Source
from oases_desktop.core.storage import open_database


@pytest.fixture
def seeded(db_url):
    database = open_database(db_url)  # seeds the shipped library and the worked example
    yield database
    database.close()


def _a_fact_key(library) -> str:
    return next(f.key for f in library.facts if f.unit not in {"date", "text", "months_of_year"})


def test_shipped_library_comes_back_equal_to_the_seed_files(seeded):
    assert seeded.library.load() == load_library()
    assert seeded.library.seed_digest()


def test_user_fact_is_layered_over_shipped_history_and_survives_reseeding(seeded):
    shipped = load_library()
    key = _a_fact_key(shipped)
    seeded.library.add_user_source(Source("my-call", "Call with the regulator", "Me", "", date(2026, 11, 1),
                                          "inference"))
    mine = Fact(key=key, label="My figure", value=99, unit=shipped.latest(key).unit, as_of=date(2099, 1, 1),
                source_id="my-call")
    seeded.library.add_user_fact(mine)
    library = seeded.library.load()
    assert library.latest(key).value == 99 and library.latest(key).origin == Origin.USER
    assert library.history(key).shipped_latest == shipped.latest(key)  # the shipped value is still there
    seeded.library.replace_shipped(shipped, "a newer release")  # what a new release's seed does
    assert seeded.library.load().latest(key).value == 99


def test_user_fact_without_source_or_estimate_flag_is_refused(seeded):
    key = _a_fact_key(load_library())
    with pytest.raises(ReferenceDataError):
        seeded.library.add_user_fact(Fact(key=key, label="x", value=1, unit="months", as_of=date(2026, 1, 1)))
    assert seeded.library.user_facts() == []


def test_calendar_notices_are_stored_replaced_removed_and_survive_reseeding(seeded):
    from oases_desktop.core.domain.plan import Calendar
    from oases_desktop.core.knowledge.model import ReferenceDataError, Reliability, Source
    from oases_desktop.core.knowledge.notices import CalendarNotice, NoticeDay

    source = Source("user-sc-2027", "State Council holiday notice 2027 (test)", "State Council", "",
                    date(2026, 11, 20), Reliability.OFFICIAL)
    cn = CalendarNotice(Calendar.CN, 2027, (NoticeDay(date(2027, 2, 8), "Spring Festival"),),
                        (NoticeDay(date(2027, 2, 20), "make-up working day"),), source.id)
    seeded.library.save_notice(cn, source)
    assert seeded.library.notices() == [cn]
    assert seeded.library.load().notices == (cn,) and seeded.library.load().source(source.id).title == source.title
    newer = CalendarNotice(Calendar.CN, 2027, cn.days_off + (NoticeDay(date(2027, 2, 9), "Spring Festival"),),
                           cn.makeup_workdays, source.id)
    seeded.library.save_notice(newer)  # one notice per calendar and year: the new one replaces it
    seeded.library.replace_shipped(load_library(), "a newer release")
    assert seeded.library.notices() == [newer]  # user rows survive reseeding
    with pytest.raises(ReferenceDataError, match="not in the library"):
        seeded.library.save_notice(CalendarNotice(Calendar.HK, 2028, (), (), "no-such-source"))
    assert seeded.library.remove_notice("CN", 2027) and seeded.library.notices() == []

def test_first_run_stores_the_worked_example_once(db_url):
    from oases_desktop.core.examples import worked_example

    with open_database(db_url) as first:
        assert [s.id for s in first.plans.list_plans()] == [worked_example("medicine", load_library()).id]
        assert first.plans.load(worked_example("medicine", load_library()).id).plan == worked_example("medicine", load_library())
        first.plans.delete(worked_example("medicine", load_library()).id)
    with open_database(db_url) as second:  # not re-added once the user deleted it
        assert second.plans.list_plans() == []
