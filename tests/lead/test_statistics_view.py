"""The weekly statistics screen: week picker, the office's columns, PDF export."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt

from desk_app.domain.states import Action
from desk_app.ui.statistics_view import StatisticsView
from tests.printing.conftest import pdf_text
from tests.support import at, person

pytestmark = pytest.mark.gui


def row(model, label):
    for r in range(model.rowCount()):
        if model.index(r, 0).data() == label:
            return [model.index(r, c).data() for c in range(model.columnCount())]
    raise AssertionError(f"no row {label!r}")


@pytest.fixture
def view(qtbot, run, desks, ids, clock):
    lead = desks("leitung")
    booked = [run(lead.book(service_point_id=ids["sp"]["BI"], scheduled_at=at(9, i * 5),
                            applicants=[person(f"Person{i}")])) for i in range(4)]
    clock.set(at(9, 0))
    run(lead.check_in(booked[0].id))
    run(lead.check_in(booked[1].id))
    clock.set(at(12, 0))
    run(lead.act(booked[2].id, Action.MARK_NO_SHOW))
    run(lead.act(booked[3].id, Action.CANCEL))
    run(lead.register_walk_in(service_point_id=ids["sp"]["EU"], applicants=[person("Walk")]))
    v = StatisticsView(lead, office_name="Landeshauptstadt – Ausländerbehörde")
    qtbot.addWidget(v)
    v.resize(1400, 800)
    v.show()
    return v


def test_the_week_of_today_in_the_office_columns(qtbot, run, view):
    assert view.sp_model.headerData(4, Qt.Orientation.Horizontal) == "Ausfallquote"
    run(view.load())
    assert view.title.text() == "Wochenstatistik KW 48/2026 (23.11. – 29.11.2026)"
    bi = row(view.sp_model, "DLZ Bürgerdienste International")
    # Termine, Erschienen, Nicht erschienen, Ausfallquote, Vorsprachen, verpasst, gegangen, storniert, offen
    assert bi[1:] == ["3", "2", "1", "33,3 %", "0", "0", "0", "1", "0"]
    assert row(view.sp_model, "EU-Angelegenheiten")[1:5] == ["0", "0", "0", "–"]
    assert row(view.sp_model, "Gesamt")[1:6] == ["3", "2", "1", "33,3 %", "1"]
    assert row(view.day_model, "Mi, 25.11.2026")[1:5] == ["3", "2", "1", "33,3 %"]
    assert row(view.day_model, "Mo, 23.11.2026")[1:5] == ["0", "0", "0", "–"]
    assert row(view.day_model, "Woche")[1] == "3"
    assert view.pdf_button.isEnabled()


def test_picking_another_week(qtbot, view):
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.picker.setDate(QDate(2026, 12, 2))
    assert view.title.text().startswith("Wochenstatistik KW 49/2026")
    assert row(view.sp_model, "Gesamt")[1] == "0"
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseClick(view.prev_button, Qt.MouseButton.LeftButton)
    assert view.title.text().startswith("Wochenstatistik KW 48/2026")
    assert row(view.sp_model, "Gesamt")[1] == "3"


def test_save_as_pdf(qtbot, run, view, tmp_path):
    run(view.load())
    dialog = view.ask_pdf_path()
    assert dialog.isVisible() and dialog.selectedFiles()[0].endswith("Wochenstatistik_2026-KW48.pdf")
    target = tmp_path / "kw48.pdf"
    dialog.selectFile(str(target))
    dialog.accept()
    qtbot.waitUntil(lambda: target.exists())
    text = pdf_text(target.read_bytes())
    assert "Wochenstatistik KW 48/2026" in text and "33,3 %" in text
    assert "Landeshauptstadt – Ausländerbehörde" in text
    assert "Wochenstatistik gespeichert" in view.last_message
    assert not view.save_pdf(tmp_path / "missing-dir" / "x.pdf")
    assert "PDF nicht gespeichert" in view.last_message
