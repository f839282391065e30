"""The pickup desk as a screen of the shell: the Screen protocol, the keyboard path of a
hand-out (Shift+F8, Esc cancels, Enter hands out), a lost connection that keeps the
hand-out's key for the retry, and dates in the UI language (QLocale)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QLabel

from desk_app.domain.document_orders import DocState
from desk_app.services import document_orders as docs
from desk_app.services.database import DatabaseUnavailable
from desk_app.ui.screen import Screen

from .helpers import arrived, ordered, view
from .test_pickup_view import scan

pytestmark = pytest.mark.gui


def test_the_pickup_desk_is_a_screen(qtbot, run, pickup_office, pickup_view):
    o = pickup_office
    v = run(arrived(o))
    screen = pickup_view()
    assert isinstance(screen, Screen) and screen.name == "pickup"
    assert "Dokumentenausgabe" in screen.title()
    names = {a.objectName() for a in screen.screen_actions()}
    assert {"action_hand_out", "action_arrive", "action_pickup_slip", "action_batch",
            "pickupAppointmentAction"} <= names
    screen.table.setFocus()
    screen.activate()
    qtbot.waitUntil(lambda: screen.scan.hasFocus())
    run(screen.load())                      # loaded already: nothing changes
    assert screen.model.ids() == [v.id]
    scan(qtbot, screen, v.reference)
    qtbot.waitUntil(lambda: screen.order is not None)
    assert screen.hand_out_action.isEnabled()
    screen.set_writable(False)
    assert not screen.hand_out_action.isEnabled()


def enter(qtbot, dialog):
    """Enter where the cursor is, as the clerk presses it."""
    qtbot.waitUntil(lambda: dialog.isVisible() and QApplication.focusWidget() is not None
                    and dialog.isAncestorOf(QApplication.focusWidget()), timeout=3000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def test_hand_out_by_keyboard_esc_cancels_enter_confirms(qtbot, run, pickup_office,
                                                        pickup_view):
    o = pickup_office
    v = run(arrived(o, "Haddad", "Omar"))
    screen = pickup_view()
    scan(qtbot, screen, v.reference)
    qtbot.waitUntil(lambda: screen.order is not None)
    qtbot.keyClick(screen.scan, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: screen.active_dialog is not None)
    dialog = screen.active_dialog
    qtbot.waitUntil(lambda: dialog.isVisible() and QApplication.focusWidget() is not None
                    and dialog.isAncestorOf(QApplication.focusWidget()), timeout=3000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)      # Esc cancels
    qtbot.waitUntil(lambda: screen.active_dialog is None)
    assert run(o.clerk.read(docs.get_order, v.id)).state == DocState.ARRIVED
    # back to the scan field (the window's focus widget; offscreen does not reactivate it)
    qtbot.waitUntil(lambda: screen.focusWidget() is screen.scan)
    screen.activateWindow()
    qtbot.waitUntil(lambda: screen.isActiveWindow() and screen.scan.hasFocus())

    qtbot.keyClick(screen.scan, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: screen.active_dialog is not None)
    enter(qtbot, screen.active_dialog)                                 # Enter: the applicant
    qtbot.waitUntil(lambda: screen.order.state == DocState.HANDED_OUT)
    assert screen.active_dialog is None
    assert run(o.clerk.read(docs.get_order, v.id)).state == DocState.HANDED_OUT
    assert "Ausgehändigt" in screen.state_label.text()


def test_an_outage_keeps_the_hand_out_key_for_the_retry(qtbot, run, pickup_office,
                                                         pickup_view, monkeypatch):
    o = pickup_office
    v = run(arrived(o))
    screen = pickup_view()
    scan(qtbot, screen, v.reference)
    qtbot.waitUntil(lambda: screen.order is not None)
    keys_sent = []
    real = screen.documents.hand_out

    async def lost(order_id, *, key, **kw):
        keys_sent.append(key)
        raise DatabaseUnavailable(o.clerk.db.url, "connection refused")

    monkeypatch.setattr(screen.documents, "hand_out", lost)
    dialog = screen.open_hand_out()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    assert "nicht erreichbar" in dialog.error.text()
    assert dialog.ok.isEnabled()                              # not busy any more
    dialog.reject()                                           # closed; opened again later
    qtbot.waitUntil(lambda: screen.active_dialog is None)

    async def recorded(order_id, *, key, **kw):
        keys_sent.append(key)
        return await real(order_id, key=key, **kw)

    monkeypatch.setattr(screen.documents, "hand_out", recorded)
    again = screen.open_hand_out()
    qtbot.mouseClick(again.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.order.state == DocState.HANDED_OUT)
    assert len(keys_sent) == 2 and keys_sent[0] == keys_sent[1]    # the same action


def test_dates_follow_the_ui_language(qtbot, run, pickup_office, pickup_view):
    """German: 12.08.1985; English: 12/08/1985 (the language's short date format, with a
    four-digit year), in the list, the record and the hand-out dialog."""
    from desk_app.ui.pickup.model import COL_BIRTH, COL_ORDERED, PickupModel

    o = pickup_office
    v = run(arrived(o, "Yılmaz", "Zeynep"))
    child = run(ordered(o, "Çelik", "Elif", birth_date="00.00.2015"))
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Germany))
    model = PickupModel()
    model.set_rows([view(1)])
    assert model.data(model.index(0, COL_BIRTH)) == "12/08/1985"
    assert model.data(model.index(0, COL_ORDERED)) == "02/11/2026"
    screen = pickup_view()
    scan(qtbot, screen, v.reference)
    qtbot.waitUntil(lambda: screen.order is not None)
    assert screen.fields["birth"].text().startswith("12/08/1985")
    assert screen.fields["ordered"].text() == "25/11/2026"
    dialog = screen.open_hand_out()
    heading = dialog.findChild(QLabel, "handOutHeading")
    assert "12/08/1985" in heading.text() and "12.08.1985" not in heading.text()
    dialog.reject()
    row = screen.model.row_of(child.id)
    assert screen.model.data(screen.model.index(row, COL_BIRTH)) == "00/00/2015"

    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    assert model.data(model.index(0, COL_BIRTH)) == "12.08.1985"
    assert screen.model.data(screen.model.index(row, COL_BIRTH)) == "00.00.2015"


def test_the_screen_speaks_the_ui_language(qtbot, qapp, run, pickup_office, pickup_view):
    """Every text of the screen is looked up in the context it is extracted with (the
    actions and the scan row are built outside the class: they once stayed German)."""
    from desk_app.app import install_translations

    installed = install_translations(qapp, "en")
    try:
        screen = pickup_view()
        assert screen.hand_out_action.text().startswith("Hand out")
        assert screen.arrive_action.text().startswith("Book arrival")
        assert screen.batch_action.text().startswith("Record delivery")
        assert screen.open_button.text() == "Open"
        assert screen.title() == "Immigration office – document pickup"
        assert screen.table_title.text().startswith("For pickup here")
        assert screen.model.headerData(0, Qt.Orientation.Horizontal) == "Pickup number"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
