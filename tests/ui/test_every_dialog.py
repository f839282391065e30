"""Issue 10: "in every dialog the action is the default button, Esc cancels, the cursor
starts in the first field to fill" -- for every QDialog subclass in desk_app/ui.

The dialogs are found by walking desk_app.ui's modules, so a new dialog fails
``test_every_dialog_has_a_case`` until it has a case below (how to make it, which button
is its action, which field comes first). Each case is then opened for real (offscreen,
on a seeded SQLite database for the dialogs that read through a facade) and checked:
only the action is default and auto-default, the focus is in the first field, and Esc
rejects the dialog.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib
import inspect
import pkgutil
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QPushButton, QWidget

import desk_app.ui
from desk_app.domain.document_orders import DocState, DocType
from desk_app.domain.states import State
from desk_app.services.appointment_book import AppointmentBook
from desk_app.services.database import open_database
from desk_app.services.fees import FEE_CATALOGUE
from desk_app.services.intake import Intake, IntakePerson
from desk_app.services.lead_facade import Assignment, MoveTarget, QueueChoice
from desk_app.services.views import StaffView
from tests.support import Clock, at, desk_for, ids, person

pytestmark = pytest.mark.gui

#: QDialog subclasses that are not a dialog of their own, each with the reason
EXCLUDED = {
    "desk_app.ui.lead.dialogs._Dialog":
        "the base of MoveDialog, PresenceDialog and AssignmentDialog; never opened itself",
}


def dialog_classes() -> dict[str, type[QDialog]]:
    """Every QDialog subclass defined in a module of desk_app.ui, by qualified name."""
    found = {}
    for info in pkgutil.walk_packages(desk_app.ui.__path__, "desk_app.ui."):
        module = importlib.import_module(info.name)
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QDialog) and cls.__module__ == module.__name__:
                found[f"{cls.__module__}.{cls.__qualname__}"] = cls
    return found


# -- the fixtures the dialogs need ----------------------------------------------------------
@dataclass
class Office:
    desk: object
    sp: int
    service_points: list
    services: list
    entry: object        # a walk-in family of two at BI
    tmp_path: Path

    @property
    def book(self) -> AppointmentBook:
        return AppointmentBook(self.desk)


@pytest.fixture
def office(run, sqlite_database_url, tmp_path):
    db = open_database(sqlite_database_url)
    desk = run(desk_for(db, "sbbi1", counter="Schalter I1", clock=Clock(at(9, 0))))
    sp = run(ids(db))["sp"]["BI"]
    entry = run(desk.register_walk_in(service_point_id=sp, applicants=[
        person("Yılmaz", "Ayşe"), person("Yılmaz", "Emre", birth_date="03.04.2015")]))
    yield Office(desk, sp, run(desk.service_points()), run(desk.services()), entry, tmp_path)
    run(db.dispose())


class FirstRunFacade:
    """Nothing is checked or saved in these tests: the dialog is only opened and closed."""

    def check_database(self, *args):  # pragma: no cover - never pressed here
        raise AssertionError("not expected")


def _ok(box: QDialogButtonBox) -> QPushButton:
    return box.button(QDialogButtonBox.StandardButton.Ok)


def _save(dialog: QDialog) -> QPushButton:
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)


def _pdf() -> bytes:
    import io

    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.drawString(72, 720, "Vorschau")
    canvas.save()
    return out.getvalue()


# A case makes the dialog and names (action button, first field): what Enter must press,
# and where the cursor must start.
Case = Callable[[Office], tuple[QDialog, QPushButton, QWidget]]


def _follow_up(o: Office):
    from desk_app.ui.booking.dialog import FollowUpDialog
    d = FollowUpDialog(None, o.book, entry=o.entry, services=o.services,
                       service_points=o.service_points)
    return d, d.book_button, d.table          # the slots: 1…9 or Enter books


def _reschedule(o: Office):
    from desk_app.ui.booking.dialog import FollowUpDialog
    booked = dataclasses.replace(o.entry, state=State.BOOKED, scheduled_at=at(11, 0),
                                 booking_reference="T0001")
    d = FollowUpDialog(None, o.book, entry=booked, services=o.services,
                       service_points=o.service_points, reschedule=True)
    return d, d.book_button, d.table          # the reason is preset


def _close_day(o: Office):
    from desk_app.ui.calendar.close_day import CloseDayDialog
    d = CloseDayDialog(None, o.book, o.service_points, service_point_id=o.sp,
                       day=dt.date(2026, 12, 1))
    return d, d.move_button, d.reason         # the one thing to type; the rest is filled


def _hours(o: Office):
    from desk_app.ui.calendar.hours import HoursDialog
    d = HoursDialog(None, o.book, o.service_points, service_point_id=o.sp,
                    services=o.services)
    return d, d.save_button, d.hours_table    # pick a weekday's row, the editor follows


def _pickup_needs(o: Office):
    from desk_app.ui.calendar.pickup_needs import PickupNeedsWindow
    d = PickupNeedsWindow(None, o.book, services=o.services, service_points=o.service_points)
    return d, d.panel.book_button, d.panel.table


def _import(o: Office):
    from desk_app.ui.intake.import_dialog import ImportDialog
    d = ImportDialog(Intake(o.desk))
    choose = d.findChild(QPushButton, "chooseFile")
    return d, choose, choose                  # nothing to import before a file is chosen


def _complete(o: Office):
    from desk_app.ui.intake.complete_dialog import CompleteDialog
    p = IntakePerson(entry_id=1, booking_reference="G1", scheduled_at=at(8, 20),
                     service_point_id=o.sp, service_point_code="BI", service_name="",
                     state=State.BOOKED, position=0, applicant_id=2, family_name="Demir",
                     given_name="Elif", birth_date="1990-00-00", nationality=None,
                     file_number=None, email=None, phone=None, flags=frozenset())
    d = CompleteDialog(p)
    return d, _save(d), d.birth


def _first_run(o: Office):
    from desk_app.ui.first_run.dialog import FirstRunDialog
    d = FirstRunDialog(FirstRunFacade(), o.tmp_path / "cfg" / "settings.toml")
    return d, _save(d), d.workstation.station  # embedded by default: the station's name


def _document_order(o: Office):
    from desk_app.ui.document_order_dialog import DocumentOrderDialog
    d = DocumentOrderDialog(None, o.desk, o.entry, o.service_points)
    return d, d.ok, d.person


def _hand_out(o: Office):
    from desk_app.ui.pickup.hand_out_dialog import HandOutDialog
    order = _order(o)
    d = HandOutDialog(None, order, child=False)
    return d, d.ok, d.applicant               # who collects: the applicant is preset


def _order(o: Office):
    from desk_app.services.document_order_views import DocumentOrderView
    now = at(9, 0)
    return DocumentOrderView(
        id=1, reference="A1B2C3D4", doc_type=DocType.EAT, state=DocState.ARRIVED,
        applicant_id=1, family_name="Yılmaz", given_name="Ayşe", birth_date="1985-08-12",
        file_number=None, preferred_language="tr", entry_id=None,
        collect_service_point_id=o.sp, collect_service_point_name="BI", card_number=None,
        ordered_at=now, arrived_at=now, handed_out_at=None, closed_at=None, version=1)


def _receipt(o: Office):
    from desk_app.ui.dialogs.receipt_dialog import ReceiptDialog
    d = ReceiptDialog(None, o.entry, FEE_CATALOGUE, day=dt.date(2026, 11, 25))
    return d, d.ok, d.payer


def _walk_in(o: Office):
    from desk_app.ui.dialogs.walk_in_dialog import WalkInDialog
    d = WalkInDialog(None, o.service_points, o.services, default_service_point_id=o.sp)
    return d, d.ok, d.people                  # the family name in the first row


def _finish(o: Office):
    from desk_app.ui.dialogs.finish_dialog import FinishDialog
    d = FinishDialog(None, o.entry)
    return d, d.ok, next(iter(d.choices.values()))


def _forward(o: Office):
    from desk_app.ui.dialogs.forward_dialog import ForwardDialog
    d = ForwardDialog(None, o.entry, [sp for sp in o.service_points if sp.id != o.sp])
    return d, d.ok, d.target


def _reason(o: Office):
    from desk_app.ui.dialogs.reason_dialog import ReasonDialog
    d = ReasonDialog(None, "Parken", "Grund:", ["Unterlage fehlt"], "OK")
    return d, d.ok, d.reason


def _printer(o: Office):
    from desk_app.ui.dialogs.printer_dialog import PrinterDialog
    d = PrinterDialog(None, ["Laser2"], rows=[("slips", "Abholscheine"), ("receipts", "Quittungen")],
                      current={"slips": None}, fallback={"slips": "", "receipts": ""})
    ok = d.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    return d, ok, d.combos["slips"]


def _reassign(o: Office):
    from desk_app.ui.lead.reassign_dialog import ReassignDialog
    staff = [StaffView(id=1, login="sbbi1", display_name="Sachbearbeitung BI 1", role="clerk")]
    d = ReassignDialog(None, o.entry, o.service_points, staff)
    return d, d.ok, d.reason


def _move(o: Office):
    from desk_app.ui.lead.dialogs import MoveDialog
    d = MoveDialog(None, what="2 Vorgänge", targets=[("Schalter I1", MoveTarget(counter_id=1)),
                                                     ("Schalter I2", MoveTarget(counter_id=2))])
    return d, _ok(d.buttons), d.targets


def _presence(o: Office):
    from desk_app.ui.lead.dialogs import PresenceDialog
    d = PresenceDialog(None, "Schalter I1")
    return d, _ok(d.buttons), d.state


def _assignments(o: Office):
    from desk_app.ui.lead.dialogs import AssignmentDialog
    choices = [QueueChoice(o.sp, "BI", ((1, "Aufenthaltstitel"),)), QueueChoice(99, "EB")]
    d = AssignmentDialog(None, "Schalter I1", choices, [Assignment(o.sp)])
    return d, _ok(d.buttons), d.rows[0][1]   # the first queue's check box


CASES: dict[str, Case] = {
    "desk_app.ui.booking.dialog.FollowUpDialog": _follow_up,
    "desk_app.ui.calendar.close_day.CloseDayDialog": _close_day,
    "desk_app.ui.calendar.hours.HoursDialog": _hours,
    "desk_app.ui.calendar.pickup_needs.PickupNeedsWindow": _pickup_needs,
    "desk_app.ui.intake.import_dialog.ImportDialog": _import,
    "desk_app.ui.intake.complete_dialog.CompleteDialog": _complete,
    "desk_app.ui.first_run.dialog.FirstRunDialog": _first_run,
    "desk_app.ui.document_order_dialog.DocumentOrderDialog": _document_order,
    "desk_app.ui.pickup.hand_out_dialog.HandOutDialog": _hand_out,
    "desk_app.ui.dialogs.receipt_dialog.ReceiptDialog": _receipt,
    "desk_app.ui.dialogs.walk_in_dialog.WalkInDialog": _walk_in,
    "desk_app.ui.dialogs.finish_dialog.FinishDialog": _finish,
    "desk_app.ui.dialogs.forward_dialog.ForwardDialog": _forward,
    "desk_app.ui.dialogs.reason_dialog.ReasonDialog": _reason,
    "desk_app.ui.dialogs.printer_dialog.PrinterDialog": _printer,
    "desk_app.ui.lead.reassign_dialog.ReassignDialog": _reassign,
    "desk_app.ui.lead.dialogs.MoveDialog": _move,
    "desk_app.ui.lead.dialogs.PresenceDialog": _presence,
    "desk_app.ui.lead.dialogs.AssignmentDialog": _assignments,
}
#: the same class in another mode, checked too
VARIANTS: dict[str, Case] = {
    "FollowUpDialog (Termin verschieben)": _reschedule,
}


def test_every_dialog_has_a_case():
    found = set(dialog_classes())
    assert found - set(EXCLUDED) - set(CASES) == set(), \
        "a dialog without a case here: add one (how to make it, its action, its first field)"
    assert set(CASES) | set(EXCLUDED) <= found, "a case or exclusion for a dialog that is gone"


def _in(widget: QWidget | None, first: QWidget) -> bool:
    """The focus is ``first`` or inside it (a table's cell editor)."""
    return widget is not None and (widget is first or first.isAncestorOf(widget))


@pytest.mark.parametrize("name", [*CASES, *VARIANTS])
def test_enter_is_the_action_esc_cancels_the_cursor_starts_in_the_first_field(
        name, qtbot, qloop, office):
    dialog, action, first = {**CASES, **VARIANTS}[name](office)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: _in(QApplication.focusWidget(), first), timeout=5000)
    qtbot.wait(300)            # loads in flight (slots, hours, needs) must not move it
    focus = QApplication.focusWidget()
    assert _in(focus, first), f"{name}: the cursor is in {focus!r}, not in {first!r}"

    # Enter is the action: it alone is default and auto-default; no other button (a
    # focused "Abbrechen" among them) may take the Enter meant for it
    assert action.isDefault() and action.autoDefault(), f"{name}: the action is not default"
    others = [b.text() for b in dialog.findChildren(QPushButton)
              if b is not action and (b.isDefault() or b.autoDefault())]
    assert others == [], f"{name}: other buttons would take Enter: {others}"

    # Esc cancels
    rejected = []
    dialog.rejected.connect(lambda: rejected.append(True))
    qtbot.keyClick(focus, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    assert rejected and dialog.result() == QDialog.DialogCode.Rejected
