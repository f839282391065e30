"""A service point's opening hours and blocked times, edited: the services on SQLite and
PostgreSQL, the editor dialog (pytest-qt) and its models without widgets, and weekday
names in the UI language."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDateTime, QLocale, QTime

from desk_app.domain import capacity as cap
from desk_app.domain import errors
from desk_app.services.capacity_config import BlockedRow, HoursRow
from desk_app.services.database import open_database
from tests.appointments.helpers import MONDAY, book_for, local
from tests.support import ids

ONE_HOUR = [HoursRow(weekday=0, opens="08:00", closes="09:00", slot_minutes=30, counters=2)]


async def test_save_hours_replaces_the_hours_and_the_slots_follow(db):
    admin, _, clock = await book_for(db, "admin", counter=None)
    sp = (await ids(db))["sp"]["EU"]
    assert len((await admin.hours(service_point_id=sp)).hours) > 1      # the seeded ones
    assert await admin.save_hours(service_point_id=sp, hours=ONE_HOUR) == 1
    found = await admin.hours(service_point_id=sp)
    assert found.hours == tuple(ONE_HOUR)
    free = await admin.next_free(service_point_id=sp, service_id=None, count=3)
    assert [f.starts_at for f in free.slots] == [
        local(MONDAY, 8), local(MONDAY, 8, 30), local(MONDAY + dt.timedelta(weeks=1), 8)]
    assert free.slots[0].free == 2


async def test_invalid_hours_change_nothing(db):
    admin, _, _ = await book_for(db, "admin", counter=None)
    sp = (await ids(db))["sp"]["EU"]
    before = await admin.hours(service_point_id=sp)
    bad = [*ONE_HOUR, HoursRow(weekday=2, opens="12:00", closes="11:00", slot_minutes=20,
                               counters=1)]
    with pytest.raises(cap.InvalidHours) as caught:
        await admin.save_hours(service_point_id=sp, hours=bad)
    assert "Mi 12:00–11:00" in str(caught.value)
    assert (await admin.hours(service_point_id=sp)).hours == before.hours


async def test_blocked_times_are_added_and_removed(db):
    admin, _, _ = await book_for(db, "admin", counter=None)
    known = await ids(db)
    sp = known["sp"]["EU"]
    await admin.save_hours(service_point_id=sp, hours=ONE_HOUR)
    counter = known["counter"]["Schalter E1"]
    blocked_id = await admin.add_blocked(service_point_id=sp, starts_at=local(MONDAY, 8),
                                         ends_at=local(MONDAY, 8, 30), reason="Schulung",
                                         counter_id=counter)
    found = await admin.hours(service_point_id=sp)
    assert found.blocked == (BlockedRow(blocked_id, local(MONDAY, 8), local(MONDAY, 8, 30),
                                        "Schulung", counter),)
    free = await admin.next_free(service_point_id=sp, service_id=None, count=1)
    assert free.slots[0].free == 1          # one of two counters blocked
    with pytest.raises(cap.InvalidBlockedTime):
        await admin.add_blocked(service_point_id=sp, starts_at=local(MONDAY, 9),
                                ends_at=local(MONDAY, 9), reason="")
    await admin.remove_blocked(blocked_id)
    assert (await admin.hours(service_point_id=sp)).blocked == ()
    free = await admin.next_free(service_point_id=sp, service_id=None, count=1)
    assert free.slots[0].free == 2


async def test_only_an_administrator_edits_hours(db):
    clerk, _, _ = await book_for(db, "sbeu1", counter="Schalter E1")
    sp = (await ids(db))["sp"]["EU"]
    with pytest.raises(errors.PermissionDenied):
        await clerk.save_hours(service_point_id=sp, hours=ONE_HOUR)
    with pytest.raises(errors.PermissionDenied):
        await clerk.add_blocked(service_point_id=sp, starts_at=local(MONDAY, 8),
                                ends_at=local(MONDAY, 9), reason="x")


# -- the editor ---------------------------------------------------------------------------
@pytest.fixture
def editor(qtbot, run, sqlite_database_url):
    from desk_app.ui.calendar.hours import HoursDialog

    db = open_database(sqlite_database_url)
    admin, desk, clock = run(book_for(db, "admin", counter=None))
    sp = run(ids(db))["sp"]["EU"]
    dialog = HoursDialog(None, admin, run(desk.service_points()), service_point_id=sp,
                         services=run(desk.services()))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.open()
    qtbot.waitUntil(lambda: dialog.hours_model.rowCount() > 0, timeout=10_000)
    yield dialog, admin, sp
    run(dialog.tasks.cancel_all())
    run(db.dispose())


@pytest.mark.gui
def test_the_editor_changes_hours_and_blocked_times(qtbot, run, editor):
    dialog, admin, sp = editor
    seeded = dialog.hours_model.rowCount()
    # change Monday morning to 08:00-09:00, 30 minutes, 3 counters
    dialog.hours_table.selectRow(0)
    assert dialog.hours_model.at(0).weekday == 0
    dialog.opens.setTime(QTime(8, 0))
    dialog.closes.setTime(QTime(9, 0))
    dialog.minutes.setValue(30)
    dialog.counters.setValue(3)
    dialog.change_hours()
    assert "nicht gespeichert" in dialog.status.text()
    # remove every other row but Monday 08:00
    for r in range(dialog.hours_model.rowCount() - 1, -1, -1):
        if dialog.hours_model.at(r).opens != "08:00":
            dialog.hours_table.selectRow(r)
            dialog.remove_hours()
    assert dialog.hours_model.rowCount() == 1 < seeded
    dialog.save_hours()
    qtbot.waitUntil(lambda: "gespeichert" in dialog.status.text()
                    and "nicht" not in dialog.status.text(), timeout=10_000)
    free = run(admin.next_free(service_point_id=sp, service_id=None, count=2))
    assert [(f.starts_at, f.free) for f in free.slots] == [(local(MONDAY, 8), 3),
                                                          (local(MONDAY, 8, 30), 3)]
    # a blocked time for the whole service point on Monday 08:00-08:30
    dialog.block_start.setDateTime(QDateTime(MONDAY, QTime(8, 0)))
    dialog.block_end.setDateTime(QDateTime(MONDAY, QTime(8, 30)))
    dialog.block_reason.setText("Dienstbesprechung")
    dialog.add_blocked()
    qtbot.waitUntil(lambda: dialog.blocked_model.rowCount() == 1, timeout=10_000)
    free = run(admin.next_free(service_point_id=sp, service_id=None, count=1))
    assert free.slots[0].starts_at == local(MONDAY, 8, 30)
    assert dialog.blocked_model.data(dialog.blocked_model.index(0, 3)) == "Dienstbesprechung"
    # an invalid row is refused with the service's message; the saved hours stay
    dialog.opens.setTime(QTime(12, 0))
    dialog.closes.setTime(QTime(11, 0))
    dialog.add_hours()
    dialog.save_hours()
    qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog), timeout=10_000)
    assert "ungültig" in dialog.error.text()
    assert len(run(admin.hours(service_point_id=sp)).hours) == 1
    dialog.blocked_table.selectRow(0)
    dialog.remove_blocked()
    qtbot.waitUntil(lambda: dialog.blocked_model.rowCount() == 0, timeout=10_000)


@pytest.mark.gui
def test_enter_is_the_action_of_the_section_the_cursor_is_in(qtbot, run, editor):
    """In the blocked times Enter adds the blocked time (it saved the hours before);
    elsewhere Enter saves the hours; Esc cancels from anywhere."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialog

    dialog, admin, sp = editor
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5_000)
    dialog.block_start.setDateTime(QDateTime(MONDAY, QTime(8, 0)))
    dialog.block_end.setDateTime(QDateTime(MONDAY, QTime(8, 30)))
    dialog.block_reason.setFocus()
    qtbot.waitUntil(dialog.block_reason.hasFocus, timeout=5_000)
    assert dialog.add_block_button.isDefault() and not dialog.save_button.isDefault()
    qtbot.keyClicks(dialog.block_reason, "Schulung")
    qtbot.keyClick(dialog.block_reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.blocked_model.rowCount() == 1, timeout=10_000)
    assert dialog.status.text() == "Sperrzeit gespeichert."
    assert dialog.isVisible()
    # the date fields of the section too
    dialog.block_start.setDateTime(QDateTime(MONDAY, QTime(10, 0)))
    dialog.block_end.setDateTime(QDateTime(MONDAY, QTime(10, 30)))
    dialog.block_end.setFocus()
    qtbot.waitUntil(dialog.block_end.hasFocus, timeout=5_000)
    qtbot.keyClick(dialog.block_end, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.blocked_model.rowCount() == 2, timeout=10_000)
    # back in the hours: Enter saves them
    dialog.minutes.setFocus()
    qtbot.waitUntil(dialog.minutes.hasFocus, timeout=5_000)
    assert dialog.save_button.isDefault() and not dialog.add_block_button.isDefault()
    qtbot.keyClick(dialog.minutes, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Öffnungszeiten gespeichert" in dialog.status.text(),
                    timeout=10_000)
    assert dialog.blocked_model.rowCount() == 2
    dialog.block_reason.setFocus()
    qtbot.waitUntil(dialog.block_reason.hasFocus, timeout=5_000)
    qtbot.keyClick(dialog.block_reason, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected


@pytest.mark.gui
def test_the_models_without_widgets(qapp):
    from desk_app.ui.calendar.hours_models import SORT_ROLE, BlockedModel, HoursModel

    model = HoursModel()
    model.set_rows([HoursRow(2, "07:30", "12:00", 20, 3), HoursRow(0, "13:00", "15:30", 20, 3),
                    HoursRow(0, "07:30", "12:00", 20, 3)])
    assert [model.row_at(r).weekday for r in range(3)] == [0, 0, 2]
    assert model.row_at(0).opens == "07:30" and not model.changed
    assert model.data(model.index(2, 0), SORT_ROLE) == 2
    assert model.data(model.index(0, 5)) == "alle"
    at = model.add(HoursRow(1, "08:00", "09:00", 30, 1, service_id=7))
    assert at == 2 and model.changed
    model.service_names = {7: "Ausgabe eAT"}
    assert model.data(model.index(2, 5)) == "Ausgabe eAT"
    model.update_rows(model.rows())
    assert not model.changed and model.rowCount() == 4
    blocked = BlockedModel()
    start = local(MONDAY, 8)
    blocked.set_rows([BlockedRow(1, start, start + dt.timedelta(hours=1), "Schulung", None)])
    assert blocked.data(blocked.index(0, 2)) == "ganze Dienststelle"
    assert blocked.data(blocked.index(0, 0), SORT_ROLE) == start.timestamp()
    assert blocked.data(blocked.index(0, 0)).endswith("08:00")   # Berlin time
    assert blocked.data(blocked.index(0, 1)).endswith("09:00")


@pytest.mark.gui
@pytest.mark.parametrize("language, monday, short", [("de", "Montag", "Mo."),
                                                      ("en", "Monday", "Mon")])
def test_weekday_names_follow_the_ui_language(qapp, language, monday, short):
    from desk_app.app import install_translations
    from desk_app.domain.capacity import FreeSlot
    from desk_app.ui.booking.slots_model import SlotsModel
    from desk_app.ui.calendar.hours_models import weekday_name

    before = QLocale()
    translators = install_translations(qapp, language)
    try:
        assert weekday_name(0) == monday
        assert weekday_name(0, short=True) == short
        slots = SlotsModel()
        slots.set_rows([FreeSlot(local(MONDAY, 8), local(MONDAY, 8, 20), 1, 1, 1)])
        assert slots.data(slots.index(0, 1)).startswith(short)
    finally:
        for t in translators or ():
            qapp.removeTranslator(t)
        QLocale.setDefault(before)
