"""The appointment book (capacity, blocked times, slots), report layouts and the displays' notices."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base, ID, UTCDateTime


class CapacityRule(Base):
    """Slots a service point opens on one weekday (Berlin wall-clock times "HH:MM"), for
    one service (its own pool) or all of them (service_id NULL). Migration 0014."""

    __tablename__ = "capacity_rules"
    __table_args__ = (
        CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday_range"),
        CheckConstraint("slot_minutes BETWEEN 5 AND 240", name="slot_minutes_range"),
        CheckConstraint("counters >= 0", name="counters_nonneg"),
    )

    id: Mapped[int] = mapped_column(ID, primary_key=True)
    service_point_id: Mapped[int] = mapped_column(ForeignKey("service_points.id"), index=True)
    service_id: Mapped[int | None] = mapped_column(ForeignKey("services.id"))
    weekday: Mapped[int] = mapped_column(Integer)
    opens: Mapped[str] = mapped_column(String(5))
    closes: Mapped[str] = mapped_column(String(5))
    slot_minutes: Mapped[int] = mapped_column(Integer)
    counters: Mapped[int] = mapped_column(Integer)


class BlockedTime(Base):
    """A staff meeting, a training, a closed counter or service point (migration 0014)."""

    __tablename__ = "blocked_times"
    __table_args__ = (
        Index("ix_blocked_times_sp_start", "service_point_id", "starts_at"),
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
    )

    id: Mapped[int] = mapped_column(ID, primary_key=True)
    service_point_id: Mapped[int] = mapped_column(ForeignKey("service_points.id"))
    counter_id: Mapped[int | None] = mapped_column(ForeignKey("counters.id"))
    starts_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    ends_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class AppointmentSlot(Base):
    """A slot that has (had) bookings: the row booking locks, so that no slot takes more
    than its capacity plus allowance, whoever books at the same moment (migration 0014).
    service_key: the service id of a service's own pool, 0 for the shared pool."""

    __tablename__ = "appointment_slots"
    __table_args__ = (UniqueConstraint("service_point_id", "service_key", "starts_at",
                                       name="uq_appointment_slots_key"),)

    id: Mapped[int] = mapped_column(ID, primary_key=True)
    service_point_id: Mapped[int] = mapped_column(ForeignKey("service_points.id"))
    service_key: Mapped[int] = mapped_column(Integer)
    starts_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class ReportLayout(Base):
    """A saved statistics layout (issue 16): the office's blocks of service points, as
    JSON (desk_app.domain.statistics.Layout.to_json). Shared by every workstation."""

    __tablename__ = "report_layouts"

    id: Mapped[int] = mapped_column(ID, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    definition: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class DisplayNotice(Base):
    """The one-line notice a shift lead sets for the call displays ("Heute ist Schalter 5
    geschlossen"): ``scope`` "" for every display, or a service point's code. No personal
    data; the display's database role may read it (migration 0008)."""

    __tablename__ = "display_notices"

    scope: Mapped[str] = mapped_column(String(32), primary_key=True)
    text: Mapped[str] = mapped_column(String(300))
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
