"""The call display's closed counters (issue 14 on the display of issue 12)

* ``closed_counters_view``: one row per closed counter: its name, room, the code of its
  service point and since when. No reason, no clerk: the call display's database role
  reads this view (``display_role.DISPLAY_OBJECTS``), never ``counter_states``.

Revision ID: 0017
Revises: 0016
Create Date: 2026-11-29
"""
from __future__ import annotations

from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

CLOSED_COUNTERS_VIEW = """
CREATE VIEW closed_counters_view AS
SELECT c.name AS counter,
       c.room AS room,
       sp.code AS service_point,
       cs.since AS since
FROM counter_states cs
JOIN counters c ON c.id = cs.counter_id
LEFT JOIN service_points sp ON sp.id = c.service_point_id
WHERE cs.state = 'CLOSED'
"""


def upgrade() -> None:
    op.execute(CLOSED_COUNTERS_VIEW)


def downgrade() -> None:
    op.execute("DROP VIEW closed_counters_view")
