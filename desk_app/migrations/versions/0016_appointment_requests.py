"""appointment requests from the mailbox: requests, messages read once, routing rules

Revision ID: 0016
Revises: 0015
Create Date: 2026-11-29
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import desk_app.models.base

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

UTC = desk_app.models.base.UTCDateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "appointment_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("concern", sa.String(length=32), nullable=False),
        sa.Column("category", sa.String(length=100), nullable=False),
        sa.Column("given_name", sa.String(length=100), nullable=False),
        sa.Column("family_name", sa.String(length=100), nullable=False),
        sa.Column("birth_date", sa.String(length=10), nullable=False),
        sa.Column("file_number", sa.String(length=64), nullable=False),
        sa.Column("nationality", sa.String(length=80), nullable=False),
        sa.Column("email", sa.String(length=300), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("person_key", sa.String(length=300), nullable=False),
        sa.Column("department_addressed", sa.String(length=100), nullable=False),
        sa.Column("service_point_code", sa.String(length=32), nullable=False),
        sa.Column("route_reason", sa.Text(), nullable=False),
        sa.Column("route_confirmed", sa.Boolean(), nullable=False),
        sa.Column("misaddressed", sa.Boolean(), nullable=False),
        sa.Column("missing", sa.String(length=100), nullable=False),
        sa.Column("recognised", sa.String(length=100), nullable=False),
        sa.Column("is_form", sa.Boolean(), nullable=False),
        sa.Column("subject", sa.String(length=500), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("message_count", sa.Integer(), nullable=False),
        sa.Column("first_received_at", UTC, nullable=False),
        sa.Column("last_received_at", UTC, nullable=False),
        sa.Column("asked_at", UTC, nullable=True),
        sa.Column("answered_at", UTC, nullable=True),
        sa.Column("outgoing_message_id", sa.String(length=300), nullable=False),
        sa.Column("undeliverable", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["entry_id"], ["queue_entries.id"],
                                name=op.f("fk_appointment_requests_entry_id_queue_entries")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appointment_requests")),
    )
    op.create_index("ix_appointment_requests_status_received", "appointment_requests",
                    ["status", "last_received_at"])
    for col in ("file_number", "email", "person_key", "outgoing_message_id"):
        op.create_index(op.f(f"ix_appointment_requests_{col}"), "appointment_requests", [col])
    op.create_table(
        "mailbox_messages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mailbox", sa.String(length=200), nullable=False),
        sa.Column("uid_validity", sa.BigInteger(), nullable=False),
        sa.Column("uid", sa.BigInteger(), nullable=False),
        sa.Column("message_id", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=True),
        sa.Column("sender", sa.String(length=300), nullable=False),
        sa.Column("subject", sa.String(length=500), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("attachments", sa.Text(), nullable=False),
        sa.Column("problems", sa.String(length=200), nullable=False),
        sa.Column("received_at", UTC, nullable=False),
        sa.Column("read_at", UTC, nullable=False),
        sa.ForeignKeyConstraint(["request_id"], ["appointment_requests.id"],
                                name=op.f("fk_mailbox_messages_request_id_appointment_requests")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mailbox_messages")),
        sa.UniqueConstraint("mailbox", "uid_validity", "uid", name="uq_mailbox_messages_uid"),
    )
    op.create_index(op.f("ix_mailbox_messages_request_id"), "mailbox_messages", ["request_id"])
    op.create_table(
        "routing_rules",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("pattern", sa.String(length=200), nullable=False),
        sa.Column("service_point_code", sa.String(length=32), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_routing_rules")),
    )


def downgrade() -> None:
    op.drop_table("routing_rules")
    op.drop_index(op.f("ix_mailbox_messages_request_id"), table_name="mailbox_messages")
    op.drop_table("mailbox_messages")
    for col in ("file_number", "email", "person_key", "outgoing_message_id"):
        op.drop_index(op.f(f"ix_appointment_requests_{col}"), table_name="appointment_requests")
    op.drop_index("ix_appointment_requests_status_received", table_name="appointment_requests")
    op.drop_table("appointment_requests")
