"""The reference data as a TOML file, the export half (``desk-app config export FILE``);
the import and the file's rules are in config_file.py."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Mapping

import tomli_w
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from desk_app.domain.roles import Role
from desk_app.models import (
    Counter, FeeItem, RolePermission, Service, ServicePoint, ServicePointService,
    StaffMember, StaffServicePoint,
)

FORMAT_VERSION = 1

#: the service point's columns in the file besides its code
SP_FIELDS = ("name", "ticket_prefix", "address", "opening_hours", "hours_note",
             "grace_period_min",
             "late_tolerance_min", "late_limit_min", "recall_lock_min", "max_calls",
             "walk_in_offset_min", "restrict_search", "is_reception", "active")


async def export_config(session: AsyncSession) -> dict[str, Any]:
    sps = (await session.execute(select(ServicePoint).order_by(ServicePoint.code))).scalars().all()
    code_of = {sp.id: sp.code for sp in sps}
    counters = (await session.execute(select(Counter).order_by(Counter.name))).scalars().all()
    offered: dict[int, list[str]] = {}
    for s_id, sp_id in (await session.execute(select(ServicePointService.service_id,
                                                     ServicePointService.service_point_id))).all():
        offered.setdefault(s_id, []).append(code_of[sp_id])
    assigned: dict[int, list[str]] = {}
    for st_id, sp_id in (await session.execute(select(StaffServicePoint.staff_id,
                                                      StaffServicePoint.service_point_id))).all():
        assigned.setdefault(st_id, []).append(code_of[sp_id])
    out: dict[str, Any] = {"version": FORMAT_VERSION, "service_points": []}
    for sp in sps:
        item = {"code": sp.code, **{k: getattr(sp, k) for k in SP_FIELDS}}
        if not item["hours_note"]:   # only where old text did not read as hours (0018)
            del item["hours_note"]
        item["counters"] = [{"name": c.name, "room": c.room, "active": c.active}
                            for c in counters if c.service_point_id == sp.id]
        out["service_points"].append(item)

    def offered_codes(s: Service) -> list[str]:   # its own service point first
        codes = sorted(offered.get(s.id, []))
        own = code_of.get(s.service_point_id) if s.service_point_id else None
        return ([own] + [c for c in codes if c != own]) if own in codes else codes

    out["services"] = [{
        "code": s.code, "name": s.name, "default_duration_min": s.default_duration_min,
        "what_to_bring": [line for line in (s.what_to_bring or "").splitlines() if line],
        "fee_code": s.fee_code or "", "service_points": offered_codes(s),
        "active": s.active,
    } for s in (await session.execute(select(Service).order_by(Service.code))).scalars()]
    out["staff"] = [{
        "login": m.login, "display_name": m.display_name, "role": m.role, "active": m.active,
        "service_points": sorted(assigned.get(m.id, [])),
    } for m in (await session.execute(select(StaffMember).order_by(StaffMember.login))).scalars()]
    fees = []
    for f in (await session.execute(select(FeeItem).order_by(FeeItem.code,
                                                             FeeItem.valid_from))).scalars():
        row = {"code": f.code, "description": f.description,
               "amount": str(Decimal(f.amount).quantize(Decimal("0.01"))), "kind": f.kind,
               "valid_from": f.valid_from}
        if f.valid_to is not None:
            row["valid_to"] = f.valid_to
        fees.append(row)
    out["fees"] = fees
    perms: dict[str, list[str]] = {r.value: [] for r in Role}
    for role, perm in (await session.execute(select(RolePermission.role, RolePermission.permission)
                                             .order_by(RolePermission.permission))).all():
        perms.setdefault(role, []).append(perm)
    out["role_permissions"] = perms
    return out


def dumps(data: Mapping[str, Any]) -> str:
    head = ("# desk_app reference data (desk-app config export); import with\n"
            "# desk-app config import FILE [--dry-run]\n")
    return head + tomli_w.dumps(dict(data), multiline_strings=False)
