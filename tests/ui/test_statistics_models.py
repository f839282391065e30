"""The statistics screen's table models, without widgets: set_rows/update_rows, the sort
role (numbers as numbers, the total kept last), the office's table with hidden figures
and the previous period."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desk_app.domain.statistics import BlockFigures, Figures
from desk_app.ui.statistics.chart import nice_top
from desk_app.ui.statistics.models import (
    SORT_ROLE, FiguresModel, OfficeModel, TotalLastProxy,
)


def _rows():
    return [("BI", "BI", Figures(appointments=9, no_show=1, wait_median=12.5)),
            ("EU", "EU", Figures(appointments=10)),
            ("ASYL", "ASYL", Figures()),
            ("total", "Gesamt", Figures(appointments=19, no_show=1))]


def test_set_rows_update_rows_and_the_sort_role(qapp):
    model = FiguresModel("Dienststelle")
    model.set_rows(_rows(), total=True)
    assert model.rowCount() == 4 and model.index(0, 4).data() == "11,1 %"
    assert model.index(0, 4).data(SORT_ROLE) == 11.1 and model.index(2, 4).data(SORT_ROLE) is None
    resets, changed = [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda a, b: changed.append((a.row(), b.row())))
    rows = _rows()
    rows[1] = ("EU", "EU", Figures(appointments=11))
    model.update_rows(rows)
    assert resets == [] and changed == [(0, 3)] and model.index(1, 1).data() == "11"
    model.update_rows(rows[:2])              # other keys: a reset
    assert resets == [1] and model.rowCount() == 2


def test_the_total_stays_last_in_both_directions(qapp):
    model = FiguresModel("Dienststelle")
    model.set_rows(_rows(), total=True)
    proxy = TotalLastProxy()
    proxy.setSourceModel(model)
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        proxy.sort(1, order)
        labels = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
        assert labels[-1] == "Gesamt"
        assert labels[:3] == (["ASYL", "BI", "EU"] if order == Qt.SortOrder.AscendingOrder
                              else ["EU", "BI", "ASYL"])


def test_office_table_hidden_figures_and_the_previous_period(qapp):
    model = OfficeModel()
    now = [BlockFigures("Allgemein", (), Figures(appointments=1958, appeared=1795, no_show=234)),
           BlockFigures("DLZ International", (), Figures(appointments=944, no_show=123),
                        ("appeared",))]
    before = [BlockFigures("Allgemein", (), Figures(appointments=1900, no_show=200)),
              BlockFigures("DLZ International", (), Figures(), ("appeared",))]
    model.set_rows(now)
    assert [model.index(r, 1).data() for r in range(4)] == ["1.958", "1.795", "234", "12 %"]
    assert [model.index(r, 2).data() for r in range(4)] == ["944", "—", "123", "13 %"]
    model.update_rows(now, before)
    assert model.columnCount() == 5
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Allgemein (Vorperiode)"
    assert model.index(3, 2).data() == "11 %" and model.index(3, 4).data() == "–"


def test_chart_axis_tops():
    assert nice_top(0, 10) == 10 and nice_top(13.2, 10) == 20 and nice_top(51, 10) == 100


def test_the_statistics_speak_the_ui_language(qapp):
    """Issue 10: in English the figures' titles are English (lupdate sees them now) and
    the heading's dates follow QLocale."""
    import datetime as dt

    from PySide6.QtCore import QLocale

    from desk_app.app import install_translations
    from desk_app.domain.statistics import Period
    from desk_app.ui.statistics.models import detail_columns, office_rows
    from desk_app.ui.statistics.screen import StatisticsScreen

    class Report:          # what heading_text reads of a StatisticsReport
        period = Period.week_of(dt.date(2026, 11, 25))
        shown_days = (dt.date(2026, 11, 23), dt.date(2026, 11, 27))
        excluded_names = ()

        class layout:
            title = ""

    installed = install_translations(qapp, "en")
    try:
        assert [t for t, _a in office_rows()][:3] == ["Appointments", "Appeared", "No-show"]
        assert detail_columns()[0][0] == "Appointments"
        screen = StatisticsScreen(object(), now=lambda: dt.datetime(2026, 11, 25, 9,
                                                                    tzinfo=dt.timezone.utc))
        heading = screen.heading_text(Report())
        screen.deleteLater()
    finally:
        for t in installed:
            qapp.removeTranslator(t)
        QLocale.setDefault(QLocale.system())
    assert heading == "Statistics CW 48/2026 (23/11/2026 – 27/11/2026)"
    assert office_rows()[0][0] == "Termine"


def test_the_statistics_screen_is_a_screen(qapp):
    import datetime as dt

    from desk_app.ui.screen import Screen
    from desk_app.ui.statistics import StatisticsScreen

    screen = StatisticsScreen(object(), now=lambda: dt.datetime(2026, 11, 25, 9,
                                                                tzinfo=dt.timezone.utc))
    assert isinstance(screen, Screen) and screen.name == "statistics"
    assert screen.title() == "Ausländerbehörde – Statistik"
    actions = screen.screen_actions()
    assert [a.objectName() for a in actions] == [
        "action_export_pdf", "action_export_csv", "action_export_xlsx"]
    assert not any(a.isEnabled() for a in actions)     # nothing to export before a report
    screen.deleteLater()
