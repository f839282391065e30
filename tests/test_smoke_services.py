from desk_app.domain.states import Action, Outcome, State
from tests.support import Clock, at, desk_for, person


async def test_a_walk_in_runs_through_the_day(db):
    clock = Clock(at(9, 0))
    reception = await desk_for(db, "info1", clock=clock)
    clerk = await desk_for(db, "sbbi1", counter="Schalter I1", clock=clock)
    sp = (await clerk.service_points())[0]
    e = await reception.register_walk_in(service_point_id=sp.id, applicants=[person()])
    assert e.state == State.WAITING and e.ticket == "I-001"
    called = await clerk.call_next(service_point_id=sp.id)
    assert called.id == e.id and called.state == State.CALLED and called.counter_name == "Schalter I1"
    served = await clerk.act(e.id, Action.APPEAR)
    done = await clerk.act(e.id, Action.FINISH, outcomes={served.members[0].applicant_id: Outcome.COMPLETED})
    assert done.state == State.DONE
    assert done.members[0].outcome == Outcome.COMPLETED
