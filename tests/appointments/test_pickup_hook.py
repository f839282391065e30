"""The pickup desk's hook: Strg+Umschalt+A books a pickup appointment for the arrived
document on screen, and the list of who still needs one shrinks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desk_app.services.appointment_book import AppointmentBook
from tests.pickup.conftest import pickup_office, pickup_view  # noqa: F401  (fixtures)
from tests.pickup.helpers import arrived

pytestmark = pytest.mark.gui


def test_a_pickup_appointment_from_the_pickup_desk(qtbot, run, pickup_office, pickup_view):
    o = pickup_office
    v = run(arrived(o, "Yılmaz", "Zeynep"))
    view = pickup_view()
    book = AppointmentBook(o.clerk)
    assert [n.order_id for n in run(book.pickup_needs())] == [v.id]
    view.scan.setFocus()
    qtbot.keyClicks(view.scan, v.reference)
    qtbot.keyClick(view.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.order is not None and view.order.id == v.id)
    qtbot.keyClick(view.scan, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: getattr(view, "pickup_appointment_dialog", None) is not None)
    dialog = view.pickup_appointment_dialog
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 10, timeout=10_000)
    assert dialog.service.currentText() == "Ausgabe eAT"
    qtbot.keyClick(dialog.table, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: dialog.last_booking is not None, timeout=10_000)
    assert dialog.last_booking.members[0].family_name == "Yılmaz"
    assert run(book.pickup_needs()) == []
    dialog.reject()
