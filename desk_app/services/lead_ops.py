"""Shift lead operations (issue 14), Qt-free: a counter's presence, the queues a counter
or clerk calls from (with weights), call next across them, bulk moves, and the silent
alarm. One transaction per use case; plain dataclasses out; ids and codes in audit rows.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from typing import Hashable, Sequence

from sqlalchemy import bindparam, delete, func, insert, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from desk_app.domain import errors
from desk_app.domain.clock import business_day
from desk_app.domain.lead import (
    NOT_CALLING, PRESENCE_LABELS_DE, AlarmFacts, AlarmNotFound, Audience, CounterNotOpen,
    OnBreak, Presence, QueueHead, alarm_visible, check_presence_change, pick_queue,
    spread_evenly,
)
from desk_app.domain.reassign import check_reassign
from desk_app.domain.errors import local_time
from desk_app.domain.roles import Permission, Role
from desk_app.domain.states import Action, State
from desk_app.domain.transitions import require
from desk_app.models import (Alarm, CallAssignment, Counter, CounterState, QueueEntry,
                             ServicePoint, StaffMember)

from .changes import _AUDIT, Change, audit, record_changes
from .context import Context

log = logging.getLogger(__name__)


# -- presence -------------------------------------------------------------------------

@dataclasses.dataclass(frozen=True, slots=True)
class CounterPresence:
    counter_id: int
    state: Presence
    reason: str | None
    since: dt.datetime | None
    staff_id: int | None


async def set_presence(session: AsyncSession, ctx: Context, counter_id: int,
                       state: Presence, *, reason: str | None = None) -> CounterPresence:
    """A clerk sets their own counter's state; a shift lead any counter's."""
    if counter_id != ctx.actor.counter_id:
        require(ctx.policy, ctx.actor, Permission.REASSIGN)
    reason = check_presence_change(state, reason)
    now = ctx.now()
    async with session.begin():
        sp = await session.scalar(select(Counter.service_point_id).where(Counter.id == counter_id))
        if sp is None:
            raise errors.NotFound(what=f"Schalter {counter_id}")
        await session.execute(delete(CounterState).where(CounterState.counter_id == counter_id))
        staff = ctx.actor.staff_id if counter_id == ctx.actor.counter_id else None
        if state != Presence.AT_COUNTER:
            await session.execute(insert(CounterState).values(
                counter_id=counter_id, state=state.value, reason=reason, since=now, staff_id=staff))
        await audit(session, ctx.actor, now, action="presence", entity="counter",
                    entity_id=counter_id, to_state=state.value)
        await record_changes(session, [Change("counter", counter_id, "presence", sp)], now)
    return CounterPresence(counter_id, state, reason,
                           None if state == Presence.AT_COUNTER else now, staff)


async def presence_of(session: AsyncSession, counter_ids: Sequence[int] | None = None
                      ) -> dict[int, CounterPresence]:
    q = select(CounterState)
    if counter_ids is not None:
        q = q.where(CounterState.counter_id.in_(list(counter_ids)))
    return {r.counter_id: CounterPresence(r.counter_id, Presence(r.state), r.reason, r.since,
                                          r.staff_id)
            for r in (await session.execute(q)).scalars()}


# the one extra read of call next: the counter's state and whether it has assignments
def _gate(counter_id: int, staff_id: int | None):
    this_counter = CounterState.counter_id == counter_id
    state = select(CounterState.state).where(this_counter).scalar_subquery()
    reason = select(CounterState.reason).where(this_counter).scalar_subquery()
    since = select(CounterState.since).where(this_counter).scalar_subquery()
    assigned = (select(func.count()).select_from(CallAssignment)
                .where(or_(CallAssignment.counter_id == counter_id,
                           CallAssignment.clerk_id == staff_id))
                .scalar_subquery())
    return select(state, reason, since, assigned)


async def check_may_call(session: AsyncSession, counter_id: int,
                         staff_id: int | None) -> bool:
    """Refuses call next on a break, away or closed; returns whether the counter (or the
    clerk) has cross-queue assignments."""
    state, reason, since, assigned = (await session.execute(_gate(counter_id, staff_id))).one()
    if state is not None and Presence(state) in NOT_CALLING:
        name = await session.scalar(select(Counter.name).where(Counter.id == counter_id))
        if since is not None and getattr(since, "tzinfo", None) is None:
            since = since.replace(tzinfo=dt.timezone.utc)
        if Presence(state) == Presence.BREAK:
            raise OnBreak(counter=name or f"Schalter {counter_id}", reason=reason or "",
                          since=local_time(since) if since else "")
        raise CounterNotOpen(counter=name or f"Schalter {counter_id}",
                             state_de="geschlossen" if Presence(state) == Presence.CLOSED
                             else "nicht besetzt (abwesend)")
    return bool(assigned)


# -- assignments ----------------------------------------------------------------------

@dataclasses.dataclass(frozen=True, slots=True)
class Assignment:
    service_point_id: int
    service_id: int | None = None
    weight: int = 1
    tier: int = 0

    @property
    def queue(self) -> tuple[int, int | None]:
        return (self.service_point_id, self.service_id)


async def set_assignments(session: AsyncSession, ctx: Context, *,
                          assignments: Sequence[Assignment], counter_id: int | None = None,
                          clerk_id: int | None = None) -> list[Assignment]:
    """Replaces a counter's (or a clerk's) queues live; the shift lead's job."""
    require(ctx.policy, ctx.actor, Permission.REASSIGN)
    if (counter_id is None) == (clerk_id is None):
        raise errors.ValidationFailed(message="Entweder einen Schalter oder eine Person wählen.", error_code="counter_or_person")
    for a in assignments:
        if a.weight < 1:
            raise errors.ValidationFailed(message="Das Gewicht muss mindestens 1 sein.", error_code="weight_too_small")
    now = ctx.now()
    async with session.begin():
        owner = (CallAssignment.counter_id == counter_id if counter_id is not None
                 else CallAssignment.clerk_id == clerk_id)
        await session.execute(delete(CallAssignment).where(owner))
        if assignments:
            await session.execute(insert(CallAssignment), [
                dict(counter_id=counter_id, clerk_id=clerk_id, service_point_id=a.service_point_id,
                     service_id=a.service_id, weight=a.weight, tier=a.tier) for a in assignments])
        await audit(session, ctx.actor, now, action="assignments",
                    entity="counter" if counter_id is not None else "staff",
                    entity_id=counter_id if counter_id is not None else clerk_id,
                    detail=f"{len(assignments)} queues")
        await record_changes(session, [Change("assignment", counter_id or clerk_id or 0,
                                              "assignments")], now)
    return list(assignments)


async def assignments_of(session: AsyncSession, *, counter_id: int | None,
                         clerk_id: int | None) -> list[Assignment]:
    """A clerk's own assignments win over the counter's."""
    rows = (await session.execute(
        select(CallAssignment).where(or_(CallAssignment.counter_id == counter_id,
                                         CallAssignment.clerk_id == clerk_id))
        .order_by(CallAssignment.tier, CallAssignment.id))).scalars().all()
    mine = [r for r in rows if clerk_id is not None and r.clerk_id == clerk_id]
    chosen = mine or [r for r in rows if r.counter_id == counter_id]
    return [Assignment(r.service_point_id, r.service_id, r.weight, r.tier) for r in chosen]


def _queue_filter(a: Assignment, day: dt.date, now: dt.datetime, counter_id: int,
                  staff_id: int | None) -> list:
    where = [QueueEntry.business_day == day, QueueEntry.service_point_id == a.service_point_id,
             QueueEntry.state == State.WAITING.value,
             or_(QueueEntry.recall_locked_until.is_(None), QueueEntry.recall_locked_until <= now),
             or_(QueueEntry.assigned_counter_id.is_(None),
                 QueueEntry.assigned_counter_id == counter_id),
             or_(QueueEntry.assigned_clerk_id.is_(None), QueueEntry.assigned_clerk_id == staff_id)]
    if a.service_id is not None:
        where.append(QueueEntry.service_id == a.service_id)
    return where


async def _served_today(session: AsyncSession, counter_id: int, day: dt.date,
                        assignments: Sequence[Assignment]) -> dict[tuple, int]:
    rows = (await session.execute(
        select(QueueEntry.service_point_id, QueueEntry.service_id, func.count())
        .where(QueueEntry.business_day == day, QueueEntry.counter_id == counter_id,
               QueueEntry.first_called_at.is_not(None))
        .group_by(QueueEntry.service_point_id, QueueEntry.service_id))).all()
    specific = {a.queue for a in assignments if a.service_id is not None}
    served: dict[tuple, int] = {a.queue: 0 for a in assignments}
    for sp, service, n in rows:
        if (sp, service) in specific:
            served[(sp, service)] += n
        elif (sp, None) in served:
            served[(sp, None)] += n
    return served


async def call_next_across(session: AsyncSession, ctx: Context, *, counter_id: int,
                           key: str, day: dt.date | None = None):
    """Call next over the counter's (or clerk's) assigned queues, in the caller's open
    transaction. Returns the EntryView, or raises QueueEmpty."""
    from . import queue_actions   # the entry lock and the action body live there

    now = ctx.now()
    day = day or business_day(now)
    assignments = await assignments_of(session, counter_id=counter_id,
                                       clerk_id=ctx.actor.staff_id)
    served = await _served_today(session, counter_id, day, assignments)
    remaining = list(assignments)
    while remaining:
        heads = []
        for a in remaining:
            row = (await session.execute(
                select(QueueEntry.id, QueueEntry.sort_at)
                .where(*_queue_filter(a, day, now, counter_id, ctx.actor.staff_id))
                .order_by(QueueEntry.priority, QueueEntry.sort_at, QueueEntry.id).limit(1))).first()
            if row is not None:
                heads.append(QueueHead(a.queue, row.id, row.sort_at or now, a.weight, a.tier,
                                       served.get(a.queue, 0)))
        choice = pick_queue(heads, now)
        if choice is None:
            break
        chosen = next(a for a in remaining if a.queue == choice.queue)
        stmt = queue_actions._locking(
            *_queue_filter(chosen, day, now, counter_id, ctx.actor.staff_id),
            skip_locked=True, order=(QueueEntry.priority, QueueEntry.sort_at, QueueEntry.id))
        conn = await session.connection()
        row = (await conn.execute(stmt, {"key": key})).first()
        if row is None:     # taken meanwhile by other counters: look again without it
            remaining = [a for a in remaining if a.queue != choice.queue]
            continue
        entry = queue_actions._locked(row)
        if entry.previous is not None:
            return await queue_actions._replay_of(session, entry.previous)
        return await queue_actions._act(session, ctx, entry, Action.CALL, key=key,
                                        counter_id=counter_id)
    replay = await queue_actions._replayed(session, key)
    if replay is not None:
        return replay
    raise errors.QueueEmpty()


# -- bulk moves -----------------------------------------------------------------------

@dataclasses.dataclass(frozen=True, slots=True)
class MoveTarget:
    counter_id: int | None = None
    clerk_id: int | None = None


@dataclasses.dataclass(frozen=True, slots=True)
class MovedEntry:
    entry_id: int
    ticket: str
    counter_id: int | None
    clerk_id: int | None


@dataclasses.dataclass(frozen=True, slots=True)
class BulkMoveResult:
    moved: tuple[MovedEntry, ...]
    conflicts: tuple[str, ...]     # the tickets (or booking references) not moved


def _label(row) -> str:
    return row.ticket or row.booking_reference or f"#{row.id}"


async def bulk_move(session: AsyncSession, ctx: Context, *,
                    entries: Sequence[tuple[int, int | None]], targets: Sequence[MoveTarget],
                    reason: str) -> BulkMoveResult:
    """Moves many entries (id, expected version or None) to the targets, spread evenly,
    one reason, one transaction. An entry that changed meanwhile (another version, a
    state that cannot be moved, or a target counter of another service point) is
    reported by its ticket; the rest move."""
    if not targets:
        raise errors.ValidationFailed(message="Kein Ziel gewählt.", error_code="no_target")
    require(ctx.policy, ctx.actor, Permission.REASSIGN)
    reason = (reason or "").strip()
    if not reason:
        raise errors.ReasonRequired()
    now = ctx.now()
    expected = dict(entries)
    async with session.begin():
        counter_sp = dict((await session.execute(
            select(Counter.id, Counter.service_point_id).where(
                Counter.id.in_([t.counter_id for t in targets if t.counter_id is not None])
            ))).all())
        rows = (await session.execute(
            select(QueueEntry.id, QueueEntry.state, QueueEntry.version, QueueEntry.ticket,
                   QueueEntry.booking_reference, QueueEntry.service_point_id,
                   QueueEntry.business_day, QueueEntry.sort_at, QueueEntry.scheduled_at)
            .where(QueueEntry.id.in_(list(expected))).order_by(QueueEntry.id)
            .with_for_update())).all()
        found = {r.id for r in rows}
        conflicts = [f"#{i}" for i in expected if i not in found]
        movable = []
        for r in rows:
            want = expected[r.id]
            try:
                check_reassign(State(r.state), ctx.actor, ctx.policy, reason)
            except errors.PermissionDenied:
                raise
            except errors.DomainError:
                conflicts.append(_label(r))
                continue
            if want is not None and want != r.version:
                conflicts.append(_label(r))
                continue
            movable.append(r)
        movable.sort(key=lambda r: (r.sort_at or r.scheduled_at or now, r.id))
        plan: dict[int, MoveTarget] = {}
        by_sp: dict[int, list] = {}
        for r in movable:
            by_sp.setdefault(r.service_point_id, []).append(r)
        for sp, group in by_sp.items():
            fitting = [t for t in targets if t.counter_id is None or counter_sp.get(t.counter_id) == sp]
            if not fitting:
                conflicts.extend(_label(r) for r in group)
                continue
            plan.update(spread_evenly([r.id for r in group], fitting))
        moved = []
        changes = []
        if plan:
            rows_by_id = {r.id: r for r in movable}
            params = []
            for entry_id, target in plan.items():
                params.append(dict(b_id=entry_id, b_counter=target.counter_id,
                                   b_clerk=target.clerk_id))
            await (await session.connection()).execute(
                update(QueueEntry.__table__).where(QueueEntry.__table__.c.id == bindparam("b_id"))
                .values(assigned_counter_id=bindparam("b_counter"),
                        assigned_clerk_id=bindparam("b_clerk"), reassign_reason=reason,
                        version=QueueEntry.__table__.c.version + 1, updated_at=now), params)
            for entry_id, target in plan.items():
                r = rows_by_id[entry_id]
                moved.append(MovedEntry(entry_id, _label(r), target.counter_id, target.clerk_id))
                changes.append(Change("entry", entry_id, "reassign", r.service_point_id,
                                      r.business_day))
            conn = await session.connection()
            await conn.execute(_AUDIT, [dict(
                at=now, staff_id=ctx.actor.staff_id, station=ctx.actor.station,
                action="reassign", entity="entry", entity_id=m.entry_id,
                from_state=rows_by_id[m.entry_id].state, to_state=rows_by_id[m.entry_id].state,
                detail="bulk") for m in moved])
            await record_changes(session, changes, now)
    return BulkMoveResult(tuple(moved), tuple(conflicts))


async def afternoon_of(session: AsyncSession, *, clerk_id: int, day: dt.date,
                       from_local: dt.time = dt.time(12, 0)) -> list[tuple[int, int]]:
    """"All of Frau X's afternoon": the entries reserved for a clerk from ``from_local``
    (Berlin time) on, still to be served: (id, version) for bulk_move."""
    from desk_app.domain.clock import local_to_utc

    start = local_to_utc(day, from_local)
    open_states = [State.BOOKED.value, State.WAITING.value, State.PARKED.value]
    rows = (await session.execute(
        select(QueueEntry.id, QueueEntry.version).where(
            QueueEntry.business_day == day, QueueEntry.assigned_clerk_id == clerk_id,
            QueueEntry.state.in_(open_states),
            func.coalesce(QueueEntry.scheduled_at, QueueEntry.sort_at) >= start)
        .order_by(func.coalesce(QueueEntry.scheduled_at, QueueEntry.sort_at), QueueEntry.id))).all()
    return [(r.id, r.version) for r in rows]


# -- the silent alarm ------------------------------------------------------------------

@dataclasses.dataclass(frozen=True, slots=True)
class AlarmView:
    id: int
    counter_id: int | None
    counter_name: str
    room: str
    service_point_id: int | None
    service_point_name: str
    station: str
    raised_at: dt.datetime
    acknowledged_at: dt.datetime | None
    acknowledged_by_name: str | None

    @property
    def facts(self) -> AlarmFacts:
        return AlarmFacts(self.counter_id, self.service_point_id, self.room, self.station,
                          self.raised_at, self.acknowledged_at is not None)


def alarm_from_change(record, counters: dict) -> AlarmView | None:
    """A raised alarm from its change record alone (op "raised:<counter id>"), with the
    counter's name, room and service point from ``counters`` (id -> (name, room, sp id,
    sp name)); None when the record is not a raise or the counter is unknown here."""
    op = getattr(record, "op", "") or ""
    if getattr(record, "entity", None) != "alarm" or not op.startswith("raised:"):
        return None
    try:
        counter_id = int(op.split(":", 1)[1] or 0) or None
    except ValueError:
        return None
    place = counters.get(counter_id)
    if place is None:
        return None
    name, room, sp_id, sp_name = place
    return AlarmView(record.entity_id, counter_id, name, room, sp_id, sp_name, "", record.at,
                     None, None)


async def raise_alarm(session: AsyncSession, ctx: Context, *,
                      counter_id: int | None = None) -> int:
    """Stores the alarm (every workstation hears of it through the change feed); audited."""
    now = ctx.now()
    counter_id = counter_id if counter_id is not None else ctx.actor.counter_id
    async with session.begin():
        sp = (await session.scalar(select(Counter.service_point_id)
                                   .where(Counter.id == counter_id))
              if counter_id is not None else None)
        alarm_id = (await session.execute(insert(Alarm).values(
            counter_id=counter_id, service_point_id=sp, station=ctx.actor.station,
            raised_by=ctx.actor.staff_id, raised_at=now).returning(Alarm.id))).scalar_one()
        await audit(session, ctx.actor, now, action="alarm_raised", entity="alarm",
                    entity_id=alarm_id)
        # the op carries the counter id (no personal data), so that every workstation
        # can show the alarm from the change record alone, without a read of its own
        await record_changes(session, [Change("alarm", alarm_id, f"raised:{counter_id or 0}",
                                              sp)], now)
    log.warning("silent alarm %s raised at counter %s", alarm_id, counter_id)
    return alarm_id


async def acknowledge_alarm(session: AsyncSession, ctx: Context, alarm_id: int) -> AlarmView:
    """The first acknowledgement counts; a second one returns the alarm as it is."""
    now = ctx.now()
    async with session.begin():
        row = (await session.execute(select(Alarm).where(Alarm.id == alarm_id)
                                     .with_for_update())).scalar_one_or_none()
        if row is None:
            raise AlarmNotFound(alarm=alarm_id)
        if row.acknowledged_at is None:
            await session.execute(update(Alarm).where(Alarm.id == alarm_id).values(
                acknowledged_at=now, acknowledged_by=ctx.actor.staff_id,
                acknowledged_station=ctx.actor.station))
            await audit(session, ctx.actor, now, action="alarm_acknowledged", entity="alarm",
                        entity_id=alarm_id)
            await record_changes(session, [Change("alarm", alarm_id, "acknowledged",
                                                  row.service_point_id)], now)
        return (await _alarm_views(session, Alarm.id == alarm_id))[0]


async def _alarm_views(session: AsyncSession, *where) -> list[AlarmView]:
    rows = (await session.execute(
        select(Alarm, Counter.name, Counter.room, ServicePoint.name, StaffMember.display_name)
        .outerjoin(Counter, Counter.id == Alarm.counter_id)
        .outerjoin(ServicePoint, ServicePoint.id == Alarm.service_point_id)
        .outerjoin(StaffMember, StaffMember.id == Alarm.acknowledged_by)
        .where(*where).order_by(Alarm.raised_at, Alarm.id))).all()
    return [AlarmView(a.id, a.counter_id, counter or "", room or "", a.service_point_id,
                      sp or "", a.station, a.raised_at, a.acknowledged_at, ack)
            for a, counter, room, sp, ack in rows]


async def get_alarm(session: AsyncSession, alarm_id: int) -> AlarmView:
    views = await _alarm_views(session, Alarm.id == alarm_id)
    if not views:
        raise AlarmNotFound(alarm=alarm_id)
    return views[0]


async def open_alarms(session: AsyncSession, now: dt.datetime, *,
                      since: dt.timedelta = dt.timedelta(hours=12)) -> list[AlarmView]:
    return await _alarm_views(session, Alarm.acknowledged_at.is_(None),
                              Alarm.raised_at >= now - since)


def audience_of(role: Role) -> Audience:
    return Audience.SHIFT_LEAD if role in (Role.SHIFT_LEAD, Role.ADMIN) else Audience.WORKSTATION


async def alarms_for(session: AsyncSession, ctx: Context, *, room: str = "",
                     service_point_id: int | None = None) -> list[AlarmView]:
    """The open alarms this workstation shows now (never the call display's business)."""
    now = ctx.now()
    audience = audience_of(ctx.actor.role)
    if ctx.actor.counter_id is not None and (not room or service_point_id is None):
        c = (await session.execute(select(Counter.room, Counter.service_point_id)
                                   .where(Counter.id == ctx.actor.counter_id))).first()
        if c is not None:
            room = room or c.room or ""
            service_point_id = service_point_id if service_point_id is not None else c.service_point_id
    return [a for a in await open_alarms(session, now)
            if alarm_visible(a.facts, audience, station=ctx.actor.station,
                             counter_id=ctx.actor.counter_id,
                             service_point_id=service_point_id, room=room, now=now)]


async def closed_counters(session: AsyncSession, service_point_id: int | None = None
                          ) -> list[tuple[int, str]]:
    """(counter id, name) of the closed counters, for the call display ("geschlossen"):
    names of counters only, never of people, never an alarm."""
    q = (select(Counter.id, Counter.name).join(CounterState, CounterState.counter_id == Counter.id)
         .where(CounterState.state == Presence.CLOSED.value).order_by(Counter.name))
    if service_point_id is not None:
        q = q.where(Counter.service_point_id == service_point_id)
    return [(r.id, r.name) for r in (await session.execute(q)).all()]
