"""Administration of the reference data (role ADMINISTER): service points, counters,
services, staff, the dated fee catalogue and which role holds which permission.

Each call is one transaction that validates field by field (InvalidFields, a message per
field), writes, audits (field names only, never values) and appends to the change log, so
every workstation sees the change at once. Nothing referenced is deleted: rows are
deactivated. A fee's price is never edited: a new price is a new row from a date on.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from decimal import Decimal
from typing import Any, Mapping, Sequence

from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from desk_app.domain import admin_rules as rules
from desk_app.domain import errors
from desk_app.domain.clock import business_day
from desk_app.domain.roles import DEFAULT_ROLE_PERMISSIONS, Permission, Role, RolePolicy
from desk_app.domain.transitions import require
from desk_app.models import (
    Counter, FeeItem, RolePermission, Service, ServicePoint, ServicePointService,
    StaffMember, StaffServicePoint,
)

from .changes import Change, audit, record_changes
from .context import Context

#: change-log entities of the reference data (the UI reloads what it shows of them)
REFERENCE_ENTITIES = frozenset({"service_point", "counter", "service", "staff", "fee",
                                "role_permission"})


@dataclass(frozen=True)
class ServicePointRecord:
    id: int | None
    code: str
    name: str
    ticket_prefix: str
    address: str = ""
    opening_hours: str = ""          # the typed hours as text, see domain/opening_hours.py
    hours_note: str = ""             # shown instead where there are no typed hours (0017)
    grace_period_min: int = 15
    late_tolerance_min: int = 10
    late_limit_min: int = 30
    recall_lock_min: int = 5
    max_calls: int = 3
    walk_in_offset_min: int = 10
    restrict_search: bool = False
    is_reception: bool = False
    active: bool = True


@dataclass(frozen=True)
class CounterRecord:
    id: int | None
    service_point_id: int
    name: str
    room: str = ""
    active: bool = True


@dataclass(frozen=True)
class ServiceRecord:
    id: int | None
    code: str
    name: str
    default_duration_min: int = 20
    what_to_bring: str = ""          # one item per line
    fee_code: str | None = None
    service_point_ids: tuple[int, ...] = ()
    active: bool = True


@dataclass(frozen=True)
class StaffRecord:
    id: int | None
    login: str
    display_name: str
    role: str
    active: bool = True
    service_point_ids: tuple[int, ...] = ()   # restricted service points (need-to-know)
    has_pin: bool = False


@dataclass(frozen=True)
class FeeRecord:
    id: int | None
    code: str
    description: str
    amount: Decimal
    kind: str = "FEE"
    valid_from: dt.date = dt.date(2024, 3, 1)
    valid_to: dt.date | None = None


# -- plumbing ---------------------------------------------------------------------------
def _admin(ctx: Context) -> None:
    require(ctx.policy, ctx.actor, Permission.ADMINISTER)


async def _log(session: AsyncSession, ctx: Context, action: str, entity: str,
               entity_id: int, changed: Sequence[str] = (),
               service_point_id: int | None = None) -> None:
    now = ctx.now()
    await audit(session, ctx.actor, now, action=action, entity=entity, entity_id=entity_id,
                detail=",".join(changed)[:64] or None)
    await record_changes(session, [Change(entity, entity_id, action,
                                           service_point_id=service_point_id)], now)


def _changed(row: Any, values: Mapping[str, Any]) -> list[str]:
    return sorted(k for k, v in values.items() if getattr(row, k) != v)


async def _taken(session: AsyncSession, column, value, own_id: int | None) -> bool:
    q = select(func.count()).where(column == value)
    if own_id is not None:
        q = q.where(column.table.c.id != own_id)
    return bool(await session.scalar(q))


async def _get(session: AsyncSession, model, row_id: int, what: str):
    row = await session.get(model, row_id)
    if row is None:
        raise errors.NotFound(what=what)
    return row


# -- service points ---------------------------------------------------------------------
def _sp_record(sp: ServicePoint) -> ServicePointRecord:
    return ServicePointRecord(**{f.name: getattr(sp, f.name) for f in fields(ServicePointRecord)})


async def list_service_points(session: AsyncSession) -> list[ServicePointRecord]:
    rows = (await session.execute(select(ServicePoint).order_by(ServicePoint.id))).scalars()
    return [_sp_record(sp) for sp in rows]


async def _check_service_point(session: AsyncSession, r: ServicePointRecord,
                               per_day: Mapping[str, str] | None) -> dict[str, Any]:
    c = rules.Check()
    values = {
        "code": c.text("code", r.code, limit=32, pattern=rules.CODE,
                       pattern_message=rules.MSG_CODE),
        "name": c.text("name", r.name, limit=200),
        "ticket_prefix": c.text("ticket_prefix", r.ticket_prefix, limit=3,
                                pattern=rules.PREFIX, pattern_message=rules.MSG_PREFIX),
        "address": c.text("address", r.address, limit=500, required=False),
        "hours_note": c.text("hours_note", r.hours_note, limit=500, required=False),
        "grace_period_min": c.minutes("grace_period_min", r.grace_period_min, 0, 240),
        "late_tolerance_min": c.minutes("late_tolerance_min", r.late_tolerance_min, 0, 240),
        "late_limit_min": c.minutes("late_limit_min", r.late_limit_min, 0, 480),
        "recall_lock_min": c.minutes("recall_lock_min", r.recall_lock_min, 0, 120),
        "max_calls": c.minutes("max_calls", r.max_calls, 1, 20),
        "walk_in_offset_min": c.minutes("walk_in_offset_min", r.walk_in_offset_min, 0, 240),
        "restrict_search": bool(r.restrict_search),
        "is_reception": bool(r.is_reception),
    }
    if per_day is not None:
        values["opening_hours"] = rules.check_opening_hours(c, per_day)
    else:   # the record's text must read as opening hours (stored typed, 0017)
        values["opening_hours"] = rules.check_hours_text(c, r.opening_hours)
    if "late_limit_min" not in c.fields and values["late_limit_min"] <= values["late_tolerance_min"]:
        c.fail("late_limit_min", rules.MSG_TOLERANCE_ORDER)
    if "code" not in c.fields and await _taken(session, ServicePoint.code, values["code"], r.id):
        c.fail("code", rules.MSG_TAKEN)
    if "ticket_prefix" not in c.fields and await _taken(
            session, ServicePoint.ticket_prefix, values["ticket_prefix"], r.id):
        c.fail("ticket_prefix", rules.MSG_TAKEN)
    c.done()
    return values


async def save_service_point(session: AsyncSession, ctx: Context, record: ServicePointRecord,
                             *, opening_hours: Mapping[str, str] | None = None
                             ) -> ServicePointRecord:
    """Creates (id None) or updates a service point; ``opening_hours`` per weekday
    ("Mo": "07:30–12:00, 13:00–15:30"), or the record's stored text when None."""
    _admin(ctx)
    async with session.begin():
        values = await _check_service_point(session, record, opening_hours)
        if record.id is None:
            sp = ServicePoint(**values, active=True)
            session.add(sp)
            await session.flush()
            await _log(session, ctx, "admin_create", "service_point", sp.id, (), sp.id)
        else:
            sp = await _get(session, ServicePoint, record.id, "Dienststelle")
            changed = _changed(sp, values)
            for k, v in values.items():
                setattr(sp, k, v)
            await session.flush()
            if changed:
                await _log(session, ctx, "admin_update", "service_point", sp.id, changed, sp.id)
        return _sp_record(sp)


async def set_service_point_active(session: AsyncSession, ctx: Context, service_point_id: int,
                                   active: bool) -> ServicePointRecord:
    _admin(ctx)
    async with session.begin():
        sp = await _get(session, ServicePoint, service_point_id, "Dienststelle")
        if sp.active != active:
            sp.active = active
            await session.flush()
            await _log(session, ctx, "admin_activate" if active else "admin_deactivate",
                       "service_point", sp.id, ("active",), sp.id)
        return _sp_record(sp)


# -- counters ---------------------------------------------------------------------------
def _counter_record(c: Counter) -> CounterRecord:
    return CounterRecord(id=c.id, service_point_id=c.service_point_id, name=c.name,
                         room=c.room, active=c.active)


async def list_counters(session: AsyncSession) -> list[CounterRecord]:
    rows = (await session.execute(select(Counter).order_by(Counter.service_point_id,
                                                           Counter.id))).scalars()
    return [_counter_record(c) for c in rows]


async def save_counter(session: AsyncSession, ctx: Context, record: CounterRecord) -> CounterRecord:
    _admin(ctx)
    async with session.begin():
        c = rules.Check()
        name = c.text("name", record.name, limit=64)
        room = c.text("room", record.room, limit=64, required=False)
        if await session.get(ServicePoint, record.service_point_id) is None:
            c.fail("service_point_id", rules.MSG_UNKNOWN, value=record.service_point_id)
        elif "name" not in c.fields:
            q = select(func.count()).select_from(Counter).where(
                Counter.service_point_id == record.service_point_id, Counter.name == name)
            if record.id is not None:
                q = q.where(Counter.id != record.id)
            if await session.scalar(q):
                c.fail("name", rules.MSG_TAKEN)
        c.done()
        values = {"name": name, "room": room, "service_point_id": record.service_point_id}
        if record.id is None:
            row = Counter(**values, active=True)
            session.add(row)
            await session.flush()
            await _log(session, ctx, "admin_create", "counter", row.id, (), row.service_point_id)
        else:
            row = await _get(session, Counter, record.id, "Schalter")
            changed = _changed(row, values)
            for k, v in values.items():
                setattr(row, k, v)
            await session.flush()
            if changed:
                await _log(session, ctx, "admin_update", "counter", row.id, changed,
                           row.service_point_id)
        return _counter_record(row)


async def set_counter_active(session: AsyncSession, ctx: Context, counter_id: int,
                             active: bool) -> CounterRecord:
    _admin(ctx)
    async with session.begin():
        row = await _get(session, Counter, counter_id, "Schalter")
        if row.active != active:
            row.active = active
            await session.flush()
            await _log(session, ctx, "admin_activate" if active else "admin_deactivate",
                       "counter", row.id, ("active",), row.service_point_id)
        return _counter_record(row)


# -- services ---------------------------------------------------------------------------
async def _offered_by(session: AsyncSession) -> dict[int, tuple[int, ...]]:
    out: dict[int, list[int]] = {}
    for s_id, sp_id in (await session.execute(
            select(ServicePointService.service_id, ServicePointService.service_point_id)
            .order_by(ServicePointService.service_point_id))).all():
        out.setdefault(s_id, []).append(sp_id)
    return {k: tuple(v) for k, v in out.items()}


def _service_record(s: Service, offered: Mapping[int, tuple[int, ...]]) -> ServiceRecord:
    return ServiceRecord(id=s.id, code=s.code, name=s.name,
                         default_duration_min=s.default_duration_min,
                         what_to_bring=s.what_to_bring or "", fee_code=s.fee_code,
                         service_point_ids=offered.get(s.id, ()), active=s.active)


async def list_services(session: AsyncSession) -> list[ServiceRecord]:
    offered = await _offered_by(session)
    rows = (await session.execute(select(Service).order_by(Service.name))).scalars()
    return [_service_record(s, offered) for s in rows]


async def save_service(session: AsyncSession, ctx: Context, record: ServiceRecord) -> ServiceRecord:
    _admin(ctx)
    async with session.begin():
        c = rules.Check()
        values = {
            "code": c.text("code", record.code, limit=32, pattern=rules.CODE,
                           pattern_message=rules.MSG_CODE),
            "name": c.text("name", record.name, limit=200),
            "default_duration_min": c.minutes("default_duration_min",
                                              record.default_duration_min, 1, 480),
            "what_to_bring": "\n".join(line.strip() for line in (record.what_to_bring or "")
                                       .splitlines() if line.strip()),
            "fee_code": (record.fee_code or "").strip() or None,
        }
        if len(values["what_to_bring"]) > 4000:
            c.fail("what_to_bring", rules.MSG_TOO_LONG, limit=4000)
        if "code" not in c.fields and await _taken(session, Service.code, values["code"], record.id):
            c.fail("code", rules.MSG_TAKEN)
        if values["fee_code"] and not await session.scalar(
                select(func.count()).select_from(FeeItem).where(FeeItem.code == values["fee_code"])):
            c.fail("fee_code", rules.MSG_UNKNOWN, value=values["fee_code"])
        sp_ids = tuple(sorted(set(record.service_point_ids)))
        known = set((await session.execute(select(ServicePoint.id))).scalars())
        if set(sp_ids) - known:
            c.fail("service_point_ids", rules.MSG_UNKNOWN,
                   value=", ".join(str(i) for i in sorted(set(sp_ids) - known)))
        c.done()
        if sp_ids:
            values["service_point_id"] = sp_ids[0]
        if record.id is None:
            row = Service(**values, active=True)
            session.add(row)
            await session.flush()
            changed: list[str] = []
        else:
            row = await _get(session, Service, record.id, "Dienstleistung")
            changed = _changed(row, values)
            for k, v in values.items():
                setattr(row, k, v)
            await session.flush()
        have = set((await session.execute(select(ServicePointService.service_point_id).where(
            ServicePointService.service_id == row.id))).scalars())
        if have != set(sp_ids):
            changed.append("service_point_ids")
            # a link is not referenced by anything: the offer itself is what changes
            await session.execute(delete(ServicePointService).where(
                ServicePointService.service_id == row.id,
                ServicePointService.service_point_id.not_in(sp_ids)))
            session.add_all([ServicePointService(service_id=row.id, service_point_id=sp)
                             for sp in sorted(set(sp_ids) - have)])
            await session.flush()
        if record.id is None or changed:
            await _log(session, ctx, "admin_create" if record.id is None else "admin_update",
                       "service", row.id, sorted(changed))
        return _service_record(row, {row.id: sp_ids})


async def set_service_active(session: AsyncSession, ctx: Context, service_id: int,
                             active: bool) -> ServiceRecord:
    _admin(ctx)
    async with session.begin():
        row = await _get(session, Service, service_id, "Dienstleistung")
        if row.active != active:
            row.active = active
            await session.flush()
            await _log(session, ctx, "admin_activate" if active else "admin_deactivate",
                       "service", row.id, ("active",))
        return _service_record(row, await _offered_by(session))


# -- staff ------------------------------------------------------------------------------
async def _assigned(session: AsyncSession) -> dict[int, tuple[int, ...]]:
    out: dict[int, list[int]] = {}
    for st, sp in (await session.execute(
            select(StaffServicePoint.staff_id, StaffServicePoint.service_point_id)
            .order_by(StaffServicePoint.service_point_id))).all():
        out.setdefault(st, []).append(sp)
    return {k: tuple(v) for k, v in out.items()}


def _staff_record(s: StaffMember, assigned: Mapping[int, tuple[int, ...]]) -> StaffRecord:
    return StaffRecord(id=s.id, login=s.login, display_name=s.display_name, role=s.role,
                       active=s.active, service_point_ids=assigned.get(s.id, ()),
                       has_pin=bool(s.pin_hash))


async def list_staff(session: AsyncSession) -> list[StaffRecord]:
    assigned = await _assigned(session)
    rows = (await session.execute(select(StaffMember).order_by(StaffMember.login))).scalars()
    return [_staff_record(s, assigned) for s in rows]


async def _active_admins(session: AsyncSession, except_id: int | None) -> int:
    q = select(func.count()).select_from(StaffMember).where(
        StaffMember.active.is_(True), StaffMember.role == Role.ADMIN.value)
    if except_id is not None:
        q = q.where(StaffMember.id != except_id)
    return int(await session.scalar(q) or 0)


async def save_staff(session: AsyncSession, ctx: Context, record: StaffRecord) -> StaffRecord:
    _admin(ctx)
    async with session.begin():
        c = rules.Check()
        values = {
            "login": c.text("login", record.login, limit=63, pattern=rules.LOGIN,
                            pattern_message=rules.MSG_LOGIN),
            "display_name": c.text("display_name", record.display_name, limit=200),
            "role": rules.check_role(c, "role", record.role),
        }
        if "login" not in c.fields and await _taken(session, StaffMember.login,
                                                    values["login"], record.id):
            c.fail("login", rules.MSG_TAKEN)
        sp_ids = tuple(sorted(set(record.service_point_ids)))
        known = set((await session.execute(select(ServicePoint.id))).scalars())
        if set(sp_ids) - known:
            c.fail("service_point_ids", rules.MSG_UNKNOWN,
                   value=", ".join(str(i) for i in sorted(set(sp_ids) - known)))
        if (record.id is not None and values["role"] != Role.ADMIN.value
                and not await _active_admins(session, record.id)):
            c.fail("role", rules.MSG_LAST_ADMIN)
        c.done()
        if record.id is None:
            row = StaffMember(**values, active=True)
            session.add(row)
            await session.flush()
            changed: list[str] = []
        else:
            row = await _get(session, StaffMember, record.id, "Mitarbeiter")
            changed = _changed(row, values)
            for k, v in values.items():
                setattr(row, k, v)
            await session.flush()
        have = set((await session.execute(select(StaffServicePoint.service_point_id).where(
            StaffServicePoint.staff_id == row.id))).scalars())
        if have != set(sp_ids):
            changed.append("service_point_ids")
            await session.execute(delete(StaffServicePoint).where(
                StaffServicePoint.staff_id == row.id,
                StaffServicePoint.service_point_id.not_in(sp_ids)))
            session.add_all([StaffServicePoint(staff_id=row.id, service_point_id=sp)
                             for sp in sorted(set(sp_ids) - have)])
            await session.flush()
        if record.id is None or changed:
            await _log(session, ctx, "admin_create" if record.id is None else "admin_update",
                       "staff", row.id, sorted(changed))
        return _staff_record(row, {row.id: sp_ids})


async def set_staff_active(session: AsyncSession, ctx: Context, staff_id: int,
                           active: bool) -> StaffRecord:
    _admin(ctx)
    async with session.begin():
        row = await _get(session, StaffMember, staff_id, "Mitarbeiter")
        if not active and row.role == Role.ADMIN.value and not await _active_admins(session, row.id):
            raise rules.InvalidFields({"active": rules.FieldMessage(rules.MSG_LAST_ADMIN, {})})
        if row.active != active:
            row.active = active
            await session.flush()
            await _log(session, ctx, "admin_activate" if active else "admin_deactivate",
                       "staff", row.id, ("active",))
        return _staff_record(row, await _assigned(session))


async def set_staff_pin(session: AsyncSession, ctx: Context, staff_id: int,
                        pin: str | None) -> StaffRecord:
    """Sets (argon2 hash) or clears the PIN of a staff member."""
    from .sign_in import hash_pin

    _admin(ctx)
    async with session.begin():
        row = await _get(session, StaffMember, staff_id, "Mitarbeiter")
        if pin is not None:
            c = rules.Check()
            c.text("pin", pin, limit=12, pattern=rules.PIN, pattern_message=rules.MSG_PIN)
            c.done()
        row.pin_hash = hash_pin(pin) if pin else None
        await session.flush()
        await _log(session, ctx, "admin_set_pin" if pin else "admin_clear_pin", "staff", row.id,
                   ("pin",))
        return _staff_record(row, await _assigned(session))


# -- fees -------------------------------------------------------------------------------
def _fee_record(f: FeeItem) -> FeeRecord:
    return FeeRecord(id=f.id, code=f.code, description=f.description,
                     amount=Decimal(f.amount).quantize(Decimal("0.01")), kind=f.kind,
                     valid_from=f.valid_from, valid_to=f.valid_to)


async def list_fees(session: AsyncSession) -> list[FeeRecord]:
    rows = (await session.execute(select(FeeItem).order_by(FeeItem.code,
                                                           FeeItem.valid_from))).scalars()
    return [_fee_record(f) for f in rows]


async def add_fee_price(session: AsyncSession, ctx: Context, *, code: str, description: str,
                        amount: Any, valid_from: dt.date, kind: str = "FEE") -> FeeRecord:
    """A (new) price of a fee from ``valid_from`` on (today at the earliest); the code's
    previous row ends the day before. Rows receipts were priced with never change."""
    _admin(ctx)
    async with session.begin():
        c = rules.Check()
        code = c.text("code", code, limit=32, pattern=rules.CODE, pattern_message=rules.MSG_CODE)
        description = c.text("description", description, limit=200)
        value = rules.parse_amount(c, "amount", amount)
        if kind not in ("FEE", "SURCHARGE"):
            c.fail("kind", rules.MSG_FEE_KIND)
        today = business_day(ctx.now())
        if not isinstance(valid_from, dt.date):
            c.fail("valid_from", rules.MSG_DATE)
        elif valid_from < today:
            c.fail("valid_from", rules.MSG_FEE_PAST, today=today.strftime("%d.%m.%Y"))
        last = None
        if "code" not in c.fields:
            last = (await session.execute(select(FeeItem).where(FeeItem.code == code)
                                          .order_by(FeeItem.valid_from.desc()).limit(1))
                    ).scalar_one_or_none()
            if (last is not None and isinstance(valid_from, dt.date)
                    and valid_from <= last.valid_from and "valid_from" not in c.fields):
                c.fail("valid_from", rules.MSG_FEE_NOT_AFTER,
                       last=last.valid_from.strftime("%d.%m.%Y"))
        c.done()
        if last is not None and (last.valid_to is None or last.valid_to >= valid_from):
            last.valid_to = valid_from - dt.timedelta(days=1)
        row = FeeItem(code=code, description=description, amount=value, kind=kind,
                      valid_from=valid_from, valid_to=None)
        session.add(row)
        await session.flush()
        await _log(session, ctx, "admin_fee_price", "fee", row.id, ("amount", "valid_from"))
        return _fee_record(row)


# -- role permissions -------------------------------------------------------------------
async def role_permissions(session: AsyncSession) -> dict[str, frozenset[str]]:
    """Which role holds which permission, as stored (every role present, maybe empty)."""
    out: dict[str, set[str]] = {r.value: set() for r in Role}
    for role, perm in (await session.execute(select(RolePermission.role,
                                                    RolePermission.permission))).all():
        out.setdefault(role, set()).add(perm)
    return {k: frozenset(v) for k, v in out.items()}


async def load_policy(session: AsyncSession) -> RolePolicy:
    """The office's RolePolicy from the table (the defaults when the table is empty)."""
    stored = await role_permissions(session)
    if not any(stored.values()):
        return RolePolicy()
    known = {p.value for p in Permission}
    return RolePolicy({Role(r): frozenset(Permission(p) for p in perms if p in known)
                       for r, perms in stored.items() if r in {x.value for x in Role}})


async def set_role_permissions(session: AsyncSession, ctx: Context, role: str,
                               permissions: Sequence[str]) -> frozenset[str]:
    """Replaces the permissions of one role. Admins always keep ADMINISTER."""
    _admin(ctx)
    async with session.begin():
        c = rules.Check()
        rules.check_permissions(c, {role: set(permissions)})
        if role == Role.ADMIN.value and Permission.ADMINISTER.value not in permissions:
            c.fail(f"role_{role}", rules.MSG_LAST_ADMIN)
        c.done()
        have = set((await session.execute(select(RolePermission.permission).where(
            RolePermission.role == role))).scalars())
        want = set(permissions)
        if have != want:
            await session.execute(delete(RolePermission).where(
                RolePermission.role == role, RolePermission.permission.not_in(want)))
            session.add_all([RolePermission(role=role, permission=p) for p in sorted(want - have)])
            await session.flush()
            await _log(session, ctx, "admin_permissions", "role_permission",
                       list(Role).index(Role(role)), sorted(want ^ have))
        return frozenset(want)


def default_permissions() -> dict[str, frozenset[str]]:
    return {r.value: frozenset(p.value for p in perms)
            for r, perms in DEFAULT_ROLE_PERMISSIONS.items()}

