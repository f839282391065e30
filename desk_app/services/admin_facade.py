"""What the admin screens and the audit browser call: one method per use case, each one
transaction through the Desk (retries, clear errors). Qt-free."""

from __future__ import annotations

import datetime as dt
from typing import Any, Mapping, Sequence

from . import admin, audit_browser
from .admin import (REFERENCE_ENTITIES, CounterRecord, ServicePointRecord, ServiceRecord,
                    StaffRecord)
from .audit_browser import AuditFilter, audit_csv
from .desk import Desk

#: the plain records, constants and helpers the admin screens use, so that ui/ needs this
#: facade only
__all__ = ["AdminFacade", "AuditFilter", "REFERENCE_ENTITIES", "CounterRecord",
           "ServicePointRecord", "ServiceRecord", "StaffRecord", "audit_csv"]


class AdminFacade:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    @property
    def ctx(self):
        return self.desk.ctx

    # service points
    async def service_points(self) -> list[admin.ServicePointRecord]:
        return await self.desk.read(admin.list_service_points)

    async def save_service_point(self, record: admin.ServicePointRecord,
                                 opening_hours: Mapping[str, str] | None = None):
        return await self.desk.write(admin.save_service_point, self.ctx, record,
                                     opening_hours=opening_hours)

    async def set_service_point_active(self, record_id: int, active: bool):
        return await self.desk.write(admin.set_service_point_active, self.ctx, record_id, active)

    # counters
    async def counters(self) -> list[admin.CounterRecord]:
        return await self.desk.read(admin.list_counters)

    async def save_counter(self, record: admin.CounterRecord):
        return await self.desk.write(admin.save_counter, self.ctx, record)

    async def set_counter_active(self, record_id: int, active: bool):
        return await self.desk.write(admin.set_counter_active, self.ctx, record_id, active)

    # services
    async def services(self) -> list[admin.ServiceRecord]:
        return await self.desk.read(admin.list_services)

    async def save_service(self, record: admin.ServiceRecord):
        return await self.desk.write(admin.save_service, self.ctx, record)

    async def set_service_active(self, record_id: int, active: bool):
        return await self.desk.write(admin.set_service_active, self.ctx, record_id, active)

    # staff
    async def staff(self) -> list[admin.StaffRecord]:
        return await self.desk.read(admin.list_staff)

    async def save_staff(self, record: admin.StaffRecord):
        return await self.desk.write(admin.save_staff, self.ctx, record)

    async def set_staff_active(self, record_id: int, active: bool):
        return await self.desk.write(admin.set_staff_active, self.ctx, record_id, active)

    async def set_staff_pin(self, record_id: int, pin: str | None):
        return await self.desk.write(admin.set_staff_pin, self.ctx, record_id, pin)

    # fees
    async def fees(self) -> list[admin.FeeRecord]:
        return await self.desk.read(admin.list_fees)

    async def add_fee_price(self, *, code: str, description: str, amount: Any,
                            valid_from: dt.date, kind: str = "FEE"):
        return await self.desk.write(admin.add_fee_price, self.ctx, code=code,
                                     description=description, amount=amount,
                                     valid_from=valid_from, kind=kind)

    # role permissions
    async def policy(self):
        """The office's role permissions as the policy the facades check."""
        return await self.desk.read(admin.load_policy)

    async def role_permissions(self) -> dict[str, frozenset[str]]:
        return await self.desk.read(admin.role_permissions)

    async def set_role_permissions(self, role: str, permissions: Sequence[str]):
        return await self.desk.write(admin.set_role_permissions, self.ctx, role, permissions)

    # audit
    async def audit_rows(self, f: audit_browser.AuditFilter) -> list[audit_browser.AuditRow]:
        return await self.desk.read(audit_browser.audit_rows, self.ctx, f)

    async def audit_choices(self) -> tuple[list[str], list[str]]:
        return await self.desk.read(audit_browser.audit_stations_and_actions, self.ctx)
