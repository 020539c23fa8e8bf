"""Baselines: named, dated snapshots of a scenario's computed dates, one row each (body as JSON).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('baselines',
    sa.Column('pk', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('plan_id', sa.String(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('scenario_id', sa.String(), nullable=False),
    sa.Column('saved_on', sa.Date(), nullable=False),
    sa.Column('body', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['plan_id'], ['plans.id'], name=op.f('fk_baselines_plan_id_plans'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_baselines')),
    sa.UniqueConstraint('plan_id', 'name', name=op.f('uq_baselines_plan_id'))
    )
    with op.batch_alter_table('baselines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_baselines_plan_id'), ['plan_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('baselines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_baselines_plan_id'))
    op.drop_table('baselines')
