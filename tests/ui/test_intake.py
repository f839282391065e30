"""Issue 17 in the window: the back-office list of tomorrow's bookings with flags,
completing a person clears the flags, the import from the menu with a preview, the
automatic no-show timer. Models are tested without widgets first."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from desk_app.domain.data_quality import Quality
from desk_app.domain.states import State
from desk_app.services.intake import IntakePerson
from desk_app.ui.intake import IntakeModel, PreviewModel, preview_rows
from desk_app.ui.intake.model import COL_BIRTH, COL_FLAGS, COL_NAME, COL_TIME, PERSON_ROLE, SORT_ROLE
from tests.support import DAY, at

pytestmark = pytest.mark.gui

TOMORROW = DAY + dt.timedelta(days=1)
EXPORT = (
    "Buchungsnummer;Datum;Uhrzeit;Dienstleistungszentrum;Anliegen;Nachname;Vorname;"
    "Geburtsdatum;Staatsangehörigkeit;E-Mail;Telefon\n"
    "G1;26.11.2026;9:00;DLZ Bürgerdienste International;Ausgabe eAT;Demir;Elif;00.00.1990;;"
    "elif@;0151 2345678\n"
    "G2;26.11.2026;8:30;EU-Angelegenheiten;;<b>Fett</b>;Max;12.08.1985;polnisch;"
    "max@example.org;\n"
    "G3;26.11.2026;17:00;BI;;Spät;Susi;;;;\n"
)


def _person(ref: str, hour: int, name: str, flags=frozenset(), **kw) -> IntakePerson:
    values = dict(entry_id=hash(ref) % 1000, booking_reference=ref,
                  scheduled_at=at(hour, 0, TOMORROW), service_point_id=1,
                  service_point_code="BI", service_name="", state=State.BOOKED, position=0,
                  applicant_id=hash(ref) % 1000 + 1, family_name=name, given_name="",
                  birth_date=None, nationality=None, file_number=None, email=None,
                  phone=None, flags=frozenset(flags))
    values.update(kw)
    return IntakePerson(**values)


def test_intake_model_rows_sort_role_and_flags(qapp):
    model = IntakeModel()
    a = _person("A", 10, "Zeta", {Quality.BIRTH_DATE_MISSING, Quality.NO_CONTACT})
    b = _person("B", 8, "alpha", birth_date="1990-00-00")
    model.set_rows([a, b])
    assert model.rowCount() == 2 and model.flagged_count() == 1
    idx = model.index(0, COL_FLAGS)
    assert model.data(idx) == "◌"                       # hints (no contact) not shown
    assert "Geburtsdatum fehlt" in model.data(idx, Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(1, COL_BIRTH)) == "00.00.1990"
    assert model.data(model.index(1, COL_TIME), SORT_ROLE) < model.data(model.index(0, COL_TIME), SORT_ROLE)
    assert model.data(model.index(1, COL_NAME), SORT_ROLE) == "alpha"
    fixed = _person("A", 10, "Zeta")
    model.update_rows([fixed])
    assert model.rowCount() == 2 and model.flagged_count() == 0
    assert model.data(model.index(0, 0), PERSON_ROLE) is fixed


def test_preview_model_lists_every_kind(qapp):
    from desk_app.services.booking_import import ImportProblem, Missing, NotUpdated, Rejected
    from desk_app.services.booking_import.report import ImportReport

    report = ImportReport(
        header=("a",), delimiter=";", encoding="utf-8", new=("N",), updated=(), unchanged=(),
        not_updated=(NotUpdated("C", 4, "WAITING"),),
        missing=(Missing("M", TOMORROW, "09:00", "BI", "BOOKED"),),
        rejected=(Rejected(3, "R", ("Datum fehlt.", "Uhrzeit fehlt."), ("x",)),),
        warnings=(ImportProblem(5, "Staatsangehörigkeit 'x' nicht erkannt"),), people=1,
        strict=False, dry_run=True, committed=False)
    model = PreviewModel()
    model.set_rows(preview_rows(report))
    shown = [[model.data(model.index(r, c)) for c in range(4)] for r in range(model.rowCount())]
    assert shown[0] == ["abgelehnt", "3", "R", "Datum fehlt. Uhrzeit fehlt."]
    assert shown[1][:3] == ["nicht geändert", "4", "C"] and "WAITING" in shown[1][3]
    assert shown[2][0] == "fehlt in der Datei" and "26.11.2026 09:00 BI" in shown[2][3]
    assert shown[3][0] == "Hinweis"
    assert shown[4][:3] == ["neu", "", "N"]


def test_import_with_preview_then_fix_flags_before_the_day(qtbot, run, station_factory, tmp_path):
    s = station_factory("info1", screen="reception")
    w = s.window
    export = tmp_path / "export.csv"
    export.write_text(EXPORT, encoding="cp1252")
    w.screens["intake"].import_action.trigger()                              # Termine ▸ Buchungen importieren
    assert w.screen() == "intake"
    view = w.screens["intake"]
    from desk_app.ui.intake import IntakeScreen
    from desk_app.ui.screen import Screen
    assert isinstance(view, IntakeScreen) and isinstance(view, Screen)   # no adapter
    dialog = view.active_dialog
    assert dialog is not None and dialog.isVisible()
    # Enter opens the file chooser without a nested event loop (open(), not exec()):
    # the test goes on while it is shown, and choosing the file loads the preview
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    chooser = dialog.file_dialog
    assert chooser is not None and chooser.isVisible() and chooser.isModal()
    with qtbot.waitSignal(dialog.settled, timeout=10_000):
        chooser.fileSelected.emit(str(export))
    chooser.reject()
    assert "Vorschau: 2 neu, 0 geändert, 0 unverändert, 1 abgelehnt" in dialog.summary.text()
    rows = dialog.model.rows()
    assert [(r.kind, r.line, r.reference) for r in rows][:1] == [("rejected", 4, "G3")]
    assert "Außerhalb der Öffnungszeiten" in rows[0].text
    assert view.model.rowCount() == 0                      # a preview writes nothing
    # Enter chose the file; now that the preview allows it, Enter imports
    assert dialog.import_button.isDefault() and not dialog.choose_button.isDefault()
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)
    assert dialog.choose_button.isDefault()                # the next file
    assert "Importiert: 2 neu" in dialog.summary.text()
    rejected = tmp_path / "export.abgelehnt.csv"
    assert rejected.exists() and "Zeile 4" in rejected.read_text(encoding="utf-8-sig")
    dialog.reject()
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=10_000)
    assert view.day == TOMORROW
    by_ref = {p.booking_reference: p for p in view.model.rows()}
    assert by_ref["G1"].actionable == {Quality.BIRTH_DATE_PARTIAL, Quality.NATIONALITY_MISSING,
                                       Quality.INVALID_EMAIL}
    assert by_ref["G2"].actionable == frozenset()
    assert view.counts.text() == "2 Personen, 1 mit Hinweisen"
    view.only_flagged.setChecked(True)
    assert view.proxy.rowCount() == 1
    # the name is plain text, never markup
    assert any(view.model.data(view.model.index(r, COL_NAME)) == "<b>Fett</b>, Max"
               for r in range(view.model.rowCount()))

    # complete Elif's data: the dialog keeps wrong input open with the reason
    view.table.setCurrentIndex(view.proxy.index(0, 0))
    view.complete_button.click()
    complete = view.active_dialog
    assert complete.isVisible() and complete.findChild(type(complete.error), "personName").text() == "Demir, Elif"
    complete.nationality.setText("klingonisch")
    complete.saveRequested.emit()
    qtbot.waitUntil(lambda: "nicht erkannt" in complete.error.text(), timeout=10_000)
    assert complete.isVisible()
    complete.nationality.setText("türkisch")
    complete.birth.setText("14.02.1990")
    complete.email.setText("elif@example.org")
    qtbot.keyClick(complete.email, Qt.Key.Key_Return)      # Enter saves
    qtbot.waitUntil(lambda: not complete.isVisible(), timeout=10_000)
    elif_ = next(p for p in view.model.rows() if p.booking_reference == "G1")
    assert elif_.actionable == frozenset() and elif_.nationality == "TUR"
    assert view.counts.text() == "2 Personen, 0 mit Hinweisen"
    assert view.proxy.rowCount() == 0


def test_the_no_show_timer_marks_overdue_bookings(qtbot, run, station_factory, lead_desk):
    from desk_app.ui.intake import NoShowTimer
    from tests.support import person

    s = station_factory("sbbi1", counter="Schalter I1")
    lead = lead_desk(s.clock)
    booked = run(lead.book(service_point_id=s.ids["sp"]["BI"], scheduled_at=at(8, 0),
                           applicants=[person("Overdue")]))
    timer = NoShowTimer(s.desk, 1)
    assert timer.allowed()
    s.clock.set(at(8, 16))
    with qtbot.waitSignal(timer.ran, timeout=10_000) as ran:
        timer.tick()
    assert ran.args == [1]
    assert run(lead.entry(booked.id)).state == State.NO_SHOW
    pane = s.window.screens["counter"].pane
    qtbot.waitUntil(lambda: pane.model.row(booked.id) is None
                    or pane.model.row(booked.id).state == State.NO_SHOW, timeout=5000)
    off = NoShowTimer(s.desk, 0)
    assert not off.allowed()


def test_completing_a_persons_data_at_check_in(qtbot, run, station_factory, lead_desk):
    from desk_app.domain.data_quality import Quality
    from tests.support import person

    s = station_factory("info1", screen="reception")
    w = s.window
    lead = lead_desk(s.clock)
    booked = run(lead.book(service_point_id=s.ids["sp"]["BI"], scheduled_at=at(8, 0),
                           applicants=[person("Kaya", "Deniz", birth_date="00.00.1991")]))
    pane = w.screens["reception"].pane
    qtbot.waitUntil(lambda: pane.model.row(booked.id) is not None, timeout=5000)
    pane.select(booked.id)
    qtbot.waitUntil(lambda: w.current_entry() is not None and w.current_entry().id == booked.id,
                    timeout=5000)
    assert w.screens["counter"].queue.complete_person_action.isEnabled()
    w.screens["counter"].queue.complete_person_action.trigger()
    dialog = w.active_dialog
    assert dialog.isVisible() and dialog.person.applicant_id == booked.members[0].applicant_id
    assert "teilweise" in dialog.findChild(type(dialog.error), "personHints").text()
    dialog.birth.setText("07.07.1991")
    dialog.nationality.setText("Türkei")
    dialog.saveRequested.emit()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: pane.model.row(booked.id).members[0].birth_date == "1991-07-07",
                    timeout=5000)
    assert pane.model.row(booked.id).members[0].nationality == "TUR"
    assert Quality.BIRTH_DATE_PARTIAL not in pane.model.row(booked.id).quality


def test_the_queue_lists_show_the_new_flags_with_a_tooltip(qapp):
    import dataclasses

    from desk_app.ui.queue_model import COL_QUALITY, QueueModel
    from tests.ui.factories import view

    entry = view(7)
    person = dataclasses.replace(entry.members[0], nationality=None, phone="hallo")
    entry = dataclasses.replace(entry, members=(person,))
    model = QueueModel(now=lambda: at(9))
    model.set_rows([entry])
    tip = model.index(0, COL_QUALITY).data(Qt.ItemDataRole.ToolTipRole)
    assert "Staatsangehörigkeit fehlt" in tip and "Telefonnummer nicht lesbar" in tip
    assert "⚑" in model.index(0, COL_QUALITY).data()


def test_a_refused_completion_stays_in_the_dialog_and_runs_through_the_windows_operations(
        qtbot, run, station_factory, lead_desk):
    from tests.support import person

    s = station_factory("info1", screen="reception")
    w = s.window
    lead = lead_desk(s.clock)
    booked = run(lead.book(service_point_id=s.ids["sp"]["BI"], scheduled_at=at(8, 0),
                           applicants=[person("Kaya", "Deniz", birth_date="00.00.1991")]))
    pane = w.screens["reception"].pane
    qtbot.waitUntil(lambda: pane.model.row(booked.id) is not None, timeout=5000)
    pane.select(booked.id)
    qtbot.waitUntil(lambda: w.current_entry() is not None and w.current_entry().id == booked.id,
                    timeout=5000)
    w.screens["counter"].queue.complete_person_action.trigger()
    dialog = w.active_dialog
    assert w.screens["counter"].queue._completion.ops is w.ops
    dialog.nationality.setText("Atlantis")           # no such country: refused
    first_key = dialog.key
    dialog.saveRequested.emit()
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=10_000)
    assert dialog.isVisible() and dialog.save_button.isEnabled()
    assert dialog.key != first_key                      # a definite refusal: a new key
    dialog.nationality.setText("Türkei")
    dialog.saveRequested.emit()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)


def test_the_window_runs_the_no_show_timer_once_signed_in(qtbot, run, station_factory, lead_desk):
    """The window's no-show part (registry "no_shows") is started with the window: its timer
    runs and a booking past its grace becomes a no-show without anyone pressing a key."""
    from tests.support import person

    s = station_factory("sbbi1", counter="Schalter I1",
                        services=lambda db, desk: {"auto_no_show": True})
    part = s.window.parts["no_shows"]
    assert part.timer.isActive()
    lead = lead_desk(s.clock)
    booked = run(lead.book(service_point_id=s.ids["sp"]["BI"], scheduled_at=at(8, 0),
                           applicants=[person("Overdue")]))
    s.clock.set(at(8, 16))
    pane = s.window.screens["counter"].pane
    qtbot.waitUntil(lambda: pane.model.row(booked.id) is not None, timeout=5000)
    assert pane.model.row(booked.id).state == State.BOOKED
    part.timer.setInterval(50)
    qtbot.waitUntil(lambda: run(lead.entry(booked.id)).state == State.NO_SHOW, timeout=10_000)
    # and this workstation's own list says so, without a reload (the change feed)
    qtbot.waitUntil(lambda: pane.model.row(booked.id).state == State.NO_SHOW, timeout=5000)
