"""Appointment requests from the office's mailbox (issue 20, migration 0016)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime

ID = Integer


class AppointmentRequest(Base):
    """One person's request about one concern; repeated messages join it.
    status: open (in the worklist), asked (missing data requested), answered, closed."""

    __tablename__ = "appointment_requests"
    __table_args__ = (
        Index("ix_appointment_requests_status_received", "status", "last_received_at"),
    )

    id: Mapped[int] = mapped_column(ID, primary_key=True)
    status: Mapped[str] = mapped_column(String(16), default="open")
    concern: Mapped[str] = mapped_column(String(32))
    category: Mapped[str] = mapped_column(String(100), default="")
    given_name: Mapped[str] = mapped_column(String(100), default="")
    family_name: Mapped[str] = mapped_column(String(100), default="")
    birth_date: Mapped[str] = mapped_column(String(10), default="")
    file_number: Mapped[str] = mapped_column(String(64), default="", index=True)
    nationality: Mapped[str] = mapped_column(String(80), default="")
    email: Mapped[str] = mapped_column(String(300), default="", index=True)
    phone: Mapped[str] = mapped_column(String(40), default="")
    language: Mapped[str] = mapped_column(String(8), default="de")
    person_key: Mapped[str] = mapped_column(String(300), default="", index=True)
    department_addressed: Mapped[str] = mapped_column(String(100), default="")
    service_point_code: Mapped[str] = mapped_column(String(32))
    route_reason: Mapped[str] = mapped_column(Text, default="")
    route_confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    misaddressed: Mapped[bool] = mapped_column(Boolean, default=False)
    missing: Mapped[str] = mapped_column(String(100), default="")
    recognised: Mapped[str] = mapped_column(String(100), default="")
    is_form: Mapped[bool] = mapped_column(Boolean, default=False)
    subject: Mapped[str] = mapped_column(String(500), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    message_count: Mapped[int] = mapped_column(Integer, default=1)
    first_received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    last_received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    asked_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    answered_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    outgoing_message_id: Mapped[str] = mapped_column(String(300), default="", index=True)
    undeliverable: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")
    entry_id: Mapped[int | None] = mapped_column(ForeignKey("queue_entries.id"), nullable=True)


class MailboxMessage(Base):
    """Every message read from the mailbox, once: the (mailbox, UIDVALIDITY, UID) key is
    unique, so two workstations polling at once cannot both take it. Nothing is deleted
    from the mailbox; the original stays there under this UID."""

    __tablename__ = "mailbox_messages"
    __table_args__ = (UniqueConstraint("mailbox", "uid_validity", "uid",
                                       name="uq_mailbox_messages_uid"),)

    id: Mapped[int] = mapped_column(ID, primary_key=True)
    mailbox: Mapped[str] = mapped_column(String(200))
    uid_validity: Mapped[int] = mapped_column(BigInteger)
    uid: Mapped[int] = mapped_column(BigInteger)
    message_id: Mapped[str] = mapped_column(String(300), default="")
    kind: Mapped[str] = mapped_column(String(16))     # request, answer, bounce
    request_id: Mapped[int | None] = mapped_column(ForeignKey("appointment_requests.id"),
                                                   nullable=True, index=True)
    sender: Mapped[str] = mapped_column(String(300), default="")
    subject: Mapped[str] = mapped_column(String(500), default="")
    size: Mapped[int] = mapped_column(Integer, default=0)
    attachments: Mapped[str] = mapped_column(Text, default="")
    problems: Mapped[str] = mapped_column(String(200), default="")
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    read_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class RoutingRuleRow(Base):
    """A routing rule an admin edits: kind prefix/category/word, pattern, service point."""

    __tablename__ = "routing_rules"

    id: Mapped[int] = mapped_column(ID, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    pattern: Mapped[str] = mapped_column(String(200))
    service_point_code: Mapped[str] = mapped_column(String(32))
    priority: Mapped[int] = mapped_column(Integer, default=100)
