"""Plans: plans, product profiles, scenarios, steps and dependencies (first release schema).

Revision ID: 0001
Revises: None
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('plans',
    sa.Column('id', sa.String(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('client', sa.Text(), nullable=False),
    sa.Column('as_of', sa.Date(), nullable=False),
    sa.Column('active_scenario', sa.String(), nullable=False),
    sa.Column('advisor', sa.Text(), nullable=False),
    sa.Column('confidentiality', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('created', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plans'))
    )
    with op.batch_alter_table('plans', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plans_updated'), ['updated'], unique=False)
    op.create_table('product_profiles',
    sa.Column('plan_id', sa.String(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('drug_category', sa.String(), nullable=True),
    sa.Column('indication', sa.Text(), nullable=False),
    sa.Column('life_threatening_or_debilitating', sa.Boolean(), nullable=False),
    sa.Column('first_in_class', sa.Boolean(), nullable=False),
    sa.Column('designations', sa.JSON(), nullable=False),
    sa.Column('reference_approvals', sa.JSON(), nullable=False),
    sa.Column('local_clinical_data', sa.Boolean(), nullable=False),
    sa.Column('asian_clinical_data', sa.Boolean(), nullable=False),
    sa.Column('local_expert_report', sa.Boolean(), nullable=False),
    sa.Column('hk_registered', sa.Boolean(), nullable=False),
    sa.Column('hk_public_hospital_use', sa.Boolean(), nullable=False),
    sa.Column('mainland_approved', sa.Boolean(), nullable=False),
    sa.Column('substitutable_in_mainland', sa.Boolean(), nullable=False),
    sa.Column('device_class', sa.String(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['plan_id'], ['plans.id'], name=op.f('fk_product_profiles_plan_id_plans'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('plan_id', name=op.f('pk_product_profiles'))
    )
    op.create_table('scenarios',
    sa.Column('pk', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('plan_id', sa.String(), nullable=False),
    sa.Column('key', sa.String(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('routes', sa.JSON(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['plan_id'], ['plans.id'], name=op.f('fk_scenarios_plan_id_plans'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_scenarios')),
    sa.UniqueConstraint('plan_id', 'key', name=op.f('uq_scenarios_plan_id'))
    )
    with op.batch_alter_table('scenarios', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_scenarios_plan_id'), ['plan_id'], unique=False)
    op.create_table('steps',
    sa.Column('pk', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('scenario_pk', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('route', sa.String(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('duration_min', sa.Float(), nullable=False),
    sa.Column('duration_likely', sa.Float(), nullable=False),
    sa.Column('duration_max', sa.Float(), nullable=False),
    sa.Column('duration_unit', sa.String(), nullable=False),
    sa.Column('duration_calendar', sa.String(), nullable=False),
    sa.Column('duration_basis', sa.String(), nullable=False),
    sa.Column('stop_clock_min', sa.Float(), nullable=True),
    sa.Column('stop_clock_likely', sa.Float(), nullable=True),
    sa.Column('stop_clock_max', sa.Float(), nullable=True),
    sa.Column('stop_clock_unit', sa.String(), nullable=True),
    sa.Column('stop_clock_calendar', sa.String(), nullable=True),
    sa.Column('stop_clock_basis', sa.String(), nullable=True),
    sa.Column('cadence', sa.Text(), nullable=True),
    sa.Column('enabled', sa.Boolean(), nullable=False),
    sa.Column('optional', sa.Boolean(), nullable=False),
    sa.Column('projected', sa.Boolean(), nullable=False),
    sa.Column('start_no_earlier_than', sa.Date(), nullable=True),
    sa.Column('fixed_start', sa.Date(), nullable=True),
    sa.Column('actual_start', sa.Date(), nullable=True),
    sa.Column('actual_finish', sa.Date(), nullable=True),
    sa.Column('milestone', sa.String(), nullable=True),
    sa.Column('template', sa.String(), nullable=True),
    sa.Column('sources', sa.JSON(), nullable=False),
    sa.Column('documents', sa.JSON(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['scenario_pk'], ['scenarios.pk'], name=op.f('fk_steps_scenario_pk_scenarios'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_steps')),
    sa.UniqueConstraint('scenario_pk', 'key', name=op.f('uq_steps_scenario_pk'))
    )
    op.create_table('dependencies',
    sa.Column('pk', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('scenario_pk', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('predecessor', sa.String(), nullable=False),
    sa.Column('successor', sa.String(), nullable=False),
    sa.Column('type', sa.String(), nullable=False),
    sa.Column('lag_value', sa.Float(), nullable=False),
    sa.Column('lag_unit', sa.String(), nullable=False),
    sa.Column('lag_calendar', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['scenario_pk', 'predecessor'], ['steps.scenario_pk', 'steps.key'], name='fk_dependencies_predecessor_steps', ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['scenario_pk', 'successor'], ['steps.scenario_pk', 'steps.key'], name='fk_dependencies_successor_steps', ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['scenario_pk'], ['scenarios.pk'], name=op.f('fk_dependencies_scenario_pk_scenarios'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_dependencies'))
    )
    with op.batch_alter_table('dependencies', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dependencies_scenario_pk'), ['scenario_pk'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('dependencies', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dependencies_scenario_pk'))
    op.drop_table('dependencies')
    op.drop_table('steps')
    with op.batch_alter_table('scenarios', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_scenarios_plan_id'))
    op.drop_table('scenarios')
    op.drop_table('product_profiles')
    with op.batch_alter_table('plans', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plans_updated'))
    op.drop_table('plans')
