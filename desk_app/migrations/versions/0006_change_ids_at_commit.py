"""PostgreSQL numbers the change log at commit, inside the server

Change-log rows are inserted with a temporary negative id. A deferred constraint
trigger gives them their ids from the locked 'change_log' row of ``sequences`` while
the transaction commits, and sends the NOTIFY. The ids stay gapless and become visible
in commit order (the row lock is held until the commit ends), but the lock is now held
for the commit alone, not across the client's round trips: with 20 clerks calling at
once, the transactions no longer queue behind each other's network and CPU waits.
SQLite is unchanged (its write transaction serialises writers anyway).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25
"""
from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

NUMBER_CHANGES = """
CREATE FUNCTION desk_number_changes() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    pending integer;
    last_id bigint;
BEGIN
    -- this transaction's rows still carry their temporary negative ids (other
    -- transactions' uncommitted rows are invisible here, and none stays negative
    -- after its commit); the first of the deferred calls numbers them all
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
    PERFORM pg_notify('desk_changes', last_id::text);
    RETURN NULL;
END
$$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE SEQUENCE change_log_pending")
    op.execute(NUMBER_CHANGES)
    op.execute("CREATE CONSTRAINT TRIGGER change_log_number AFTER INSERT ON change_log "
               "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW "
               "EXECUTE FUNCTION desk_number_changes()")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER change_log_number ON change_log")
    op.execute("DROP FUNCTION desk_number_changes()")
    op.execute("DROP SEQUENCE change_log_pending")
