"""Issue 10 / issue 11 Must 6: every date and time the UI shows goes through QLocale.
In the English UI (en_DE, as install_translations sets it) a birth date reads 12/08/1985,
a partial one 00/00/2015, a weekday "Mon"; the German UI keeps 12.08.1985."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QLocale, Qt

from desk_app.app import install_translations
from desk_app.domain.capacity import FreeSlot
from desk_app.domain.states import State
from desk_app.services.appointment_views import CalendarSlot
from desk_app.services.intake import IntakePerson
from desk_app.ui import locale_text

pytestmark = pytest.mark.gui

BERLIN_0820 = dt.datetime(2026, 11, 30, 7, 20, 5, tzinfo=dt.timezone.utc)   # a Monday


@pytest.fixture
def english(qapp):
    installed = install_translations(qapp, "en")
    yield
    for t in installed:
        qapp.removeTranslator(t)
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))


@pytest.fixture
def german(qapp):
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield


def test_the_shared_formats_follow_the_ui_language(english):
    assert locale_text.birth_text("1985-08-12") == "12/08/1985"
    assert locale_text.birth_text("2015-00-00") == "00/00/2015"
    assert locale_text.birth_text("2015-03-00") == "00/03/2015"
    assert locale_text.date_text(BERLIN_0820) == "30/11/2026"
    assert locale_text.day_text(BERLIN_0820) == "Mon 30/11/2026"
    assert locale_text.day_text(BERLIN_0820.date(), year=False) == "Mon 30/11"
    assert locale_text.time_text(BERLIN_0820) == "08:20"
    assert locale_text.time_text(BERLIN_0820, seconds=True) == "08:20:05"
    assert locale_text.birth_pattern() == "DD/MM/YYYY"
    # what the clerk types in the locale's pattern is handed on in storage form
    assert locale_text.birth_input("12/08/1985") == "1985-08-12"
    assert locale_text.birth_input("00/00/2015") == "2015-00-00"
    assert locale_text.birth_input("12.08.1985") == "12.08.1985"     # German: as typed
    assert locale_text.birth_input("31/02/1990") == "31/02/1990"     # wrong: as typed


def test_the_shared_formats_in_german(german):
    assert locale_text.birth_text("2015-00-00") == "00.00.2015"
    assert locale_text.day_text(BERLIN_0820) == "Mo. 30.11.2026"
    assert locale_text.birth_pattern() == "TT.MM.JJJJ"
    assert locale_text.birth_input("00.08.2015") == "2015-08-00"


def _person(**kw) -> IntakePerson:
    values = dict(entry_id=1, booking_reference="G1", scheduled_at=BERLIN_0820,
                  service_point_id=1, service_point_code="BI", service_name="",
                  state=State.BOOKED, position=0, applicant_id=2, family_name="Demir",
                  given_name="Elif", birth_date="1990-00-00", nationality=None,
                  file_number=None, email=None, phone=None, flags=frozenset())
    values.update(kw)
    return IntakePerson(**values)


def test_intake_list_and_completion_in_english(english, qtbot):
    from desk_app.ui.intake import IntakeModel
    from desk_app.ui.intake.complete_dialog import CompleteDialog
    from desk_app.ui.intake.model import COL_BIRTH, COL_TIME

    model = IntakeModel()
    model.set_rows([_person()])
    assert model.data(model.index(0, COL_BIRTH)) == "00/00/1990"
    assert model.data(model.index(0, COL_TIME)) == "08:20"
    dialog = CompleteDialog(_person(birth_date="1985-08-12"))
    qtbot.addWidget(dialog)
    assert dialog.birth.text() == "12/08/1985"
    assert dialog.birth.placeholderText() == "DD/MM/YYYY, 00 for unknown"
    assert dialog.completion().birth_date is None       # unchanged: left as stored
    dialog.birth.setText("13/08/1985")
    assert dialog.completion().birth_date == "1985-08-13"


def test_entry_panel_birth_date_in_english(english):
    from desk_app.ui.entry_panel import _birth

    assert _birth("2015-00-00") == "00/00/2015"
    assert _birth(None) == "—"


def test_receipt_amounts_in_the_ui_locale(english):
    from desk_app.ui.dialogs.receipt_dialog import euro

    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    assert euro(Decimal("1234.50")) == "€1,234.50"
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    assert euro(Decimal("1234.50")) == "1.234,50 €"


def test_booking_slots_and_calendar_in_english(english):
    from desk_app.ui.booking.slots_model import COLUMNS, SlotsModel
    from desk_app.ui.calendar.models import WeekModel

    slots = SlotsModel()
    slots.set_rows([FreeSlot(BERLIN_0820, BERLIN_0820 + dt.timedelta(minutes=20), 1, 1, 1)])
    assert slots.data(slots.index(0, COLUMNS.index("day"))) == "Mon 30/11/2026"
    assert slots.data(slots.index(0, COLUMNS.index("time"))) == "08:20"
    week = WeekModel()
    slot = CalendarSlot(BERLIN_0820, BERLIN_0820 + dt.timedelta(minutes=20), 1, 1, "")
    week.set_rows(SimpleNamespace(days=(BERLIN_0820.date(),), slots=(slot,), holidays={}))
    assert week.headerData(0, Qt.Orientation.Horizontal) == "Mon 30/11"
    assert week.headerData(0, Qt.Orientation.Vertical) == "08:20"


def test_walk_in_birth_dates_in_english(english, qtbot):
    from PySide6.QtWidgets import QLabel, QWidget

    from desk_app.domain.partial_date import PartialDate
    from desk_app.ui.dialogs.walk_in_dialog import BIRTH, WalkInDialog

    host = QWidget()
    qtbot.addWidget(host)
    dialog = WalkInDialog(host, [], [])
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert any("DD/MM/YYYY, 00 for unknown, e.g. 00/00/1990" in t for t in texts), texts
    dialog.add_person("Demir", "Elif", "00/08/2015")
    assert not [p for (_r, c), p in dialog.problems().items() if c == BIRTH]
    assert dialog.applicants()[0].birth_date == PartialDate(2015, 8, None)


def test_domain_errors_with_dates_in_english(english):
    from desk_app.domain import capacity as cap
    from desk_app.domain import errors
    from desk_app.domain.lead import OnBreak
    from desk_app.services.fees import UnknownFee
    from desk_app.ui.error_messages import message_for

    day = dt.date(2026, 11, 30)
    assert message_for(errors.NotToday(day=day)) == \
        "The appointment is booked for 30/11/2026, not for today."
    slot = message_for(cap.SlotFull(when=BERLIN_0820))
    assert "Mon 30/11/2026 08:20" in slot and "Mo " not in slot
    assert message_for(UnknownFee(fee_code="EAT", day=day)) == \
        "Fee EAT is not in the fee schedule on 30/11/2026."
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    pause = message_for(OnBreak(counter="Counter 3", reason="lunch",
                                since=errors.local_time(BERLIN_0820)))
    assert "8:20" in pause and "AM" in pause and "08:20" not in pause
    assert "11/30/26" in message_for(errors.NotToday(day=day))


def test_admin_field_messages_with_dates_in_english(english):
    from desk_app.domain.admin_rules import MSG_FEE_PAST, FieldMessage
    from desk_app.ui.admin.form import translated

    message = FieldMessage(MSG_FEE_PAST, {"today": dt.date(2026, 11, 30)})
    assert "30.11.2026" in str(message)
    assert "30/11/2026" in translated(message) and "30.11" not in translated(message)


def test_requests_list_in_english(english):
    from desk_app.ui.requests.model import RequestsModel

    model = RequestsModel()
    row = SimpleNamespace(id=1, first_received_at=BERLIN_0820, name="A", email="a@example.org",
                          concern_label="x")
    assert model.columns[0].display(row) == "30/11/2026 08:20"
