"""Issue 14 on the real board (pytest-qt, SQLite): drag and drop through the models'
mimeData/dropMimeData, a bulk move with a conflicting entry, breaks and closed counters
on the board, and the silent alarm between simulated workstations."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from desk_app.domain.lead import Audience, Presence
from desk_app.services import presence
from desk_app.services.database import DatabaseUnavailable
from desk_app.services.lead_facade import LeadOps
from desk_app.services.lead_ops import MoveTarget
from desk_app.ui.lead.alarm import AlarmBanner, AlarmCenter
from desk_app.ui.lead.dnd import ENTRY_MIME, decode_entries
from desk_app.ui.lead.board import LeadScreen
from desk_app.ui.lead.models import C_COUNTER, C_SINCE, C_STATE, C_WHO
from tests.support import at, person

pytestmark = pytest.mark.gui


@pytest.fixture
def waiting(run, desks, ids, clock):
    lead = desks("leitung")
    sp = ids["sp"]
    out = []
    for i in range(5):
        e = run(lead.book(service_point_id=sp["BI"], scheduled_at=at(9, 10 * i),
                          applicants=[person(f"Wartend{i}")]))
        out.append(run(lead.check_in(e.id)))
    clock.set(at(9, 0))
    run(presence.heartbeat(desks.db, "PC-I2", ids["staff"]["sbbi2"][0], sp["BI"],
                           ids["counter"]["Schalter I2"], clock()))
    return out


@pytest.fixture
def board(qtbot, run, desks, waiting):
    board = LeadScreen(desks("leitung"))
    qtbot.addWidget(board)
    board.resize(1500, 900)
    board.show()
    run(board.refresh())
    board.pane.set_section("all")
    yield board
    run(board.shutdown())


def _counter_row(board, name):
    m = board.counter_model
    return next(r for r in range(m.rowCount()) if m.index(r, C_COUNTER).data() == name)


def _proxy_rows(board, ids):
    out = []
    for r in range(board.pane.proxy.rowCount()):
        src = board.pane.proxy.mapToSource(board.pane.proxy.index(r, 0))
        if board.pane.model.row_at(src.row()).id in ids:
            out.append(board.pane.proxy.index(r, 0))
    return out


def test_drag_a_selection_onto_a_counter_moves_it(qtbot, run, board, waiting, ids):
    picked = [waiting[0].id, waiting[2].id]
    mime = board.pane.proxy.mimeData(_proxy_rows(board, picked))
    assert mime.hasFormat(ENTRY_MIME)
    assert sorted(decode_entries(mime)) == sorted((e.id, e.version) for e in
                                                  (waiting[0], waiting[2]))
    row = _counter_row(board, "Schalter I3")
    m = board.counter_model
    assert m.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, m.index(row, C_COUNTER))
    assert m.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, m.index(row, C_COUNTER))
    dialog = board.active_dialog
    assert dialog is not None and dialog.chosen() == [MoveTarget(counter_id=ids["counter"]["Schalter I3"])]
    dialog.reason.setText("Schalter I1 überlastet")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: board.active_dialog is None)
    assert [m.entry_id for m in board.commands.last_move.moved] == picked
    qtbot.waitUntil(lambda: all(board.pane.model.row(i).assigned_counter_id ==
                                ids["counter"]["Schalter I3"] for i in picked))
    # dropping on the "Mitarbeiter/in" column of I2 targets the clerk working there
    mime = board.pane.proxy.mimeData(_proxy_rows(board, [waiting[1].id]))
    row = _counter_row(board, "Schalter I2")
    assert m.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, m.index(row, C_WHO))
    assert board.active_dialog.chosen() == [MoveTarget(clerk_id=ids["staff"]["sbbi2"][0])]
    board.active_dialog.reject()
    # nothing to drop on an unstaffed counter's clerk, nor foreign data
    row = _counter_row(board, "Schalter I4")
    assert not m.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, m.index(row, C_WHO))
    from PySide6.QtCore import QMimeData
    other = QMimeData()
    other.setText("I-001")
    assert not m.canDropMimeData(other, Qt.DropAction.MoveAction, -1, -1,
                                 m.index(row, C_COUNTER))


def test_bulk_move_of_a_selection_reports_the_changed_entry(qtbot, run, board, desks,
                                                            waiting, ids):
    sel = board.pane.table.selectionModel()
    for index in _proxy_rows(board, [e.id for e in waiting]):
        sel.select(index, sel.SelectionFlag.Select | sel.SelectionFlag.Rows)
    assert {e.id for e in board.commands.selected_entries()} == {e.id for e in waiting}
    # another lead changes one of them after the board read it
    run(desks("admin").reassign(waiting[3].id, reason="vorher",
                                counter_id=ids["counter"]["Schalter I6"]))
    dialog = board.commands.open_move()
    for i in range(dialog.targets.count()):
        label = dialog.targets.item(i).text()
        if label in ("Schalter I4", "Schalter I5"):
            dialog.targets.item(i).setCheckState(Qt.CheckState.Checked)
    dialog.reason.setText("Frau Albrecht krank")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: board.active_dialog is None)
    result = board.commands.last_move
    assert result.conflicts == (waiting[3].ticket,)
    assert len(result.moved) == 4
    assert sorted(m.counter_id for m in result.moved) == sorted(
        [ids["counter"]["Schalter I4"]] * 2 + [ids["counter"]["Schalter I5"]] * 2)
    assert waiting[3].ticket in board.last_message and "4 verschoben" in board.last_message


def test_break_and_closed_counter_on_the_board(qtbot, run, board, desks, clock, ids):
    clerk = desks("sbbi2", counter="Schalter I2")
    run(LeadOps(clerk).set_presence(Presence.BREAK, reason="Mittagspause"))
    clock.set(at(9, 20))
    board.counter_table.setCurrentIndex(board.counter_model.index(
        _counter_row(board, "Schalter I3"), C_COUNTER))
    dialog = board.commands.open_presence()
    dialog.state.setCurrentIndex(list(Presence).index(Presence.CLOSED))
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: board.active_dialog is None)
    run(board.refresh_presence())
    m = board.counter_model
    i2 = _counter_row(board, "Schalter I2")
    assert m.index(i2, C_STATE).data() == "Pause: Mittagspause"
    assert m.index(i2, C_SINCE).data().startswith("09:00 (20")
    assert m.index(_counter_row(board, "Schalter I3"), C_STATE).data() == "Schalter geschlossen"


def _center(run, desks, login, counter, clock, audience=Audience.WORKSTATION, **kw):
    desk = desks(login, counter=counter)
    rooms = {c.id: (c.room, sp.id) for sp in run(desk.service_points()) for c in sp.counters}
    room, sp = rooms.get(desk.ctx.actor.counter_id, ("", None))
    beeps = []
    center = AlarmCenter(LeadOps(desk), audience=audience, room=room, service_point_id=sp,
                         now=clock, sound=lambda: beeps.append(1), **kw)
    center.beeps = beeps
    return center


def test_alarm_raised_at_one_workstation_acknowledged_at_another(qtbot, run, desks, clock,
                                                                 waiting):
    sender = _center(run, desks, "sbbi1", "Schalter I1", clock)
    neighbour = _center(run, desks, "sbbi2", "Schalter I2", clock)
    far = _center(run, desks, "sbeu1", "Schalter E1", clock)
    lead = _center(run, desks, "leitung", None, clock, audience=Audience.SHIFT_LEAD)
    sender_banner = AlarmBanner(sender)
    lead_banner = AlarmBanner(lead)
    for w in (sender_banner, lead_banner):
        qtbot.addWidget(w)
        w.show()
    statuses = []
    sender.senderStatus.connect(lambda kind, text: statuses.append((kind, text)))
    alarm_id = run(sender.raise_alarm())
    assert statuses[-1] == ("sent", "zugestellt")
    for c in (neighbour, far, lead):
        run(c.refresh())
    assert [a.id for a in lead.visible] == [alarm_id] and lead.beeps
    assert [a.id for a in neighbour.visible] == [alarm_id]
    assert far.visible == [] and sender.visible == []
    text = lead_banner.findChildren(type(lead_banner.status))
    assert any("Schalter I1" in t.text() and "Raum I.01" in t.text() for t in text)
    # after 30 s unacknowledged it reaches every workstation
    clock.advance(seconds=30)
    far._evaluate()
    assert [a.id for a in far.visible] == [alarm_id]
    # acknowledged at the neighbour: gone everywhere; the sender sees who
    lead_banner.buttons[alarm_id]  # the lead could acknowledge too
    run(neighbour.acknowledge(alarm_id))
    run(sender.refresh())
    run(lead.refresh())
    assert statuses[-1][0] == "acknowledged"
    assert statuses[-1][1] == "bestätigt von Herr Bauer"
    assert "bestätigt von Herr Bauer" in sender_banner.status.text()
    assert lead.visible == [] and lead_banner.buttons == {}
    for c in (sender, neighbour, far, lead):
        run(c.shutdown())


def test_alarm_while_the_database_is_down_says_so_at_once(qtbot, run, desks, clock):
    """A real unreachable PostgreSQL (nothing listens on the port): the sender is told at
    once, without the reconnect retries other actions get."""
    import dataclasses

    from desk_app.services.database import open_database
    from desk_app.services.desk import Desk

    good = desks("sbbi1", counter="Schalter I1")
    down = open_database("postgresql://postgres@127.0.0.1:9/desk_down")
    desk = Desk(down, dataclasses.replace(good.ctx))
    desk.reconnect_delays = (60.0,)          # a retry would hang the test
    center = AlarmCenter(LeadOps(desk), audience=Audience.WORKSTATION, now=clock,
                         sound=lambda: None)
    banner = AlarmBanner(center)
    qtbot.addWidget(banner)
    statuses = []
    center.senderStatus.connect(lambda kind, text: statuses.append(kind))
    assert run(center.raise_alarm(), timeout=10_000) is None
    assert statuses == ["sending", "failed"]
    assert banner.status.text() == "Ihr Alarm: nicht gesendet — Notruf auslösen"
    run(center.shutdown())
    run(down.dispose())


def test_service_point_figures_missed_and_next_appointments(run, desks, ids, clock):
    """Pure: the board's per-service-point row counts missed calls and the booked
    appointments of the next hour, with the next one's time."""
    from desk_app.domain.states import State
    from desk_app.services.lead_board import service_point_rows
    from desk_app.ui.lead.models import SP_MISSED, SP_NEXT, ServicePointModel

    lead = desks("leitung")
    sps = run(lead.service_points())
    clock.set(at(9, 0))
    booked = [run(lead.book(service_point_id=ids["sp"]["BI"], scheduled_at=at(hh, mm),
                            applicants=[person(f"N{hh}{mm}")])) for hh, mm in
              ((9, 20), (9, 50), (10, 30))]
    views = run(lead.day_queue(None, None))
    import dataclasses
    views = [dataclasses.replace(v, state=State.MISSED) if v.id == booked[2].id else v
             for v in views]
    rows = service_point_rows(sps, views, set(), clock())
    bi = next(r for r in rows if r.service_point_id == ids["sp"]["BI"])
    assert (bi.missed, bi.next_hour, bi.next_at) == (1, 2, at(9, 20))
    model = ServicePointModel()
    model.set_rows(rows)
    row = next(i for i, r in enumerate(model.rows()) if r.service_point_id == ids["sp"]["BI"])
    assert model.index(row, SP_MISSED).data() == "1"
    assert model.index(row, SP_NEXT).data() == "2 (ab 09:20)"


def test_a_raised_alarm_shows_from_its_change_record_without_a_read(run, desks, clock):
    """The fast path: the change feed's record alone (op "raised:<counter>") makes the
    alarm visible; the acknowledgement record removes it."""
    from desk_app.services.changes import changes_after, last_change_id

    sender = _center(run, desks, "sbbi1", "Schalter I1", clock)
    neighbour = _center(run, desks, "sbbi2", "Schalter I2", clock)
    neighbour.set_counters(run(desks("sbbi2", counter="Schalter I2").service_points()))

    async def last():
        async with desks.db.read() as s:
            return await last_change_id(s)

    async def records_after(after):
        async with desks.db.read() as s:
            return await changes_after(s, after)

    before = run(last())
    alarm_id = run(sender.raise_alarm())
    reads = []
    real = neighbour.lead.open_alarms
    neighbour.lead.open_alarms = lambda: reads.append(1) or real()
    run(neighbour.on_changes(run(records_after(before))))
    assert [a.id for a in neighbour.visible] == [alarm_id] and reads == []
    assert neighbour.visible[0].room == "Raum I.01"
    before = run(last())
    run(LeadOps(desks("leitung")).acknowledge_alarm(alarm_id))
    run(neighbour.on_changes(run(records_after(before))))
    assert neighbour.visible == [] and reads == []
    for c in (sender, neighbour):
        run(c.shutdown())


def test_lead_changes_a_counters_queues_live_from_the_board(qtbot, run, board, desks, ids,
                                                            clock):
    """Warteschlangen …: Schalter I1 also serves EU 2:1; its next call follows at once."""
    eu = run(desks("leitung").book(service_point_id=ids["sp"]["EU"], scheduled_at=at(9, 0),
                                   applicants=[person("Europa")]))
    eu = run(desks("leitung").check_in(eu.id))
    board.counter_table.setCurrentIndex(board.counter_model.index(
        _counter_row(board, "Schalter I1"), C_COUNTER))
    board.tasks.spawn(board.commands.open_assignments(), "t")
    qtbot.waitUntil(lambda: board.active_dialog is not None)
    dialog = board.active_dialog
    for sp_id, box, weight, tier in dialog.rows:
        if sp_id == ids["sp"]["EU"]:
            box.setChecked(True)
            weight.setValue(1)
        if sp_id == ids["sp"]["BI"]:
            box.setChecked(True)
            weight.setValue(2)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: board.active_dialog is None)
    stored = run(LeadOps(desks("leitung")).assignments(counter_id=ids["counter"]["Schalter I1"]))
    assert {(a.service_point_id, a.weight) for a in stored} == {
        (ids["sp"]["BI"], 2), (ids["sp"]["EU"], 1)}
    # 2:1 by the calls so far: BI first; then a tie, and the EU person came earlier
    clerk = desks("sbbi1", counter="Schalter I1")
    clock.set(at(9, 5))
    first = run(clerk.call_next(service_point_id=ids["sp"]["BI"]))
    assert first.service_point_id == ids["sp"]["BI"]
    from desk_app.domain.states import Action, Outcome
    run(clerk.act(first.id, Action.APPEAR))
    run(clerk.act(first.id, Action.FINISH,
                  outcomes={first.members[0].applicant_id: Outcome.COMPLETED}))
    second = run(clerk.call_next(service_point_id=ids["sp"]["BI"]))
    assert second.id == eu.id


def test_the_board_shows_issue_12s_estimated_wait(qtbot, run, board, desks, ids, clock):
    from desk_app.services.waiting_time import board as estimates
    from desk_app.ui.lead.models import SP_ESTIMATE, SP_NAME

    clerk = desks("sbbi1", counter="Schalter I1")
    clock.set(at(9, 5))
    run(clerk.call_next(service_point_id=ids["sp"]["BI"]))
    run(board.refresh())
    expected = {w.service_point: w.shown_minutes
                for w in run(desks("leitung")._read_only(estimates, clock()))}
    assert expected.get("BI") is not None
    m = board.sp_model
    row = next(r for r in range(m.rowCount())
               if m.index(r, SP_NAME).data() == "DLZ Bürgerdienste International")
    from desk_app.ui.labels import format_duration
    assert m.index(row, SP_ESTIMATE).data() == format_duration(expected["BI"])
