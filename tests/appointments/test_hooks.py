"""The hooks in the clerk's window and the pickup desk: the real main window opens the
Folgetermin dialog for the current entry (Strg+Umschalt+F) and the calendar."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.support import person

pytestmark = pytest.mark.gui


def test_follow_up_and_calendar_from_the_main_window(qtbot, run, station_factory):
    s = station_factory("sbbi1", counter="Schalter I1")
    w = s.window
    sp = s.ids["sp"]["BI"]
    entry = run(s.desk.register_walk_in(service_point_id=sp,
                                        applicants=[person("Haddad", "Omar"), person("Haddad", "Lina")]))
    qtbot.waitUntil(lambda: entry.id in w.counter_view.pane.model.ids(),
                    timeout=10_000)
    w.counter_view.pane.select(entry.id)
    qtbot.waitUntil(lambda: w.current_entry() is not None and w.current_entry().id == entry.id,
                    timeout=5_000)
    qtbot.keyClick(w, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: w.active_dialog is not None
                    and w.active_dialog.objectName() == "followUpDialog", timeout=5_000)
    dialog = w.active_dialog
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 10, timeout=10_000)
    assert dialog.family.isChecked()
    dialog.reject()
    qtbot.waitUntil(lambda: w.active_dialog is None, timeout=5_000)
    w.calendar_action.trigger()
    qtbot.waitUntil(lambda: getattr(w, "calendar_window", None) is not None
                    and "Terminangebot" in w.calendar_window.view.title.text(), timeout=10_000)
    run(w.calendar_window.view.shutdown())
    w.calendar_window.close()
