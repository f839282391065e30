"""shift lead operations: counter presence, cross-queue call assignments, silent alarms

Revision ID: 0015
Revises: 0010
Create Date: 2026-11-29
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import desk_app.models.base

revision = "0015"
down_revision = "0009"
branch_labels = None
depends_on = None

UTC = desk_app.models.base.UTCDateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "counter_states",
        sa.Column("counter_id", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("since", UTC, nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["counter_id"], ["counters.id"],
                                name=op.f("fk_counter_states_counter_id_counters")),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"],
                                name=op.f("fk_counter_states_staff_id_staff")),
        sa.PrimaryKeyConstraint("counter_id", name=op.f("pk_counter_states")),
    )
    op.create_table(
        "call_assignments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("counter_id", sa.Integer(), nullable=True),
        sa.Column("clerk_id", sa.Integer(), nullable=True),
        sa.Column("service_point_id", sa.Integer(), nullable=False),
        sa.Column("service_id", sa.Integer(), nullable=True),
        sa.Column("weight", sa.Integer(), nullable=False),
        sa.Column("tier", sa.Integer(), nullable=False),
        sa.CheckConstraint("weight >= 1", name=op.f("ck_call_assignments_weight_positive")),
        sa.CheckConstraint("(counter_id IS NULL) <> (clerk_id IS NULL)",
                           name=op.f("ck_call_assignments_counter_or_clerk")),
        sa.ForeignKeyConstraint(["counter_id"], ["counters.id"],
                                name=op.f("fk_call_assignments_counter_id_counters")),
        sa.ForeignKeyConstraint(["clerk_id"], ["staff.id"],
                                name=op.f("fk_call_assignments_clerk_id_staff")),
        sa.ForeignKeyConstraint(["service_point_id"], ["service_points.id"],
                                name=op.f("fk_call_assignments_service_point_id_service_points")),
        sa.ForeignKeyConstraint(["service_id"], ["services.id"],
                                name=op.f("fk_call_assignments_service_id_services")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_call_assignments")),
    )
    op.create_index(op.f("ix_call_assignments_counter_id"), "call_assignments", ["counter_id"])
    op.create_index(op.f("ix_call_assignments_clerk_id"), "call_assignments", ["clerk_id"])
    op.create_table(
        "alarms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("counter_id", sa.Integer(), nullable=True),
        sa.Column("service_point_id", sa.Integer(), nullable=True),
        sa.Column("station", sa.String(length=64), nullable=False),
        sa.Column("raised_by", sa.Integer(), nullable=True),
        sa.Column("raised_at", UTC, nullable=False),
        sa.Column("acknowledged_at", UTC, nullable=True),
        sa.Column("acknowledged_by", sa.Integer(), nullable=True),
        sa.Column("acknowledged_station", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(["counter_id"], ["counters.id"],
                                name=op.f("fk_alarms_counter_id_counters")),
        sa.ForeignKeyConstraint(["service_point_id"], ["service_points.id"],
                                name=op.f("fk_alarms_service_point_id_service_points")),
        sa.ForeignKeyConstraint(["raised_by"], ["staff.id"], name=op.f("fk_alarms_raised_by_staff")),
        sa.ForeignKeyConstraint(["acknowledged_by"], ["staff.id"],
                                name=op.f("fk_alarms_acknowledged_by_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_alarms")),
    )
    op.create_index(op.f("ix_alarms_raised_at"), "alarms", ["raised_at"])


def downgrade() -> None:
    op.drop_index(op.f("ix_alarms_raised_at"), table_name="alarms")
    op.drop_table("alarms")
    op.drop_index(op.f("ix_call_assignments_clerk_id"), table_name="call_assignments")
    op.drop_index(op.f("ix_call_assignments_counter_id"), table_name="call_assignments")
    op.drop_table("call_assignments")
    op.drop_table("counter_states")
