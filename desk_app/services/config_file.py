"""The reference data as a TOML file: ``desk-app config export FILE`` and ``desk-app
config import FILE [--dry-run]``, so that an office sets itself up from a file and keeps it
in version control.

The file is the truth for what it lists. Rows are matched by their natural keys: service
points by ``code``, counters by service point and ``name``, services by ``code``, staff by
``login``, fee prices by ``code`` and ``valid_from``. An import

- adds what is missing and updates what differs;
- deactivates service points, counters, services and staff the file no longer lists (never
  deletes: entries, receipts and audit rows refer to them);
- adds fee prices; a price already in the catalogue is never changed (only its end date
  ``valid_to`` may be set); prices the file does not list stay as history;
- replaces the role permissions of every role the file names;
- runs in ONE transaction (all or nothing), audits each changed row (field names only) and
  appends to the change log, so every workstation sees it at once.

A second import of the same file changes nothing. PIN hashes are not exported.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any, Mapping

import tomli_w
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from desk_app.domain import admin_rules as rules
from desk_app.domain import errors
from desk_app.domain.roles import Actor, Permission, Role
from desk_app.models import (
    Counter, FeeItem, RolePermission, Service, ServicePoint, ServicePointService,
    StaffMember, StaffServicePoint,
)

from .changes import Change, audit, record_changes
from .context import Context
from .database import Database

FORMAT_VERSION = 1

_SP_FIELDS = ("name", "ticket_prefix", "address", "opening_hours", "hours_note",
              "grace_period_min",
              "late_tolerance_min", "late_limit_min", "recall_lock_min", "max_calls",
              "walk_in_offset_min", "restrict_search", "is_reception", "active")


class ConfigInvalid(errors.ValidationFailed):
    code = "config_invalid"
    template = "Die Stammdaten-Datei wurde nicht importiert: {count} Fehler."

    def __init__(self, problems: list[str]) -> None:
        super().__init__(count=len(problems))
        self.problems = problems


@dataclass
class ImportReport:
    changes: list[tuple[str, str, str]] = field(default_factory=list)  # entity, key, what

    @property
    def count(self) -> int:
        return len(self.changes)

    def lines(self) -> list[str]:
        return [f"{entity} {key}: {what}" for entity, key, what in self.changes]


# -- export -----------------------------------------------------------------------------
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
        item = {"code": sp.code, **{k: getattr(sp, k) for k in _SP_FIELDS}}
        if not item["hours_note"]:   # only where old text did not read as hours (0017)
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


def loads(text: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigInvalid([f"TOML: {exc}"]) from None


# -- import -----------------------------------------------------------------------------
async def import_context(db: Database, login: str, station: str) -> Context:
    """The importer: the active admin ``login``; on a database without staff (a new
    office) the import sets it up without one."""
    async with db.read() as session:
        if not await session.scalar(select(func.count()).select_from(StaffMember)):
            return Context(actor=Actor(staff_id=None, role=Role.ADMIN, station=station))
        row = (await session.execute(select(StaffMember).where(
            StaffMember.login == login))).scalar_one_or_none()
    if row is None or not row.active:
        raise errors.NotFound(what=f"Benutzer {login}")
    return Context(actor=Actor(staff_id=row.id, role=Role(row.role), station=station))


class _Run:
    def __init__(self, session: AsyncSession, ctx: Context, report: ImportReport) -> None:
        self.session, self.ctx, self.report = session, ctx, report
        self.problems: list[str] = []
        self.changes: list[Change] = []
        self.audits: list[dict[str, Any]] = []

    def note(self, entity: str, key: str, action: str, entity_id: int, changed=()) -> None:
        self.report.changes.append((entity, key, action if not changed else
                                    f"{action} ({', '.join(changed)})"))
        self.changes.append(Change(entity, entity_id, f"config_{action}"))
        self.audits.append({"action": f"config_{action}", "entity": entity,
                            "entity_id": entity_id, "detail": ",".join(changed)[:64] or None})

    def apply(self, row: Any, values: Mapping[str, Any]) -> list[str]:
        changed = sorted(k for k, v in values.items() if getattr(row, k) != v)
        for k in changed:
            setattr(row, k, values[k])
        return changed


def _str(item: Mapping[str, Any], key: str, default: str = "") -> str:
    value = item.get(key, default)
    return value.strip() if isinstance(value, str) else str(value)


def _check_sp(item: Mapping[str, Any], where: str, problems: list[str]) -> dict[str, Any]:
    c = rules.Check()
    values: dict[str, Any] = {
        "name": c.text("name", _str(item, "name"), limit=200),
        "ticket_prefix": c.text("ticket_prefix", _str(item, "ticket_prefix"), limit=3,
                                pattern=rules.PREFIX, pattern_message=rules.MSG_PREFIX),
        "address": c.text("address", _str(item, "address"), limit=500, required=False),
    }
    values["opening_hours"] = rules.check_hours_text(c, _str(item, "opening_hours"))
    values["hours_note"] = c.text("hours_note", _str(item, "hours_note"), limit=500,
                                  required=False)
    for k, low, high, default in (("grace_period_min", 0, 240, 15),
                                  ("late_tolerance_min", 0, 240, 10),
                                  ("late_limit_min", 0, 480, 30), ("recall_lock_min", 0, 120, 5),
                                  ("max_calls", 1, 20, 3), ("walk_in_offset_min", 0, 240, 10)):
        values[k] = c.minutes(k, item.get(k, default), low, high)
    for k in ("restrict_search", "is_reception"):
        values[k] = bool(item.get(k, False))
    values["active"] = bool(item.get("active", True))
    problems.extend(f"{where}.{name}: {msg}" for name, msg in c.fields.items())
    return values


async def import_config(session: AsyncSession, ctx: Context, data: Mapping[str, Any], *,
                        dry_run: bool = False, audit_each: bool = True) -> ImportReport:
    """Makes the reference data what ``data`` says (see the module doc); one transaction.
    ``dry_run``: reports the changes and rolls back. ``audit_each=False`` only seeds a new
    database before any workstation runs (the demo day): no audit and no change-log rows,
    like the rows the migrations themselves insert."""
    from desk_app.domain.transitions import require

    require(ctx.policy, ctx.actor, Permission.ADMINISTER)
    if data.get("version", FORMAT_VERSION) != FORMAT_VERSION:
        raise ConfigInvalid([f"version {data.get('version')!r}: erwartet {FORMAT_VERSION}"])
    report = ImportReport()
    await session.begin()
    try:
        run = _Run(session, ctx, report)
        await _import_service_points(run, data.get("service_points", []))
        await _import_fees(run, data.get("fees", []))
        await _import_services(run, data.get("services", []))
        await _import_staff(run, data.get("staff", []))
        await _import_permissions(run, data.get("role_permissions", {}))
        if run.problems:
            raise ConfigInvalid(run.problems)
        now = ctx.now()
        if audit_each:
            for a in run.audits:
                await audit(session, ctx.actor, now, **a)
            await record_changes(session, run.changes, now)
        if dry_run:
            await session.rollback()
        else:
            await session.commit()
    except BaseException:
        if session.in_transaction():
            await session.rollback()
        raise
    return report


async def _import_service_points(run: _Run, items: list[Mapping[str, Any]]) -> None:
    s = run.session
    existing = {sp.code: sp for sp in (await s.execute(select(ServicePoint))).scalars()}
    counters = (await s.execute(select(Counter))).scalars().all()
    seen_codes, seen_prefixes = set(), set()
    for i, item in enumerate(items, start=1):
        code = _str(item, "code")
        where = f"service_points[{i}] {code or '?'}"
        if not rules.CODE.fullmatch(code):
            run.problems.append(f"{where}.code: {rules.MSG_CODE.format(limit=32)}")
            continue
        if code in seen_codes:
            run.problems.append(f"{where}.code: {rules.MSG_TAKEN}")
            continue
        seen_codes.add(code)
        values = _check_sp(item, where, run.problems)
        if values["ticket_prefix"] in seen_prefixes:
            run.problems.append(f"{where}.ticket_prefix: {rules.MSG_TAKEN}")
        seen_prefixes.add(values["ticket_prefix"])
        sp = existing.get(code)
        if sp is None:
            sp = ServicePoint(code=code, **values)
            s.add(sp)
            await s.flush()
            run.note("service_point", code, "create", sp.id)
        else:
            changed = run.apply(sp, values)
            if changed:
                run.note("service_point", code, "update", sp.id, changed)
        mine = {c.name: c for c in counters if c.service_point_id == sp.id}
        listed = set()
        for j, citem in enumerate(item.get("counters", []), start=1):
            c = rules.Check()
            name = c.text("name", _str(citem, "name"), limit=64)
            room = c.text("room", _str(citem, "room"), limit=64, required=False)
            if c.fields or name in listed:
                why = "; ".join(str(m) for m in c.fields.values()) or rules.MSG_TAKEN
                run.problems.append(f"{where}.counters[{j}]: {why}")
                continue
            listed.add(name)
            cvalues = {"room": room, "active": bool(citem.get("active", True))}
            row = mine.get(name)
            if row is None:
                row = Counter(service_point_id=sp.id, name=name, **cvalues)
                s.add(row)
                await s.flush()
                run.note("counter", f"{code}/{name}", "create", row.id)
            else:
                changed = run.apply(row, cvalues)
                if changed:
                    run.note("counter", f"{code}/{name}", "update", row.id, changed)
        for name, row in mine.items():
            if name not in listed and row.active:
                row.active = False
                run.note("counter", f"{code}/{name}", "deactivate", row.id)
    for code, sp in existing.items():
        if code not in seen_codes and sp.active:
            sp.active = False
            run.note("service_point", code, "deactivate", sp.id)
    await s.flush()


async def _sp_ids(run: _Run, codes: Any, where: str) -> tuple[int, ...]:
    """The ids of the listed service point codes, in the file's order (the first is the
    service's own service point), without repeats."""
    by_code = {sp.code: sp.id for sp in (await run.session.execute(select(ServicePoint))).scalars()}
    out: list[int] = []
    for code in codes or []:
        if code not in by_code:
            run.problems.append(f"{where}.service_points: {rules.MSG_UNKNOWN.format(value=code)}")
        elif by_code[code] not in out:
            out.append(by_code[code])
    return tuple(out)


async def _links(run: _Run, model, owner_col: str, owner_id: int, want: tuple[int, ...]) -> bool:
    s = run.session
    rows = (await s.execute(select(model).where(getattr(model, owner_col) == owner_id))).scalars().all()
    have = {r.service_point_id for r in rows}
    if have == set(want):
        return False
    for r in rows:
        if r.service_point_id not in want:
            await s.delete(r)
    s.add_all([model(**{owner_col: owner_id, "service_point_id": sp}) for sp in set(want) - have])
    await s.flush()
    return True


async def _import_services(run: _Run, items: list[Mapping[str, Any]]) -> None:
    s = run.session
    existing = {x.code: x for x in (await s.execute(select(Service))).scalars()}
    fee_codes = set((await s.execute(select(FeeItem.code))).scalars())
    seen = set()
    for i, item in enumerate(items, start=1):
        code = _str(item, "code")
        where = f"services[{i}] {code or '?'}"
        c = rules.Check()
        c.text("code", code, limit=32, pattern=rules.CODE, pattern_message=rules.MSG_CODE)
        values = {
            "name": c.text("name", _str(item, "name"), limit=200),
            "default_duration_min": c.minutes("default_duration_min",
                                              item.get("default_duration_min", 20), 1, 480),
            "what_to_bring": "\n".join(str(x).strip() for x in item.get("what_to_bring", [])
                                       if str(x).strip()),
            "fee_code": _str(item, "fee_code") or None,
            "active": bool(item.get("active", True)),
        }
        if code in seen:
            c.fail("code", rules.MSG_TAKEN)
        if values["fee_code"] and values["fee_code"] not in fee_codes:
            c.fail("fee_code", rules.MSG_UNKNOWN, value=values["fee_code"])
        seen.add(code)
        run.problems.extend(f"{where}.{k}: {m}" for k, m in c.fields.items())
        if c.fields:
            continue
        sp_ids = await _sp_ids(run, item.get("service_points"), where)
        if sp_ids:
            values["service_point_id"] = sp_ids[0]
        row = existing.get(code)
        if row is None:
            row = Service(code=code, **values)
            s.add(row)
            await s.flush()
            await _links(run, ServicePointService, "service_id", row.id, sp_ids)
            run.note("service", code, "create", row.id)
            continue
        changed = run.apply(row, values)
        if await _links(run, ServicePointService, "service_id", row.id, sp_ids):
            changed.append("service_points")
        if changed:
            run.note("service", code, "update", row.id, sorted(changed))
    for code, row in existing.items():
        if code not in seen and row.active:
            row.active = False
            run.note("service", code, "deactivate", row.id)


async def _import_staff(run: _Run, items: list[Mapping[str, Any]]) -> None:
    s = run.session
    existing = {x.login: x for x in (await s.execute(select(StaffMember))).scalars()}
    seen = set()
    for i, item in enumerate(items, start=1):
        login = _str(item, "login").lower()
        where = f"staff[{i}] {login or '?'}"
        c = rules.Check()
        c.text("login", login, limit=63, pattern=rules.LOGIN, pattern_message=rules.MSG_LOGIN)
        values = {"display_name": c.text("display_name", _str(item, "display_name"), limit=200),
                  "role": rules.check_role(c, "role", _str(item, "role")),
                  "active": bool(item.get("active", True))}
        if login in seen:
            c.fail("login", rules.MSG_TAKEN)
        seen.add(login)
        run.problems.extend(f"{where}.{k}: {m}" for k, m in c.fields.items())
        if c.fields:
            continue
        sp_ids = await _sp_ids(run, item.get("service_points"), where)
        row = existing.get(login)
        if row is None:
            row = StaffMember(login=login, **values)
            s.add(row)
            await s.flush()
            await _links(run, StaffServicePoint, "staff_id", row.id, sp_ids)
            run.note("staff", login, "create", row.id)
            continue
        changed = run.apply(row, values)
        if await _links(run, StaffServicePoint, "staff_id", row.id, sp_ids):
            changed.append("service_points")
        if changed:
            run.note("staff", login, "update", row.id, sorted(changed))
    for login, row in existing.items():
        if login not in seen and row.active:
            row.active = False
            run.note("staff", login, "deactivate", row.id)
    await s.flush()
    admins = await s.scalar(select(func.count()).select_from(StaffMember).where(
        StaffMember.active.is_(True), StaffMember.role == Role.ADMIN.value))
    if items and not admins:
        run.problems.append(f"staff: {rules.MSG_LAST_ADMIN}")


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


async def _import_fees(run: _Run, items: list[Mapping[str, Any]]) -> None:
    s = run.session
    existing = {(f.code, f.valid_from): f for f in (await s.execute(select(FeeItem))).scalars()}
    for i, item in enumerate(items, start=1):
        code = _str(item, "code")
        where = f"fees[{i}] {code or '?'}"
        valid_from = _date(item.get("valid_from"))
        valid_to = _date(item["valid_to"]) if "valid_to" in item else None
        try:
            amount = Decimal(_str(item, "amount").replace(",", ".")).quantize(Decimal("0.01"))
        except InvalidOperation:
            amount = None
        kind = _str(item, "kind", "FEE")
        bad = []
        if not rules.CODE.fullmatch(code):
            bad.append(f"code: {rules.MSG_CODE.format(limit=32)}")
        if valid_from is None:
            bad.append(f"valid_from: {rules.MSG_DATE}")
        if amount is None or amount < 0:
            bad.append(f"amount: {rules.MSG_AMOUNT}")
        if kind not in ("FEE", "SURCHARGE"):
            bad.append(f"kind: {rules.MSG_FEE_KIND}")
        description = _str(item, "description")
        if not description or len(description) > 200:
            bad.append(f"description: {rules.MSG_REQUIRED}")
        if bad:
            run.problems.extend(f"{where}.{b}" for b in bad)
            continue
        key = f"{code}@{valid_from.isoformat()}"
        row = existing.get((code, valid_from))
        if row is None:
            row = FeeItem(code=code, description=description, amount=amount, kind=kind,
                          valid_from=valid_from, valid_to=valid_to)
            s.add(row)
            await s.flush()
            existing[(code, valid_from)] = row
            run.note("fee", key, "create", row.id)
            continue
        if (Decimal(row.amount).quantize(Decimal("0.01")), row.description, row.kind) != (
                amount, description, kind):
            run.problems.append(f"{where}: ein Preis ab {valid_from:%d.%m.%Y} wird nie geändert "
                                "(einen neuen Preis mit späterem valid_from anlegen)")
            continue
        if row.valid_to != valid_to:
            row.valid_to = valid_to
            run.note("fee", key, "update", row.id, ["valid_to"])
    await s.flush()


async def _import_permissions(run: _Run, grants: Mapping[str, Any]) -> None:
    s = run.session
    c = rules.Check()
    rules.check_permissions(c, {r: set(p) for r, p in grants.items()})
    if Role.ADMIN.value in grants and Permission.ADMINISTER.value not in grants[Role.ADMIN.value]:
        c.fail("role_ADMIN", rules.MSG_LAST_ADMIN)
    if c.fields:
        run.problems.extend(f"role_permissions.{k}: {m}" for k, m in c.fields.items())
        return
    for index, role in enumerate(Role):
        if role.value not in grants:
            continue
        want = set(grants[role.value])
        rows = (await s.execute(select(RolePermission).where(
            RolePermission.role == role.value))).scalars().all()
        have = {r.permission for r in rows}
        if have == want:
            continue
        for r in rows:
            if r.permission not in want:
                await s.delete(r)
        s.add_all([RolePermission(role=role.value, permission=p) for p in sorted(want - have)])
        await s.flush()
        run.note("role_permission", role.value, "update", index, sorted(want ^ have))


async def seed_from_config(session: AsyncSession, data: Mapping[str, Any]) -> bool:
    """Sets up an empty database's reference data from ``data`` (the demo day's path);
    False when service points exist already."""
    async with session.begin():
        if await session.scalar(select(func.count()).select_from(ServicePoint)):
            return False
    ctx = Context(actor=Actor(staff_id=None, role=Role.ADMIN, station="seed"))
    await import_config(session, ctx, data, audit_each=False)
    return True
