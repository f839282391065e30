"""Sequences, the change log, the audit, idempotency keys and workstations' presence."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base, ID, UTCDateTime


class Sequence(Base):
    """Named gapless counters taken under a row lock (change log ids, receipt numbers)."""

    __tablename__ = "sequences"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, default=0)


class ChangeLog(Base):
    """One row per changed entity and transaction. Ids come from the locked
    ``sequences`` row 'change_log', so they become visible in commit order (on
    PostgreSQL given at commit by a deferred trigger, migration 0006)."""

    __tablename__ = "change_log"

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"),
                                    primary_key=True, autoincrement=False)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[int] = mapped_column(Integer)
    service_point_id: Mapped[int | None] = mapped_column(Integer)
    business_day: Mapped[dt.date | None] = mapped_column(Date)
    op: Mapped[str] = mapped_column(String(32))


class AuditEvent(Base):
    """Who did what: ids and codes only, never names. Append-only (a trigger forbids
    UPDATE and DELETE)."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(ID, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    staff_id: Mapped[int | None] = mapped_column(Integer)
    station: Mapped[str] = mapped_column(String(64), default="")
    action: Mapped[str] = mapped_column(String(32))
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    from_state: Mapped[str | None] = mapped_column(String(16))
    to_state: Mapped[str | None] = mapped_column(String(16))
    detail: Mapped[str | None] = mapped_column(String(64))  # a code, never free text


class IdempotencyKey(Base):
    __tablename__ = "idempotency_keys"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    action: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    result: Mapped[str] = mapped_column(Text, default="")  # JSON of the ids it produced


class Workstation(Base):
    """Presence: each workstation's heartbeat."""

    __tablename__ = "workstations"

    station: Mapped[str] = mapped_column(String(64), primary_key=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    service_point_id: Mapped[int | None] = mapped_column(ForeignKey("service_points.id"))
    counter_id: Mapped[int | None] = mapped_column(ForeignKey("counters.id"))
    app_version: Mapped[str] = mapped_column(String(32), default="")
    started_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    last_seen: Mapped[dt.datetime] = mapped_column(UTCDateTime)
