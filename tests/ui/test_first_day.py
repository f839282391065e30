"""Keys do what they say, and the screen never disagrees with itself (issue 10)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from desk_app.domain.states import State
from desk_app.ui.labels import database_name, format_duration
from desk_app.ui.queue_model import COL_NAMES
from desk_app.ui.window_memory import WindowMemory, fit_rect
from tests.support import at, person
from tests.ui.test_counter_day import book, press, state_of

pytestmark = pytest.mark.gui
CTRL = Qt.KeyboardModifier.ControlModifier


def test_reception_keys_work_from_the_search_field(qtbot, run, station_factory, lead_desk):
    s = station_factory("info1", screen="reception")
    w, ids = s.window, s.ids
    lead = lead_desk(s.clock)
    a = book(run, lead, ids, "Kowalski", "Anna", 8, 0)
    b = book(run, lead, ids, "Kowalczyk", "Piotr", 8, 10, sp="EU")
    view = w.screens["reception"]
    pane = view.pane
    qtbot.waitUntil(lambda: pane.model.keys() >= {a.id, b.id}, timeout=5000)
    search = view.search
    assert QApplication.focusWidget() is search            # F3 starts in the search
    qtbot.keyClicks(search, "Kowalski")
    qtbot.waitUntil(lambda: pane.proxy.ids() == frozenset({a.id}), timeout=5000)
    # a single hit is selected at once: the row and the panel agree
    assert pane.current_id == a.id and view.panel.entry.id == a.id
    assert pane.table.selectionModel().isRowSelected(pane.proxy.row_of(a.id), pane.table.rootIndex())
    assert QApplication.focusWidget() is search
    # Ctrl+E from the search field checks the hit in (QLineEdit's "end of line" is not it)
    qtbot.keyClick(search, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: pane.model.row(a.id).state == State.WAITING, timeout=5000)
    assert view.panel.entry.id == a.id and view.panel.state.text().endswith("Wartend")

    # two hits: Down moves into the results, Enter too
    search.clear()
    qtbot.keyClicks(search, "Kowal")
    qtbot.waitUntil(lambda: pane.proxy.ids() == frozenset({a.id, b.id}), timeout=5000)
    qtbot.keyClick(search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is pane.table
    assert pane.current_id in (a.id, b.id) and view.panel.entry.id == pane.current_id
    search.setFocus()
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is pane.table

    # no hits: the panel is empty, not showing an entry the table does not
    search.setText("Zzyzx")
    qtbot.waitUntil(lambda: "Nichts gefunden" in view.result_label.text(), timeout=5000)
    assert pane.current_id is None and view.panel.entry is None
    assert view.panel.ticket.text() == "—"


def test_f5_without_a_counter_says_so_and_focuses_the_picker(qtbot, run, station_factory):
    s = station_factory("sbbi1")
    w = s.window
    w.screens["counter"].counter.setCurrentIndex(0)                 # "— kein Schalter —"
    qtbot.waitUntil(lambda: w.desk.ctx.actor.counter_id is None)
    w.screens["counter"].pane.table.setFocus()
    press(qtbot, w, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: w.infobar.isVisible(), timeout=3000)
    assert "Kein Schalter gewählt" in w.info_text.text()
    assert QApplication.focusWidget() is w.screens["counter"].counter


def test_walk_in_starts_in_the_family_name_and_shows_every_problem(qtbot, run, station_factory):
    s = station_factory("sbbi1", counter="Schalter I1")
    w = s.window
    press(qtbot, w, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: w.active_dialog is not None)
    dialog = w.active_dialog
    # the cursor is in the first row's family name, ready to type
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit)
                    and dialog.people.isAncestorOf(QApplication.focusWidget()), timeout=3000)
    assert (dialog.people.currentRow(), dialog.people.currentColumn()) == (0, 0)
    qtbot.keyClicks(QApplication.focusWidget(), "Haddad")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.people.item(0, 0).text() == "Haddad"
    # "+ Person": the cursor goes into the new row
    dialog.add_button.click()
    assert (dialog.people.currentRow(), dialog.people.currentColumn()) == (1, 0)
    assert isinstance(QApplication.focusWidget(), QLineEdit)
    qtbot.keyClicks(QApplication.focusWidget(), "Haddad")
    dialog.people.setFocus()
    # every problem at once, each marked in its cell
    dialog.people.item(0, 2).setText("31.02.1990")
    dialog.people.item(1, 3).setText("Syrien")
    dialog.ok.click()
    text = dialog.error.text()
    assert dialog.error.isVisible() and w.active_dialog is dialog
    assert "Person 1, Geburtsdatum" in text and "Person 2, Staatsangeh." in text
    assert dialog.people.item(0, 2).toolTip() and dialog.people.item(1, 3).toolTip()
    assert not dialog.people.item(0, 0).toolTip()
    dialog.people.item(0, 2).setText("00.00.1990")
    dialog.people.item(1, 3).setText("SYR")
    # Enter in a cell's editor takes the cell and registers at once (not a second Enter)
    dialog.people.setCurrentCell(1, 4)
    dialog.people.editItem(dialog.people.item(1, 4))
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit)
                    and dialog.people.isAncestorOf(QApplication.focusWidget()), timeout=3000)
    qtbot.keyClicks(QApplication.focusWidget(), "AZ 7")
    results = []
    dialog.finished.connect(results.append)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.active_dialog is None, timeout=5000)
    assert results == [QDialog.DialogCode.Accepted]
    found = run(s.desk.search("Haddad"))
    assert any(m.file_number == "AZ 7" for e in found for m in e.members)


def test_station_is_remembered_across_restarts(qtbot, run, station_factory, tmp_path):
    memory_file = tmp_path / "station.ini"
    extra = lambda db, desk: {"memory": WindowMemory(memory_file)}  # noqa: E731
    first = station_factory("sbbi1", services=extra).window
    first.screens["counter"].select_service_point("EU")
    first.screens["counter"].select_counter("Schalter E2")
    qtbot.waitUntil(lambda: WindowMemory(memory_file).station() == ("EU", "Schalter E2"))
    again = station_factory("sbbi2", services=extra).window
    assert again.screens["counter"].service_point.currentText().endswith("(EU)")
    assert again.screens["counter"].counter.currentText().startswith("Schalter E2")
    assert again.desk.ctx.actor.counter_id == again.screens["counter"].counter_id()


def test_one_message_in_one_place_cleared_on_screen_change(qtbot, run, station_factory):
    s = station_factory("sbbi1", counter="Schalter I1")
    w = s.window
    w.show_message("Niemand wartet an dieser Dienststelle.")
    assert w.infobar.isVisible() and w.statusBar().currentMessage() == ""
    press(qtbot, w, Qt.Key.Key_F3)
    assert w.screen() == "reception" and not w.infobar.isVisible()
    assert w.last_message == ""


def test_status_bar_names_the_database_and_menus_show_each_key_once(qtbot, station_factory):
    w = station_factory("sbbi1", counter="Schalter I1").window
    assert w.db_label.text() == "Datenbank: lokal (desk.sqlite3)"
    assert "sqlite" in w.db_label.toolTip()
    for menu in (a.menu() for a in w.menuBar().actions()):
        for action in menu.actions():
            key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if key:
                assert key not in action.text(), action.text()
    # the panel's buttons still show their key
    button = w.screens["counter"].panel.buttons["action_finish"]
    assert "[F8]" in button.text()


def test_names_and_durations():
    assert database_name("sqlite+aiosqlite:////data/demo.sqlite3") == "Demo, lokal"
    assert database_name("postgresql+asyncpg://u:pw@db-server/desk") == "desk auf db-server"
    assert format_duration(32) == "32 Min." and format_duration(430) == "7 Std. 10 Min."
    assert format_duration(120) == "2 Std."


def test_geometry_fits_the_screen():
    small = QRect(0, 0, 1366, 740)
    # a window saved on a big screen (2100×1289) comes back on the small one, whole
    fitted = fit_rect(QRect(300, 200, 2100, 1289), small, QSize(900, 600))
    assert small.contains(fitted) and fitted.size() == QSize(1366, 740)
    # first start: the preferred size where it fits, centred
    fitted = fit_rect(None, QRect(0, 0, 1920, 1040), QSize(900, 600))
    assert fitted.size() == QSize(1400, 860) and QRect(0, 0, 1920, 1040).contains(fitted)
    # moved off the screen: back on it
    fitted = fit_rect(QRect(-500, 900, 1000, 700), small, QSize(900, 600))
    assert small.contains(fitted)


@pytest.mark.parametrize("scale, screen", [(1.0, QSize(1366, 768)), (1.5, QSize(1280, 720))],
                         ids=["1366x768 at 100 %", "1920x1080 at 150 %"])
def test_the_window_can_be_as_small_as_the_screen(qtbot, station_factory, scale, screen):
    """At 150 % a 1920×1080 screen has 1280×720 logical pixels; less a task bar and
    the window frame, the window must still fit, action panel included."""
    app = QApplication.instance()
    font = app.font()
    try:
        if scale != 1.0:
            bigger = app.font()
            bigger.setPointSizeF(font.pointSizeF() * scale)
            app.setFont(bigger)
        w = station_factory("sbbi1", counter="Schalter I1").window
        w.screens["counter"].pane.apply_font_metrics()
        hint = w.minimumSizeHint()
        assert hint.width() <= screen.width() and hint.height() <= screen.height() - 70, hint
        w.resize(screen.width(), screen.height() - 70)
        QApplication.processEvents()
        panel = w.screens["counter"].panel
        finish = panel.buttons["action_finish"]
        top_left = finish.mapTo(w, finish.rect().topLeft())
        assert w.rect().contains(QRect(top_left, finish.size())), (top_left, w.size())
        # every column on screen (elided), none behind a horizontal scroll bar
        table = w.screens["counter"].pane.table
        shown = [c for c in range(table.model().columnCount()) if not table.isColumnHidden(c)]
        assert sum(table.columnWidth(c) for c in shown) <= table.viewport().width()
        assert table.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    finally:
        app.setFont(font)
