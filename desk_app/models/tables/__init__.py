"""The tables, one module per area. Times are UTC; the business day is the Europe/Berlin
date. ``desk_app.models.tables`` keeps every table's name (import from here or from
``desk_app.models``)."""

from ..base import ID
from .reference import (
    Counter, RolePermission, Service, ServicePoint, ServicePointHours, ServicePointService,
    StaffMember, StaffServicePoint,
)
from .queue import Applicant, EntryApplicant, QueueEntry, TicketCounter
from .journal import AuditEvent, ChangeLog, IdempotencyKey, Sequence, Workstation
from .documents import DocumentOrder, FeeItem, PrintJob, Receipt, ReceiptItem
from .appointments import AppointmentSlot, BlockedTime, CapacityRule, DisplayNotice, ReportLayout
from .lead import Alarm, CallAssignment, CounterState

__all__ = [
    "ID",
    "ServicePoint",
    "ServicePointHours",
    "Counter",
    "Service",
    "ServicePointService",
    "StaffMember",
    "StaffServicePoint",
    "RolePermission",
    "Applicant",
    "QueueEntry",
    "EntryApplicant",
    "TicketCounter",
    "Sequence",
    "ChangeLog",
    "AuditEvent",
    "IdempotencyKey",
    "Workstation",
    "DocumentOrder",
    "FeeItem",
    "Receipt",
    "ReceiptItem",
    "PrintJob",
    "CapacityRule",
    "BlockedTime",
    "AppointmentSlot",
    "ReportLayout",
    "DisplayNotice",
    "CounterState",
    "CallAssignment",
    "Alarm",
]
