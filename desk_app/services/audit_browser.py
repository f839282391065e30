"""The audit browser (shift leads and admins): audit rows filtered by entry, staff member,
station, action and time, with resolved labels (ticket, service point code, staff login)
and never a person's name; CSV export with formula injection neutralised."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, select
from sqlalchemy.ext.asyncio import AsyncSession

from desk_app.domain import errors
from desk_app.domain.csv_safe import csv_bytes
from desk_app.domain.roles import Permission
from desk_app.domain.tickets import parse_ticket
from desk_app.models import (
    AuditEvent, Counter, FeeItem, QueueEntry, Service, ServicePoint, StaffMember,
)

from .context import Context

MAX_ROWS = 5000


@dataclass(frozen=True)
class AuditFilter:
    entry: str = ""                    # a ticket (I-042) or an entry id
    staff_id: int | None = None
    station: str = ""
    action: str = ""
    since: dt.datetime | None = None   # UTC
    until: dt.datetime | None = None   # UTC, exclusive


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime
    staff: str              # the staff member's login, "" for the system
    station: str
    action: str
    entity: str
    entity_id: int | None
    label: str              # ticket, code, login: never a name
    from_state: str
    to_state: str
    detail: str


def _may_browse(ctx: Context) -> None:
    allows = ctx.policy.allows
    if not (allows(ctx.actor.role, Permission.REASSIGN)
            or allows(ctx.actor.role, Permission.ADMINISTER)):
        raise errors.PermissionDenied(permission=Permission.REASSIGN.value)


async def _entry_ids(session: AsyncSession, text: str) -> list[int] | None:
    text = text.strip()
    if not text:
        return None
    if text.isdigit():
        return [int(text)]
    ticket = parse_ticket(text)
    if ticket is None:
        return []
    label = f"{ticket[0]}-{ticket[1]:03d}"
    return list((await session.execute(select(QueueEntry.id).where(
        QueueEntry.ticket == label))).scalars())


async def audit_rows(session: AsyncSession, ctx: Context, f: AuditFilter = AuditFilter(),
                     limit: int = MAX_ROWS) -> list[AuditRow]:
    _may_browse(ctx)
    conditions = []
    ids = await _entry_ids(session, f.entry)
    if ids is not None:
        conditions.append(and_(AuditEvent.entity == "entry", AuditEvent.entity_id.in_(ids or [-1])))
    if f.staff_id is not None:
        conditions.append(AuditEvent.staff_id == f.staff_id)
    if f.station.strip():
        conditions.append(AuditEvent.station == f.station.strip())
    if f.action.strip():
        conditions.append(AuditEvent.action == f.action.strip())
    if f.since is not None:
        conditions.append(AuditEvent.at >= f.since)
    if f.until is not None:
        conditions.append(AuditEvent.at < f.until)
    rows = (await session.execute(select(AuditEvent).where(*conditions)
                                  .order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
                                  .limit(limit))).scalars().all()
    logins = dict((await session.execute(select(StaffMember.id, StaffMember.login))).all())
    labels = await _labels(session, rows, logins)
    return [AuditRow(id=r.id, at=r.at, staff=logins.get(r.staff_id, "") if r.staff_id else "",
                     station=r.station, action=r.action, entity=r.entity,
                     entity_id=r.entity_id, label=labels.get((r.entity, r.entity_id), ""),
                     from_state=r.from_state or "", to_state=r.to_state or "",
                     detail=r.detail or "") for r in rows]


async def _labels(session: AsyncSession, rows, logins) -> dict[tuple[str, int | None], str]:
    want: dict[str, set[int]] = {}
    for r in rows:
        if r.entity_id is not None:
            want.setdefault(r.entity, set()).add(r.entity_id)
    out: dict[tuple[str, int | None], str] = {}
    if want.get("entry"):
        q = select(QueueEntry.id, QueueEntry.ticket, QueueEntry.business_day, ServicePoint.code) \
            .join(ServicePoint, ServicePoint.id == QueueEntry.service_point_id) \
            .where(QueueEntry.id.in_(want["entry"]))
        for eid, ticket, day, code in (await session.execute(q)).all():
            out[("entry", eid)] = f"{ticket or f'#{eid}'} · {code} · {day:%d.%m.%Y}"
    simple = {"service_point": (ServicePoint.id, ServicePoint.code),
              "counter": (Counter.id, Counter.name), "service": (Service.id, Service.code),
              "fee": (FeeItem.id, FeeItem.code)}
    for entity, (id_col, label_col) in simple.items():
        if want.get(entity):
            for i, label in (await session.execute(select(id_col, label_col).where(
                    id_col.in_(want[entity])))).all():
                out[(entity, i)] = label
    for i in want.get("staff", ()):
        out[("staff", i)] = logins.get(i, "")
    return out


async def audit_stations_and_actions(session: AsyncSession, ctx: Context) -> tuple[list[str], list[str]]:
    """The stations and actions that occur, for the filter's choices."""
    _may_browse(ctx)
    stations = sorted(set((await session.execute(select(AuditEvent.station).distinct())).scalars()))
    actions = sorted(set((await session.execute(select(AuditEvent.action).distinct())).scalars()))
    return stations, actions


CSV_HEADER = ("Zeit (UTC)", "Mitarbeiter", "Arbeitsplatz", "Aktion", "Objekt", "Objekt-Nr.",
              "Bezeichnung", "von", "nach", "Detail")


def audit_csv(rows: list[AuditRow]) -> bytes:
    """The rows as CSV for German spreadsheets (the shared helper, domain/csv_safe.py:
    semicolons, UTF-8 with BOM, every text cell neutralised against formula injection)."""
    return csv_bytes([CSV_HEADER, *((
        r.at.strftime("%Y-%m-%d %H:%M:%S"), r.staff, r.station, r.action, r.entity,
        r.entity_id, r.label, r.from_state, r.to_state, r.detail) for r in rows)])


