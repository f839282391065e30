"""The shift lead's board and the reassign dialog, on real widgets and a SQLite database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desk_app.domain.states import Action, Outcome, State
from desk_app.services import presence
from desk_app.ui.lead.board import LeadScreen
from desk_app.ui.lead.models import (
    C_COUNTER, C_SINCE, C_STATE, C_TICKET, C_WHO, SP_CALLED, SP_IN_SERVICE, SP_LONGEST,
    SP_NAME, SP_NO_SHOW, SP_PARKED, SP_STAFFED, SP_WAITING,
)
from tests.support import at, person

pytestmark = pytest.mark.gui

BI = "DLZ Bürgerdienste International"


def sp_cells(board, name):
    m = board.sp_model
    for row in range(m.rowCount()):
        if m.index(row, SP_NAME).data() == name:
            return [m.index(row, c).data() for c in range(m.columnCount())]
    raise AssertionError(f"{name} not on the board")


def counter_cells(board, counter):
    m = board.counter_model
    for row in range(m.rowCount()):
        if m.index(row, C_COUNTER).data() == counter:
            return [m.index(row, c).data() for c in range(m.columnCount())]
    raise AssertionError(f"{counter} not on the board")


@pytest.fixture
def day(run, desks, ids, clock):
    """BI: A in service at I1, B called to I2, C waiting since 8:00, D no-show; EU: E waiting."""
    lead = desks("leitung")
    i1 = desks("sbbi1", counter="Schalter I1")
    i2 = desks("sbbi2", counter="Schalter I2")
    sp = ids["sp"]
    book = lambda fam, hh, mm, code="BI": run(lead.book(  # noqa: E731
        service_point_id=sp[code], scheduled_at=at(hh, mm), applicants=[person(fam)]))
    a, b, c, d = book("Arslan", 8, 0), book("Bauer", 8, 10), book("Çelik", 8, 20), book("Dahl", 8, 30)
    e = book("Eriksson", 8, 0, "EU")
    clock.set(at(8, 0))
    a, b, c, e = (run(lead.check_in(x.id)) for x in (a, b, c, e))
    clock.set(at(8, 5))
    a = run(i1.call_next(service_point_id=sp["BI"]))
    run(i1.act(a.id, Action.APPEAR))
    clock.set(at(8, 10))
    b = run(i2.call_next(service_point_id=sp["BI"]))
    clock.set(at(8, 50))
    run(lead.act(d.id, Action.MARK_NO_SHOW))
    # the workstation at I1 sends heartbeats; the one at I2 does not (no presence row)
    staff_id = ids["staff"]["sbbi1"][0]
    run(presence.heartbeat(desks.db, "PC-I1", staff_id, sp["BI"], ids["counter"]["Schalter I1"],
                           clock()))
    return dict(a=a, b=b, c=c, d=d, e=e, lead=lead, i1=i1, i2=i2)


@pytest.fixture
def board(qtbot, run, desks, day):
    board = LeadScreen(desks("leitung"))
    qtbot.addWidget(board)
    board.resize(1500, 900)
    board.show()
    run(board.refresh())
    assert board.pane.section() == "waiting"   # the lead's default
    board.pane.set_section("all")
    yield board
    run(board.shutdown())


def test_board_shows_every_service_point_and_counter(board, day):
    bi = sp_cells(board, BI)
    assert bi[SP_WAITING] == "1"                 # C
    assert bi[SP_LONGEST] == "50 Min."            # waiting since 8:00, now 8:50
    assert bi[SP_CALLED] == "1" and bi[SP_IN_SERVICE] == "1" and bi[SP_PARKED] == "0"
    assert bi[SP_NO_SHOW] == "1"                 # D
    assert bi[SP_STAFFED].startswith("2/")       # I1 by presence, I2 from the entry
    eu = sp_cells(board, "EU-Angelegenheiten")
    assert eu[SP_WAITING] == "1" and eu[SP_STAFFED].startswith("0/")
    total = sp_cells(board, "Alle Dienststellen")
    assert total[SP_WAITING] == "2" and total[SP_NO_SHOW] == "1" and total[SP_LONGEST] == "50 Min."
    # the reception desk has no queue of its own
    assert all("Infotheke" not in r.name for r in board.sp_model.rows())

    i1 = counter_cells(board, "Schalter I1")
    assert i1[C_WHO] == "Frau Albrecht"   # from the workstation's heartbeat
    assert (i1[C_TICKET], i1[C_STATE], i1[C_SINCE]) == ("I-001", "In Bearbeitung", "08:05 (45 Min.)")
    i2 = counter_cells(board, "Schalter I2")
    assert i2[C_WHO] == "Herr Bauer"   # no heartbeat: the clerk of the entry
    assert (i2[C_TICKET], i2[C_STATE], i2[C_SINCE]) == ("I-002", "Aufgerufen", "08:10 (40 Min.)")
    row = board.counter_model.row_of_counter(board.counter_model.rows()[0].counter_id)
    assert row == 0
    idle = counter_cells(board, "Schalter E1")
    assert idle[C_WHO] == "nicht besetzt" and idle[C_TICKET] == ""
    # the queue below lists the day's entries; selecting a service point filters it
    assert board.pane.model.keys() >= {day[k].id for k in "abcde"}
    board.select_service_point(board.sp_model.rows()[1].service_point_id)  # EU
    assert board.pane.proxy.visible_ids() == [day["e"].id]
    assert board.queue_title.text() == "Vorgänge: EU-Angelegenheiten"
    board.select_service_point(None)
    assert set(board.pane.proxy.visible_ids()) == {day[k].id for k in "abcde"}


def test_apply_changes_updates_only_from_the_changed_entries(qtbot, run, board, day, clock):
    i1 = day["i1"]
    a = day["a"]
    clock.set(at(8, 55))
    run(i1.act(a.id, Action.FINISH, outcomes={a.members[0].applicant_id: Outcome.COMPLETED}))
    # the board does not poll: until the change feed says so, it shows the old picture
    assert counter_cells(board, "Schalter I1")[C_TICKET] == "I-001"
    task = board.apply_changes([a.id])
    qtbot.waitUntil(lambda: counter_cells(board, "Schalter I1")[C_TICKET] == "")
    assert task is not None
    i1_row = counter_cells(board, "Schalter I1")
    assert i1_row[C_STATE] == "frei" and i1_row[C_WHO] == "Frau Albrecht"
    assert sp_cells(board, BI)[SP_IN_SERVICE] == "0"
    assert board.pane.model.row(a.id).state == State.DONE


def test_presence_change_through_the_feed_callback(qtbot, run, desks, ids, board, clock):
    staff_id = ids["staff"]["sbbi2"][0]
    run(presence.heartbeat(desks.db, "PC-E1", staff_id, ids["sp"]["EU"],
                           ids["counter"]["Schalter E1"], clock()))

    class Rec:
        entity, entity_id = "workstation", presence.station_entity_id("PC-E1")

    run(board.on_changes([Rec()]))
    assert counter_cells(board, "Schalter E1")[C_WHO] == "Herr Bauer"
    assert counter_cells(board, "Schalter E1")[C_STATE] == "frei"
    # a workstation that falls silent turns grey at the next presence read
    clock.advance(minutes=5)
    run(board.refresh_presence())
    assert counter_cells(board, "Schalter E1")[C_WHO] == "Herr Bauer (offline)"


def _open_dialog(qtbot, board, entry):
    board.pane.select(entry.id)
    assert board.pane.current_entry().id == entry.id
    assert board.reassign_button.isEnabled()
    qtbot.mouseClick(board.reassign_button, Qt.MouseButton.LeftButton)
    dialog = board.active_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_reassign_to_another_counter_through_the_dialog(qtbot, run, board, day, ids):
    c = day["c"]
    dialog = _open_dialog(qtbot, board, c)
    assert "I-003" in dialog.findChild(type(dialog.error), "intro").text()
    dialog.select_counter(ids["counter"]["Schalter I2"])
    dialog.select_clerk(ids["staff"]["sbbi2"][0])
    dialog.set_reason("Lastausgleich zwischen den Schaltern")
    with qtbot.waitSignal(board.entryReassigned, timeout=5000):
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: board.active_dialog is None)
    stored = run(day["lead"].entry(c.id))
    assert stored.assigned_counter_id == ids["counter"]["Schalter I2"]
    assert stored.assigned_clerk_id == ids["staff"]["sbbi2"][0]
    assert stored.state == State.WAITING and stored.version == c.version + 1
    assert "I-003 umverteilt" in board.last_message and "Schalter I2" in board.last_message
    assert board.pane.model.row(c.id).assigned_counter_id == ids["counter"]["Schalter I2"]


def test_reassign_to_another_service_point_moves_the_counts(qtbot, run, board, day, ids):
    c = day["c"]
    dialog = _open_dialog(qtbot, board, c)
    dialog.select_service_point(ids["sp"]["EU"])
    dialog.set_reason("Fachliche Zuständigkeit")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: board.active_dialog is None)
    stored = run(day["lead"].entry(c.id))
    assert stored.service_point_id == ids["sp"]["EU"] and stored.state == State.WAITING
    assert sp_cells(board, BI)[SP_WAITING] == "0"
    assert sp_cells(board, "EU-Angelegenheiten")[SP_WAITING] == "2"


@pytest.mark.parametrize("reason", ["", "   "])
def test_a_missing_reason_is_refused_with_a_clear_message(qtbot, run, board, day, ids, reason):
    c = day["c"]
    dialog = _open_dialog(qtbot, board, c)
    dialog.select_counter(ids["counter"]["Schalter I2"])
    dialog.set_reason(reason)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and board.active_dialog is dialog
    assert dialog.error.isVisible()
    assert "Bitte einen Grund angeben" in dialog.error.text()
    stored = run(day["lead"].entry(c.id))
    assert stored.version == c.version and stored.assigned_counter_id is None
    # with a reason the same dialog goes through
    dialog.set_reason("Schalter nicht besetzt")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: board.active_dialog is None)
    assert run(day["lead"].entry(c.id)).assigned_counter_id == ids["counter"]["Schalter I2"]


def test_nothing_changed_is_refused(qtbot, board, day):
    dialog = _open_dialog(qtbot, board, day["c"])
    dialog.set_reason("Lastausgleich")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "Nichts geändert" in dialog.error.text()
    dialog.reject()
    qtbot.waitUntil(lambda: board.active_dialog is None)


def test_a_concurrent_change_is_shown_in_the_dialog(qtbot, run, board, day, ids):
    c = day["c"]
    dialog = _open_dialog(qtbot, board, c)
    # meanwhile another workstation reassigns the same entry
    run(day["lead"].reassign(c.id, reason="anderswo", counter_id=ids["counter"]["Schalter I1"]))
    dialog.select_counter(ids["counter"]["Schalter I2"])
    dialog.set_reason("Lastausgleich")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    assert "inzwischen an einem anderen Arbeitsplatz geändert" in dialog.error.text()
    assert dialog.isVisible() and dialog.ok.isEnabled()
    assert run(day["lead"].entry(c.id)).assigned_counter_id == ids["counter"]["Schalter I1"]
    dialog.reject()


def test_an_entry_in_service_cannot_be_reassigned(qtbot, board, day):
    dialog = _open_dialog(qtbot, board, day["a"])
    assert not dialog.ok.isEnabled()
    assert "kann nicht umverteilt werden" in dialog.error.text()
    dialog.reject()


def test_moving_a_booked_appointment(qtbot, run, desks, ids, clock, board):
    import datetime as dt

    lead = desks("leitung")
    # inside BI's appointment hours (Wednesday 7:30-12:00): both times take a slot's place
    f = run(lead.book(service_point_id=ids["sp"]["BI"], scheduled_at=at(10, 0),
                      applicants=[person("Fischer")]))
    board.apply_changes([f.id])
    qtbot.waitUntil(lambda: board.pane.model.row(f.id) is not None)
    dialog = _open_dialog(qtbot, board, f)
    assert dialog.move_time.isEnabled()
    dialog.set_time(dt.datetime(2026, 11, 25, 11, 30))
    dialog.set_reason("Terminverlegung auf Wunsch")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: board.active_dialog is None)
    stored = run(lead.entry(f.id))
    assert stored.scheduled_at == at(11, 30)    # 11:30 Berlin, stored as UTC
    assert stored.state == State.BOOKED


def test_a_clerk_cannot_open_reassign(qtbot, run, desks, day):
    board = LeadScreen(desks("sbbi1", counter="Schalter I1"))
    qtbot.addWidget(board)
    run(board.refresh())
    board.pane.select(day["c"].id)
    assert not board.reassign_button.isEnabled()
    run(board.shutdown())


@pytest.mark.parametrize("language, date, when", [
    ("en", "Shift lead – overview 25/11/2026", "25/11/2026 14:00"),
    ("de", "Schichtleitung – Übersicht 25.11.2026", "25.11.2026 14:00"),
])
def test_dates_follow_the_ui_language(qtbot, qapp, run, desks, ids, day, language, date,
                                      when):
    """Issue 10: the board's title, its message after moving a booking and the reassign
    dialog write dates as the UI language does (QLocale), not in a fixed German format."""
    import datetime as dt

    from PySide6.QtCore import QLocale

    from desk_app.app import install_translations

    from tests.support import open_around_the_clock

    lead = desks("leitung")
    run(open_around_the_clock(lead.db))      # 14:00 is outside BI's default booking hours
    f = run(lead.book(service_point_id=ids["sp"]["BI"], scheduled_at=at(14, 0),
                      applicants=[person("Fischer")]))
    installed = install_translations(qapp, language)
    try:
        board = LeadScreen(lead, day=dt.date(2026, 11, 25))
        qtbot.addWidget(board)
        run(board.refresh())
        assert board.heading.text() == date
        board.pane.set_section("all")
        board.pane.select(f.id)
        dialog = board.commands.open_reassign()
        assert dialog.when.text() == when
        dialog.set_time(dt.datetime(2026, 11, 25, 15, 30))
        dialog.set_reason("Terminverlegung")
        dialog.accept()
        qtbot.waitUntil(lambda: board.active_dialog is None)
        assert board.last_message.endswith(when.replace("14:00", "15:30") + ".")
        run(board.shutdown())
    finally:
        for t in installed:   # leave the application as the other tests expect it
            qapp.removeTranslator(t)
        QLocale.setDefault(QLocale.system())


def test_the_board_is_a_screen(board):
    from desk_app.ui.screen import Screen

    assert isinstance(board, Screen) and board.name == "lead"
    assert board.title() == "Ausländerbehörde – Schichtleitung"
    names = {a.objectName() for a in board.screen_actions()}
    assert {"action_reassign", "action_move", "action_presence"} <= names
    board.set_writable(False)
    board.pane.select(board.pane.model.row_at(0).id)
    assert not board.reassign_button.isEnabled()
    board.set_writable(True)
    assert board.reassign_button.isEnabled()


def test_reassign_after_an_outage_retries_with_the_same_key(qtbot, run, board, day, ids,
                                                            monkeypatch):
    """Operations.run: an outage keeps the dialog's key (OK again re-sends it and the
    service applies it at most once) and says so in the dialog; success closes it."""
    from desk_app.services.database import DatabaseUnavailable

    c = day["c"]
    real = board.desk.reassign
    keys = []

    async def flaky(entry_id, *, key, **kw):
        keys.append(key)
        if len(keys) == 1:
            raise DatabaseUnavailable("sqlite://", "down")
        return await real(entry_id, key=key, **kw)

    monkeypatch.setattr(board.desk, "reassign", flaky)
    dialog = _open_dialog(qtbot, board, c)
    dialog.select_counter(ids["counter"]["Schalter I2"])
    dialog.set_reason("Lastausgleich")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible() and dialog.ok.isEnabled())
    assert "nicht erreichbar" in dialog.error.text()
    assert board.operations.in_flight(("reassign", c.id)) is False
    with qtbot.waitSignal(board.entryReassigned, timeout=5000):
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: board.active_dialog is None)
    assert len(keys) == 2 and keys[0] == keys[1]
    assert run(day["lead"].entry(c.id)).assigned_counter_id == ids["counter"]["Schalter I2"]
