"""The tables. Times are UTC; the business day is the Europe/Berlin date."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    BigInteger, Boolean, CheckConstraint, Date, ForeignKey, Index, Integer, LargeBinary,
    Numeric, SmallInteger, String, Text, Time, UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desk_app.domain.opening_hours import spans_of, text_of

from .base import Base, UTCDateTime

ID = Integer  # BigInteger would not autoincrement on SQLite


class ServicePoint(Base):
    __tablename__ = "service_points"

    id: Mapped[int] = mapped_column(ID, primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    ticket_prefix: Mapped[str] = mapped_column(String(3), unique=True)
    address: Mapped[str] = mapped_column(Text, default="")
    # text of earlier versions that did not read as opening hours (migration 0017): kept
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


class DocumentOrder(Base):
    """An eAT or travel document ordered from the federal printer."""

    __tablename__ = "document_orders"

    id: Mapped[int] = mapped_column(ID, primary_key=True)
    reference: Mapped[str] = mapped_column(String(32), unique=True)  # digits + check digit
    doc_type: Mapped[str] = mapped_column(String(16))  # EAT | TRAVEL_DOC
    state: Mapped[str] = mapped_column(String(16))  # ORDERED ARRIVED HANDED_OUT CANCELLED INVALIDATED
    applicant_id: Mapped[int] = mapped_column(ForeignKey("applicants.id"), index=True)
    entry_id: Mapped[int | None] = mapped_column(ForeignKey("queue_entries.id"))
    collect_service_point_id: Mapped[int] = mapped_column(ForeignKey("service_points.id"))
    card_number: Mapped[str | None] = mapped_column(String(32))
    ordered_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    arrived_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    handed_out_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    closed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)
    # who collected when not the applicant (parent, power of attorney): the name printed on
    # the handover confirmation; removed with the applicant's data by the retention purge
    collected_by: Mapped[str | None] = mapped_column(String(200))
    # the pickup appointment booked for an arrived document (migration 0014)
    pickup_entry_id: Mapped[int | None] = mapped_column(ForeignKey("queue_entries.id"))


class FeeItem(Base):
    """The dated fee catalogue (AufenthV)."""

    __tablename__ = "fee_catalogue"
    __table_args__ = (UniqueConstraint("code", "valid_from"),)

    id: Mapped[int] = mapped_column(ID, primary_key=True)
    code: Mapped[str] = mapped_column(String(32))
    description: Mapped[str] = mapped_column(String(200))
    amount: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    kind: Mapped[str] = mapped_column(String(16), default="FEE")  # FEE | SURCHARGE
    valid_from: Mapped[dt.date] = mapped_column(Date)
    valid_to: Mapped[dt.date | None] = mapped_column(Date)


class Receipt(Base):
    """A fee receipt. Never edited or deleted; a cancellation receipt reverses one."""

    __tablename__ = "receipts"
    __table_args__ = (UniqueConstraint("year", "number"),)

    id: Mapped[int] = mapped_column(ID, primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    entry_id: Mapped[int | None] = mapped_column(ForeignKey("queue_entries.id"))
    payer_name: Mapped[str] = mapped_column(Text)
    payment_method: Mapped[str] = mapped_column(String(16))
    total: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    clerk_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    issued_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    cancels_receipt_id: Mapped[int | None] = mapped_column(ForeignKey("receipts.id"),
                                                           unique=True)

    items: Mapped[list["ReceiptItem"]] = relationship(order_by="ReceiptItem.position")


class ReceiptItem(Base):
    __tablename__ = "receipt_items"

    id: Mapped[int] = mapped_column(ID, primary_key=True)
    receipt_id: Mapped[int] = mapped_column(ForeignKey("receipts.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    applicant_id: Mapped[int | None] = mapped_column(ForeignKey("applicants.id"))
    person_label: Mapped[str] = mapped_column(Text, default="")
    fee_code: Mapped[str] = mapped_column(String(32))
    description: Mapped[str] = mapped_column(String(200))
    amount: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    exemption_reason: Mapped[str | None] = mapped_column(Text)


class PrintJob(Base):
    """Every print is a job; its PDF is kept so a retry prints the very same document."""

    __tablename__ = "print_jobs"

    id: Mapped[int] = mapped_column(ID, primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)  # idempotency key
    doc_type: Mapped[str] = mapped_column(String(32))
    entity: Mapped[str] = mapped_column(String(32), default="")
    entity_id: Mapped[int | None] = mapped_column(Integer)
    station: Mapped[str] = mapped_column(String(64), default="")
    printer: Mapped[str] = mapped_column(String(128), default="")
    status: Mapped[str] = mapped_column(String(16))  # QUEUED SENT PRINTED FAILED STUCK
    is_copy: Mapped[bool] = mapped_column(Boolean, default=False)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    spooler_job_id: Mapped[str | None] = mapped_column(String(64))
    error: Mapped[str | None] = mapped_column(Text)
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    title: Mapped[str | None] = mapped_column(String(80))  # in the spooler (migration 0007)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)


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
