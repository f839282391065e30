"""Document orders, the fee catalogue, receipts and print jobs."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    Boolean, Date, ForeignKey, Integer, LargeBinary, Numeric, String, Text, UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..base import Base, ID, UTCDateTime


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
