"""The waiting room: the call display's views, its notice line, and an index

* ``call_display_view``: one row per call (ticket number, service point code, counter,
  room, and the call's times). No name, no note, no alarm, no applicant id: the call
  display's database role (``desk-app db display-role``) reads this view, never the
  tables.
* ``waiting_count_view``: how many are waiting, per service point and business day
  (a count, nothing else), for the estimated waiting time on the display.
* ``display_notices``: the one-line notice a shift lead sets for the displays.
* ``ix_queue_entries_day_called``: the day's newest calls first, an index scan.

Revision ID: 0008
Revises: 0011
Create Date: 2026-11-29
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from desk_app.models.base import UTCDateTime

revision = "0008"
down_revision = "0011"
branch_labels = None
depends_on = None

CALL_DISPLAY_VIEW = """
CREATE VIEW call_display_view AS
SELECT e.id AS call_id,
       e.business_day AS business_day,
       sp.code AS service_point,
       e.ticket AS ticket,
       c.name AS counter,
       c.room AS room,
       e.called_at AS called_at,
       e.call_count AS call_count,
       e.service_started_at AS service_started_at,
       e.finished_at AS finished_at
FROM queue_entries e
JOIN service_points sp ON sp.id = e.service_point_id
LEFT JOIN counters c ON c.id = e.counter_id
WHERE e.called_at IS NOT NULL AND e.ticket IS NOT NULL
"""

WAITING_COUNT_VIEW = """
CREATE VIEW waiting_count_view AS
SELECT sp.code AS service_point,
       e.business_day AS business_day,
       count(*) AS waiting
FROM queue_entries e
JOIN service_points sp ON sp.id = e.service_point_id
WHERE e.state = 'WAITING'
GROUP BY sp.code, e.business_day
"""


def upgrade() -> None:
    op.create_index("ix_queue_entries_day_called", "queue_entries",
                    ["business_day", "called_at"])
    op.create_table(
        "display_notices",
        sa.Column("scope", sa.String(32), nullable=False),
        sa.Column("text", sa.String(300), nullable=False),
        sa.Column("updated_at", UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("scope", name=op.f("pk_display_notices")),
    )
    op.execute(CALL_DISPLAY_VIEW)
    op.execute(WAITING_COUNT_VIEW)


def downgrade() -> None:
    op.execute("DROP VIEW waiting_count_view")
    op.execute("DROP VIEW call_display_view")
    op.drop_table("display_notices")
    op.drop_index("ix_queue_entries_day_called", table_name="queue_entries")
