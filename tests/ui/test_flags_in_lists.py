"""Issue 17, "an icon with a tooltip in every list": the calendar's bookings, the pickup
list and the pickup-needs list show the people's data-quality flags as the queue lists do
(ui/quality_column): a symbol per flag, a tooltip with the legend and each person's
flags (names as plain text), the flags in words for a screen reader, most flags first."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from desk_app.domain.document_orders import DocState
from desk_app.services.appointment_views import BookingView, PickupNeed
from desk_app.services.views import EntryView, MemberView
from desk_app.ui.calendar.models import BookingsModel
from desk_app.ui.calendar.pickup_needs import SORT_ROLE as NEEDS_SORT, PickupNeedsModel
from desk_app.ui.keyed_model import SORT_ROLE
from desk_app.ui.pickup.model import COL_FLAGS, COL_NAME, PickupModel
from tests.pickup.helpers import view as order_view

pytestmark = pytest.mark.gui

TIP = Qt.ItemDataRole.ToolTipRole
SPOKEN = Qt.ItemDataRole.AccessibleTextRole
AT = dt.datetime(2026, 11, 26, 8, 0, tzinfo=dt.timezone.utc)


def member(family: str, *, duplicate=False, undeliverable=False, nationality="TUR",
           birth="1985-08-12", email="a@example.org") -> MemberView:
    return MemberView(1, family, "Ana", birth, nationality, "A-1", None, None, email,
                      "0151 2345678", duplicate, undeliverable)


CLEAN = member("Clean")
TWIN = member("Twin", duplicate=True)
STATELESS = member("Ohne", nationality=None)
BOUNCED = member("Bounced", undeliverable=True)


def booking(i: int, *members: MemberView) -> BookingView:
    return BookingView(entry_id=i, booking_reference=f"B{i}", state="BOOKED",
                       names="; ".join(m.display_name for m in members), persons=len(members),
                       service_id=None, service_name="", starts_at=AT, version=1,
                       members=members)


def need(i: int, person: MemberView | None) -> PickupNeed:
    return PickupNeed(order_id=i, reference=f"R{i}", doc_type="EAT", applicant_id=i,
                      family_name=person.family_name if person else "X", given_name="Ana",
                      language=None, service_point_id=1, arrived_at=AT, person=person)


def test_the_calendars_bookings_show_the_flags_of_each_person(qapp):
    model = BookingsModel()
    model.set_rows([booking(1, TWIN, STATELESS), booking(2, CLEAN)])
    column = next(c for c in range(model.columnCount())
                  if model.headerData(c, Qt.Orientation.Horizontal) == "Daten")
    assert column == 2                           # beside the names, in a narrow pane
    row = {model.at(r).entry_id: r for r in range(2)}
    flagged, clean = model.index(row[1], column), model.index(row[2], column)
    assert flagged.data() == "⧉ ⚑"
    tip = flagged.data(TIP)
    assert tip.startswith("⧉ Möglicherweise doppelt erfasst")
    assert "⚑ Staatsangehörigkeit fehlt" in tip
    assert "Twin, Ana: Möglicherweise doppelt erfasst" in tip
    assert "Ohne, Ana: Staatsangehörigkeit fehlt" in tip
    assert flagged.data(SPOKEN).startswith("Möglicherweise doppelt erfasst")
    assert clean.data() == "" and clean.data(TIP) is None
    assert flagged.data(SORT_ROLE) < clean.data(SORT_ROLE)     # most flags first


def test_the_pickup_list_shows_the_holders_flags(qapp):
    model = PickupModel()
    model.set_rows([order_view(1, family="Clean", person=CLEAN),
                    order_view(2, family="Bounced", person=BOUNCED),
                    order_view(3, state=DocState.ORDERED, person=None)])
    assert model.headerData(COL_FLAGS, Qt.Orientation.Horizontal) == "Daten"
    assert COL_FLAGS == COL_NAME + 1
    cell = model.index(model.row_of(2), COL_FLAGS)
    assert cell.data() == "✉"
    assert "✉ E-Mail nicht zustellbar" in cell.data(TIP)
    assert "Bounced, Ana: E-Mail nicht zustellbar" in cell.data(TIP)
    # the row's state colour, as every cell of the pickup list has
    name_cell = model.index(model.row_of(2), COL_NAME)
    assert cell.data(Qt.ItemDataRole.BackgroundRole) == \
        name_cell.data(Qt.ItemDataRole.BackgroundRole)
    for clean in (1, 3):
        assert model.index(model.row_of(clean), COL_FLAGS).data() == ""
        assert model.index(model.row_of(clean), COL_FLAGS).data(TIP) is None
    model.sort(COL_FLAGS)
    assert model.ids()[0] == 2


def test_the_pickup_needs_show_the_holders_flags(qapp):
    model = PickupNeedsModel()
    model.set_rows([need(1, CLEAN), need(2, TWIN), need(3, None)])
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Daten"   # before the name
    flagged = model.index(1, 3)
    assert flagged.data() == "⧉"
    assert "Twin, Ana: Möglicherweise doppelt erfasst" in flagged.data(TIP)
    assert flagged.data(SPOKEN).startswith("Möglicherweise doppelt erfasst")
    assert flagged.data(NEEDS_SORT) < model.index(0, 3).data(NEEDS_SORT)
    for clean in (0, 2):
        assert model.index(clean, 3).data() == "" and model.index(clean, 3).data(TIP) is None
    assert model.index(1, 4).data() == "Twin, Ana"       # the name after it


def test_the_queue_lists_show_the_same(qapp):
    """The queue's column and the others' are one rendering (ui/quality_column)."""
    from desk_app.domain.states import EntryKind, State
    from desk_app.ui.queue_model import COL_QUALITY, QueueModel

    entry = EntryView(7, EntryKind.APPOINTMENT, State.BOOKED, AT.date(), 1, "BI", None, "",
                      AT, "B7", None, None, None, None, None, None, 0, None, 1, AT, None,
                      None, None, None, None, "", None, None, None, 1, (TWIN, STATELESS))
    queue = QueueModel()
    queue.set_rows([entry])
    bookings = BookingsModel()
    bookings.set_rows([booking(7, TWIN, STATELESS)])
    for role in (Qt.ItemDataRole.DisplayRole, TIP, SPOKEN):
        assert queue.index(0, COL_QUALITY).data(role) == bookings.index(0, 2).data(role)
