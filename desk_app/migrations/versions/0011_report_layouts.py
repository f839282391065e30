"""saved statistics layouts (the office's blocks of service points)

Revision ID: 0011
Revises: 0014
Create Date: 2026-11-29
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import desk_app.models.base

revision = "0011"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "report_layouts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("definition", sa.Text(), nullable=False),
        sa.Column("updated_at", desk_app.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_layouts")),
        sa.UniqueConstraint("name", name=op.f("uq_report_layouts_name")),
    )


def downgrade() -> None:
    op.drop_table("report_layouts")
