"""The statistics screen: period, layout, compare, the office's table, the detail, the
weekly chart, and the exports (PDF, CSV, XLSX) through the facade."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from PySide6.QtCore import QDate, QLocale, Qt

from desk_app.domain.states import Action
from desk_app.domain.statistics import Block, Layout, Period
from desk_app.services.statistics_facade import StatisticsFacade
from desk_app.ui.statistics import StatisticsScreen
from desk_app.ui.statistics.models import SORT_ROLE
from tests.printing.conftest import pdf_text
from tests.support import at, person

pytestmark = pytest.mark.gui

BI = "DLZ Bürgerdienste International"


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
    clock.set(at(9, 12))
    run(desks("leitung", counter="Schalter I3").call_specific(booked[0].id))
    clock.set(at(12, 0))
    run(lead.act(booked[2].id, Action.MARK_NO_SHOW))
    run(lead.act(booked[3].id, Action.CANCEL))
    run(lead.register_walk_in(service_point_id=ids["sp"]["EU"], applicants=[person("Walk")]))
    run(StatisticsFacade(lead).save_layout(Layout(
        name="Terminangebot", title="Terminangebot", exclude=("EINB",),
        blocks=(Block("Allgemein", exclude=("EINB",)),
                Block("DLZ International", include=("BI",), hidden=("appeared",))))))
    v = StatisticsScreen(lead, office_name="Landeshauptstadt – Ausländerbehörde")
    qtbot.addWidget(v)
    v.resize(1400, 850)
    v.show()
    return v


def test_the_week_of_today_in_the_office_format(qtbot, run, view):
    run(view.load())
    assert view.heading.text().startswith("Statistik KW 48/2026 (")
    assert view.office_model.headerData(1, Qt.Orientation.Horizontal) == "Gesamt"
    # Termine 3 (the cancelled one is not), Erschienen 2 + 1 walk-in, 1 no-show = 33 %
    assert [view.office_model.index(r, 1).data() for r in range(4)] == ["3", "3", "1", "33 %"]
    # waiting time: checked in 9:00, called 9:12
    assert view.office_model.index(4, 1).data() == "12,0"
    bi = row(view.sp_model, BI)
    assert bi[1:12] == ["3", "2", "1", "33,3 %", "0", "0", "0", "0", "1", "0", "0"]
    assert row(view.sp_model, "EU-Angelegenheiten")[1:5] == ["0", "1", "0", "–"]
    assert row(view.sp_model, "Gesamt")[1:6] == ["3", "3", "1", "33,3 %", "1"]
    wednesday = QDate(2026, 11, 25)
    label = (QLocale().toString(wednesday, "ddd") + ", "
             + QLocale().toString(wednesday, QLocale.FormatType.ShortFormat))
    assert row(view.day_model, label)[1:5] == ["3", "3", "1", "33,3 %"]
    assert view.day_model.rowCount() == 6        # Monday to Friday and the total
    assert row(view.hour_model, "09–10 Uhr")[1:3] == ["3", "2"]
    assert len(view.chart.points) == 12 and view.chart.points[-1].rate == pytest.approx(33.3)
    assert view.chart.points[-1].wait_median == pytest.approx(12)
    assert view.chart.points[0].rate is None      # no appointments that week: a gap
    assert view.pdf_button.isEnabled()


def test_layout_compare_and_other_periods(qtbot, run, view):
    run(view.load())
    assert view.layout_choice.findData("Terminangebot") > 0
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.layout_choice.setCurrentIndex(view.layout_choice.findData("Terminangebot"))
    assert view.heading.text().endswith(", ohne Einbürgerung und Staatsangehörigkeit")
    assert [view.office_model.headerData(c, Qt.Orientation.Horizontal)
            for c in (1, 2)] == ["Allgemein", "DLZ International"]
    assert [view.office_model.index(r, 2).data() for r in range(4)] == ["3", "—", "1", "33 %"]
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.compare.setChecked(True)
    assert view.office_model.headerData(2, Qt.Orientation.Horizontal) == \
        "Allgemein (Vorperiode)"
    assert view.report.previous.period == Period.week(2026, 47)
    assert view.office_model.index(0, 2).data() == "0"
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.report.period == Period.week(2026, 49)
    assert view.office_model.index(0, 1).data() == "0"
    assert view.office_model.index(3, 1).data() == "–"        # no division by zero
    assert view.office_model.index(0, 2).data() == "3"        # KW 48 is now the previous
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.kind.setCurrentIndex(2)                           # month
    assert view.report.period == Period.month(2026, 12)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseClick(view.prev_button, Qt.MouseButton.LeftButton)
    assert view.report.period == Period.month(2026, 11)
    assert view.office_model.index(0, 1).data() == "3"
    run(view.load(Period(dt.date(2026, 11, 24), dt.date(2026, 11, 26))))
    assert view.to_date.isVisible() and view.report.period.days == 3


def test_the_detail_sorts_by_number_and_keeps_the_total_last(qtbot, run, view):
    run(view.load())
    proxy = view.sp_table.model()
    view.sp_table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    labels = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert labels[0] == BI and labels[-1] == "Gesamt"
    view.sp_table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    labels = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert labels[-2] == BI and labels[-1] == "Gesamt"
    assert proxy.index(0, 4).data(SORT_ROLE) is None          # no rate: sorts first


@pytest.mark.parametrize("fmt", ["pdf", "csv", "xlsx"])
def test_exports_from_the_screen(qtbot, run, view, tmp_path, fmt):
    run(view.load())
    dialog = view.export_buttons[fmt].click() or view.file_dialog
    assert dialog.isVisible() and dialog.selectedFiles()[0].endswith(f"Statistik_2026-W48.{fmt}")
    target = tmp_path / f"kw48.{fmt}"
    dialog.selectFile(str(target))
    dialog.accept()
    qtbot.waitUntil(lambda: target.exists())
    data = target.read_bytes()
    if fmt == "pdf":
        text = pdf_text(data)
        assert "Wochenstatistik KW 48/2026" in text and "33 %" in text
        assert "Landeshauptstadt – Ausländerbehörde" in text
    elif fmt == "csv":
        assert data.startswith(b"\xef\xbb\xbf")
        assert "Amt;Gesamt;23.11.2026;29.11.2026;3;3;1;33,3;33;" in data.decode("utf-8-sig")
    else:
        from openpyxl import load_workbook
        ws = load_workbook(io.BytesIO(data)).active
        assert [c.value for c in ws[3]][:7] == ["Amt", "Gesamt", dt.datetime(2026, 11, 23),
                                                 dt.datetime(2026, 11, 29), 3, 3, 1]
    assert "Statistik gespeichert" in view.last_message
    assert not view.save_export(fmt, tmp_path / "missing-dir" / f"x.{fmt}")
    assert "nicht gespeichert" in view.last_message


def test_a_failed_read_is_shown_only_when_it_is_the_latest(qtbot, run, view):
    """The reads go through the screen's Operations: an outage of an overtaken read is
    only logged, the latest one's is shown (and a later success clears it)."""
    import asyncio

    from desk_app.services.database import DatabaseUnavailable

    run(view.load())
    real, gate, calls = view.facade.report, asyncio.Event(), []
    messages = []
    view.message.connect(lambda text, error: messages.append((text, error)))

    async def report(*args, **kw):
        calls.append(1)
        if len(calls) == 1:
            await gate.wait()
            raise DatabaseUnavailable("postgresql://lead@db/desk", "connection refused")
        return await real(*args, **kw)

    view.facade.report = report

    async def overtaken():
        first = asyncio.ensure_future(view.load())
        while not calls:
            await asyncio.sleep(0)
        await view.load()                 # the newer read wins
        gate.set()
        await first

    run(overtaken())
    assert not view.last_error and not [m for m in messages if m[1]]
    calls.clear()
    gate.clear()
    view.facade.report = report

    async def latest_fails():
        task = asyncio.ensure_future(view.load())
        while not calls:
            await asyncio.sleep(0)
        gate.set()
        await task

    run(latest_fails())
    assert view.last_error and "nicht erreichbar" in view.last_message
    assert messages[-1] == (view.last_message, True)
    run(view.load())                       # works again: the message no longer holds
    assert not view.last_error and view.last_message == ""
