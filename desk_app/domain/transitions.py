"""The state table of a queue entry: the one authority (DESIGN.md).

``TABLE`` lists every allowed (state, action) pair. ``decide`` checks an action against
the table, the actor's permission and the service point's rules, and returns the new
state and field changes; it raises a specific error otherwise. Pure Python: no Qt, no
database. Services apply the returned ``Decision`` to the stored entry.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Mapping

from . import errors
import math

from .clock import business_day as business_day_of, ensure_utc
from .roles import Actor, Permission, RolePolicy
from .rules import ServicePointRules
from .states import Action, EntryKind, Outcome, State


@dataclass(frozen=True, slots=True)
class Rule:
    source: State
    action: Action
    target: State
    permission: Permission


TABLE: tuple[Rule, ...] = (
    Rule(State.BOOKED, Action.CHECK_IN, State.WAITING, Permission.CHECK_IN),
    Rule(State.BOOKED, Action.MARK_NO_SHOW, State.NO_SHOW, Permission.MARK_NO_SHOW),
    Rule(State.BOOKED, Action.CANCEL, State.CANCELLED, Permission.CANCEL),
    Rule(State.NO_SHOW, Action.LATE_ARRIVAL, State.WAITING, Permission.LATE_ARRIVAL),
    Rule(State.WAITING, Action.CALL, State.CALLED, Permission.CALL),
    Rule(State.WAITING, Action.LEAVE, State.LEFT, Permission.LEAVE),
    Rule(State.CALLED, Action.APPEAR, State.IN_SERVICE, Permission.SERVE),
    # Becomes MISSED instead once the maximum number of calls is reached.
    Rule(State.CALLED, Action.NOT_ANSWERING, State.WAITING, Permission.SERVE),
    Rule(State.MISSED, Action.REINSTATE, State.WAITING, Permission.REINSTATE),
    Rule(State.IN_SERVICE, Action.PARK, State.PARKED, Permission.SERVE),
    Rule(State.PARKED, Action.RESUME, State.WAITING, Permission.SERVE),
    Rule(State.IN_SERVICE, Action.FORWARD, State.WAITING, Permission.SERVE),
    Rule(State.IN_SERVICE, Action.FINISH, State.DONE, Permission.SERVE),
)

RULES: Mapping[tuple[State, Action], Rule] = {(r.source, r.action): r for r in TABLE}


def allowed_actions(state: State) -> frozenset[Action]:
    return frozenset(a for (s, a) in RULES if s == state)


@dataclass(frozen=True, slots=True)
class EntryFacts:
    """What the rules need to know about an entry."""

    state: State
    kind: EntryKind
    service_point_id: int
    applicant_ids: tuple[int, ...]
    scheduled_at: dt.datetime | None = None
    call_count: int = 0
    recall_locked_until: dt.datetime | None = None
    counter_id: int | None = None
    business_day: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Decision:
    """The result of an allowed action: the new state and the fields to set."""

    action: Action
    source: State
    target: State
    changes: Mapping[str, Any] = field(default_factory=dict)


def require(policy: RolePolicy, actor: Actor, permission: Permission) -> None:
    if not policy.allows(actor.role, permission):
        raise errors.PermissionDenied(permission=permission.value)


def decide(
    facts: EntryFacts,
    action: Action,
    actor: Actor,
    now: dt.datetime,
    rules: ServicePointRules,
    policy: RolePolicy,
    *,
    reason: str | None = None,
    outcomes: Mapping[int, Outcome] | None = None,
    target_service_point_id: int | None = None,
    counter_id: int | None = None,
) -> Decision:
    now = ensure_utc(now)
    rule = RULES.get((facts.state, action))
    if rule is None:
        raise errors.TRANSITION_ERRORS[action](facts.state)
    require(policy, actor, rule.permission)
    reason = (reason or "").strip() or None
    handler = _HANDLERS.get(action)
    changes: dict[str, Any] = {}
    target = rule.target
    if handler is not None:
        target = handler(
            facts, actor, now, rules, policy, changes,
            reason=reason, outcomes=outcomes,
            target_service_point_id=target_service_point_id, counter_id=counter_id,
        ) or target
    changes.setdefault(_TIMESTAMP_FIELD[action], now)
    if target == State.WAITING:
        changes.setdefault("waiting_since", now)
        changes.setdefault("priority", 1)
    return Decision(action=action, source=facts.state, target=target, changes=changes)


_TIMESTAMP_FIELD: Mapping[Action, str] = {
    Action.CHECK_IN: "checked_in_at",
    Action.MARK_NO_SHOW: "no_show_at",
    Action.CANCEL: "cancelled_at",
    Action.LATE_ARRIVAL: "late_arrival_at",
    Action.CALL: "called_at",
    Action.LEAVE: "left_at",
    Action.APPEAR: "service_started_at",
    Action.NOT_ANSWERING: "not_answering_at",
    Action.REINSTATE: "reinstated_at",
    Action.PARK: "parked_at",
    Action.RESUME: "resumed_at",
    Action.FORWARD: "forwarded_at",
    Action.FINISH: "finished_at",
}


def _lateness(facts: EntryFacts, now: dt.datetime) -> dt.timedelta:
    if facts.scheduled_at is None:
        return dt.timedelta(0)
    return max(dt.timedelta(0), now - ensure_utc(facts.scheduled_at))


def _same_day(facts: EntryFacts, now: dt.datetime) -> None:
    if facts.business_day is not None and facts.business_day != business_day_of(now):
        raise errors.NotToday(day=facts.business_day)


def _check_in(facts, actor, now, rules, policy, changes, *, reason, **_):
    _same_day(facts, now)
    late = _lateness(facts, now)
    minutes = math.ceil(late.total_seconds() / 60)
    if facts.kind == EntryKind.APPOINTMENT and late > rules.late_tolerance:
        if late > dt.timedelta(minutes=rules.late_limit_min) and not policy.allows(
            actor.role, Permission.LATE_ARRIVAL
        ):
            raise errors.LateCheckInNeedsPermission(minutes=minutes)
        if reason is None:
            raise errors.LateCheckInNeedsReason(minutes=minutes)
        changes["late_reason"] = reason
    changes["sort_at"] = sort_key_on_check_in(facts, now, rules)
    return None


def sort_key_on_check_in(facts: EntryFacts, now: dt.datetime, rules: ServicePointRules):
    """Where an entry stands in the call order: earlier ``sort_at`` is called first.

    - An appointment on time is called by its scheduled time.
    - A late appointment stands at the time it checked in.
    - A walk-in stands at its arrival plus the service point's walk-in offset. Because
      that key never moves, every later appointment queues behind it: no walk-in waits
      forever, and appointments keep their times as long as walk-ins are few.
    """
    if facts.kind == EntryKind.APPOINTMENT and facts.scheduled_at is not None:
        scheduled = ensure_utc(facts.scheduled_at)
        return scheduled if now <= scheduled + rules.late_tolerance else now
    return now + rules.walk_in_offset


def _mark_no_show(facts, actor, now, rules, policy, changes, **_):
    if facts.scheduled_at is not None and now < ensure_utc(facts.scheduled_at):
        raise errors.NoShowNotYetDue()
    return None


def _late_arrival(facts, actor, now, rules, policy, changes, *, reason, **_):
    _same_day(facts, now)
    if reason is None:
        raise errors.ReasonRequired()
    changes["late_reason"] = reason
    changes["sort_at"] = now
    changes["checked_in_at"] = now
    return None


def _call(facts, actor, now, rules, policy, changes, *, counter_id, **_):
    if facts.recall_locked_until is not None and now < ensure_utc(facts.recall_locked_until):
        raise errors.RecallLocked(
            until_local=errors.local_time(facts.recall_locked_until),
            until=facts.recall_locked_until,
        )
    changes["call_count"] = facts.call_count + 1
    changes["counter_id"] = counter_id if counter_id is not None else actor.counter_id
    changes["clerk_id"] = actor.staff_id
    return None


def _appear(facts, actor, now, rules, policy, changes, **_):
    changes["clerk_id"] = actor.staff_id
    # A reservation for this counter (resume, reassignment) is used up once served.
    changes["assigned_counter_id"] = None
    changes["assigned_clerk_id"] = None
    changes["priority"] = 1
    return None


def _not_answering(facts, actor, now, rules, policy, changes, **_):
    if facts.call_count >= rules.max_calls:
        changes["missed_at"] = now
        return State.MISSED
    # Keeps its place in the order (sort_at unchanged): it was called because it was
    # first, and the recall lock keeps it from being called again too soon.
    changes["recall_locked_until"] = now + rules.recall_lock
    return None


def _reinstate(facts, actor, now, rules, policy, changes, **_):
    changes["call_count"] = 0
    changes["recall_locked_until"] = None
    changes["sort_at"] = now
    return None


def _park(facts, actor, now, rules, policy, changes, *, reason, **_):
    if reason is None:
        raise errors.ReasonRequired()
    changes["park_reason"] = reason
    return None


def _resume(facts, actor, now, rules, policy, changes, **_):
    # Front of the queue, for the counter that parked it.
    changes["priority"] = 0
    changes["sort_at"] = now
    changes["assigned_counter_id"] = facts.counter_id
    changes["call_count"] = 0
    changes["recall_locked_until"] = None
    return None


def _forward(facts, actor, now, rules, policy, changes, *, target_service_point_id, reason, **_):
    if target_service_point_id is None or target_service_point_id == facts.service_point_id:
        raise errors.ForwardTargetInvalid()
    changes["service_point_id"] = target_service_point_id
    changes["forwarded_from_id"] = facts.service_point_id
    changes["counter_id"] = None
    changes["assigned_counter_id"] = None
    changes["call_count"] = 0
    changes["recall_locked_until"] = None
    changes["sort_at"] = now
    if reason:
        changes["forward_reason"] = reason
    return None


def _finish(facts, actor, now, rules, policy, changes, *, outcomes, **_):
    outcomes = dict(outcomes or {})
    if set(outcomes) != set(facts.applicant_ids) or not all(
        isinstance(o, Outcome) for o in outcomes.values()
    ):
        raise errors.OutcomeRequired()
    changes["outcomes"] = outcomes
    return None


_HANDLERS = {
    Action.CHECK_IN: _check_in,
    Action.MARK_NO_SHOW: _mark_no_show,
    Action.LATE_ARRIVAL: _late_arrival,
    Action.CALL: _call,
    Action.APPEAR: _appear,
    Action.NOT_ANSWERING: _not_answering,
    Action.REINSTATE: _reinstate,
    Action.PARK: _park,
    Action.RESUME: _resume,
    Action.FORWARD: _forward,
    Action.FINISH: _finish,
}
