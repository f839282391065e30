"""Who still needs a pickup appointment, on screen beside the calendar: the model alone,
and booking from the list (Eingabe opens the Abholtermin dialog, a key books)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from desk_app.services.appointment_book import AppointmentBook
from desk_app.services.appointment_views import PickupNeed
from desk_app.ui.calendar import CalendarScreen
from desk_app.ui.calendar.pickup_needs import SORT_ROLE, PickupNeedsModel, PickupNeedsWindow
from tests.pickup.conftest import pickup_office  # noqa: F401  (fixture)
from tests.pickup.helpers import arrived

pytestmark = pytest.mark.gui


def need(i: int, family: str, days: int) -> PickupNeed:
    return PickupNeed(order_id=i, reference=f"R{i}", doc_type="EAT", applicant_id=i,
                      family_name=family, given_name="X", language=None, service_point_id=1,
                      arrived_at=dt.datetime(2026, 11, 1, 9, tzinfo=dt.timezone.utc)
                      + dt.timedelta(days=days))


def test_the_model_without_widgets(qapp):
    model = PickupNeedsModel()
    a, b, c = need(1, "Zeller", 2), need(2, "Adam", 1), need(3, "Berg", 3)
    model.set_rows([a, b])
    assert model.rowCount() == 2
    assert model.data(model.index(0, 4)) == "Zeller, X"
    assert model.data(model.index(0, 2)) == "eAT"
    assert model.data(model.index(0, 0), SORT_ROLE) > model.data(model.index(1, 0), SORT_ROLE)
    assert model.data(model.index(1, 4), SORT_ROLE) < model.data(model.index(0, 4), SORT_ROLE)
    removed, inserted = [], []
    model.rowsRemoved.connect(lambda _p, first, _l: removed.append(first))
    model.rowsInserted.connect(lambda _p, first, _l: inserted.append(first))
    model.update_rows([b, c])          # a booked, c arrived
    assert removed == [0] and inserted == [1]
    assert [model.need(r).order_id for r in range(2)] == [2, 3]


def test_book_from_the_list_beside_the_calendar(qtbot, run, pickup_office, tmp_path):
    o = pickup_office
    first = run(arrived(o, "Yılmaz", "Zeynep"))
    second = run(arrived(o, "Haddad", "Omar"))
    book = AppointmentBook(o.clerk)
    view = CalendarScreen(book, run(o.clerk.service_points()), today=o.clerk.ctx.now().date(),
                        services=run(o.clerk.services()))
    qtbot.addWidget(view)
    view.show()
    view.service_point.setCurrentIndex(view.service_point.findData(o.sp["BI"]))
    view.reload(reset=True)
    panel = view.pickups
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=10_000)
    assert "2" in panel.title.text()
    refs = {panel.proxy.data(panel.proxy.index(r, 1)) for r in range(2)}
    assert refs == {first.reference, second.reference}
    # the first row by arrival: the first document; Enter opens the Abholtermin dialog
    panel.table.setFocus()
    panel.table.selectRow(0)
    chosen = panel.selected_need()
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.dialog is not None, timeout=5_000)
    dialog = panel.dialog
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 10, timeout=10_000)
    assert dialog.windowTitle() == "Abholtermin" and chosen.reference in dialog.intro.text()
    qtbot.keyClick(dialog.table, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: dialog.last_booking is not None, timeout=10_000)
    assert dialog.last_booking.members[0].family_name == chosen.family_name
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10_000)
    assert panel.model.need(0).order_id != chosen.order_id
    dialog.reject()
    assert [n.order_id for n in run(book.pickup_needs())] == [panel.model.need(0).order_id]
    run(view.shutdown())


def test_the_window_lists_every_service_point(qtbot, run, pickup_office):
    o = pickup_office
    run(arrived(o, "Yılmaz", "Zeynep"))
    run(arrived(o, "Nowak", "Jan", sp="EU"))
    window = PickupNeedsWindow(None, AppointmentBook(o.clerk))
    qtbot.addWidget(window)
    window.show()
    window.reload()
    qtbot.waitUntil(lambda: window.panel.model.rowCount() == 2, timeout=10_000)
    run(window.panel.shutdown())
