"""the appointment book: capacity rules, blocked times, slots, the slot on the entry

Revision ID: 0014
Revises: 0006
Create Date: 2026-11-29
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import desk_app.models.base

revision = "0014"
down_revision = "0006"
branch_labels = None
depends_on = None

UTC = desk_app.models.base.UTCDateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "capacity_rules",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("service_point_id", sa.Integer(), nullable=False),
        sa.Column("service_id", sa.Integer(), nullable=True),
        sa.Column("weekday", sa.Integer(), nullable=False),
        sa.Column("opens", sa.String(length=5), nullable=False),
        sa.Column("closes", sa.String(length=5), nullable=False),
        sa.Column("slot_minutes", sa.Integer(), nullable=False),
        sa.Column("counters", sa.Integer(), nullable=False),
        sa.CheckConstraint("weekday BETWEEN 0 AND 6", name=op.f("ck_capacity_rules_weekday_range")),
        sa.CheckConstraint("slot_minutes BETWEEN 5 AND 240",
                           name=op.f("ck_capacity_rules_slot_minutes_range")),
        sa.CheckConstraint("counters >= 0", name=op.f("ck_capacity_rules_counters_nonneg")),
        sa.ForeignKeyConstraint(["service_point_id"], ["service_points.id"],
                                name=op.f("fk_capacity_rules_service_point_id_service_points")),
        sa.ForeignKeyConstraint(["service_id"], ["services.id"],
                                name=op.f("fk_capacity_rules_service_id_services")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_capacity_rules")),
    )
    op.create_index(op.f("ix_capacity_rules_service_point_id"), "capacity_rules",
                    ["service_point_id"])
    op.create_table(
        "blocked_times",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("service_point_id", sa.Integer(), nullable=False),
        sa.Column("counter_id", sa.Integer(), nullable=True),
        sa.Column("starts_at", UTC, nullable=False),
        sa.Column("ends_at", UTC, nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("created_at", UTC, nullable=False),
        sa.CheckConstraint("ends_at > starts_at", name=op.f("ck_blocked_times_ends_after_start")),
        sa.ForeignKeyConstraint(["service_point_id"], ["service_points.id"],
                                name=op.f("fk_blocked_times_service_point_id_service_points")),
        sa.ForeignKeyConstraint(["counter_id"], ["counters.id"],
                                name=op.f("fk_blocked_times_counter_id_counters")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_blocked_times")),
    )
    op.create_index("ix_blocked_times_sp_start", "blocked_times",
                    ["service_point_id", "starts_at"])
    op.create_table(
        "appointment_slots",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("service_point_id", sa.Integer(), nullable=False),
        sa.Column("service_key", sa.Integer(), nullable=False),
        sa.Column("starts_at", UTC, nullable=False),
        sa.ForeignKeyConstraint(["service_point_id"], ["service_points.id"],
                                name=op.f("fk_appointment_slots_service_point_id_service_points")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appointment_slots")),
        sa.UniqueConstraint("service_point_id", "service_key", "starts_at",
                            name="uq_appointment_slots_key"),
    )
    with op.batch_alter_table("service_points") as batch:
        batch.add_column(sa.Column("overbooking_percent", sa.Integer(), server_default="0",
                                   nullable=False))
    with op.batch_alter_table("queue_entries") as batch:
        batch.add_column(sa.Column("slot_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("reschedule_reason", sa.Text(), nullable=True))
        batch.create_foreign_key(op.f("fk_queue_entries_slot_id_appointment_slots"),
                                 "appointment_slots", ["slot_id"], ["id"])
        batch.create_index(op.f("ix_queue_entries_slot_id"), ["slot_id"])
    with op.batch_alter_table("document_orders") as batch:
        batch.add_column(sa.Column("pickup_entry_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(op.f("fk_document_orders_pickup_entry_id_queue_entries"),
                                 "queue_entries", ["pickup_entry_id"], ["id"])


def downgrade() -> None:
    with op.batch_alter_table("document_orders") as batch:
        batch.drop_constraint(op.f("fk_document_orders_pickup_entry_id_queue_entries"),
                              type_="foreignkey")
        batch.drop_column("pickup_entry_id")
    with op.batch_alter_table("queue_entries") as batch:
        batch.drop_index(op.f("ix_queue_entries_slot_id"))
        batch.drop_constraint(op.f("fk_queue_entries_slot_id_appointment_slots"),
                              type_="foreignkey")
        batch.drop_column("reschedule_reason")
        batch.drop_column("slot_id")
    with op.batch_alter_table("service_points") as batch:
        batch.drop_column("overbooking_percent")
    op.drop_table("appointment_slots")
    op.drop_index("ix_blocked_times_sp_start", table_name="blocked_times")
    op.drop_table("blocked_times")
    op.drop_index(op.f("ix_capacity_rules_service_point_id"), table_name="capacity_rules")
    op.drop_table("capacity_rules")
