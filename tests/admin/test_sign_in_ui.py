"""A shared counter PC: the screen locks after the idle time (or Ctrl+Shift+L), the next
person signs in (with their PIN when one is set) without a restart, and the station
keeps its service point and counter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desk_app.services import admin
from desk_app.services.sign_in import SignInFacade
from desk_app.settings import Settings
from desk_app.ui.sign_in import install
from tests.support import desk_for

pytestmark = pytest.mark.gui


def test_lock_and_switch_person_keeps_the_counter(station_factory, run, qtbot):
    st = station_factory("sbbi1", counter="Schalter I1")
    window = st.window
    sign_in = install(window, SignInFacade(st.db), Settings(idle_lock_minutes=0))
    counter = window.screens["counter"].counter_id()
    boss = run(desk_for(st.db, "admin"))
    sbbi2 = st.ids["staff"]["sbbi2"][0]
    run(boss.write(admin.set_staff_pin, boss.ctx, sbbi2, "2468"))

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert sign_in.is_locked()
    assert "Schalter I1" in sign_in.lock_screen.station.text()
    assert not window.screens["counter"].queue.call_next_action.isEnabled()     # no shortcut behind the lock
    screen = sign_in.lock_screen
    screen.login.setText("sbbi2")
    assert run(screen.try_sign_in()) is None
    assert screen.message.text() == "Bitte die PIN eingeben." and sign_in.is_locked()
    screen.pin.setText("1111")
    assert run(screen.try_sign_in()) is None
    assert screen.message.text() == "Die PIN stimmt nicht."
    screen.pin.setText("2468")
    signed = run(screen.try_sign_in())
    assert signed.staff_id == sbbi2 and not sign_in.is_locked()
    actor = window.desk.ctx.actor
    assert (actor.staff_id, actor.counter_id) == (sbbi2, counter)
    assert window.screens["counter"].counter_id() == counter
    assert window.clerk_name == signed.display_name
    assert signed.display_name in window.clerk_label.text()
    assert window.screens["counter"].queue.call_next_action.isEnabled()


def test_idle_time_locks_the_screen(station_factory, run, qtbot):
    st = station_factory("sbbi1", counter="Schalter I1")
    sign_in = install(st.window, SignInFacade(st.db), Settings(idle_lock_minutes=0))
    sign_in.watcher.limit_s = 0.3
    sign_in.watcher.timer.setInterval(50)
    sign_in.watcher.start()
    qtbot.waitUntil(sign_in.is_locked, timeout=5000)
    sign_in.watcher.stop()


def test_a_person_with_a_pin_starts_locked(station_factory, run, qtbot):
    from desk_app.services import admin as admin_service

    st = station_factory("sbbi1", counter="Schalter I1")
    boss = run(desk_for(st.db, "admin"))
    run(boss.write(admin_service.set_staff_pin, boss.ctx, st.ids["staff"]["sbbi1"][0], "1357"))
    sign_in = install(st.window, SignInFacade(st.db), Settings(idle_lock_minutes=0))
    qtbot.waitUntil(sign_in.is_locked, timeout=5000)
    sign_in.lock_screen.login.setText("sbbi1")
    sign_in.lock_screen.pin.setText("1357")
    assert run(sign_in.lock_screen.try_sign_in()) is not None and not sign_in.is_locked()


def test_a_different_person_takes_over_on_sqlite_with_their_menus(workstation, run, qtbot,
                                                                 sqlite_database_url):
    """The embedded database: the clerk's window is rebuilt for the shift lead who signs
    in at the lock screen (their menus, the same counter); the old window is gone."""
    import shiboken6

    from desk_app.domain.roles import Role

    station = workstation(sqlite_database_url, "sbbi1")
    first = station.session.window
    counter = first.desk.ctx.actor.counter_id
    assert "lead" not in first.switch_actions      # not this role's screen
    first.sign_in.lock()
    first.sign_in.lock_screen.login.setText("leitung")
    run(first.sign_in.lock_screen.try_sign_in())
    qtbot.waitUntil(lambda: station.switches == 1 and station.session.window.started,
                    timeout=15_000)
    window = station.session.window
    assert window.desk.ctx.actor.role == Role.SHIFT_LEAD
    assert window.desk.ctx.actor.counter_id == counter
    assert window.switch_actions["lead"].isVisible() and window.switch_actions["lead"].isEnabled()
    assert window.sign_in.take_over is not None and not window.sign_in.is_locked()
    qtbot.waitUntil(lambda: not shiboken6.isValid(first), timeout=5000)


def test_lock_screen_keys_enter_signs_in_esc_cancels_focus_in_the_user_field(
        station_factory, run, qtbot):
    st = station_factory("sbbi1", counter="Schalter I1")
    window = st.window
    sign_in = install(window, SignInFacade(st.db), Settings(idle_lock_minutes=0))
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    screen = sign_in.lock_screen
    qtbot.waitUntil(lambda: screen.login.hasFocus(), timeout=3000)
    qtbot.keyClicks(screen.login, "sbbi2")
    qtbot.keyClicks(screen.pin, "9999")
    screen.message.setText("alt")
    qtbot.keyClick(screen.login, Qt.Key.Key_Escape)
    assert (screen.login.text(), screen.pin.text(), screen.message.text()) == ("", "", "")
    assert screen.login.hasFocus() and sign_in.is_locked()      # Esc never unlocks
    qtbot.keyClicks(screen.login, "sbbi2")
    with qtbot.waitSignal(screen.unlocked, timeout=10_000) as signal:
        qtbot.keyClick(screen.login, Qt.Key.Key_Return)
    assert signal.args[0].login == "sbbi2" and not sign_in.is_locked()
    assert window.desk.ctx.actor.staff_id == st.ids["staff"]["sbbi2"][0]


def test_a_take_over_that_cannot_open_keeps_the_old_session_locked(
        workstation, run, sqlite_database_url, monkeypatch):
    """The new person's session does not open (the database went away): the old window
    stays, locked, with the reason on the lock screen; the engine handed over is
    disposed; nothing else changes."""
    import desk_app.app as app_module
    from desk_app.services.database import DatabaseUnavailable
    from desk_app.services.sign_in import SignedIn

    station = workstation(sqlite_database_url, "sbbi1")
    session = station.session
    window = session.window

    async def refused(*_a, **_k):
        raise DatabaseUnavailable(sqlite_database_url, "connection refused")

    class Engine:
        disposed = False

        async def dispose(self):
            Engine.disposed = True

    monkeypatch.setattr(app_module, "open_session", refused)
    window.sign_in.lock()
    signed = SignedIn(99, "leitung", "Frau Becker", "SHIFT_LEAD", database=Engine())
    assert run(station.replace_session(signed)) is None
    assert station.session is session and station.switches == 0
    assert window.sign_in.is_locked() and "nicht erreichbar" in \
        window.sign_in.lock_screen.message.text()
    assert Engine.disposed
    assert window.desk.ctx.actor.staff_id != 99


def test_an_offline_pin_check_at_start_leaves_the_window_open_and_quiet(
        station_factory, run, qtbot, caplog):
    """The PIN check at start is a quiet read of the window's Operations: offline, it is
    only logged; nothing locks and no message appears."""
    import logging

    from desk_app.services.database import DatabaseUnavailable
    from desk_app.ui import sign_in as sign_in_module

    st = station_factory("sbbi1", counter="Schalter I1")
    facade = SignInFacade(st.db)

    async def offline(_staff_id):
        raise DatabaseUnavailable("postgresql://desk@db/desk", "connection refused")

    facade.has_pin = offline
    st.window.show_message("")
    sign_in = install(st.window, facade, Settings(idle_lock_minutes=0))
    with caplog.at_level(logging.INFO):
        run(sign_in_module._lock_if_pin(sign_in))
    assert not sign_in.is_locked() and st.window.last_message == ""
    assert "PIN check at start failed: DatabaseUnavailable" in caplog.text
