"""The workplace (issue 11): one object for where and who, shared by the facades."""

from __future__ import annotations

from desk_app.domain.roles import Actor, Role, RolePolicy
from desk_app.services.context import Context
from desk_app.services.desk import Desk
from desk_app.services.printing_desk import PrintDesk, ReceiptDesk


def test_facades_sharing_a_workplace_act_as_its_counter_person_and_policy():
    ctx = Context(actor=Actor(staff_id=1, role=Role.CLERK, counter_id=None, station="PC-1"))
    desk = Desk(None, ctx)
    prints = PrintDesk(None, ctx, spooler=None)
    receipts = ReceiptDesk(None, ctx, enabled=True)
    workplace = desk.workplace
    workplace.share(prints, receipts, None)
    moved = []
    workplace.on_move(lambda: moved.append(workplace.counter_id))

    workplace.move_to(3, 7, service_point_name="EU-Angelegenheiten")
    assert [f.ctx.actor.counter_id for f in (desk, prints, receipts)] == [7, 7, 7]
    assert moved == [7] and workplace.service_point_id == 3
    assert prints.station == "PC-1"            # the PC's name is the actor's, unchanged

    workplace.switch_person(staff_id=2, role=Role.SHIFT_LEAD)
    assert {(f.ctx.actor.staff_id, f.ctx.actor.role) for f in (desk, prints, receipts)} == {
        (2, Role.SHIFT_LEAD)}
    assert receipts.ctx.actor.counter_id == 7   # the place stays

    policy = RolePolicy()
    workplace.set_policy(policy)
    assert prints.ctx.policy is policy and desk.ctx.policy is policy
    # assigning ctx (as older callers do) changes the shared workplace too
    desk.ctx = Context(actor=desk.ctx.actor, policy=policy, clock=desk.ctx.clock)
    assert receipts.ctx is desk.ctx



async def test_the_desk_reads_presence_and_wait_estimates_for_the_widgets(db):
    """Widgets call facade methods (issue 11): these replace the sessions ui/ opened."""
    from desk_app.services.presence import Heartbeat
    from tests.support import Clock, at, desk_for, person

    clock = Clock(at(9, 0))
    desk = await desk_for(db, "sbbi1", counter="Schalter I1", clock=clock)
    sps = {sp.code: sp.id for sp in await desk.service_points()}
    view = await desk.register_walk_in(service_point_id=sps["BI"],
                                       applicants=[person("Haddad", "Omar")])
    estimates = await desk.wait_estimates()
    assert any(e.service_point == "BI" and e.waiting for e in estimates)
    assert await desk.wait_estimate(view.id) is not None     # it waits: it has one
    assert await desk.wait_estimate(10**9) is None             # no such entry: none
    assert await desk.presence() == []
    counter = desk.ctx.actor.counter_id
    await Heartbeat(db, "PC-I1", desk.ctx.actor.staff_id, sps["BI"], counter,
                    clock=clock).beat()
    present = await desk.presence()
    assert [(p.station, p.counter_id) for p in present] == [("PC-I1", counter)]
