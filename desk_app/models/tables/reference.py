"""Service points, counters, services, staff and role permissions: the reference data."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean, CheckConstraint, ForeignKey, Integer, SmallInteger, String, Text, Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desk_app.domain.opening_hours import spans_of, text_of

from ..base import Base, ID


class ServicePoint(Base):
    __tablename__ = "service_points"

    id: Mapped[int] = mapped_column(ID, primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    ticket_prefix: Mapped[str] = mapped_column(String(3), unique=True)
    address: Mapped[str] = mapped_column(Text, default="")
    # text of earlier versions that did not read as opening hours (migration 0018): kept
    # and shown where there are no typed hours
    hours_note: Mapped[str] = mapped_column(Text, default="", server_default="")
    grace_period_min: Mapped[int] = mapped_column(Integer, default=15)
    late_tolerance_min: Mapped[int] = mapped_column(Integer, default=10)
    late_limit_min: Mapped[int] = mapped_column(Integer, default=30)
    recall_lock_min: Mapped[int] = mapped_column(Integer, default=5)
    max_calls: Mapped[int] = mapped_column(Integer, default=3)
    walk_in_offset_min: Mapped[int] = mapped_column(Integer, default=10)
    restrict_search: Mapped[bool] = mapped_column(Boolean, default=False)
    is_reception: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # the appointment book's overbooking allowance, per cent of a slot's capacity (migration 0014)
    overbooking_percent: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    counters: Mapped[list["Counter"]] = relationship(back_populates="service_point")
    #: the opening hours, typed: one row per weekday and span (loaded with the row)
    hours: Mapped[list["ServicePointHours"]] = relationship(
        lazy="selectin", cascade="all, delete-orphan", order_by="(ServicePointHours.weekday, "
        "ServicePointHours.opens)")

    @property
    def opening_hours(self) -> str:
        """The typed hours as the canonical text (domain/opening_hours.py); "" without
        any (shown: this, else ``hours_note``)."""
        return text_of((h.weekday, h.opens, h.closes) for h in self.hours)

    @opening_hours.setter
    def opening_hours(self, text: str) -> None:
        """Replaces the hours by what ``text`` says; ValueError when it does not read as
        opening hours (nothing is changed then)."""
        spans = spans_of(text)
        if spans != tuple((h.weekday, h.opens, h.closes) for h in self.hours):
            self.hours = [ServicePointHours(weekday=d, opens=a, closes=b) for d, a, b in spans]


class ServicePointHours(Base):
    """One span of a service point's opening hours on one weekday (0 = Monday)."""

    __tablename__ = "service_point_hours"
    # no unique key on (service point, weekday, opens): replacing the hours inserts the
    # new rows before the old ones are deleted; spans_of refuses overlapping spans
    __table_args__ = (
        CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday"),
        CheckConstraint("closes > opens", name="span"),
    )

    id: Mapped[int] = mapped_column(ID, primary_key=True)
    service_point_id: Mapped[int] = mapped_column(
        ForeignKey("service_points.id", ondelete="CASCADE"), index=True)
    weekday: Mapped[int] = mapped_column(SmallInteger)
    opens: Mapped[dt.time] = mapped_column(Time)
    closes: Mapped[dt.time] = mapped_column(Time)


class Counter(Base):
    __tablename__ = "counters"
    __table_args__ = (UniqueConstraint("service_point_id", "name"),)

    id: Mapped[int] = mapped_column(ID, primary_key=True)
    service_point_id: Mapped[int] = mapped_column(ForeignKey("service_points.id"))
    name: Mapped[str] = mapped_column(String(64))
    room: Mapped[str] = mapped_column(String(64), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    service_point: Mapped[ServicePoint] = relationship(back_populates="counters")


class Service(Base):
    __tablename__ = "services"

    id: Mapped[int] = mapped_column(ID, primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    default_duration_min: Mapped[int] = mapped_column(Integer, default=20)
    what_to_bring: Mapped[str] = mapped_column(Text, default="")  # one item per line
    fee_code: Mapped[str | None] = mapped_column(String(32))
    # the service point it was first set up for; which ones offer it: ServicePointService
    service_point_id: Mapped[int | None] = mapped_column(ForeignKey("service_points.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ServicePointService(Base):
    """A service point offers a service (migration 0010)."""

    __tablename__ = "service_point_services"

    service_id: Mapped[int] = mapped_column(ForeignKey("services.id"), primary_key=True)
    service_point_id: Mapped[int] = mapped_column(ForeignKey("service_points.id"),
                                                  primary_key=True)


class StaffMember(Base):
    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(ID, primary_key=True)
    login: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # optional PIN on the embedded database (argon2 hash, never the PIN)
    pin_hash: Mapped[str | None] = mapped_column(String(200))


class StaffServicePoint(Base):
    """A restricted service point (need-to-know) a staff member works at; row-level
    security on PostgreSQL lets them see its entries (migration 0010, db roles)."""

    __tablename__ = "staff_service_points"

    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), primary_key=True)
    service_point_id: Mapped[int] = mapped_column(ForeignKey("service_points.id"),
                                                  primary_key=True)


class RolePermission(Base):
    """Which role holds which permission (data; the defaults are in domain/roles.py)."""

    __tablename__ = "role_permissions"

    role: Mapped[str] = mapped_column(String(16), primary_key=True)
    permission: Mapped[str] = mapped_column(String(32), primary_key=True)
