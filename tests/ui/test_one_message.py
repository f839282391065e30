"""Issue 10 Must 4: a message appears once, in one place (the window's message bar), and
is cleared when the screen changes. The pickup screen once showed each message twice:
in the message bar and again in its own line under the scan field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

pytestmark = pytest.mark.gui


def _shown(window, text: str) -> list[QLabel]:
    """Every visible label of the window that shows ``text``."""
    return [label for label in window.findChildren(QLabel)
            if label.isVisible() and text in label.text()]


def test_a_pickup_message_appears_once_in_the_message_bar(qtbot, station_factory):
    s = station_factory("leitung", counter="Schalter I3")
    w = s.window
    w.show_screen("pickup")
    pickup = w.screens["pickup"]
    pickup.scan.setFocus()
    qtbot.keyClicks(pickup.scan, "12345")           # too short: not a reference
    qtbot.keyClick(pickup.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: pickup.last_message != "", timeout=5000)
    text = pickup.last_message
    assert pickup.last_error
    labels = _shown(w, text)
    assert [label.objectName() for label in labels] == ["infoText"], labels
    assert w.info_text.text() == text
    assert text not in w.statusBar().currentMessage()

    # switching the batch mode: the message belonged to the other mode
    pickup.set_batch_mode(True)
    assert not w.infobar.isVisible() and not _shown(w, text)
    pickup.set_batch_mode(False)

    # the delivery's per-scan result stays in its line of the batch list, not in the bar
    pickup.set_batch_mode(True)
    qtbot.keyClicks(pickup.scan, "12345")
    qtbot.keyClick(pickup.scan, Qt.Key.Key_Return)
    results = pickup.batch_panel.results
    qtbot.waitUntil(lambda: len(results()) == 1 and results()[0][1] == "problem",
                    timeout=5000)
    assert results()[0][0].startswith("✗ ")
    assert not w.infobar.isVisible() and not _shown(w, results()[0][0][2:])

    # a message belongs to its screen: switching screens clears it
    pickup.set_batch_mode(False)
    pickup.show_message("Nachricht der Ausgabe", True)
    assert [label.objectName() for label in _shown(w, "Nachricht der Ausgabe")] == ["infoText"]
    w.show_screen("counter")
    assert not w.infobar.isVisible() and not _shown(w, "Nachricht der Ausgabe")


@pytest.mark.parametrize("name", ["lead", "statistics", "requests"])
def test_a_screens_message_appears_once_and_not_on_the_next_screen(qtbot, station_factory,
                                                                    name):
    """The shift lead board, the statistics and the requests screen once showed each
    message in their own line as well, and that line stayed after a screen change."""
    w = station_factory("leitung", counter="Schalter I3").window
    assert name in w.screens, sorted(w.screens)
    w.show_screen(name)
    screen = w.screens[name]
    text = f"Nachricht von {name}"
    screen.show_message(text, error=True)
    assert [label.objectName() for label in _shown(w, text)] == ["infoText"]
    assert screen.last_message == text and w.last_message == text
    assert text not in w.statusBar().currentMessage()
    screen.show_message("")                 # the screen takes its message back
    assert not w.infobar.isVisible() and not _shown(w, text)
    screen.show_message(text, error=True)
    w.show_screen("counter")
    assert not w.infobar.isVisible() and not _shown(w, text)
    # a hidden screen taking back its message does not wipe the shown screen's
    w.show_message("Meldung des Schalters", error=True)
    screen.show_message("")
    assert w.infobar.isVisible() and w.info_text.text() == "Meldung des Schalters"


def test_a_failed_board_read_is_cleared_by_the_next_read_but_a_success_stays(
        qtbot, run, station_factory, monkeypatch):
    w = station_factory("leitung", counter="Schalter I3").window
    w.show_screen("lead")
    board = w.screens["lead"]
    from desk_app.services.database import DatabaseUnavailable

    async def down(*_a, **_k):
        raise DatabaseUnavailable("sqlite:///x", "down")
    with monkeypatch.context() as m:
        m.setattr(board.desk, "service_points", down)
        run(board.refresh())
    assert board.last_error and w.infobar.isVisible() and w.last_message == board.last_message
    assert [label.objectName() for label in _shown(w, board.last_message)] == ["infoText"]
    run(board.refresh())
    assert not w.infobar.isVisible() and not board.last_message
    board.show_message("Vorgang zugewiesen.")
    run(board.refresh())
    assert w.info_text.text() == "Vorgang zugewiesen." and w.infobar.isVisible()


def test_a_board_standing_alone_shows_its_messages_in_its_own_line(qtbot, run, station_factory):
    from desk_app.ui.lead.board import LeadScreen

    desk = station_factory("leitung", counter="Schalter I3").desk
    board = LeadScreen(desk)
    qtbot.addWidget(board)
    board.show()
    assert not board.error.isVisible()
    board.show_message("Allein", error=True)
    assert board.error.isVisible() and board.error.text() == "Allein"
    board.show_message("")
    assert not board.error.isVisible()
    run(board.shutdown())
