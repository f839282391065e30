"""Capacity as a TOML file: read, write, and the defaults a new office starts with.

Capacity is loaded from a file with ``desk-app capacity load FILE.toml``;
``desk-app capacity export`` writes the one in force. One service point's hours and
blocked times are also edited on screen (calendar ▸ Öffnungszeiten, ui/calendar/hours.py:
``read_hours``, ``save_hours``, ``add_blocked``, ``remove_blocked`` below). One table per service point::

    [[service_point]]
    code = "BI"
    overbooking_percent = 12

    [[service_point.hours]]          # one or more per service point
    days = "Mo,Di,Do"                # Mo-Fr, Mo,Mi, ...
    opens = "07:30"
    closes = "12:00"
    slot_minutes = 20
    counters = 6
    service = "EAT"                  # optional: a pool of this service's own

    [[service_point.blocked]]        # optional: staff meetings, training
    start = "2026-12-02 09:00"       # Berlin time
    end = "2026-12-02 10:00"
    reason = "Dienstbesprechung"
    counter = "Schalter I1"          # optional: one counter, else the whole service point

Loading replaces the hours of every service point in the file and adds its blocked times
(one already there with the same start, end and counter is kept once).
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass
from typing import Any, Sequence

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from desk_app.domain import capacity as cap
from desk_app.domain import errors
from desk_app.domain.clock import BERLIN, UTC, ensure_utc, to_local
from desk_app.domain.roles import Permission
from desk_app.domain.transitions import require
from desk_app.models import BlockedTime, CapacityRule, Counter, Service, ServicePoint

from .changes import Change, audit, record_changes
from .context import Context

#: a new office's hours (demo and tests): the opening hours the service points publish
DEFAULT_HOURS = (("Mo,Di,Do", "07:30", "12:00"), ("Mo,Di,Do", "13:00", "15:30"),
                 ("Mi,Fr", "07:30", "12:00"))
DEFAULT_SLOT_MINUTES = 20


async def seed_capacity(session: AsyncSession) -> int:
    """Default hours for every service point without any (inside the caller's
    transaction): the published opening hours, 20-minute slots, one place per counter."""
    have = set((await session.execute(select(CapacityRule.service_point_id))).scalars())
    sps = (await session.execute(select(ServicePoint).where(
        ServicePoint.is_reception.is_(False)))).scalars().all()
    counters: dict[int, int] = {}
    for c in (await session.execute(select(Counter))).scalars():
        counters[c.service_point_id] = counters.get(c.service_point_id, 0) + 1
    added = 0
    for sp in sps:
        if sp.id in have:
            continue
        for days, opens, closes in DEFAULT_HOURS:
            for weekday in cap.parse_weekdays(days):
                session.add(CapacityRule(service_point_id=sp.id, weekday=weekday, opens=opens,
                                         closes=closes, slot_minutes=DEFAULT_SLOT_MINUTES,
                                         counters=counters.get(sp.id, 1)))
                added += 1
    await session.flush()
    return added


def _local(text: str) -> dt.datetime:
    try:
        value = dt.datetime.strptime(str(text).strip(), "%Y-%m-%d %H:%M")
    except ValueError:
        raise cap.CapacityError(f"{text!r} is not YYYY-MM-DD HH:MM") from None
    return value.replace(tzinfo=BERLIN).astimezone(UTC)


async def load_config(session: AsyncSession, ctx: Context, text: str) -> dict[str, int]:
    """Loads a capacity TOML (see the module's doc) in one transaction; all or nothing.
    Returns how many hours rules and blocked times were written."""
    require(ctx.policy, ctx.actor, Permission.ADMINISTER)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise cap.CapacityError(f"TOML: {exc}") from None
    async with session.begin():
        now = ctx.now()
        sps = {sp.code: sp for sp in (await session.execute(select(ServicePoint))).scalars()}
        services = {s.code: s.id for s in (await session.execute(select(Service))).scalars()}
        counters = {(c.service_point_id, c.name): c.id
                    for c in (await session.execute(select(Counter))).scalars()}
        rules = blocked = 0
        changes = []
        for block in data.get("service_point", []):
            sp = sps.get(str(block.get("code", "")))
            if sp is None:
                raise errors.NotFound(what=f"Dienststelle {block.get('code')}")
            if "overbooking_percent" in block:
                percent = int(block["overbooking_percent"])
                if not 0 <= percent <= cap.MAX_OVERBOOKING_PERCENT:
                    raise cap.InvalidOverbooking(limit=cap.MAX_OVERBOOKING_PERCENT)
                sp.overbooking_percent = percent
            if "hours" in block:
                await session.execute(delete(CapacityRule).where(
                    CapacityRule.service_point_id == sp.id))
                for h in block["hours"]:
                    service_id = None
                    if h.get("service"):
                        if h["service"] not in services:
                            raise errors.NotFound(what=f"Dienstleistung {h['service']}")
                        service_id = services[h["service"]]
                    for weekday in cap.parse_weekdays(h.get("days", "")):
                        rule = cap.CapacityRule(  # validates
                            sp.id, weekday, cap.parse_time(h.get("opens")),
                            cap.parse_time(h.get("closes")), int(h.get("slot_minutes", 0)),
                            int(h.get("counters", -1)), service_id)
                        session.add(CapacityRule(
                            service_point_id=sp.id, service_id=service_id, weekday=weekday,
                            opens=rule.opens.strftime("%H:%M"),
                            closes=rule.closes.strftime("%H:%M"),
                            slot_minutes=rule.slot_minutes, counters=rule.counters))
                        rules += 1
            for b in block.get("blocked", []):
                start, end = _local(b.get("start", "")), _local(b.get("end", ""))
                if end <= start:
                    raise cap.CapacityError(f"blocked time {b} ends before it starts")
                counter_id = None
                if b.get("counter"):
                    counter_id = counters.get((sp.id, b["counter"]))
                    if counter_id is None:
                        raise errors.NotFound(what=f"Schalter {b['counter']}")
                exists = (await session.execute(select(BlockedTime.id).where(
                    BlockedTime.service_point_id == sp.id, BlockedTime.starts_at == start,
                    BlockedTime.ends_at == end, BlockedTime.counter_id.is_(None)
                    if counter_id is None else BlockedTime.counter_id == counter_id))).first()
                if exists is None:
                    session.add(BlockedTime(service_point_id=sp.id, counter_id=counter_id,
                                            starts_at=start, ends_at=end,
                                            reason=str(b.get("reason", ""))[:500],
                                            created_at=now))
                    blocked += 1
            changes.append(Change("service_point", sp.id, "capacity", sp.id))
            await audit(session, ctx.actor, now, action="load_capacity",
                        entity="service_point", entity_id=sp.id)
        await session.flush()
        await record_changes(session, changes, now)
    return {"hours": rules, "blocked": blocked}


async def export_config(session: AsyncSession, *, after: dt.datetime | None = None) -> str:
    """The capacity in force as TOML (blocked times ending after ``after``)."""
    sps = (await session.execute(select(ServicePoint).where(
        ServicePoint.is_reception.is_(False)).order_by(ServicePoint.id))).scalars().all()
    services = {s.id: s.code for s in (await session.execute(select(Service))).scalars()}
    counters = {c.id: c.name for c in (await session.execute(select(Counter))).scalars()}
    rules = (await session.execute(select(CapacityRule).order_by(
        CapacityRule.service_point_id, CapacityRule.service_id, CapacityRule.opens,
        CapacityRule.weekday))).scalars().all()
    blocked_q = select(BlockedTime).order_by(BlockedTime.starts_at)
    if after is not None:
        blocked_q = blocked_q.where(BlockedTime.ends_at > after)
    blocked = (await session.execute(blocked_q)).scalars().all()
    lines = ["# desk_app capacity (desk-app capacity load FILE.toml)", ""]
    for sp in sps:
        lines += ["[[service_point]]", f'code = "{sp.code}"',
                  f"overbooking_percent = {sp.overbooking_percent or 0}", ""]
        grouped: dict[tuple, list[int]] = {}
        for r in rules:
            if r.service_point_id == sp.id:
                grouped.setdefault((r.service_id, r.opens, r.closes, r.slot_minutes,
                                    r.counters), []).append(r.weekday)
        for (service_id, opens, closes, minutes, n), weekdays in grouped.items():
            lines += ["[[service_point.hours]]",
                      f'days = "{",".join(cap.WEEKDAYS_DE[d] for d in sorted(weekdays))}"',
                      f'opens = "{opens}"', f'closes = "{closes}"',
                      f"slot_minutes = {minutes}", f"counters = {n}"]
            if service_id is not None:
                lines.append(f'service = "{services.get(service_id, "")}"')
            lines.append("")
        for b in blocked:
            if b.service_point_id != sp.id:
                continue
            lines += ["[[service_point.blocked]]",
                      f'start = "{to_local(b.starts_at):%Y-%m-%d %H:%M}"',
                      f'end = "{to_local(b.ends_at):%Y-%m-%d %H:%M}"',
                      f"reason = {_toml_string(b.reason)}"]
            if b.counter_id is not None:
                lines.append(f"counter = {_toml_string(counters.get(b.counter_id, ''))}")
            lines.append("")
    return "\n".join(lines)


def _toml_string(value: Any) -> str:
    import json
    return json.dumps(str(value), ensure_ascii=False)



# -- editing one service point's hours (ui/calendar/hours.py) -------------------------------
@dataclass(frozen=True, slots=True)
class HoursRow:
    """One weekday's opening hours of a service point (a pool: ``service_id`` or all)."""

    weekday: int            # 0 = Monday
    opens: str              # "HH:MM", Berlin time
    closes: str
    slot_minutes: int
    counters: int
    service_id: int | None = None


@dataclass(frozen=True, slots=True)
class BlockedRow:
    id: int
    starts_at: dt.datetime  # UTC
    ends_at: dt.datetime
    reason: str
    counter_id: int | None


@dataclass(frozen=True, slots=True)
class ServicePointHours:
    service_point_id: int
    percent: int
    hours: tuple[HoursRow, ...]
    blocked: tuple[BlockedRow, ...]


async def read_hours(session: AsyncSession, *, service_point_id: int,
                     after: dt.datetime) -> ServicePointHours:
    """A service point's hours and its blocked times that end after ``after``."""
    sp = await session.get(ServicePoint, service_point_id)
    if sp is None:
        raise errors.NotFound(what=f"Dienststelle {service_point_id}")
    rules = (await session.execute(select(CapacityRule).where(
        CapacityRule.service_point_id == service_point_id).order_by(
        CapacityRule.weekday, CapacityRule.opens, CapacityRule.service_id,
        CapacityRule.id))).scalars().all()
    blocked = (await session.execute(select(BlockedTime).where(
        BlockedTime.service_point_id == service_point_id, BlockedTime.ends_at > after
    ).order_by(BlockedTime.starts_at, BlockedTime.id))).scalars().all()
    return ServicePointHours(
        service_point_id, int(sp.overbooking_percent or 0),
        tuple(HoursRow(r.weekday, r.opens, r.closes, r.slot_minutes, r.counters, r.service_id)
              for r in rules),
        tuple(BlockedRow(b.id, ensure_utc(b.starts_at), ensure_utc(b.ends_at), b.reason or "",
                         b.counter_id) for b in blocked))


def _checked(service_point_id: int, row: HoursRow) -> cap.CapacityRule:
    try:
        return cap.CapacityRule(service_point_id, int(row.weekday), cap.parse_time(row.opens),
                                cap.parse_time(row.closes), int(row.slot_minutes),
                                int(row.counters), row.service_id)
    except (cap.CapacityError, ValueError, TypeError):
        day = cap.WEEKDAYS_DE[row.weekday] if 0 <= int(row.weekday) <= 6 else str(row.weekday)
        raise cap.InvalidHours(day=day, opens=row.opens, closes=row.closes) from None


async def save_hours(session: AsyncSession, ctx: Context, *, service_point_id: int,
                     hours: Sequence[HoursRow]) -> int:
    """Replaces a service point's opening hours (all rows checked first; all or
    nothing). Bookings already made keep their slots. Returns the number of rows."""
    require(ctx.policy, ctx.actor, Permission.ADMINISTER)
    rules = [_checked(service_point_id, row) for row in hours]
    async with session.begin():
        now = ctx.now()
        if await session.get(ServicePoint, service_point_id) is None:
            raise errors.NotFound(what=f"Dienststelle {service_point_id}")
        await session.execute(delete(CapacityRule).where(
            CapacityRule.service_point_id == service_point_id))
        for r in rules:
            session.add(CapacityRule(service_point_id=service_point_id,
                                     service_id=r.service_id, weekday=r.weekday,
                                     opens=r.opens.strftime("%H:%M"),
                                     closes=r.closes.strftime("%H:%M"),
                                     slot_minutes=r.slot_minutes, counters=r.counters))
        await session.flush()
        await audit(session, ctx.actor, now, action="save_hours", entity="service_point",
                    entity_id=service_point_id, detail=f"rules={len(rules)}")
        await record_changes(session, [Change("service_point", service_point_id, "capacity",
                                              service_point_id)], now)
    return len(rules)


async def add_blocked(session: AsyncSession, ctx: Context, *, service_point_id: int,
                      starts_at: dt.datetime, ends_at: dt.datetime, reason: str,
                      counter_id: int | None = None) -> int:
    """A blocked time (staff meeting, training) of the service point or one counter."""
    require(ctx.policy, ctx.actor, Permission.ADMINISTER)
    starts_at, ends_at = ensure_utc(starts_at), ensure_utc(ends_at)
    if ends_at <= starts_at:
        raise cap.InvalidBlockedTime()
    async with session.begin():
        now = ctx.now()
        if counter_id is not None:
            counter = await session.get(Counter, counter_id)
            if counter is None or counter.service_point_id != service_point_id:
                raise errors.NotFound(what=f"Schalter {counter_id}")
        row = BlockedTime(service_point_id=service_point_id, counter_id=counter_id,
                          starts_at=starts_at, ends_at=ends_at,
                          reason=(reason or "").strip()[:500], created_at=now)
        session.add(row)
        await session.flush()
        await audit(session, ctx.actor, now, action="add_blocked", entity="service_point",
                    entity_id=service_point_id)
        await record_changes(session, [Change("service_point", service_point_id, "capacity",
                                              service_point_id)], now)
        return row.id


async def remove_blocked(session: AsyncSession, ctx: Context, *, blocked_id: int) -> None:
    require(ctx.policy, ctx.actor, Permission.ADMINISTER)
    async with session.begin():
        now = ctx.now()
        row = await session.get(BlockedTime, blocked_id)
        if row is None:
            raise errors.NotFound(what=f"Sperrzeit {blocked_id}")
        sp = row.service_point_id
        await session.delete(row)
        await session.flush()
        await audit(session, ctx.actor, now, action="remove_blocked", entity="service_point",
                    entity_id=sp)
        await record_changes(session, [Change("service_point", sp, "capacity", sp)], now)
