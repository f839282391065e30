"""SQLAlchemy 2 ORM tables. No Qt."""

from .base import Base
from .tables import (
    Applicant, AuditEvent, ChangeLog, Counter, DocumentOrder, EntryApplicant, FeeItem,
    IdempotencyKey, PrintJob, Receipt, ReceiptItem, Sequence, Service, ServicePoint,
    StaffMember, QueueEntry, TicketCounter, Workstation,
)

__all__ = [
    "Base", "Applicant", "AuditEvent", "ChangeLog", "Counter", "DocumentOrder",
    "EntryApplicant", "FeeItem", "IdempotencyKey", "PrintJob", "Receipt", "ReceiptItem",
    "Sequence", "Service", "ServicePoint", "StaffMember", "QueueEntry", "TicketCounter",
    "Workstation",
]
