"""The statistics screen (a Screen, name "statistics"): a period (day, week, month, range), a saved layout, compare
with the previous period; the office's table, the detail per service point, day and
hour, and the weekly trend chart; exports (PDF, CSV, XLSX) through the facade."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QFileDialog, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QTableView, QTabWidget, QToolButton, QVBoxLayout, QWidget,
)
from qasync import asyncSlot

from desk_app.domain.statistics import Figures, Layout, Period, StatisticsReport
from desk_app.private_files import write_private
from desk_app.services.statistics_facade import StatisticsFacade

from ..operation import Operations
from .chart import TrendChart, WeekPoint
from .models import FiguresModel, OfficeModel, TotalLastProxy

KINDS = ("day", "week", "month", "range")


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


class StatisticsScreen(QWidget):
    """``source``: a StatisticsFacade, or a Desk (wrapped in one). ``load()`` reads the
    shown period (never raises); ``save_export(fmt, path)`` writes a file. The figures
    are read through the facade only (no sessions here)."""

    name = "statistics"

    #: A text for the status bar: (text, is_error).
    message = Signal(str, bool)
    #: load() finished (successfully or not).
    loaded = Signal()

    def __init__(self, source, parent: QWidget | None = None, *, office_name: str = "",
                 now=None) -> None:
        super().__init__(parent)
        self.setObjectName("statisticsView")
        self.facade = source if isinstance(source, StatisticsFacade) else StatisticsFacade(
            source, office_name=office_name)
        if office_name:
            self.facade.office_name = office_name
        self._now = now or self.facade.now
        self.report: StatisticsReport | None = None
        self.layouts: list[Layout] = []
        self.last_message = ""
        self.last_error = False
        self.file_dialog: QFileDialog | None = None
        self._generation = 0
        self._layouts_read = False
        self.ops = Operations(parent=self)
        self.ops.message.connect(lambda text, error: self.show_message(text, error=error))

        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("periodKind")
        for key, label in zip(KINDS, (self.tr("Tag"), self.tr("Woche"), self.tr("Monat"),
                                      self.tr("Zeitraum"))):
            self.kind.addItem(label, key)
        self.kind.setCurrentIndex(1)
        self.prev_button = QPushButton(self.tr("◀ &Zurück"))
        self.prev_button.setObjectName("previousPeriod")
        self.prev_button.setToolTip(self.tr("Der Zeitraum davor"))
        self.from_date = QDateEdit()
        self.from_date.setObjectName("fromDate")
        self.to_date = QDateEdit()
        self.to_date.setObjectName("toDate")
        for edit in (self.from_date, self.to_date):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        self.from_date.setToolTip(self.tr("Ein Tag des gewünschten Zeitraums"))
        self.to_label = QLabel(self.tr("bis"))
        self.next_button = QPushButton(self.tr("&Weiter ▶"))
        self.next_button.setObjectName("nextPeriod")
        self.layout_choice = QComboBox()
        self.layout_choice.setObjectName("layoutChoice")
        self.layout_choice.addItem(self.tr("Alle Dienststellen"), "")
        self.layout_choice.setToolTip(self.tr("Gespeichertes Layout: Blöcke von Dienststellen "
                                              "(desk-app report-layout)"))
        self.compare = QCheckBox(self.tr("Mit &Vorperiode vergleichen"))
        self.compare.setObjectName("comparePrevious")
        for w in (QLabel(self.tr("Zeitraum:")), self.kind, self.prev_button, self.from_date,
                  self.to_label, self.to_date, self.next_button, QLabel(self.tr("Layout:")),
                  self.layout_choice, self.compare):
            bar.addWidget(w)
        bar.addStretch(1)
        self.export_actions: dict[str, QAction] = {}
        self.export_buttons: dict[str, QToolButton] = {}
        for fmt, text_ in (("pdf", self.tr("&PDF …")), ("csv", self.tr("&CSV …")),
                           ("xlsx", self.tr("&Excel …"))):
            action = QAction(text_, self)
            action.setObjectName(f"action_export_{fmt}")
            action.setIconText(text_)       # keeps the mnemonic and the "…" on the button
            action.setEnabled(False)
            action.triggered.connect(lambda _c=False, f=fmt: self.ask_export_path(f))
            button = QToolButton()
            button.setObjectName(f"export{fmt.capitalize()}")
            button.setDefaultAction(action)
            self.export_actions[fmt] = action
            self.export_buttons[fmt] = button
            bar.addWidget(button)
        self.pdf_button = self.export_buttons["pdf"]
        layout.addLayout(bar)

        self.heading = QLabel()
        self.heading.setObjectName("title")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        f = self.heading.font()
        f.setBold(True)
        f.setPointSizeF(f.pointSizeF() * 1.3)
        self.heading.setFont(f)
        layout.addWidget(self.heading)

        self.tabs = QTabWidget()
        self.office_model = OfficeModel(self)
        self.sp_model = FiguresModel(self.tr("Dienststelle"), self)
        self.day_model = FiguresModel(self.tr("Tag"), self)
        self.hour_model = FiguresModel(self.tr("Stunde"), self)
        self.office_table = self._table("officeStatistics", self.office_model, sortable=False)
        self.sp_table = self._table("servicePointStatistics", self.sp_model)
        self.day_table = self._table("dayStatistics", self.day_model)
        self.hour_table = self._table("hourStatistics", self.hour_model)
        for table, label in ((self.office_table, self.tr("Amt")),
                             (self.sp_table, self.tr("Nach Dienststelle")),
                             (self.day_table, self.tr("Nach Tag")),
                             (self.hour_table, self.tr("Nach Stunde (Personalplanung)"))):
            self.tabs.addTab(table, label)
        # issue 20: the mailbox worklist's figures of the period
        from ..requests.figures_model import RequestFiguresModel
        self.requests_model = RequestFiguresModel(self)
        self.requests_table = self._table("requestStatistics", self.requests_model,
                                          sortable=False)
        self.tabs.addTab(self.requests_table, self.tr("Terminanfragen"))
        layout.addWidget(self.tabs, 3)
        self.chart = TrendChart()
        layout.addWidget(self.chart, 2)
        self.note = QLabel(self.tr(
            "Ausfallquote: Nicht erschienen ÷ Termine. Erschienen: eingecheckte Termine und "
            "Vorsprachen ohne Termin. Wartezeit: Einchecken bis erster Aufruf. Ein "
            "weitergeleiteter Vorgang zählt einmal, bei der Dienststelle, bei der er ankam."))
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555555;")
        layout.addWidget(self.note)

        today = self._today()
        self.from_date.setDate(_qdate(today))
        self.to_date.setDate(_qdate(today))
        self._kind_changed()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.kind.currentIndexChanged.connect(self._changed)
        self.from_date.dateChanged.connect(self._changed)
        self.to_date.dateChanged.connect(self._changed)
        self.layout_choice.currentIndexChanged.connect(self._changed)
        self.compare.toggled.connect(self._changed)
        self.prev_button.clicked.connect(lambda: self.shift(-1))
        self.next_button.clicked.connect(lambda: self.shift(1))

    # -- the Screen protocol -------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Ausländerbehörde – Statistik")

    def screen_actions(self) -> list[QAction]:
        return list(self.export_actions.values())

    def activate(self) -> None:
        self.sp_table.setFocus()

    async def on_changes(self, records) -> None:
        """The figures are of closed periods and read on demand: nothing follows the feed."""

    def set_writable(self, writable: bool) -> None:
        """Nothing here writes to the database (exports are files)."""

    async def shutdown(self) -> None:
        if self.file_dialog is not None:
            self.file_dialog.reject()
        self._generation += 1      # a load still running shows nothing any more

    def _table(self, name: str, model, *, sortable: bool = True) -> QTableView:
        table = QTableView()
        table.setObjectName(name)
        if sortable:
            proxy = TotalLastProxy(table)
            proxy.setSourceModel(model)
            table.setModel(proxy)
            table.setSortingEnabled(True)
            table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        else:
            table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        if sortable:
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        else:   # the office's table: the blocks share the width
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
            header.setDefaultAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return table

    def _today(self) -> dt.date:
        from desk_app.domain.clock import business_day

        return business_day(self._now())

    # -- the period ------------------------------------------------------------------------
    def period(self) -> Period:
        kind = self.kind.currentData()
        day = _pydate(self.from_date.date())
        if kind == "day":
            return Period.day(day)
        if kind == "week":
            return Period.week_of(day)
        if kind == "month":
            return Period.month(day.year, day.month)
        last = _pydate(self.to_date.date())
        return Period(min(day, last), max(day, last))

    def set_period(self, kind: str, first: dt.date, last: dt.date | None = None, *,
                   reload: bool = True) -> None:
        """Shows another period (and loads it, unless ``reload`` is False)."""
        for edit in (self.kind, self.from_date, self.to_date):
            edit.blockSignals(True)
        self.kind.setCurrentIndex(KINDS.index(kind))
        self.from_date.setDate(_qdate(first))
        self.to_date.setDate(_qdate(last or first))
        for edit in (self.kind, self.from_date, self.to_date):
            edit.blockSignals(False)
        self._kind_changed()
        if reload:
            self._changed()

    def shift(self, direction: int) -> None:
        """One period back (-1) or on (+1)."""
        p = self.period()
        q = self.from_date.date()
        if p.kind == "month":
            self.set_period("month", _pydate(q.addMonths(direction)))
        elif p.kind == "range":
            step = dt.timedelta(days=p.days * direction)
            self.set_period("range", p.first + step, p.last + step)
        else:
            self.set_period(p.kind, _pydate(q.addDays(direction * p.days)))

    def _kind_changed(self) -> None:
        is_range = self.kind.currentData() == "range"
        self.to_label.setVisible(is_range)
        self.to_date.setVisible(is_range)

    @asyncSlot()
    async def _changed(self, *_args) -> None:
        await self.load()

    # -- loading ---------------------------------------------------------------------------
    async def load(self, period: Period | None = None) -> None:
        """Reads the report of the shown period (or ``period``, which is then shown);
        never raises. A newer load wins over an older one still running."""
        if period is not None:
            self.set_period(period.kind, period.first, period.last, reload=False)
        self._generation += 1
        generation = self._generation

        def current() -> bool:
            return generation == self._generation

        async def read() -> StatisticsReport | None:
            if not self._layouts_read:
                await self._read_layouts()
            period, layout_name = self.period(), self.layout_choice.currentData()
            # the tables first, then the 12 weeks of the chart (the longer read)
            report = await self.facade.report(period, layout_name, trend_weeks=0,
                                              compare=self.compare.isChecked())
            if not current():
                return None     # the user picked another period meanwhile
            self.show_report(report)
            report.requests = await self.facade.requests(period)
            self.requests_model.set_figures(report.requests)
            report.trend = await self.facade.trend(period, layout_name)
            return report

        # every failure is shown (for the latest request only), none raised
        done = await self.ops.read(read, what="statistics", current=current)
        if not current():
            return
        if not done:
            self.loaded.emit()
            return
        self.show_trend(done.value)
        if self.last_error:         # the read worked: a failed read's message no longer holds
            self.show_message("")
        self.loaded.emit()

    async def _read_layouts(self) -> None:
        self.layouts = await self.facade.layouts()
        self._layouts_read = True
        current = self.layout_choice.currentData()
        self.layout_choice.blockSignals(True)
        while self.layout_choice.count() > 1:
            self.layout_choice.removeItem(1)
        for item in self.layouts:
            self.layout_choice.addItem(item.name, item.name)
        index = self.layout_choice.findData(current)
        self.layout_choice.setCurrentIndex(max(index, 0))
        self.layout_choice.blockSignals(False)

    def heading_text(self, report: StatisticsReport) -> str:
        p = report.period
        loc = QLocale()
        first, last = report.shown_days
        short = QLocale.FormatType.ShortFormat
        if p.kind == "week":
            year, week = p.iso_week
            what = self.tr("KW {week}/{year}").format(week=week, year=year)
        elif p.kind == "month":
            what = loc.standaloneMonthName(p.first.month) + f" {p.first.year}"
        else:
            what = ""
        dates = (loc.toString(_qdate(first), short) if first == last else
                 f"{loc.toString(_qdate(first), short)} – {loc.toString(_qdate(last), short)}")
        text = " ".join(x for x in (report.layout.title or self.tr("Statistik"), what) if x)
        text += f" ({dates})"
        if report.excluded_names:
            text += self.tr(", ohne {names}").format(names=", ".join(report.excluded_names))
        return text

    def show_report(self, report: StatisticsReport) -> None:
        self.report = report
        self.heading.setText(self.heading_text(report))
        previous = report.previous.blocks if report.previous is not None else None
        self.office_model.update_rows(report.blocks, previous)
        sp_rows = [(b.codes, b.name, b.figures) for b in report.service_points]
        self.sp_model.set_rows([*sp_rows, ("total", self.tr("Gesamt"), report.total)],
                               total=True)
        loc = QLocale()
        by_day = dict(report.days)
        shown = [d for d in report.period.dates() if d.weekday() < 5 or d in by_day] \
            if report.period.days <= 31 else sorted(by_day)
        day_rows = [(d, loc.toString(_qdate(d), "ddd") + ", "
                     + loc.toString(_qdate(d), QLocale.FormatType.ShortFormat),
                     by_day.get(d) or Figures()) for d in shown]
        self.day_model.set_rows([*day_rows, ("total", self.tr("Zeitraum"), report.total)],
                                total=True)
        self.hour_model.set_rows([(h, self.tr("{start}–{end} Uhr").format(
            start=f"{h:02d}", end=f"{h + 1:02d}"), t) for h, t in report.hours])
        for action in self.export_actions.values():
            action.setEnabled(True)
        if report.trend:
            self.show_trend(report)

    def show_trend(self, report: StatisticsReport) -> None:
        self.chart.set_points([
            WeekPoint(self.tr("KW {week}").format(week=w.first.isocalendar()[1]),
                      None if t.no_show_rate is None else float(t.no_show_rate),
                      t.wait_median, t.wait_p90) for w, t in report.trend])

    # -- exports ---------------------------------------------------------------------------
    def default_file_name(self, fmt: str) -> str:
        period = self.report.period if self.report else self.period()
        return f"Statistik_{period.key()}.{fmt}"

    def ask_export_path(self, fmt: str) -> QFileDialog:
        """Opens a file dialog (open(), never exec()); the chosen file gets the export."""
        filters = {"pdf": self.tr("PDF-Dateien (*.pdf)"),
                   "csv": self.tr("CSV-Dateien für Excel (*.csv)"),
                   "xlsx": self.tr("Excel-Arbeitsmappen (*.xlsx)")}
        dialog = QFileDialog(self, self.tr("Statistik speichern"))
        dialog.setObjectName("exportFileDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(filters[fmt])
        dialog.setDefaultSuffix(fmt)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.selectFile(self.default_file_name(fmt))
        dialog.fileSelected.connect(lambda path: self.save_export(fmt, Path(path)))
        dialog.finished.connect(lambda _r: self._file_dialog_closed(dialog))
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def ask_pdf_path(self) -> QFileDialog:
        return self.ask_export_path("pdf")

    def _file_dialog_closed(self, dialog: QFileDialog) -> None:
        if self.file_dialog is dialog:
            self.file_dialog = None
        dialog.deleteLater()

    def save_export(self, fmt: str, path: Path) -> bool:
        """Writes the shown report as ``fmt`` to ``path``; shows the outcome."""
        if self.report is None:
            return False
        try:
            write_private(Path(path), self.facade.export(self.report, fmt), make_dirs=False)
        except OSError as exc:
            self.show_message(self.tr("Datei nicht gespeichert ({file}): {why}").format(
                file=path, why=exc.strerror or type(exc).__name__), error=True)
            return False
        self.show_message(self.tr("Statistik gespeichert: {file}").format(file=path))
        return True

    def save_pdf(self, path: Path) -> bool:
        return self.save_export("pdf", path)

    def show_message(self, text: str, *, error: bool = False) -> None:
        """A message appears once: in the window's message bar (an empty text clears it)."""
        self.last_message = text
        self.last_error = error and bool(text)
        self.message.emit(text, error)
