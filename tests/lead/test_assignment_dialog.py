"""Issue 14 on the real board (pytest-qt, SQLite): the shift lead's queue dialog offers
single services of a service point besides whole service points, saves their service_id,
and keeps the per-service assignments that exist when it is saved."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desk_app.models import Service
from desk_app.services.lead_facade import Assignment, LeadOps
from desk_app.ui.lead.board import LeadScreen
from desk_app.ui.lead.models import C_COUNTER
from tests.support import at, person

pytestmark = pytest.mark.gui


@pytest.fixture
def services(run, desks):
    async def read():
        async with desks.db.read() as s:
            return dict((await s.execute(select(Service.code, Service.id))).all())
    return run(read())


@pytest.fixture
def board(qtbot, run, desks, clock):
    clock.set(at(9, 0))
    board = LeadScreen(desks("leitung"))
    qtbot.addWidget(board)
    board.resize(1500, 900)
    board.show()
    run(board.refresh())
    yield board
    run(board.shutdown())


def _open_for(qtbot, board, counter_name):
    m = board.counter_model
    row = next(r for r in range(m.rowCount()) if m.index(r, C_COUNTER).data() == counter_name)
    board.counter_table.setCurrentIndex(m.index(row, C_COUNTER))
    board.tasks.spawn(board.commands.open_assignments(), "t")
    qtbot.waitUntil(lambda: board.active_dialog is not None)
    return board.active_dialog


def test_the_dialog_narrows_a_queue_to_a_service_and_keeps_existing_ones(
        qtbot, run, board, desks, ids, clock, services):
    sp, i1 = ids["sp"], ids["counter"]["Schalter I1"]
    lead = LeadOps(desks("leitung"))
    before = [Assignment(sp["BI"], None, weight=1, tier=1),
              Assignment(sp["BI"], services["AN"], weight=2, tier=0),
              # no row for it (EU does not offer VE): kept as it is
              Assignment(sp["EU"], services["VE"], weight=3, tier=2)]
    run(lead.set_assignments(before, counter_id=i1))

    dialog = _open_for(qtbot, board, "Schalter I1")
    rows = {(sp_id, service_id): (box, weight, tier)
            for sp_id, service_id, box, weight, tier in dialog.service_rows}
    # the service point's own services are offered under it, with the current values
    assert {(sp["BI"], services[c]) for c in ("AN", "AT", "EAT", "VE")} <= set(rows)
    assert (sp["EU"], services["VE"]) not in rows
    box, weight, tier = rows[(sp["BI"], services["AN"])]
    assert (box.isChecked(), weight.value(), tier.value()) == (True, 2, 0)
    assert not rows[(sp["BI"], services["EAT"])][0].isChecked()
    whole = {sp_id: (box, weight, tier) for sp_id, box, weight, tier in dialog.rows}
    assert whole[sp["BI"]][0].isChecked() and whole[sp["BI"]][2].value() == 1
    assert not whole[sp["EU"]][0].isChecked()
    assert all(box.text() for box, _w, _t in rows.values())

    # narrow: also EAT of BI, 3:2 against AN, in the first tier
    box, weight, tier = rows[(sp["BI"], services["EAT"])]
    box.setChecked(True)
    weight.setValue(3)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: board.active_dialog is None)

    stored = run(lead.assignments(counter_id=i1))
    assert sorted(stored, key=repr) == sorted(
        [*before, Assignment(sp["BI"], services["EAT"], weight=3, tier=0)], key=repr)

    # and call next follows: the EAT person first though the AT person came earlier
    reception = desks("leitung")
    early = run(reception.check_in(run(reception.book(
        service_point_id=sp["BI"], service_id=services["AT"], scheduled_at=at(9, 0),
        applicants=[person("Titel")])).id))
    later = run(reception.check_in(run(reception.book(
        service_point_id=sp["BI"], service_id=services["EAT"], scheduled_at=at(9, 20),
        applicants=[person("Abholung")])).id))
    clock.set(at(9, 25))
    called = run(desks("sbbi1", counter="Schalter I1").call_next(service_point_id=sp["BI"]))
    assert called.id == later.id and early.id != later.id


def test_saving_unchanged_keeps_every_per_service_assignment(qtbot, run, board, desks, ids,
                                                             services):
    sp, i2 = ids["sp"], ids["counter"]["Schalter I2"]
    lead = LeadOps(desks("leitung"))
    before = [Assignment(sp["BI"], services["AN"], weight=2, tier=0),
              Assignment(sp["BI"], services["AT"], weight=1, tier=1)]
    run(lead.set_assignments(before, counter_id=i2))
    dialog = _open_for(qtbot, board, "Schalter I2")
    assert sorted(dialog.chosen(), key=repr) == sorted(before, key=repr)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: board.active_dialog is None)
    assert sorted(run(lead.assignments(counter_id=i2)), key=repr) == sorted(before, key=repr)
