"""20 concurrent duplicates of one action (the same idempotency key at the same moment)
all get the first try's result, on PostgreSQL: every action of the state table, call next,
reassign, registration, receipts and document orders. A duplicate that arrives while the
first try is still in flight waits for it (services/idempotency.hold_key) instead of
reading an old snapshot (check-in: "Status Wartend") or skipping the locked rows (call
next: "queue empty")."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import func, select, text

from desk_app.domain.states import Action, Outcome, State
from desk_app.models import AuditEvent, DocumentOrder, IdempotencyKey, QueueEntry, Receipt
from desk_app.services.fees import FeeRequest
from desk_app.services.idempotency import new_key
from desk_app.services.printing_desk import ReceiptDesk
from desk_app.services.receipts import ReceiptRequest
from tests.support import Clock, at, desk_for, ids, person

pytestmark = pytest.mark.postgres
N = 20


async def _stations(open_db, url, clock, login="leitung"):
    """N Desks on N engines of one connection each, connected before the race."""
    desks = []
    for i in range(N):
        db = open_db(url, pool_size=1)
        async with db.read() as s:
            await s.execute(text("SELECT 1"))
        desks.append(await desk_for(db, login, counter="Schalter I3", clock=clock,
                                    station=f"dup{i:02d}"))
    return desks


async def _all_at_once(desks, call):
    """call(desk) on every desk at once; results (or exceptions) in order."""
    barrier = asyncio.Barrier(len(desks))

    async def one(d):
        await barrier.wait()
        try:
            return await call(d)
        except Exception as exc:  # noqa: BLE001 - the assertion names it
            return exc

    return await asyncio.gather(*(one(d) for d in desks))


def _same_entry(results, state: State):
    errors_ = [r for r in results if isinstance(r, Exception)]
    assert not errors_, f"{len(errors_)} duplicates failed: {errors_[:3]}"
    assert {r.id for r in results} == {results[0].id}
    assert {r.state for r in results} == {state}
    assert {r.version for r in results} == {results[0].version}
    assert sum(not r.replayed for r in results) == 1, "applied exactly once"
    return results[0]


async def _audits(db, entry_id: int, action: str) -> int:
    async with db.read() as s:
        return await s.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.entity_id == entry_id, AuditEvent.action == action))


@pytest.fixture
def clock():
    return Clock(at(9, 0))


async def _entry_in(desk, sp, state: State, clock):
    """A fresh entry of service point ``sp`` brought to ``state`` by the lead's desk."""
    if state in (State.BOOKED, State.NO_SHOW):
        scheduled = at(8, 0) if state == State.NO_SHOW else at(9, 0)
        view = await desk.book(service_point_id=sp, scheduled_at=scheduled,
                               applicants=[person("Dup", "Ana")])
        if state == State.NO_SHOW:
            view = await desk.act(view.id, Action.MARK_NO_SHOW)
        return view
    view = await desk.register_walk_in(service_point_id=sp, applicants=[person("Dup", "Ana")])
    if state == State.WAITING:
        return view
    view = await desk.call_specific(view.id)
    if state == State.CALLED:
        return view
    if state == State.MISSED:
        for _ in range(3):
            view = await desk.act(view.id, Action.NOT_ANSWERING)
            if view.state == State.MISSED:
                return view
            clock.advance(minutes=10)
            view = await desk.call_specific(view.id)
        raise AssertionError(view.state)
    view = await desk.act(view.id, Action.APPEAR)
    if state == State.IN_SERVICE:
        return view
    if state == State.PARKED:
        return await desk.act(view.id, Action.PARK, reason="Passbildautomat")
    raise AssertionError(state)


CASES = [
    (Action.CHECK_IN, State.BOOKED, State.WAITING, {}),
    (Action.MARK_NO_SHOW, State.BOOKED, State.NO_SHOW, {"advance": 40}),
    (Action.CANCEL, State.BOOKED, State.CANCELLED, {}),
    (Action.LATE_ARRIVAL, State.NO_SHOW, State.WAITING, {"reason": "Bus verspätet"}),
    (Action.CALL, State.WAITING, State.CALLED, {}),
    (Action.LEAVE, State.WAITING, State.LEFT, {}),
    (Action.APPEAR, State.CALLED, State.IN_SERVICE, {}),
    (Action.NOT_ANSWERING, State.CALLED, State.WAITING, {}),
    (Action.REINSTATE, State.MISSED, State.WAITING, {}),
    (Action.PARK, State.IN_SERVICE, State.PARKED, {"reason": "Kasse"}),
    (Action.RESUME, State.PARKED, State.WAITING, {}),
    (Action.FORWARD, State.IN_SERVICE, State.WAITING, {"target": "EU"}),
    (Action.FINISH, State.IN_SERVICE, State.DONE, {"outcome": Outcome.COMPLETED}),
]


async def test_twenty_duplicates_of_every_action_return_the_first_result(
        pg_database_url, open_db, clock):
    desks = await _stations(open_db, pg_database_url, clock)
    known = await ids(desks[0].db)
    bi, eu = known["sp"]["BI"], known["sp"]["EU"]
    lead = desks[0]
    for action, start, target, extra in CASES:
        clock.set(at(9, 0))
        entry = await _entry_in(lead, bi, start, clock)
        clock.advance(minutes=extra.get("advance", 0))    # past the grace period
        key = new_key()
        kwargs = {}
        if "reason" in extra:
            kwargs["reason"] = extra["reason"]
        if "target" in extra:
            kwargs["target_service_point_id"] = known["sp"][extra["target"]]
        if "outcome" in extra:
            kwargs["outcomes"] = {m.applicant_id: extra["outcome"] for m in entry.members}
        if action == Action.CALL:
            results = await _all_at_once(desks, lambda d: d.call_specific(entry.id, key=key))
        else:
            results = await _all_at_once(
                desks, lambda d: d.act(entry.id, action, key=key, **kwargs))
        view = _same_entry(results, target)
        assert view.id == entry.id
        audit_action = action.value
        assert await _audits(lead.db, entry.id, audit_action) == 1, action
    assert eu  # the forward target exists


async def test_twenty_duplicates_of_call_next_call_one_person_once(
        pg_database_url, open_db, clock):
    desks = await _stations(open_db, pg_database_url, clock)
    bi = (await ids(desks[0].db))["sp"]["BI"]
    lead = desks[0]
    for waiting in (1, 3):    # the last person (then the queue is empty), and one of three
        first = [await lead.register_walk_in(service_point_id=bi, applicants=[person("Q", str(i))])
                 for i in range(waiting)]
        key = new_key()
        results = await _all_at_once(desks, lambda d: d.call_next(service_point_id=bi, key=key))
        view = _same_entry(results, State.CALLED)
        assert view.id == first[0].id
        async with lead.db.read() as s:
            called = await s.scalar(select(func.count()).select_from(QueueEntry).where(
                QueueEntry.state == State.CALLED.value))
        assert called == 1     # nobody else was called by a duplicate
        for e in first:        # clear the queue for the next round
            current = await lead.entry(e.id)
            if current.state == State.CALLED:
                await lead.act(e.id, Action.APPEAR)
                await lead.act(e.id, Action.FINISH, outcomes={
                    m.applicant_id: Outcome.COMPLETED for m in current.members})
            else:
                await lead.act(e.id, Action.LEAVE)


async def test_twenty_duplicates_of_reassign_and_registration(pg_database_url, open_db, clock):
    desks = await _stations(open_db, pg_database_url, clock)
    known = await ids(desks[0].db)
    bi = known["sp"]["BI"]
    key = new_key()
    results = await _all_at_once(desks, lambda d: d.register_walk_in(
        service_point_id=bi, applicants=[person("Walk", "In")], key=key))
    walk_in = _same_entry(results, State.WAITING)
    assert len({r.ticket for r in results}) == 1

    key = new_key()
    results = await _all_at_once(desks, lambda d: d.book(
        service_point_id=bi, scheduled_at=at(11, 0), applicants=[person("Book", "Ed")], key=key))
    booked = _same_entry(results, State.BOOKED)

    key = new_key()
    results = await _all_at_once(desks, lambda d: d.reassign(
        walk_in.id, reason="Dolmetscher", counter_id=known["counter"]["Schalter I2"], key=key))
    _same_entry(results, State.WAITING)
    assert await _audits(desks[0].db, walk_in.id, "reassign") == 1
    async with desks[0].db.read() as s:
        entries = await s.scalar(select(func.count()).select_from(QueueEntry))
        keys = await s.scalar(select(func.count()).select_from(IdempotencyKey))
    assert entries == 2 and booked.id != walk_in.id
    assert keys == 3


async def test_twenty_duplicates_of_receipts(pg_database_url, open_db, clock):
    desks = await _stations(open_db, pg_database_url, clock, login="sbbi1")
    rdesks = [ReceiptDesk(d.db, d.ctx, enabled=True) for d in desks]

    key = new_key()
    results = await _all_at_once(rdesks, lambda d: d.issue(
        payer_name="Erika Muster", payment_method="cash", fees=[FeeRequest("FIKTION")], key=key))
    assert not [r for r in results if isinstance(r, Exception)], results
    assert {(r.id, r.number) for r in results} == {(results[0].id, results[0].number)}
    receipt = results[0]

    key = new_key()
    batch = [ReceiptRequest(payer_name=f"Payer {i}", payment_method="cash",
                            fees=[FeeRequest("NE")]) for i in range(3)]
    results = await _all_at_once(rdesks, lambda d: d.issue_batch(batch, key=key))
    assert not [r for r in results if isinstance(r, Exception)], results
    assert {tuple(v.id for v in r) for r in results} == {tuple(v.id for v in results[0])}

    key = new_key()
    results = await _all_at_once(rdesks, lambda d: d.cancel(receipt.id, key=key))
    assert not [r for r in results if isinstance(r, Exception)], results
    assert {r.id for r in results} == {results[0].id}
    async with desks[0].db.read() as s:
        numbers = sorted((await s.execute(select(Receipt.number))).scalars())
    assert numbers == [1, 2, 3, 4, 5]      # one receipt, a batch of three, one cancellation


async def test_twenty_duplicates_of_document_orders(pg_database_url, open_db, clock):

    desks = await _stations(open_db, pg_database_url, clock)
    bi = (await ids(desks[0].db))["sp"]["BI"]
    entry = await desks[0].register_walk_in(service_point_id=bi, applicants=[person("Doc", "Ument")])
    applicant = entry.members[0].applicant_id
    from desk_app.services import document_orders as orders

    key = new_key()
    results = await _all_at_once(desks, lambda d: d.write(
        orders.order_document, d.ctx, key=key, applicant_id=applicant, doc_type="EAT",
        collect_service_point_id=bi))
    assert not [r for r in results if isinstance(r, Exception)], results
    assert {r.id for r in results} == {results[0].id}
    order = results[0]
    arrived = await desks[0].write(orders.mark_arrived, desks[0].ctx, order.id, key=new_key())
    key = new_key()
    results = await _all_at_once(desks, lambda d: d.write(
        orders.hand_out, d.ctx, order.id, key=key, expected_version=arrived.version))
    assert not [r for r in results if isinstance(r, Exception)], results
    assert {r.state.value for r in results} == {"HANDED_OUT"}
    async with desks[0].db.read() as s:
        assert await s.scalar(select(func.count()).select_from(DocumentOrder)) == 1
