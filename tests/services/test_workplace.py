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
