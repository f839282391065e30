"""Issue 14 through the real main windows: the silent alarm on its configured shortcut
reaches a neighbouring counter's window through the change feed and is acknowledged
there, the sender's window shows both steps; F1 lists the alarm's shortcut; a break
refuses call next with a clear message."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QTableWidget

from desk_app.settings import Settings
from tests.support import at, person

pytestmark = pytest.mark.gui


def shortcut(qtbot, window, text: str) -> None:
    if QApplication.activeWindow() is not window:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    seq = QKeySequence(text)
    combo = seq[0]
    qtbot.keyClick(window, combo.key(), combo.keyboardModifiers())


def test_alarm_by_configured_shortcut_reaches_the_neighbour_and_is_acknowledged(
        qtbot, run, station_factory):
    sender = station_factory("sbbi1", counter="Schalter I1",
                             settings=Settings(alarm_shortcut="Ctrl+Shift+F11"))
    neighbour = station_factory("sbbi2", counter="Schalter I2")
    far = station_factory("sbeu1", counter="Schalter E1")
    w = sender.window
    assert w.parts["alarms"].alarm_action.shortcut().toString() == "Ctrl+Shift+F11"
    # F1 lists it
    shortcut(qtbot, w, "F1")
    qtbot.waitUntil(lambda: w.active_dialog is not None)
    table = w.active_dialog.findChild(QTableWidget, "shortcuts")
    rows = {table.item(r, 1).text(): table.item(r, 0).text() for r in range(table.rowCount())}
    assert rows["Stiller Alarm"] == QKeySequence("Ctrl+Shift+F11").toString(
        QKeySequence.SequenceFormat.NativeText)
    w.active_dialog.reject()
    qtbot.waitUntil(lambda: w.active_dialog is None)
    shortcut(qtbot, w, "Ctrl+Shift+F11")
    qtbot.waitUntil(lambda: w.parts["alarms"].alarm_center.status_text == "zugestellt", timeout=5000)
    n = neighbour.window
    qtbot.waitUntil(lambda: len(n.parts["alarms"].alarm_center.visible) == 1, timeout=5000)
    assert n.parts["alarms"].alarm_banner.isVisible() and not w.parts["alarms"].alarm_center.visible
    assert far.window.parts["alarms"].alarm_center.visible == []        # another service point: not yet
    alarm_id = n.parts["alarms"].alarm_center.visible[0].id
    n.parts["alarms"].alarm_banner.buttons[alarm_id].click()
    qtbot.waitUntil(lambda: w.parts["alarms"].alarm_center.status_kind == "acknowledged", timeout=8000)
    assert w.parts["alarms"].alarm_center.status_text.startswith("bestätigt von ")
    assert "bestätigt von" in w.parts["alarms"].alarm_banner.status.text()
    qtbot.waitUntil(lambda: n.parts["alarms"].alarm_center.visible == [], timeout=5000)


def test_a_break_refuses_call_next_in_the_window(qtbot, run, station_factory):
    from desk_app.domain.lead import Presence

    s = station_factory("sbbi1", counter="Schalter I1")
    w = s.window
    e = run(s.desk.book(service_point_id=s.ids["sp"]["BI"], scheduled_at=at(8, 0),
                        applicants=[person("Pause", "Paula")]))
    run(s.desk.check_in(e.id))
    shortcut(qtbot, w, "Ctrl+Shift+P")
    qtbot.waitUntil(lambda: w.active_dialog is not None)
    d = w.active_dialog
    d.state.setCurrentIndex(list(Presence).index(Presence.BREAK))
    d.reason.setText("Kaffeepause")
    d.buttons.button(d.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: w.active_dialog is None, timeout=5000)
    shortcut(qtbot, w, "F5")
    qtbot.waitUntil(lambda: "Pause" in w.last_message, timeout=5000)
    assert "Kaffeepause" in w.last_message and "Schalter I1" in w.last_message
