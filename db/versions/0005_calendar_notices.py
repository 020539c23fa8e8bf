"""Calendar notices: one published notice per calendar and year, with its source, replaces the
per-calendar overrides (never reachable from the app).

Each old override row becomes a notice for every year it touched: that year's package list (HK
general holidays = the optional category alone) with the extra days added and the removed ones
taken out, plus its make-up working days, citing a user source that says no source was recorded.
The package lookup is written out here, not imported from the app, so the migration stays as run.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

CONVERTED_SOURCE = "user-calendar-corrections-before-notices"


def _package_days(code: str, year: int) -> dict[date, str]:
    import holidays

    if code == "HK":
        return dict(holidays.HongKong(years=year, categories=("optional",), language="en_US").items())
    if code == "CN":
        return dict(holidays.China(years=year, language="en_US").items())
    table = holidays.Macau(years=year, categories=("public", "government"), language="en_US")
    return {d: n for d, n in table.items() if "(Afternoon)" not in n}


def _notices(code: str, overrides: dict) -> list[dict]:
    extra = {date.fromisoformat(k): str(v) for k, v in dict(overrides.get("extra_holidays", {})).items()}
    makeup = {date.fromisoformat(k): str(v) for k, v in dict(overrides.get("makeup_workdays", {})).items()}
    removed = {date.fromisoformat(k) for k in overrides.get("removed_holidays", [])}
    years = {d.year for d in (*extra, *makeup, *removed)} | {int(y) for y in overrides.get("published_years", [])}
    out = []
    for year in sorted(years):
        days_off = {d: n for d, n in _package_days(code, year).items() if d not in removed and d not in makeup}
        days_off.update({d: n for d, n in extra.items() if d.year == year})
        out.append({"calendar": code, "year": year,
                    "days_off": [{"date": d.isoformat(), "name": n} for d, n in sorted(days_off.items())],
                    "makeup_workdays": [{"date": d.isoformat(), "name": n or "make-up working day"}
                                        for d, n in sorted(makeup.items()) if d.year == year and d.weekday() >= 5]})
    return out


def upgrade() -> None:
    notices = op.create_table('user_calendar_notices',
    sa.Column('calendar', sa.String(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('days_off', sa.JSON(), nullable=False),
    sa.Column('makeup_workdays', sa.JSON(), nullable=False),
    sa.Column('source_id', sa.String(), nullable=False),
    sa.Column('updated', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('calendar', 'year', name=op.f('pk_user_calendar_notices'))
    )
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT calendar, overrides FROM user_calendar_overrides")).fetchall()
    converted = []
    for code, overrides in rows:
        data = json.loads(overrides) if isinstance(overrides, str) else overrides
        converted += _notices(code, data or {})
    if converted:
        now = datetime.now(UTC)
        conn.execute(sa.text(
            "INSERT INTO user_sources (id, title, publisher, url, date, reliability, date_precision, note, created) "
            "VALUES (:id, :title, :publisher, '', :date, 'inference', 'day', :note, :created)"),
            {"id": CONVERTED_SOURCE, "title": "Calendar corrections entered before notices had sources",
             "publisher": "(not recorded)", "date": now.date(), "created": now,
             "note": "Converted when the database was upgraded to calendar notices; no source was recorded. "
                     "Check each year against the published notice."})
        op.bulk_insert(notices, [dict(n, source_id=CONVERTED_SOURCE, updated=now) for n in converted])
    op.drop_table('user_calendar_overrides')


def downgrade() -> None:
    op.create_table('user_calendar_overrides',
    sa.Column('calendar', sa.String(), nullable=False),
    sa.Column('overrides', sa.JSON(), nullable=False),
    sa.Column('updated', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('calendar', name=op.f('pk_user_calendar_overrides'))
    )
    op.drop_table('user_calendar_notices')
