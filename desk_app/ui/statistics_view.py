"""The weekly statistics (Wochenstatistik) as tables, with a week picker and
"Als PDF speichern" (the same document as ``desk-app report --pdf``).

Columns in the office's format: Termine · Erschienen · Nicht erschienen · Ausfallquote,
then Vorsprachen ohne Termin, Aufruf verpasst, gegangen, storniert, noch offen; one table
per service point, one per day.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView, QDateEdit, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QTableView, QVBoxLayout, QWidget,
)
from qasync import asyncSlot

from desk_app.domain import errors
from desk_app.domain.clock import business_day, utcnow
from desk_app.domain.statistics import Tally, WeeklyReport
from desk_app.printing.weekly_statistics import COLUMNS, format_count, format_rate
from desk_app.services.database import DatabaseUnavailable
from desk_app.services.desk import Desk

from .error_messages import message_for

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


def column_titles() -> list[str]:
    """In the order of printing.weekly_statistics.COLUMNS (the office's four first)."""
    return [translate("StatisticsView", "Termine"), translate("StatisticsView", "Erschienen"),
            translate("StatisticsView", "Nicht erschienen"),
            translate("StatisticsView", "Ausfallquote"),
            translate("StatisticsView", "Vorsprachen ohne Termin"),
            translate("StatisticsView", "Aufruf verpasst"),
            translate("StatisticsView", "gegangen"), translate("StatisticsView", "storniert"),
            translate("StatisticsView", "noch offen")]


def weekday_label(day: dt.date) -> str:
    names = [translate("StatisticsView", "Mo"), translate("StatisticsView", "Di"),
             translate("StatisticsView", "Mi"), translate("StatisticsView", "Do"),
             translate("StatisticsView", "Fr"), translate("StatisticsView", "Sa"),
             translate("StatisticsView", "So")]
    return f"{names[day.weekday()]}, {day:%d.%m.%Y}"


class TallyModel(QAbstractTableModel):
    """Rows of (label, Tally); the last row is the total (bold)."""

    def __init__(self, first_title: str, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, Tally]] = []
        self._titles = [first_title, *column_titles()]
        self._bold = QFont()
        self._bold.setBold(True)
        self._office = QBrush(QColor("#dde6f3"))
        self._grey = QBrush(QColor("#555555"))

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._titles)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section]
        if role == Qt.ItemDataRole.FontRole and (section == 0 or COLUMNS[section - 1][2]):
            return self._bold
        return None

    def set_rows(self, rows: list[tuple[str, Tally]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        label, t = self._rows[index.row()]
        col = index.column()
        total = index.row() == len(self._rows) - 1
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return label
            attr = COLUMNS[col - 1][1]
            return format_rate(t.no_show_rate) if attr == "rate" else format_count(getattr(t, attr))
        if role == Qt.ItemDataRole.TextAlignmentRole and col > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and (total or (col > 0 and COLUMNS[col - 1][1] == "rate")):
            return self._bold
        if role == Qt.ItemDataRole.BackgroundRole and col > 0 and COLUMNS[col - 1][2]:
            return self._office
        if role == Qt.ItemDataRole.ForegroundRole and col > 0 and not COLUMNS[col - 1][2]:
            return self._grey
        return None


class StatisticsView(QWidget):
    """Weekly statistics for the shift lead.

    ``desk``: the Desk; ``office_name`` is printed on the PDF; ``now`` defaults to the
    Desk's clock. ``load(year, week)`` reads the report; ``save_pdf(path)`` writes it."""

    #: A text for the status bar: (text, is_error).
    message = Signal(str, bool)
    #: load() finished (successfully or not).
    loaded = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None, *, office_name: str = "",
                 now: Callable[[], dt.datetime] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statisticsView")
        self.desk = desk
        self.office_name = office_name
        self._now = now or (lambda: self.desk.ctx.now() if self.desk else utcnow())
        self.report: WeeklyReport | None = None
        self.last_message = ""
        self.file_dialog: QFileDialog | None = None
        year, week, _ = business_day(self._now()).isocalendar()
        self.year, self.week = year, week

        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.prev_button = QPushButton(self.tr("◀ &Vorwoche"))
        self.prev_button.setObjectName("previousWeek")
        self.prev_button.clicked.connect(lambda: self._shift(-7))
        bar.addWidget(self.prev_button)
        self.picker = QDateEdit()
        self.picker.setObjectName("weekPicker")
        self.picker.setCalendarPopup(True)
        self.picker.setDisplayFormat("dd.MM.yyyy")
        self.picker.setToolTip(self.tr("Ein beliebiger Tag der gewünschten Kalenderwoche"))
        bar.addWidget(self.picker)
        self.next_button = QPushButton(self.tr("&Nächste Woche ▶"))
        self.next_button.setObjectName("nextWeek")
        self.next_button.clicked.connect(lambda: self._shift(7))
        bar.addWidget(self.next_button)
        self.title = QLabel()
        self.title.setObjectName("title")
        f = self.title.font()
        f.setBold(True)
        f.setPointSizeF(f.pointSizeF() * 1.3)
        self.title.setFont(f)
        bar.addSpacing(16)
        bar.addWidget(self.title)
        bar.addStretch(1)
        self.pdf_button = QPushButton(self.tr("Als &PDF speichern …"))
        self.pdf_button.setObjectName("savePdf")
        self.pdf_button.setEnabled(False)
        self.pdf_button.clicked.connect(self.ask_pdf_path)
        bar.addWidget(self.pdf_button)
        layout.addLayout(bar)

        self.sp_model = TallyModel(self.tr("Dienststelle"), self)
        self.day_model = TallyModel(self.tr("Tag"), self)
        self.sp_table = self._table("servicePointStatistics", self.sp_model)
        self.day_table = self._table("dayStatistics", self.day_model)
        for heading, table in ((self.tr("Nach Dienststelle"), self.sp_table),
                               (self.tr("Nach Tag"), self.day_table)):
            label = QLabel(heading)
            lf = label.font()
            lf.setBold(True)
            label.setFont(lf)
            layout.addWidget(label)
            layout.addWidget(table, 1)
        self.note = QLabel(self.tr("Ausfallquote: Nicht erschienen ÷ entschiedene Termine "
                                   "(ohne noch offene). „Aufruf verpasst“: kam, reagierte aber "
                                   "nicht auf die Aufrufe."))
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555555;")
        layout.addWidget(self.note)
        self.error = QLabel()
        self.error.setObjectName("message")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)

        monday = dt.date.fromisocalendar(year, week, 1)
        self.picker.setDate(QDate(monday.year, monday.month, monday.day))
        self.picker.dateChanged.connect(self._picked)
        self._update_title()

    def _table(self, name: str, model) -> QTableView:
        table = QTableView()
        table.setObjectName(name)
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return table

    # -- the week ------------------------------------------------------------------------
    def _shift(self, days: int) -> None:
        self.picker.setDate(self.picker.date().addDays(days))

    @asyncSlot(QDate)
    async def _picked(self, qdate: QDate) -> None:
        year, week, _ = dt.date(qdate.year(), qdate.month(), qdate.day()).isocalendar()
        if (year, week) != (self.year, self.week) or self.report is None:
            await self.load(year, week)

    def _update_title(self) -> None:
        first = dt.date.fromisocalendar(self.year, self.week, 1)
        last = first + dt.timedelta(days=6)
        self.title.setText(self.tr("Wochenstatistik KW {week}/{year} ({first} – {last})").format(
            week=self.week, year=self.year, first=f"{first:%d.%m.}", last=f"{last:%d.%m.%Y}"))

    async def load(self, year: int | None = None, week: int | None = None) -> None:
        """Reads the report of the ISO week (default: the one shown); never raises."""
        from desk_app.services.statistics import weekly_report

        self.year, self.week = year or self.year, week or self.week
        self._update_title()

        async def body(session):
            async with session.begin():
                return await weekly_report(session, self.year, self.week)

        try:
            report = await self.desk.read(body)
        except (DatabaseUnavailable, errors.DomainError) as exc:
            self.show_message(message_for(exc), error=True)
            self.loaded.emit()
            return
        except Exception as exc:
            log.exception("weekly report failed")
            self.show_message(message_for(exc), error=True)
            self.loaded.emit()
            return
        if (report.year, report.week) != (self.year, self.week):
            return  # the user picked another week meanwhile
        self.report = report
        self.sp_model.set_rows([*report.rows, (self.tr("Gesamt"), report.total)])
        by_day = dict(report.days)
        days = []
        for i in range(7):
            day = report.first_day + dt.timedelta(days=i)
            if day in by_day or i < 5:
                days.append((weekday_label(day), by_day.get(day, Tally())))
        self.day_model.set_rows([*days, (self.tr("Woche"), report.total)])
        self.pdf_button.setEnabled(True)
        self.show_message("")
        self.loaded.emit()

    # -- the PDF -------------------------------------------------------------------------
    def default_file_name(self) -> str:
        return f"Wochenstatistik_{self.year}-KW{self.week:02d}.pdf"

    def ask_pdf_path(self) -> QFileDialog:
        """Opens a file dialog (open(), never exec()); the chosen file gets the PDF."""
        dialog = QFileDialog(self, self.tr("Wochenstatistik als PDF speichern"))
        dialog.setObjectName("pdfFileDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF-Dateien (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.selectFile(self.default_file_name())
        dialog.fileSelected.connect(lambda path: self.save_pdf(Path(path)))
        dialog.finished.connect(lambda _r: self._file_dialog_closed(dialog))
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def _file_dialog_closed(self, dialog: QFileDialog) -> None:
        if self.file_dialog is dialog:
            self.file_dialog = None
        dialog.deleteLater()

    def save_pdf(self, path: Path) -> bool:
        """Writes the shown week's statistics as a PDF; shows the outcome."""
        from desk_app.printing import render_weekly_statistics

        if self.report is None:
            return False
        try:
            pdf = render_weekly_statistics(self.report, office_name=self.office_name,
                                           created_at=self._now())
            Path(path).write_bytes(pdf)
        except OSError as exc:
            self.show_message(self.tr("PDF nicht gespeichert ({file}): {why}").format(
                file=path, why=exc.strerror or type(exc).__name__), error=True)
            return False
        self.show_message(self.tr("Wochenstatistik gespeichert: {file}").format(file=path))
        return True

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.last_message = text
        self.error.setText(text)
        self.error.setStyleSheet("color: #b00020; font-weight: bold;" if error else "")
        if text:
            self.message.emit(text, error)
