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
