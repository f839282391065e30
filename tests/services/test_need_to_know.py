"""Need-to-know: restricted service points (Asylstelle, Aufenthaltsbeendigung) stay out
of listings, live updates and search for everyone outside them, except shift leads."""

from __future__ import annotations

from tests.support import Clock, DAY, at, desk_for, person


async def test_restricted_entries_are_visible_only_from_within(db):
    clock = Clock(at(9, 0))
    lead = await desk_for(db, "leitung", clock=clock)
    sp = {s.code: s.id for s in await lead.service_points()}
    asyl = await lead.register_walk_in(service_point_id=sp["ASYL"], applicants=[person("Geheim")])
    open_ = await lead.register_walk_in(service_point_id=sp["BI"], applicants=[person("Offen")])

    reception = await desk_for(db, "info1", clock=clock)
    assert {e.id for e in await reception.day_queue(DAY)} == {open_.id}
    assert [e.id for e in await reception.entries([asyl.id, open_.id])] == [open_.id]
    assert await reception.search("Geheim") == []

    inside = await desk_for(db, "sbasyl1", counter="Schalter A1", clock=clock)
    assert {e.id for e in await inside.day_queue(DAY)} == {asyl.id, open_.id}
    assert [e.id for e in await inside.search("Geheim")] == [asyl.id]

    elsewhere = await desk_for(db, "sbbi1", counter="Schalter I1", clock=clock)
    assert asyl.id not in {e.id for e in await elsewhere.day_queue(DAY)}
    assert await elsewhere.entries([asyl.id]) == []

    assert {e.id for e in await lead.day_queue(DAY)} == {asyl.id, open_.id}
    assert [e.id for e in await lead.search("Geheim")] == [asyl.id]
