"""opening hours as typed rows (one per weekday and span) instead of text

Each service point's ``opening_hours`` text is read (domain/opening_hours.py: "Mo, Di
7:30–12:00 und 13:00–15:30 · Mi–Fr 7:30–12:00" and the admin form's own form) into
``service_point_hours`` rows; the text column is dropped. Text that does not read as
opening hours ("nach Vereinbarung") is not lost: it moves to ``service_points.hours_note``
(shown where there are no typed hours; the config file carries it as ``hours_note``)
and the service point has no typed hours.
Downgrade writes the rows back as the canonical text (a note where there are none).

Revision ID: 0018
Revises: 0017
Create Date: 2026-11-29
"""
from __future__ import annotations

import logging

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

log = logging.getLogger("alembic.runtime.migration")

_SP = sa.table("service_points", sa.column("id", sa.Integer()), sa.column("code", sa.String()),
               sa.column("opening_hours", sa.Text()), sa.column("hours_note", sa.Text()))
_HOURS = sa.table("service_point_hours", sa.column("service_point_id", sa.Integer()),
                  sa.column("weekday", sa.SmallInteger()), sa.column("opens", sa.Time()),
                  sa.column("closes", sa.Time()))


def upgrade() -> None:
    from desk_app.domain.opening_hours import spans_of

    op.create_table(
        "service_point_hours",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("service_point_id", sa.Integer(), nullable=False),
        sa.Column("weekday", sa.SmallInteger(), nullable=False),
        sa.Column("opens", sa.Time(), nullable=False),
        sa.Column("closes", sa.Time(), nullable=False),
        sa.CheckConstraint("weekday BETWEEN 0 AND 6",
                           name=op.f("ck_service_point_hours_weekday")),
        sa.CheckConstraint("closes > opens", name=op.f("ck_service_point_hours_span")),
        sa.ForeignKeyConstraint(["service_point_id"], ["service_points.id"],
                                name=op.f("fk_service_point_hours_service_point_id_service_points"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_point_hours")),
    )
    op.create_index(op.f("ix_service_point_hours_service_point_id"), "service_point_hours",
                    ["service_point_id"], unique=False)
    # plain ALTER TABLE (SQLite >= 3.35 drops a column itself): a batch copy of the table
    # would break the views that read it (call_display_view)
    op.add_column("service_points", sa.Column("hours_note", sa.Text(), nullable=False,
                                              server_default=""))
    conn = op.get_bind()
    rows = conn.execute(sa.select(_SP.c.id, _SP.c.code, _SP.c.opening_hours)).all()
    for sp_id, code, text in rows:
        try:
            spans = spans_of(text)
        except ValueError:
            log.warning("service point %s: opening hours not readable; kept as a note", code)
            conn.execute(_SP.update().where(_SP.c.id == sp_id).values(hours_note=text.strip()))
            continue
        if spans:
            conn.execute(_HOURS.insert(), [
                {"service_point_id": sp_id, "weekday": d, "opens": a, "closes": b}
                for d, a, b in spans])
    op.drop_column("service_points", "opening_hours")


def downgrade() -> None:
    from desk_app.domain.opening_hours import text_of

    op.add_column("service_points", sa.Column("opening_hours", sa.Text(), nullable=False,
                                              server_default=""))
    conn = op.get_bind()
    spans: dict[int, list] = {}
    for sp_id, d, a, b in conn.execute(sa.select(
            _HOURS.c.service_point_id, _HOURS.c.weekday, _HOURS.c.opens, _HOURS.c.closes)):
        spans.setdefault(sp_id, []).append((d, a, b))
    for sp_id, note in conn.execute(sa.select(_SP.c.id, _SP.c.hours_note)).all():
        text = text_of(spans.get(sp_id, ())) or note or ""
        conn.execute(_SP.update().where(_SP.c.id == sp_id).values(opening_hours=text))
    op.drop_column("service_points", "hours_note")
    op.drop_index(op.f("ix_service_point_hours_service_point_id"),
                  table_name="service_point_hours")
    op.drop_table("service_point_hours")
