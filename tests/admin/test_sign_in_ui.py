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
