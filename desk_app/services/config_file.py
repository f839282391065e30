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
from typing import Any, Callable, Mapping

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
from .config_export import FORMAT_VERSION, dumps, export_config  # noqa: F401  (re-exported)
from .context import Context
from .database import Database



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
    _deactivate_unlisted(run, "service_point", existing, seen_codes)
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


@dataclass(frozen=True)
class _Linked:
    """A list of the file whose rows are linked to service points: services, staff."""
    section: str        # the file's list (for the messages)
    entity: str         # change-log and audit entity
    model: Any
    key: str            # the natural key's column
    link: Any           # the link rows to service points ...
    owner: str          # ... and their column of the row's id
    own_service_point: bool = False   # the first listed is the row's own service point


_SERVICES = _Linked("services", "service", Service, "code", ServicePointService, "service_id",
                    own_service_point=True)
_STAFF = _Linked("staff", "staff", StaffMember, "login", StaffServicePoint, "staff_id")

#: ``check(c, key, item, duplicate)``: the row's values, problems noted in ``c``
_RowCheck = Callable[[rules.Check, str, Mapping[str, Any], bool], dict[str, Any]]


async def _import_linked(run: _Run, items: list[Mapping[str, Any]], kind: _Linked,
                         read_key: Callable[[Mapping[str, Any]], str], check: _RowCheck) -> None:
    """Makes ``kind``'s rows what ``items`` says: each created or updated with its links
    to service points, the unlisted deactivated."""
    s = run.session
    existing = {getattr(x, kind.key): x for x in (await s.execute(select(kind.model))).scalars()}
    seen = set()
    for i, item in enumerate(items, start=1):
        key = read_key(item)
        where = f"{kind.section}[{i}] {key or '?'}"
        c = rules.Check()
        values = check(c, key, item, key in seen)
        seen.add(key)
        run.problems.extend(f"{where}.{k}: {m}" for k, m in c.fields.items())
        if c.fields:
            continue
        sp_ids = await _sp_ids(run, item.get("service_points"), where)
        if sp_ids and kind.own_service_point:
            values["service_point_id"] = sp_ids[0]
        row = existing.get(key)
        if row is None:
            row = kind.model(**{kind.key: key}, **values)
            s.add(row)
            await s.flush()
            await _links(run, kind.link, kind.owner, row.id, sp_ids)
            run.note(kind.entity, key, "create", row.id)
            continue
        changed = run.apply(row, values)
        if await _links(run, kind.link, kind.owner, row.id, sp_ids):
            changed.append("service_points")
        if changed:
            run.note(kind.entity, key, "update", row.id, sorted(changed))
    _deactivate_unlisted(run, kind.entity, existing, seen)
    await s.flush()


def _deactivate_unlisted(run: _Run, entity: str, existing: Mapping[str, Any], seen) -> None:
    for key, row in existing.items():
        if key not in seen and row.active:
            row.active = False
            run.note(entity, key, "deactivate", row.id)


async def _import_services(run: _Run, items: list[Mapping[str, Any]]) -> None:
    fee_codes = set((await run.session.execute(select(FeeItem.code))).scalars())

    def check(c: rules.Check, code: str, item: Mapping[str, Any], duplicate: bool):
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
        if duplicate:
            c.fail("code", rules.MSG_TAKEN)
        if values["fee_code"] and values["fee_code"] not in fee_codes:
            c.fail("fee_code", rules.MSG_UNKNOWN, value=values["fee_code"])
        return values

    await _import_linked(run, items, _SERVICES, lambda item: _str(item, "code"), check)


async def _import_staff(run: _Run, items: list[Mapping[str, Any]]) -> None:
    def check(c: rules.Check, login: str, item: Mapping[str, Any], duplicate: bool):
        c.text("login", login, limit=63, pattern=rules.LOGIN, pattern_message=rules.MSG_LOGIN)
        values = {"display_name": c.text("display_name", _str(item, "display_name"), limit=200),
                  "role": rules.check_role(c, "role", _str(item, "role")),
                  "active": bool(item.get("active", True))}
        if duplicate:
            c.fail("login", rules.MSG_TAKEN)
        return values

    await _import_linked(run, items, _STAFF, lambda item: _str(item, "login").lower(), check)
    admins = await run.session.scalar(select(func.count()).select_from(StaffMember).where(
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
