"""The pickup screen (Dokumentenausgabe) on SQLite: scan → record, clear messages for a
wrong check digit / unknown reference / wrong collection point, batch arrivals, the
hand-out with the service's refusal and the handover confirmation, the slip reprint,
the change feed, and ordering at the counter with the slip printed at once."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desk_app.domain.document_orders import DocState, DocType
from desk_app.printing.barcode import format_reference, make_reference
from desk_app.services import document_orders as docs
from desk_app.services.idempotency import new_key
from tests.printing.conftest import pdf_text
from tests.support import person

from .helpers import arrived, ordered, wrong_digit

pytestmark = pytest.mark.gui


def scan(qtbot, view, text):
    """What a keyboard-mode scanner does: types the digits, then Enter."""
    view.scan.setFocus()
    qtbot.keyClicks(view.scan, text)
    qtbot.keyClick(view.scan, Qt.Key.Key_Return)


def test_scan_opens_the_record(qtbot, run, pickup_office, pickup_view):
    o = pickup_office
    v = run(arrived(o, "Yılmaz", "Zeynep", file_number="AZ 3-77/26"))
    view = pickup_view()
    assert view.model.ids() == [v.id]
    # the grouping spaces of the printed form, typed by hand
    scan(qtbot, view, format_reference(v.reference))
    qtbot.waitUntil(lambda: view.order is not None)
    assert view.order.id == v.id
    assert view.reference_label.text() == format_reference(v.reference)
    assert "Eingetroffen" in view.state_label.text()
    assert view.fields["name"].text() == "Yılmaz, Zeynep"
    assert view.fields["birth"].text().startswith("12.08.1985")
    assert view.fields["file_number"].text() == "AZ 3-77/26"
    assert view.fields["doc_type"].text() == "Elektronischer Aufenthaltstitel (eAT)"
    assert view.fields["ordered"].text() == "25.11.2026"
    assert view.fields["service_point"].text() == "DLZ Bürgerdienste International"
    assert "liegt bereit" in view.last_message and not view.last_error
    assert view.hand_out_action.isEnabled() and not view.arrive_action.isEnabled()
    shortcut = QKeySequence("Shift+F8").toString(QKeySequence.SequenceFormat.NativeText)
    assert shortcut in view.hand_out_action.toolTip()  # "Shift+F8", or "Umschalt+F8" in German
    assert view.scan.text() == "" and view.scan.hasFocus()   # ready for the next scan


def test_wrong_check_digit_unknown_reference_and_wrong_collection_point(
        qtbot, run, pickup_office, pickup_view):
    o = pickup_office
    v = run(arrived(o))
    eu = run(arrived(o, "Kowalski", "Anna", sp="EU"))
    view = pickup_view()
    messages = []
    view.message.connect(lambda text, error: messages.append((text, error)))

    scan(qtbot, view, wrong_digit(v.reference))
    qtbot.waitUntil(lambda: len(messages) == 1)
    text, error = messages[-1]
    assert error and "Prüfziffer" in text and format_reference(wrong_digit(v.reference)) in text
    assert view.order is None

    scan(qtbot, view, "12345")
    qtbot.waitUntil(lambda: len(messages) == 2)
    assert "12 Ziffern" in messages[-1][0] and messages[-1][1]

    unknown = make_reference(99_999)
    scan(qtbot, view, unknown)
    qtbot.waitUntil(lambda: len(messages) == 3)
    assert messages[-1][1] and "Nicht gefunden" in messages[-1][0] and unknown in messages[-1][0]

    scan(qtbot, view, eu.reference)
    qtbot.waitUntil(lambda: view.order is not None)
    assert messages[-1][1] and "Falscher Abholort" in messages[-1][0]
    assert "EU-Angelegenheiten" in messages[-1][0]
    assert not view.hand_out_action.isEnabled()
    assert "EU-Angelegenheiten" in view.hand_out_button.toolTip()


def test_batch_arrivals_show_each_result(qtbot, run, pickup_office, pickup_view):
    o = pickup_office
    a = run(ordered(o, "Nguyễn", "Thị Ánh Tuyết"))
    b = run(ordered(o, "Petrenko", "Olena", doc_type="TRAVEL_DOC"))
    elsewhere = run(ordered(o, "Kowalski", "Anna", sp="EU"))
    view = pickup_view()
    assert {view.model.order(i).state for i in (a.id, b.id)} == {DocState.ORDERED}
    qtbot.keyClick(view.scan, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert view.batch_mode() and view.left.currentIndex() == 1
    for text in (a.reference, wrong_digit(b.reference), b.reference, a.reference,
                 elsewhere.reference):
        scan(qtbot, view, text)
    qtbot.waitUntil(lambda: all(r is not None for _t, r in view.batch_results())
                    and len(view.batch_results()) == 5)
    results = list(reversed(view.batch_results()))      # newest first in the list
    assert [r for _t, r in results] == ["arrived", "problem", "arrived", "problem", "arrived"]
    assert "Nguyễn, Thị Ánh Tuyết" in results[0][0]
    assert "Prüfziffer" in results[1][0]
    assert "Reiseausweis" in results[2][0]
    assert "Bestellt" in results[3][0]                 # already booked a moment ago
    assert "Abholung bei EU-Angelegenheiten" in results[4][0]
    assert "eingetroffen: 3" in view.batch_summary.text()
    assert "Probleme: 2" in view.batch_summary.text()
    assert view.model.order(a.id).state == DocState.ARRIVED
    assert view.model.order(b.id).state == DocState.ARRIVED
    assert view.model.order(elsewhere.id) is None        # not collected here
    qtbot.keyClick(view.scan, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert not view.batch_mode()


def test_single_arrival_from_the_opened_record(qtbot, run, pickup_office, pickup_view):
    o = pickup_office
    v = run(ordered(o))
    view = pickup_view()
    scan(qtbot, view, v.reference)
    qtbot.waitUntil(lambda: view.order is not None)
    assert "noch nicht eingetroffen" in view.last_message
    assert view.arrive_action.isEnabled() and not view.hand_out_action.isEnabled()
    qtbot.keyClick(view.scan, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.order.state == DocState.ARRIVED)
    assert view.model.order(v.id).state == DocState.ARRIVED
    assert view.last_message.startswith("Eingang gebucht")


def test_hand_out_to_a_third_person_needs_a_power_of_attorney(
        qtbot, run, pickup_office, pickup_view, tmp_path):
    o = pickup_office
    v = run(arrived(o, "Haddad", "Omar", file_number="AZ 3-9/26"))
    view = pickup_view()
    scan(qtbot, view, v.reference)
    qtbot.waitUntil(lambda: view.order is not None)
    qtbot.keyClick(view.scan, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: view.active_dialog is not None)
    dialog = view.active_dialog
    assert dialog.applicant.isChecked() and not dialog.name.isEnabled()
    dialog.other.setChecked(True)
    assert dialog.name.isEnabled() and dialog.power.isEnabled()
    dialog.name.setText("Max Bevollmächtigt")

    # without the power of attorney: the service refuses, the dialog says why and stays
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    assert "Vollmacht" in dialog.error.text() and "Abgelehnt" in dialog.error.text()
    assert view.active_dialog is dialog and dialog.isVisible()
    assert run(o.clerk.read(docs.get_order, v.id)).state == DocState.ARRIVED

    # with it: handed out, and the handover confirmation names the collector
    dialog.power.setChecked(True)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.order.state == DocState.HANDED_OUT)
    assert view.active_dialog is None
    assert run(o.clerk.read(docs.get_order, v.id)).state == DocState.HANDED_OUT
    assert view.model.order(v.id) is None                # no longer waiting here
    qtbot.waitUntil(lambda: view.last_output is not None)
    out = view.last_output
    assert out.path is not None and out.path.exists()
    text = pdf_text(out.path.read_bytes())
    for expected in ("Max Bevollmächtigt", "Haddad", "AZ 3-9/26",
                     "DLZ Bürgerdienste International"):
        assert expected in text, expected
    assert "PDF gespeichert" in view.last_message
    # printed again from the record: a copy
    assert view.handover_action.isEnabled()
    view.handover_action.trigger()
    qtbot.waitUntil(lambda: view.last_output is not out)
    assert "KOPIE" in pdf_text(view.last_output.path.read_bytes())

    # another workstation (or after a restart): the name was stored with the order
    later = pickup_view(o.lead)
    scan(qtbot, later, v.reference)
    qtbot.waitUntil(lambda: later.order is not None and later.order.id == v.id)
    assert later.order.collected_by == "Max Bevollmächtigt"
    assert later.fields["collected_by"].text() == "Max Bevollmächtigt"
    assert later.handover_action.isEnabled()
    later.handover_action.trigger()
    qtbot.waitUntil(lambda: later.last_output is not None)
    text = pdf_text(later.last_output.path.read_bytes())
    assert "KOPIE" in text and "Max Bevollmächtigt" in text


def test_a_child_is_collected_by_a_parent(qtbot, run, pickup_office, pickup_view):
    o = pickup_office
    v = run(arrived(o, "Çelik", "Elif", birth_date="03.04.2015"))
    view = pickup_view()
    scan(qtbot, view, v.reference)
    qtbot.waitUntil(lambda: view.order is not None)
    assert "Kind unter 16" in view.fields["birth"].text()
    dialog = view.open_hand_out()
    assert dialog.parent_.isChecked()
    # the child alone is refused by the service
    dialog.applicant.setChecked(True)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    assert "unter 16" in dialog.error.text()
    dialog.parent_.setChecked(True)
    dialog.name.setText("Ayşe Çelik")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.last_output is not None)
    assert "Ayşe Çelik" in pdf_text(view.last_output.path.read_bytes())


def test_reprint_pickup_slip_is_a_copy(qtbot, run, pickup_office, pickup_view):
    o = pickup_office
    v = run(ordered(o, "Okafor", "Chidi"))
    view = pickup_view()
    view.table.setFocus()
    view.table.selectRow(view.model.row_of(v.id))
    qtbot.waitUntil(lambda: view.order is not None and view.order.id == v.id)
    assert view.slip_action.isEnabled()
    qtbot.keyClick(view.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.last_output is not None)
    text = pdf_text(view.last_output.path.read_bytes())
    assert "KOPIE" in text and format_reference(v.reference) in text and "Okafor" in text


def test_change_feed_updates_the_list_and_the_record(qtbot, run, pickup_office, pickup_view):
    o = pickup_office
    v = run(arrived(o))
    view = pickup_view()
    scan(qtbot, view, v.reference)
    qtbot.waitUntil(lambda: view.order is not None)
    new = run(ordered(o, "Singh", "Harpreet"))
    # another counter hands the first one out
    run(o.clerk2.write(docs.hand_out, o.clerk2.ctx, v.id, key=new_key()))
    records = [SimpleNamespace(entity="document_order", entity_id=i) for i in (v.id, new.id)]
    records.append(SimpleNamespace(entity="entry", entity_id=1))
    run(view.on_changes(records))
    assert view.model.ids() == [new.id]
    assert view.order.state == DocState.HANDED_OUT
    assert not view.hand_out_action.isEnabled()
    assert "1 bestellt" in view.table_title.text()


def test_read_only_disables_the_actions(qtbot, run, pickup_office, pickup_view):
    o = pickup_office
    v = run(arrived(o))
    view = pickup_view(desk=o.reception)        # reception does not serve
    scan(qtbot, view, v.reference)
    qtbot.waitUntil(lambda: view.order is not None)
    assert not view.hand_out_action.isEnabled()
    clerk_view = pickup_view()
    scan(qtbot, clerk_view, v.reference)
    qtbot.waitUntil(lambda: clerk_view.order is not None)
    assert clerk_view.hand_out_action.isEnabled()
    clerk_view.set_writable(False)
    assert not clerk_view.hand_out_action.isEnabled()
    assert clerk_view.slip_action.isEnabled()      # printing a slip changes nothing


def test_order_dialog_orders_and_prints_the_slip(qtbot, run, pickup_office, tmp_path):
    from desk_app.ui.document_order_dialog import DocumentOrderDialog
    from desk_app.services.document_output import DocumentOutput

    o = pickup_office
    entry = run(o.reception.register_walk_in(
        service_point_id=o.sp["BI"],
        applicants=[person("Petrenko", "Olena"), person("Petrenko", "Taras",
                                                        birth_date="00.00.2016")]))
    sps = run(o.clerk.service_points())
    first = run(ordered(o, "Andere", "Person"))
    run(o.clerk.write(docs.order_document, o.clerk.ctx, key=new_key(),
                      applicant_id=entry.members[1].applicant_id, doc_type="EAT",
                      collect_service_point_id=o.sp["BI"], entry_id=entry.id))
    dialog = DocumentOrderDialog(None, o.clerk, entry, sps,
                                 output=DocumentOutput(None, tmp_path / "docs").output)
    qtbot.addWidget(dialog)
    messages, made = [], []
    dialog.message.connect(lambda text, error: messages.append((text, error)))
    dialog.ordered.connect(made.append)
    dialog.open()
    assert dialog.person.count() == 2
    assert all("Infotheke" not in dialog.service_point.itemText(i)
               for i in range(dialog.service_point.count()))
    assert dialog.service_point.currentData() == o.sp["BI"]
    dialog.person.setCurrentIndex(1)
    qtbot.waitUntil(lambda: dialog.existing.isVisible())
    assert "Bereits offen" in dialog.existing.text() and "eAT" in dialog.existing.text()
    dialog.travel.setChecked(True)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(messages) and dialog.result() == dialog.DialogCode.Accepted)
    v = made[0]
    assert v.doc_type == DocType.TRAVEL_DOC and v.applicant_id == entry.members[1].applicant_id
    assert v.entry_id == entry.id and v.id != first.id
    assert "Reiseausweis" in messages[-1][0] and not messages[-1][1]
    text = pdf_text(dialog.last_output.path.read_bytes())
    assert format_reference(v.reference) in text and "Reiseausweis" in text
    assert "KOPIE" not in text


def test_a_failed_slip_keeps_the_order_and_says_so_in_the_dialogs_message(
        qtbot, run, pickup_office, caplog):
    """The slip is printed through the Operations; its failure goes to the dialog's own
    message signal, the order stands, the unexpected is logged."""
    from desk_app.ui.document_order_dialog import DocumentOrderDialog

    o = pickup_office
    entry = run(o.reception.register_walk_in(service_point_id=o.sp["BI"],
                                             applicants=[person("Petrenko", "Olena")]))

    async def jammed(*_args, **_kw):
        raise RuntimeError("printer driver crashed")

    dialog = DocumentOrderDialog(None, o.clerk, entry, run(o.clerk.service_points()),
                                 output=jammed)
    qtbot.addWidget(dialog)
    messages, made = [], []
    dialog.message.connect(lambda text, error: messages.append((text, error)))
    dialog.ordered.connect(made.append)
    dialog.ops.messages = []
    dialog.ops.message.connect(lambda text, error: dialog.ops.messages.append(text))
    dialog.open()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(messages) and dialog.result() == dialog.DialogCode.Accepted)
    text, error = messages[-1]
    assert error and text.startswith("eAT für Petrenko, Olena bestellt")
    assert "Der Abholschein konnte nicht erzeugt werden" in text and "erneut drucken" in text
    assert made and dialog.ops.messages == []
    assert "pickup slip failed" in caplog.text


def test_a_failed_handover_confirmation_is_said_and_the_next_print_is_no_copy(
        qtbot, run, pickup_office, pickup_view):
    o = pickup_office
    v = run(ordered(o, "Okafor", "Chidi"))
    view = pickup_view()
    real = view.output

    async def jammed(*_args, **_kw):
        raise RuntimeError("printer driver crashed")

    view.output = jammed
    assert run(view.printouts.handover(v.id, copy=True)) is None
    assert view.last_error and "Die Empfangsbestätigung konnte nicht erzeugt werden" in (
        view.last_message)
    assert v.id in view.printouts._unprinted
    view.output = real
    assert run(view.printouts.slip_copy(v.id)) is not None
    assert not view.last_error and "Abholschein (Kopie)" in view.last_message


@pytest.mark.parametrize("width", [1500, 1200])
def test_every_column_fits_the_list(qtbot, run, pickup_office, pickup_view, width):
    """At 1500 px the "Daten" flags pushed "Bestellt" behind a horizontal scroll bar.
    Every column is on screen (cells elide), and where there is room every header is
    whole, as the counter's list (tests/ui/test_first_day.py)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from desk_app.ui.pickup.model import COL_ORDERED, COLUMN_COUNT

    o = pickup_office
    run(arrived(o, "Ferreira da Silva", "José Luis"))
    run(ordered(o, "Singh", "Harpreet"))
    view = pickup_view()
    view.resize(width, 850)
    QApplication.processEvents()
    table = view.table
    assert table.model().rowCount() == 2
    room = table.viewport().width()
    shown = [c for c in range(COLUMN_COUNT) if not table.isColumnHidden(c)]
    assert sum(table.columnWidth(c) for c in shown) <= room
    assert table.columnViewportPosition(COL_ORDERED) + table.columnWidth(COL_ORDERED) <= room
    assert table.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    if width == 1500:
        fm = table.horizontalHeader().fontMetrics()
        cut = [table.model().headerData(c, Qt.Orientation.Horizontal) for c in shown
               if table.columnWidth(c) < fm.horizontalAdvance(
                   table.model().headerData(c, Qt.Orientation.Horizontal)) + 8]
        assert cut == []
