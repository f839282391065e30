"""applicants keep their data-quality findings (issue 17)

The findings of a record (missing or partial date of birth, missing nationality, invalid
e-mail or phone) are stored when the record is written, so that a day's list reads them
instead of validating thousands of addresses. NULL: not yet assessed (rows from before
this revision); readers assess those on the fly. An index on (name_key, birth_date)
serves the look-up of possible duplicates.

Revision ID: 0009
Revises: 0006
Create Date: 2026-11-29
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("applicants") as batch:
        batch.add_column(sa.Column("quality", sa.String(length=200), nullable=True))
    # possible duplicates are looked up by (name_key, birth_date) without touching rows
    op.create_index("ix_applicants_name_birth", "applicants", ["name_key", "birth_date"])


def downgrade() -> None:
    op.drop_index("ix_applicants_name_birth", table_name="applicants")
    with op.batch_alter_table("applicants") as batch:
        batch.drop_column("quality")
