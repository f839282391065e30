"""print jobs carry the title they are sent to the spooler with (unique, random)

Revision ID: 0007
Revises: 0008
Create Date: 2026-11-29

A retry looks for the title in CUPS before sending again: when ``lp`` succeeded but the
write of its outcome was lost, the job is found there and not printed twice. The title
must be the same on every attempt and unique across databases that print to one CUPS,
so it is made once, at random, with the job. Jobs made before this migration have none
and get one derived from their key and creation time.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("print_jobs") as batch:
        batch.add_column(sa.Column("title", sa.String(length=80), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("print_jobs") as batch:
        batch.drop_column("title")
