"""document orders keep the name of whoever collected for the applicant

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("document_orders") as batch:
        batch.add_column(sa.Column("collected_by", sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("document_orders") as batch:
        batch.drop_column("collected_by")
