"""applicants keep their data-quality findings (issue 17)

The findings of a record (missing or partial date of birth, missing nationality, invalid
e-mail or phone) are stored when the record is written, so that a day's list reads them
instead of validating thousands of addresses. NULL: not yet assessed (rows from before
this revision); readers assess those on the fly. An index on (name_key, birth_date)
serves the look-up of possible duplicates.

PostgreSQL: the deferred trigger of 0006 fires once per change-log row at commit; every
call after the first counted the pending rows again, over the index entries of the rows
the first call had renumbered (dead to the transaction, yet still scanned), which made a
bulk import's commit quadratic (7,000 rows: about 10 s). The first call now marks the
transaction as numbered (a transaction-local setting) and the others return at once.

Revision ID: 0009
Revises: 0007
Create Date: 2026-11-29
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0010"
branch_labels = None
depends_on = None


NUMBER_CHANGES_ONCE = """
CREATE OR REPLACE FUNCTION desk_number_changes() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    pending integer;
    last_id bigint;
BEGIN
    -- the first deferred call at commit numbers all of this transaction's rows; the
    -- others (one per inserted row) find the mark and return (revision 0009)
    IF current_setting('desk.changes_numbered', true) = 'yes' THEN
        RETURN NULL;
    END IF;
    SELECT count(*) INTO pending FROM change_log WHERE id < 0;
    IF pending = 0 THEN
        RETURN NULL;
    END IF;
    UPDATE sequences SET value = value + pending WHERE name = 'change_log'
        RETURNING value INTO last_id;
    IF last_id IS NULL THEN
        RAISE EXCEPTION 'sequences row change_log is missing';
    END IF;
    UPDATE change_log AS c SET id = last_id - pending + p.n
    FROM (SELECT id, row_number() OVER (ORDER BY id DESC) AS n
          FROM change_log WHERE id < 0) AS p
    WHERE c.id = p.id;
    PERFORM set_config('desk.changes_numbered', 'yes', true);
    PERFORM pg_notify('desk_changes', last_id::text);
    RETURN NULL;
END
$$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(NUMBER_CHANGES_ONCE)
    with op.batch_alter_table("applicants") as batch:
        batch.add_column(sa.Column("quality", sa.String(length=200), nullable=True))
    # possible duplicates are looked up by (name_key, birth_date) without touching rows
    op.create_index("ix_applicants_name_birth", "applicants", ["name_key", "birth_date"])


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        from importlib import import_module

        previous = import_module("desk_app.migrations.versions.0006_change_ids_at_commit")
        op.execute(previous.NUMBER_CHANGES.replace("CREATE FUNCTION",
                                                   "CREATE OR REPLACE FUNCTION"))
    op.drop_index("ix_applicants_name_birth", table_name="applicants")
    with op.batch_alter_table("applicants") as batch:
        batch.drop_column("quality")
