"""Reference library: shipped sources, facts, lookups and route templates; user facts, sources and calendar overrides kept apart.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('ref_sources',
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('publisher', sa.Text(), nullable=False),
    sa.Column('url', sa.Text(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('reliability', sa.String(), nullable=False),
    sa.Column('date_precision', sa.String(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ref_sources'))
    )
    op.create_table('ref_facts',
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('pk', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('key', sa.String(), nullable=False),
    sa.Column('label', sa.Text(), nullable=False),
    sa.Column('value_number', sa.Float(), nullable=True),
    sa.Column('value_text', sa.Text(), nullable=True),
    sa.Column('unit', sa.String(), nullable=False),
    sa.Column('as_of', sa.Date(), nullable=False),
    sa.Column('source_id', sa.String(), nullable=True),
    sa.Column('estimate', sa.Boolean(), nullable=False),
    sa.Column('value_high', sa.Float(), nullable=True),
    sa.Column('qualifier', sa.String(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_ref_facts'))
    )
    with op.batch_alter_table('ref_facts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ref_facts_key'), ['key'], unique=False)
    op.create_table('ref_lookups',
    sa.Column('id', sa.String(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('entries', sa.JSON(), nullable=False),
    sa.Column('source_ids', sa.JSON(), nullable=False),
    sa.Column('total_fact', sa.String(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ref_lookups'))
    )
    op.create_table('ref_routes',
    sa.Column('id', sa.String(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('product_kind', sa.String(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('sources', sa.JSON(), nullable=False),
    sa.Column('projected', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ref_routes'))
    )
    op.create_table('ref_step_templates',
    sa.Column('pk', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('route_id', sa.String(), nullable=False),
    sa.Column('key', sa.String(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('template', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['route_id'], ['ref_routes.id'], name=op.f('fk_ref_step_templates_route_id_ref_routes'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_ref_step_templates')),
    sa.UniqueConstraint('route_id', 'key', name=op.f('uq_ref_step_templates_route_id'))
    )
    op.create_table('ref_meta',
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_ref_meta'))
    )
    op.create_table('user_sources',
    sa.Column('created', sa.DateTime(timezone=True), nullable=False),
    sa.Column('id', sa.String(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('publisher', sa.Text(), nullable=False),
    sa.Column('url', sa.Text(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('reliability', sa.String(), nullable=False),
    sa.Column('date_precision', sa.String(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_user_sources'))
    )
    op.create_table('user_facts',
    sa.Column('created', sa.DateTime(timezone=True), nullable=False),
    sa.Column('pk', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('key', sa.String(), nullable=False),
    sa.Column('label', sa.Text(), nullable=False),
    sa.Column('value_number', sa.Float(), nullable=True),
    sa.Column('value_text', sa.Text(), nullable=True),
    sa.Column('unit', sa.String(), nullable=False),
    sa.Column('as_of', sa.Date(), nullable=False),
    sa.Column('source_id', sa.String(), nullable=True),
    sa.Column('estimate', sa.Boolean(), nullable=False),
    sa.Column('value_high', sa.Float(), nullable=True),
    sa.Column('qualifier', sa.String(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_user_facts'))
    )
    with op.batch_alter_table('user_facts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_user_facts_key'), ['key'], unique=False)
    op.create_table('user_calendar_overrides',
    sa.Column('calendar', sa.String(), nullable=False),
    sa.Column('overrides', sa.JSON(), nullable=False),
    sa.Column('updated', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('calendar', name=op.f('pk_user_calendar_overrides'))
    )


def downgrade() -> None:
    op.drop_table('user_calendar_overrides')
    with op.batch_alter_table('user_facts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_user_facts_key'))
    op.drop_table('user_facts')
    op.drop_table('user_sources')
    op.drop_table('ref_meta')
    op.drop_table('ref_step_templates')
    op.drop_table('ref_routes')
    op.drop_table('ref_lookups')
    with op.batch_alter_table('ref_facts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ref_facts_key'))
    op.drop_table('ref_facts')
    op.drop_table('ref_sources')
