"""Product profile fields of the December 2026 review: entity type, WHO public-health need, NMPA 30-day channel.

Existing rows get the defaults (not set / no / no), which is what those plans meant before.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('product_profiles', schema=None) as batch_op:
        batch_op.add_column(sa.Column('entity_type', sa.String(), nullable=True))
        batch_op.add_column(sa.Column('who_public_health_need', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('nmpa_30_day_channel', sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table('product_profiles', schema=None) as batch_op:
        batch_op.drop_column('nmpa_30_day_channel')
        batch_op.drop_column('who_public_health_need')
        batch_op.drop_column('entity_type')
