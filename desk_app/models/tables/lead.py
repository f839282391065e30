"""The shift lead's board: counter states, call assignments and alarms."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base, ID, UTCDateTime


class CounterState(Base):
    """A counter's presence (issue 14, migration 0015): at the counter, on a break (with a
    reason and since when), away, or closed. No row means at the counter."""

    __tablename__ = "counter_states"

    counter_id: Mapped[int] = mapped_column(ForeignKey("counters.id"), primary_key=True)
    state: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str | None] = mapped_column(Text)
    since: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))


class CallAssignment(Base):
    """Which queues a counter (or a clerk) serves for call next, with a weight and a tier
    (issue 14, migration 0015). Without rows a counter calls its own service point."""

    __tablename__ = "call_assignments"
    __table_args__ = (
        CheckConstraint("weight >= 1", name="weight_positive"),
        CheckConstraint("(counter_id IS NULL) <> (clerk_id IS NULL)", name="counter_or_clerk"),
    )

    id: Mapped[int] = mapped_column(ID, primary_key=True)
    counter_id: Mapped[int | None] = mapped_column(ForeignKey("counters.id"), index=True)
    clerk_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), index=True)
    service_point_id: Mapped[int] = mapped_column(ForeignKey("service_points.id"))
    service_id: Mapped[int | None] = mapped_column(ForeignKey("services.id"))
    weight: Mapped[int] = mapped_column(Integer, default=1)
    tier: Mapped[int] = mapped_column(Integer, default=0)


class Alarm(Base):
    """A silent alarm (issue 14, migration 0015). Ids and codes only."""

    __tablename__ = "alarms"

    id: Mapped[int] = mapped_column(ID, primary_key=True)
    counter_id: Mapped[int | None] = mapped_column(ForeignKey("counters.id"))
    service_point_id: Mapped[int | None] = mapped_column(ForeignKey("service_points.id"))
    station: Mapped[str] = mapped_column(String(64))
    raised_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    raised_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    acknowledged_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    acknowledged_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    acknowledged_station: Mapped[str | None] = mapped_column(String(64))
