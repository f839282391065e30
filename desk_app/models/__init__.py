"""SQLAlchemy 2 ORM tables. No Qt."""

from .base import Base
from .requests import AppointmentRequest, MailboxMessage, RoutingRuleRow
from .tables import (
    AppointmentSlot, Applicant, AuditEvent, BlockedTime, CapacityRule, ChangeLog, Counter,
    DisplayNotice, DocumentOrder, EntryApplicant, FeeItem, IdempotencyKey, PrintJob, Receipt, ReceiptItem,
    ReportLayout, RolePermission, Sequence, Service, ServicePoint, ServicePointHours,
    ServicePointService,
    StaffMember, StaffServicePoint, QueueEntry, TicketCounter, Workstation,
    Alarm, CallAssignment, CounterState,
)

__all__ = [
    "Base", "AppointmentSlot", "BlockedTime", "CapacityRule", "Applicant", "AuditEvent", "ChangeLog", "Counter", "DisplayNotice", "DocumentOrder",
    "EntryApplicant", "FeeItem", "IdempotencyKey", "PrintJob", "Receipt", "ReceiptItem",
    "ReportLayout", "RolePermission", "Sequence", "Service", "ServicePoint",
    "ServicePointHours", "ServicePointService", "StaffMember", "StaffServicePoint", "QueueEntry", "TicketCounter",
    "Workstation", "Alarm", "CallAssignment", "CounterState",
    "AppointmentRequest", "MailboxMessage", "RoutingRuleRow",
]
