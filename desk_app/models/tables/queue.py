"""Applicants, queue entries and their members, the ticket counters."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    CheckConstraint, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..base import Base, ID, UTCDateTime


class Applicant(Base):
    __tablename__ = "applicants"
    __table_args__ = (
        # possible duplicates: the same normalised name and date of birth (migration 0009)
        Index("ix_applicants_name_birth", "name_key", "birth_date"),
    )

    id: Mapped[int] = mapped_column(ID, primary_key=True)
    family_name: Mapped[str] = mapped_column(Text)
    given_name: Mapped[str] = mapped_column(Text, default="")
    # folded "family given" for accent- and case-insensitive search
    name_key: Mapped[str] = mapped_column(Text, index=True)
    birth_date: Mapped[str | None] = mapped_column(String(10))  # PartialDate storage form
    nationality: Mapped[str | None] = mapped_column(String(3))
    file_number: Mapped[str | None] = mapped_column(String(64), index=True)
    email: Mapped[str | None] = mapped_column(String(320))
    phone: Mapped[str | None] = mapped_column(String(64))
    preferred_language: Mapped[str | None] = mapped_column(String(8))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    # data-quality findings of the record, comma-separated codes (domain/data_quality.py);
    # written with the record, NULL when not yet assessed (migration 0009)
    quality: Mapped[str | None] = mapped_column(String(200))
    anonymized_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class QueueEntry(Base):
    __tablename__ = "queue_entries"
    __table_args__ = (
        UniqueConstraint("ticket_service_point_id", "business_day", "ticket_number",
                         name="uq_queue_entries_ticket"),
        Index("ix_queue_entries_day_sp_state", "business_day", "service_point_id", "state"),
        # call next: the day's WAITING entries of a service point in call order, so that
        # "the first one not locked" is an index scan that stops at once (migration 0005)
        Index("ix_queue_entries_next_call", "business_day", "service_point_id", "state",
              "priority", "sort_at", "id"),
        # the call display: the day's newest calls first (migration 0008)
        Index("ix_queue_entries_day_called", "business_day", "called_at"),
        CheckConstraint("call_count >= 0", name="call_count_nonneg"),
    )

    id: Mapped[int] = mapped_column(ID, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    state: Mapped[str] = mapped_column(String(16))
    business_day: Mapped[dt.date] = mapped_column(Date)
    service_point_id: Mapped[int] = mapped_column(ForeignKey("service_points.id"))
    service_id: Mapped[int | None] = mapped_column(ForeignKey("services.id"))
    scheduled_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    booking_reference: Mapped[str | None] = mapped_column(String(32), unique=True)
    ticket: Mapped[str | None] = mapped_column(String(16))
    ticket_number: Mapped[int | None] = mapped_column(Integer)
    ticket_service_point_id: Mapped[int | None] = mapped_column(ForeignKey("service_points.id"))
    counter_id: Mapped[int | None] = mapped_column(ForeignKey("counters.id"))
    clerk_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    assigned_counter_id: Mapped[int | None] = mapped_column(ForeignKey("counters.id"))
    assigned_clerk_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    forwarded_from_id: Mapped[int | None] = mapped_column(ForeignKey("service_points.id"))
    call_count: Mapped[int] = mapped_column(Integer, default=0)
    recall_locked_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    priority: Mapped[int] = mapped_column(Integer, default=1)
    sort_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    waiting_since: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    notes: Mapped[str] = mapped_column(Text, default="")
    late_reason: Mapped[str | None] = mapped_column(Text)
    park_reason: Mapped[str | None] = mapped_column(Text)
    forward_reason: Mapped[str | None] = mapped_column(Text)
    reassign_reason: Mapped[str | None] = mapped_column(Text)
    # the appointment book (migration 0014): the slot a booking holds a place of, and the
    # reason of its last rescheduling
    slot_id: Mapped[int | None] = mapped_column(ForeignKey("appointment_slots.id"), index=True)
    reschedule_reason: Mapped[str | None] = mapped_column(Text)
    # one timestamp per transition
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    checked_in_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    called_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    first_called_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    not_answering_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    service_started_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    parked_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    resumed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    forwarded_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    finished_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    no_show_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    late_arrival_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    cancelled_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    left_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    missed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    reinstated_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

    members: Mapped[list["EntryApplicant"]] = relationship(
        back_populates="entry", order_by="EntryApplicant.position",
        cascade="all, delete-orphan",
    )


class EntryApplicant(Base):
    """A person of a queue entry; a family shares one entry, each with an outcome."""

    __tablename__ = "entry_applicants"

    entry_id: Mapped[int] = mapped_column(ForeignKey("queue_entries.id"), primary_key=True)
    applicant_id: Mapped[int] = mapped_column(ForeignKey("applicants.id"), primary_key=True,
                                              index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    outcome: Mapped[str | None] = mapped_column(String(32))

    entry: Mapped[QueueEntry] = relationship(back_populates="members")
    applicant: Mapped[Applicant] = relationship()


class TicketCounter(Base):
    """The last ticket number per service point and business day (a locked row)."""

    __tablename__ = "ticket_counters"

    service_point_id: Mapped[int] = mapped_column(ForeignKey("service_points.id"),
                                                  primary_key=True)
    business_day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer, default=0)
