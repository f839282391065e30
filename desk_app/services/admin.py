"""Administration of the reference data (role ADMINISTER): service points, counters,
services, staff, the dated fee catalogue (and, in role_permissions.py, which role holds
which permission).

Each call is one transaction that validates field by field (InvalidFields, a message per
field), writes, audits (field names only, never values) and appends to the change log, so
every workstation sees the change at once. Nothing referenced is deleted: rows are
deactivated. A fee's price is never edited: a new price is a new row from a date on.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import fields
from decimal import Decimal
from typing import Any, Mapping, Sequence

from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from desk_app.domain import admin_rules as rules
from desk_app.domain import errors
from desk_app.domain.clock import business_day
from desk_app.domain.roles import Role
from desk_app.models import (
    Counter, FeeItem, Service, ServicePoint, ServicePointService, StaffMember, StaffServicePoint,
)

from .admin_base import (  # noqa: F401  (the records are part of this module's interface)
    CounterRecord, FeeRecord, ServicePointRecord, ServiceRecord, StaffRecord, log_admin,
    require_admin)
from .context import Context
from .role_permissions import (  # noqa: F401  (re-exported)
    default_permissions, load_policy, role_permissions, set_role_permissions)

#: change-log entities of the reference data (the UI reloads what it shows of them)
REFERENCE_ENTITIES = frozenset({"service_point", "counter", "service", "staff", "fee",
                                "role_permission"})


# -- plumbing ---------------------------------------------------------------------------
async def _log_saved(session: AsyncSession, ctx: Context, entity: str, created: bool,
                     row_id: int, changed: Sequence[str],
                     service_point_id: int | None = None) -> None:
    """A save is logged when it created the row or changed a field."""
    if created or changed:
        await log_admin(session, ctx, "admin_create" if created else "admin_update", entity,
                   row_id, sorted(changed), service_point_id)


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


async def _upsert(session: AsyncSession, model, row_id: int | None, values: Mapping[str, Any],
                  what: str) -> tuple[Any, list[str]]:
    """Creates (``row_id`` None, active) or updates a row; returns it and the fields that
    changed (none for a new row)."""
    if row_id is None:
        row = model(**values, active=True)
        session.add(row)
        await session.flush()
        return row, []
    row = await _get(session, model, row_id, what)
    changed = _changed(row, values)
    for k, v in values.items():
        setattr(row, k, v)
    await session.flush()
    return row, changed


async def _set_active(session: AsyncSession, ctx: Context, model, row_id: int, active: bool, *,
                      entity: str, what: str, service_point_of=lambda row: None,
                      check=None):
    """Activates or deactivates a row (``check(row)`` may refuse); logged when it changed."""
    row = await _get(session, model, row_id, what)
    if check is not None:
        await check(row)
    if row.active != active:
        row.active = active
        await session.flush()
        await log_admin(session, ctx, "admin_activate" if active else "admin_deactivate",
                   entity, row.id, ("active",), service_point_of(row))
    return row


async def _known_service_points(session: AsyncSession, c: rules.Check,
                                ids: Sequence[int]) -> tuple[int, ...]:
    """``ids`` sorted without repeats; a field error names those that do not exist."""
    sp_ids = tuple(sorted(set(ids)))
    known = set((await session.execute(select(ServicePoint.id))).scalars())
    if set(sp_ids) - known:
        c.fail("service_point_ids", rules.MSG_UNKNOWN,
               value=", ".join(str(i) for i in sorted(set(sp_ids) - known)))
    return sp_ids


async def _save_with_service_points(session: AsyncSession, ctx: Context, *, model, link,
                                    owner, record_id: int | None, values: Mapping[str, Any],
                                    sp_ids: tuple[int, ...], entity: str, what: str):
    """The save of a service or a staff member: the row created or updated, its links to
    service points (``link``'s rows, ``owner`` the link's column of the row's id) made
    exactly ``sp_ids``, and the change logged. Returns the row."""
    row, changed = await _upsert(session, model, record_id, values, what)
    have = set((await session.execute(select(link.service_point_id).where(
        owner == row.id))).scalars())
    if have != set(sp_ids):
        changed.append("service_point_ids")
        # a link is not referenced by anything: the assignment itself is what changes
        await session.execute(delete(link).where(
            owner == row.id, link.service_point_id.not_in(sp_ids)))
        session.add_all([link(**{owner.key: row.id, "service_point_id": sp})
                         for sp in sorted(set(sp_ids) - have)])
        await session.flush()
    await _log_saved(session, ctx, entity, record_id is None, row.id, changed)
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
    require_admin(ctx)
    async with session.begin():
        values = await _check_service_point(session, record, opening_hours)
        sp, changed = await _upsert(session, ServicePoint, record.id, values, "Dienststelle")
        await _log_saved(session, ctx, "service_point", record.id is None, sp.id, changed, sp.id)
        return _sp_record(sp)


async def set_service_point_active(session: AsyncSession, ctx: Context, service_point_id: int,
                                   active: bool) -> ServicePointRecord:
    require_admin(ctx)
    async with session.begin():
        return _sp_record(await _set_active(
            session, ctx, ServicePoint, service_point_id, active, entity="service_point",
            what="Dienststelle", service_point_of=lambda sp: sp.id))


# -- counters ---------------------------------------------------------------------------
def _counter_record(c: Counter) -> CounterRecord:
    return CounterRecord(id=c.id, service_point_id=c.service_point_id, name=c.name,
                         room=c.room, active=c.active)


async def list_counters(session: AsyncSession) -> list[CounterRecord]:
    rows = (await session.execute(select(Counter).order_by(Counter.service_point_id,
                                                           Counter.id))).scalars()
    return [_counter_record(c) for c in rows]


async def save_counter(session: AsyncSession, ctx: Context, record: CounterRecord) -> CounterRecord:
    require_admin(ctx)
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
        row, changed = await _upsert(session, Counter, record.id, values, "Schalter")
        await _log_saved(session, ctx, "counter", record.id is None, row.id, changed,
                         row.service_point_id)
        return _counter_record(row)


async def set_counter_active(session: AsyncSession, ctx: Context, counter_id: int,
                             active: bool) -> CounterRecord:
    require_admin(ctx)
    async with session.begin():
        return _counter_record(await _set_active(
            session, ctx, Counter, counter_id, active, entity="counter", what="Schalter",
            service_point_of=lambda row: row.service_point_id))


# -- services ---------------------------------------------------------------------------
async def _service_points_by(session: AsyncSession, owner, service_point
                            ) -> dict[int, tuple[int, ...]]:
    """A link table as {owner id: its service point ids, in id order}."""
    out: dict[int, list[int]] = {}
    for owner_id, sp_id in (await session.execute(
            select(owner, service_point).order_by(service_point))).all():
        out.setdefault(owner_id, []).append(sp_id)
    return {k: tuple(v) for k, v in out.items()}


async def _offered_by(session: AsyncSession) -> dict[int, tuple[int, ...]]:
    return await _service_points_by(session, ServicePointService.service_id,
                                    ServicePointService.service_point_id)


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
    require_admin(ctx)
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
        sp_ids = await _known_service_points(session, c, record.service_point_ids)
        c.done()
        if sp_ids:
            values["service_point_id"] = sp_ids[0]
        row = await _save_with_service_points(
            session, ctx, model=Service, link=ServicePointService,
            owner=ServicePointService.service_id, record_id=record.id, values=values,
            sp_ids=sp_ids, entity="service", what="Dienstleistung")
        return _service_record(row, {row.id: sp_ids})


async def set_service_active(session: AsyncSession, ctx: Context, service_id: int,
                             active: bool) -> ServiceRecord:
    require_admin(ctx)
    async with session.begin():
        row = await _set_active(session, ctx, Service, service_id, active, entity="service",
                                what="Dienstleistung")
        return _service_record(row, await _offered_by(session))


# -- staff ------------------------------------------------------------------------------
async def _assigned(session: AsyncSession) -> dict[int, tuple[int, ...]]:
    return await _service_points_by(session, StaffServicePoint.staff_id,
                                    StaffServicePoint.service_point_id)


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
    require_admin(ctx)
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
        sp_ids = await _known_service_points(session, c, record.service_point_ids)
        if (record.id is not None and values["role"] != Role.ADMIN.value
                and not await _active_admins(session, record.id)):
            c.fail("role", rules.MSG_LAST_ADMIN)
        c.done()
        row = await _save_with_service_points(
            session, ctx, model=StaffMember, link=StaffServicePoint,
            owner=StaffServicePoint.staff_id, record_id=record.id, values=values,
            sp_ids=sp_ids, entity="staff", what="Mitarbeiter")
        return _staff_record(row, {row.id: sp_ids})


async def set_staff_active(session: AsyncSession, ctx: Context, staff_id: int,
                           active: bool) -> StaffRecord:
    require_admin(ctx)
    async def keep_an_admin(row: StaffMember) -> None:
        if not active and row.role == Role.ADMIN.value and not await _active_admins(session, row.id):
            raise rules.InvalidFields({"active": rules.FieldMessage(rules.MSG_LAST_ADMIN, {})})

    async with session.begin():
        row = await _set_active(session, ctx, StaffMember, staff_id, active, entity="staff",
                                what="Mitarbeiter", check=keep_an_admin)
        return _staff_record(row, await _assigned(session))


async def set_staff_pin(session: AsyncSession, ctx: Context, staff_id: int,
                        pin: str | None) -> StaffRecord:
    """Sets (argon2 hash) or clears the PIN of a staff member."""
    from .sign_in import hash_pin

    require_admin(ctx)
    async with session.begin():
        row = await _get(session, StaffMember, staff_id, "Mitarbeiter")
        if pin is not None:
            c = rules.Check()
            c.text("pin", pin, limit=12, pattern=rules.PIN, pattern_message=rules.MSG_PIN)
            c.done()
        row.pin_hash = hash_pin(pin) if pin else None
        await session.flush()
        await log_admin(session, ctx, "admin_set_pin" if pin else "admin_clear_pin", "staff", row.id,
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
    require_admin(ctx)
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
            c.fail("valid_from", rules.MSG_FEE_PAST, today=today)
        last = None
        if "code" not in c.fields:
            last = (await session.execute(select(FeeItem).where(FeeItem.code == code)
                                          .order_by(FeeItem.valid_from.desc()).limit(1))
                    ).scalar_one_or_none()
            if (last is not None and isinstance(valid_from, dt.date)
                    and valid_from <= last.valid_from and "valid_from" not in c.fields):
                c.fail("valid_from", rules.MSG_FEE_NOT_AFTER,
                       last=last.valid_from)
        c.done()
        if last is not None and (last.valid_to is None or last.valid_to >= valid_from):
            last.valid_to = valid_from - dt.timedelta(days=1)
        row = FeeItem(code=code, description=description, amount=value, kind=kind,
                      valid_from=valid_from, valid_to=None)
        session.add(row)
        await session.flush()
        await log_admin(session, ctx, "admin_fee_price", "fee", row.id, ("amount", "valid_from"))
        return _fee_record(row)
