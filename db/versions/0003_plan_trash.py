"""Plan trash and version guard: plans.deleted (soft delete) and CHECK version_id >= 1.

The CHECK makes SQLite rebuild the plans table (batch "move and copy"), the operation that
cascade-deletes every child row if foreign keys are on. The app runs migrations with them off.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('plans', schema=None) as batch_op:
        batch_op.add_column(sa.Column('deleted', sa.DateTime(timezone=True), nullable=True))
        batch_op.create_check_constraint(batch_op.f('ck_plans_version_positive'), 'version_id >= 1')


def downgrade() -> None:
    with op.batch_alter_table('plans', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_plans_version_positive'), type_='check')
        batch_op.drop_column('deleted')
