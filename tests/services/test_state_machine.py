"""Random sequences of actions through the real services (Desk on SQLite), each checked
against the pure domain model: the state table's ``decide`` applied to a model of every
entry, plus an independent model of the call order and the ticket numbers."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, event, settings, strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine, initialize, invariant, precondition, rule, run_state_machine_as_test,
)
from sqlalchemy import func, select

from desk_app.domain import errors
from desk_app.domain.roles import Actor, Permission, RolePolicy
from desk_app.domain.rules import ServicePointRules
from desk_app.domain.states import Action, EntryKind, Outcome, State
from desk_app.domain.transitions import (
    EntryFacts, allowed_actions, decide, sort_key_on_check_in,
)
from desk_app.models import AuditEvent, QueueEntry
from desk_app.services.database import open_database
from desk_app.services.context import Context
from desk_app.services.desk import Desk
from tests.support import DAY, Clock, at, ids, person

RULES = ServicePointRules()  # the seeded rules of every service point
PREFIX = {"BI": "I", "EU": "E"}
DESKS = {  # name: (login, counter)
    "reception": ("info1", None),
    "i1": ("sbbi1", "Schalter I1"),
    "i2": ("sbbi2", "Schalter I2"),
    "lead": ("leitung", "Schalter I3"),
    "e1": ("sbeu1", "Schalter E1"),
}
CALLERS = {"i1": "BI", "i2": "BI", "lead": "BI", "e1": "EU"}
ACTIONS = [a for a in Action if a != Action.CALL]  # CALL goes through call next/specific
# a fresh SQLite file per example: in memory-backed /dev/shm when there is one (no fsync)
FAST_TMP = "/dev/shm" if Path("/dev/shm").is_dir() else None
MODEL_FIELDS = ("call_count", "recall_locked_until", "counter_id", "priority", "sort_at",
                "assigned_counter_id", "service_point_id")


@dataclasses.dataclass
class Model:
    id: int
    state: State
    kind: EntryKind
    service_point_id: int
    applicant_ids: tuple[int, ...]
    scheduled_at: dt.datetime | None
    call_count: int = 0
    recall_locked_until: dt.datetime | None = None
    counter_id: int | None = None
    priority: int = 1
    sort_at: dt.datetime | None = None
    assigned_counter_id: int | None = None
    ticket: str | None = None

    def facts(self) -> EntryFacts:
        return EntryFacts(state=self.state, kind=self.kind, service_point_id=self.service_point_id,
                          applicant_ids=self.applicant_ids, scheduled_at=self.scheduled_at,
                          call_count=self.call_count, recall_locked_until=self.recall_locked_until,
                          counter_id=self.counter_id)


class QueueMachine(RuleBasedStateMachine):
    template: Path  # set by the test

    def __init__(self) -> None:
        super().__init__()
        self.loop = asyncio.new_event_loop()
        self.tmp = Path(tempfile.mkdtemp(prefix="desk-sm-", dir=FAST_TMP))
        shutil.copyfile(self.template, self.tmp / "db.sqlite3")
        self.db = open_database(f"sqlite+aiosqlite:///{self.tmp / 'db.sqlite3'}")
        self.clock = Clock(at(8, 0))
        self.policy = RolePolicy()
        known = self.run(ids(self.db))
        self.desks = {}
        for name, (login, counter) in DESKS.items():
            staff_id, role = known["staff"][login]
            actor = Actor(staff_id=staff_id, role=role, station=f"sm-{name}",
                          counter_id=known["counter"][counter] if counter else None)
            self.desks[name] = Desk(self.db, Context(actor=actor, policy=self.policy,
                                                     clock=self.clock))
        self.sp = known["sp"]
        self.sp_code = {v: k for k, v in self.sp.items()}
        self.model: dict[int, Model] = {}
        self.next_ticket = {"BI": 1, "EU": 1}
        self.audit_expected = 0
        self.n = 0

    def run(self, coro):
        return self.loop.run_until_complete(coro)

    def teardown(self) -> None:
        try:
            self.run(self.db.dispose())
        finally:
            self.loop.close()
            shutil.rmtree(self.tmp, ignore_errors=True)

    # -- helpers ---------------------------------------------------------------------
    def pick(self, index: int) -> Model:
        """An entry, preferring those that can still move."""
        keys = sorted(k for k, m in self.model.items() if not m.state.is_final) or sorted(self.model)
        return self.model[keys[index % len(keys)]]

    def give_ticket(self, m: Model) -> None:
        if m.ticket is None:
            code = self.sp_code[m.service_point_id]
            m.ticket = f"{PREFIX[code]}-{self.next_ticket[code]:03d}"
            self.next_ticket[code] += 1

    def apply(self, m: Model, decision) -> None:
        for name in MODEL_FIELDS:
            if name in decision.changes:
                setattr(m, name, decision.changes[name])
        m.state = decision.target
        event(f"{decision.action.value} -> {m.state.value}")
        if m.state == State.WAITING:
            self.give_ticket(m)
        self.audit_expected += 1

    def expect(self, m: Model, action: Action, actor, *, counter_id=None, **kw):
        """The domain's verdict: a Decision, or the exception it raises."""
        try:
            return decide(m.facts(), action, actor, self.clock(), RULES, self.policy,
                          counter_id=counter_id, **kw)
        except errors.DomainError as exc:
            return exc

    def check_entry(self, m: Model, view) -> None:
        assert view.id == m.id
        assert view.state == m.state, (view.state, m.state)
        assert view.call_count == m.call_count
        assert view.service_point_id == m.service_point_id
        assert view.priority == m.priority
        assert view.ticket == m.ticket
        assert view.sort_at == m.sort_at
        assert view.recall_locked_until == m.recall_locked_until
        assert view.assigned_counter_id == m.assigned_counter_id
        if m.state in (State.CALLED, State.IN_SERVICE):
            assert view.counter_id == m.counter_id is not None

    def outcome_of(self, expected, call):
        """Runs the service and checks it agrees with the expected result or error."""
        try:
            view = self.run(call)
        except errors.DomainError as exc:
            assert isinstance(expected, BaseException), f"service refused: {exc!r}"
            assert type(exc) is type(expected), (exc, expected)
            return None
        assert not isinstance(expected, BaseException), f"service allowed, domain: {expected!r}"
        return view

    # -- rules -----------------------------------------------------------------------
    @initialize()
    def start(self):
        assert self.run(self.desks["reception"].day_queue(DAY)) == []

    @precondition(lambda self: len(self.model) < 5)
    @rule(sp=st.sampled_from(["BI", "EU"]), minutes=st.integers(0, 180),
          size=st.integers(1, 3))
    def book(self, sp, minutes, size):
        self.n += 1
        scheduled = at(8, 0) + dt.timedelta(minutes=minutes)
        view = self.run(self.desks["reception"].book(
            service_point_id=self.sp[sp], scheduled_at=scheduled,
            applicants=[person(f"Fam{self.n}", f"P{i}") for i in range(size)]))
        self.model[view.id] = Model(view.id, State.BOOKED, EntryKind.APPOINTMENT, self.sp[sp],
                                    tuple(x.applicant_id for x in view.members), scheduled)
        self.audit_expected += 1
        self.check_entry(self.model[view.id], view)

    @precondition(lambda self: len(self.model) < 5)
    @rule(sp=st.sampled_from(["BI", "EU"]), size=st.integers(1, 3),
          desk=st.sampled_from(["reception", "i1"]))
    def walk_in(self, sp, size, desk):
        self.n += 1
        view = self.run(self.desks[desk].register_walk_in(
            service_point_id=self.sp[sp],
            applicants=[person(f"Walk{self.n}", f"P{i}") for i in range(size)]))
        m = Model(view.id, State.WAITING, EntryKind.WALK_IN, self.sp[sp],
                  tuple(x.applicant_id for x in view.members), None)
        m.sort_at = sort_key_on_check_in(m.facts(), self.clock(), RULES)
        self.give_ticket(m)
        self.model[view.id] = m
        self.audit_expected += 1
        self.check_entry(m, view)

    @rule(minutes=st.sampled_from([1, 3, 5, 6, 11, 16, 31]))
    def advance_clock(self, minutes):
        self.clock.advance(minutes=minutes)

    @precondition(lambda self: self.model)
    @rule(index=st.integers(0, 50), data=st.data())
    def act(self, index, data):
        """Mostly an action the table allows in the entry's state (to go deep), sometimes
        any action by any desk, with or without a reason and all outcomes."""
        m = self.pick(index)
        allowed = sorted(allowed_actions(m.state))
        if allowed and data.draw(st.integers(0, 3), label="allowed") > 0:
            action = data.draw(st.sampled_from(allowed), label="action")
            if action == Action.CALL:
                return self.call_specific(index, "lead")
            desk, with_reason, all_outcomes = "lead", True, True
        else:
            action = data.draw(st.sampled_from(ACTIONS), label="action")
            desk = data.draw(st.sampled_from(["reception", "i1", "lead", "e1"]), label="desk")
            with_reason = data.draw(st.booleans(), label="reason")
            all_outcomes = data.draw(st.booleans(), label="all outcomes")
        d = self.desks[desk]
        reason = "Grund" if with_reason else None
        ids_ = m.applicant_ids if all_outcomes else m.applicant_ids[1:]
        outcomes = {a: Outcome.COMPLETED for a in ids_}
        other = self.sp["EU"] if m.service_point_id == self.sp["BI"] else self.sp["BI"]
        kw = dict(reason=reason, outcomes=outcomes, target_service_point_id=other)
        expected = self.expect(m, action, d.ctx.actor, counter_id=d.ctx.actor.counter_id, **kw)
        view = self.outcome_of(expected, d.act(m.id, action, **kw))
        if view is not None:
            self.apply(m, expected)
            self.check_entry(m, view)
            if action == Action.FINISH:
                assert [x.outcome for x in view.members] == [Outcome.COMPLETED] * len(m.applicant_ids)

    # Hypothesis's swarm testing switches random rules off per example; two more rules
    # for "act" keep the deep paths (not answering three times, park/resume, ...) common.
    @precondition(lambda self: self.model)
    @rule(index=st.integers(0, 50), data=st.data())
    def act_more(self, index, data):
        self.act(index, data)

    @precondition(lambda self: self.model)
    @rule(index=st.integers(0, 50), data=st.data())
    def act_again(self, index, data):
        self.act(index, data)

    @rule(desk=st.sampled_from(sorted(CALLERS)))
    def call_next(self, desk):
        d = self.desks[desk]
        sp_id = self.sp[CALLERS[desk]]
        counter = d.ctx.actor.counter_id
        now = self.clock()
        candidates = sorted(
            (m for m in self.model.values()
             if m.state == State.WAITING and m.service_point_id == sp_id
             and (m.recall_locked_until is None or m.recall_locked_until <= now)
             and m.assigned_counter_id in (None, counter)),
            key=lambda m: (m.priority, m.sort_at, m.id))
        if not candidates:
            expected = errors.QueueEmpty()
        else:
            expected = self.expect(candidates[0], Action.CALL, d.ctx.actor, counter_id=counter)
        view = self.outcome_of(expected, d.call_next(service_point_id=sp_id))
        if view is not None:
            assert view.id == candidates[0].id, "call next took someone else"
            self.apply(candidates[0], expected)
            self.check_entry(candidates[0], view)

    @precondition(lambda self: self.model)
    @rule(index=st.integers(0, 50), desk=st.sampled_from(["i1", "lead"]))
    def call_specific(self, index, desk):
        m = self.pick(index)
        d = self.desks[desk]
        if not self.policy.allows(d.ctx.actor.role, Permission.CALL_SPECIFIC):
            expected = errors.PermissionDenied(permission="call_specific")
        elif m.state in (State.CALLED, State.IN_SERVICE):
            expected = errors.AlreadyCalledElsewhere(ticket="", counter="", state_de="")
        else:
            expected = self.expect(m, Action.CALL, d.ctx.actor, counter_id=d.ctx.actor.counter_id)
        view = self.outcome_of(expected, d.call_specific(m.id))
        if view is not None:
            self.apply(m, expected)
            self.check_entry(m, view)

    @rule()
    def automatic_no_shows(self):
        now = self.clock()
        due = sorted(m.id for m in self.model.values()
                     if m.state == State.BOOKED and m.scheduled_at + RULES.grace_period < now)
        marked = self.run(self.desks["i1"].mark_overdue_no_shows())
        assert sorted(v.id for v in marked) == due
        for v in marked:
            m = self.model[v.id]
            self.apply(m, self.expect(m, Action.MARK_NO_SHOW, self.desks["i1"].ctx.actor))
            self.check_entry(m, v)

    # -- invariants --------------------------------------------------------------------
    @invariant()
    def database_matches_the_model(self):
        views = self.run(self.desks["reception"].day_queue(DAY))
        assert sorted(v.id for v in views) == sorted(self.model)
        for v in views:
            self.check_entry(self.model[v.id], v)
            assert v.call_count <= RULES.max_calls
            if v.state == State.CALLED:
                assert v.counter_id is not None

    @invariant()
    def tickets_unique_and_every_action_audited(self):
        async def read():
            async with self.db.read() as s:
                tickets = (await s.execute(select(
                    QueueEntry.ticket_service_point_id, QueueEntry.business_day,
                    QueueEntry.ticket_number, QueueEntry.ticket).where(
                    QueueEntry.ticket.is_not(None)))).all()
                audits = await s.scalar(select(func.count()).select_from(AuditEvent))
                return tickets, audits
        tickets, audits = self.run(read())
        assert len({(t[0], t[1], t[2]) for t in tickets}) == len(tickets)
        assert len({(t[0], t[3]) for t in tickets}) == len(tickets)
        for sp_id, _day, number, text in tickets:
            assert text == f"{PREFIX[self.sp_code[sp_id]]}-{number:03d}"
        assert audits == self.audit_expected


def test_services_follow_the_domain_model(sqlite_template):
    QueueMachine.template = sqlite_template
    run_state_machine_as_test(QueueMachine, settings=settings(
        max_examples=12, stateful_step_count=25, deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]))
