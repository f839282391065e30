"""The back-office list (Vorbereitung): the bookings of a day, tomorrow by default, one
row per person, with the data-quality flags to fix before the day; completing a person's
data; the import with its preview. A screen of the shell (ui/screen.py); its reads and
the completion run through its own ``Operations`` (``self.ops``, messages to ``message``)."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QDateEdit, QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QTableView, QVBoxLayout, QWidget,
)

from desk_app.domain.data_quality import ACTIONABLE
from desk_app.services.intake import Intake

from ..actions import make_action
from ..async_tools import TaskSet
from ..operation import Operations
from .complete_dialog import CompleteDialog
from .import_dialog import ImportDialog
from .model import COL_TIME, SORT_ROLE, IntakeModel

log = logging.getLogger(__name__)


def import_label() -> str:
    """The text of "Buchungen importieren" (also the shell's, before the screen is made)."""
    return QCoreApplication.translate("IntakeScreen", "Buchungen importieren …")


def import_help() -> str:
    return QCoreApplication.translate("IntakeScreen", "Einen Export des Buchungssystems (CSV "
                                                      "oder .ics) importieren, mit Vorschau.")


class _FlaggedOnly(QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.only_flagged = False

    def set_only_flagged(self, on: bool) -> None:
        if hasattr(self, "beginFilterChange"):      # Qt 6.10+
            self.beginFilterChange()
            self.only_flagged = on
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.only_flagged = on
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:  # noqa: N802
        if not self.only_flagged:
            return True
        person = self.sourceModel().person(row)
        return person is not None and bool(person.flags & ACTIONABLE)


class IntakeScreen(QWidget):
    """The intake screen (name "intake"); its import action is in the Termine menu and
    shows this screen first (``show_requested``)."""

    name = "intake"
    message = Signal(str, bool)
    #: the shell is asked to show this screen (ui/screen.py)
    show_requested = Signal()
    #: a load finished (for tests)
    loaded = Signal()

    def __init__(self, intake: Intake, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("intakeView")
        self.intake = intake
        self.tasks = TaskSet()
        self.ops = Operations(parent=self)
        self.ops.message.connect(self.message)
        self.day: dt.date = intake.tomorrow()
        self.active_dialog = None
        self._reload_pending = False
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title_label = QLabel()
        self.title_label.setObjectName("intakeTitle")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title_label.setFont(font)
        top.addWidget(self.title_label, 1)
        top.addWidget(QLabel(self.tr("Termintag:")))
        self.picker = QDateEdit(QDate(self.day.year, self.day.month, self.day.day))
        self.picker.setObjectName("intakeDay")
        self.picker.setCalendarPopup(True)
        self.picker.dateChanged.connect(self._picked)
        top.addWidget(self.picker)
        layout.addLayout(top)
        row = QHBoxLayout()
        self.only_flagged = QCheckBox(self.tr("Nur Personen mit Hinweisen"))
        self.only_flagged.setObjectName("onlyFlagged")
        row.addWidget(self.only_flagged)
        self.counts = QLabel()
        self.counts.setObjectName("intakeCounts")
        row.addWidget(self.counts, 1)
        self.complete_button = QPushButton(self.tr("Daten ergänzen …"))
        self.complete_button.setObjectName("completePerson")
        self.complete_button.clicked.connect(self.open_complete)
        self.import_button = QPushButton(self.tr("Buchungen importieren …"))
        self.import_button.setObjectName("openImport")
        self.import_button.clicked.connect(self.open_import)
        reload_button = QPushButton(self.tr("Neu laden"))
        reload_button.setObjectName("intakeReload")
        reload_button.clicked.connect(lambda: self.tasks.spawn(self.load(), "intake-load"))
        for b in (self.complete_button, self.import_button, reload_button):
            row.addWidget(b)
        layout.addLayout(row)
        self.model = IntakeModel(self)
        self.proxy = _FlaggedOnly(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.only_flagged.toggled.connect(self._filter)
        self.table = QTableView()
        self.table.setObjectName("intakeTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_TIME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.open_complete())
        layout.addWidget(self.table, 1)
        self._update_title()
        from . import IMPORT_SHORTCUT

        self.import_action = make_action(
            self, "action_import", import_label(), IMPORT_SHORTCUT, import_help(),
            self._import_from_menu, menu="bookings")

    # -- the Screen protocol (ui/screen.py) ----------------------------------------------
    def title(self) -> str:
        return self.tr("Ausländerbehörde – Vorbereitung")

    def screen_actions(self) -> list:
        return [self.import_action]

    def activate(self) -> None:
        self.table.setFocus()

    def set_writable(self, writable: bool) -> None:
        pass

    async def shutdown(self) -> None:
        self.ops.cancel()
        await self.tasks.cancel_all()

    def _import_from_menu(self) -> None:
        self.show_requested.emit()
        self.open_import()

    def _shown(self) -> bool:
        """Shown in its window (a hidden page of the shell's stack is not)."""
        return self.isVisibleTo(self.window())

    # -- reading -------------------------------------------------------------------------
    def _update_title(self) -> None:
        self.title_label.setText(self.tr("Vorbereitung: Termine am {day}").format(
            day=self.locale().toString(QDate(self.day.year, self.day.month, self.day.day),
                                       self.locale().FormatType.LongFormat)))

    def _picked(self, qdate: QDate) -> None:
        day = dt.date(qdate.year(), qdate.month(), qdate.day())
        if day != self.day:
            self.day = day
            self._update_title()
            self.tasks.spawn(self.load(), "intake-load")

    def _filter(self, on: bool) -> None:
        self.proxy.set_only_flagged(on)

    async def load(self) -> None:
        """Reads the day's bookings with their flags; never raises."""
        read = await self.ops.read(lambda: self.intake.bookings(self.day),
                                   what="intake bookings")
        if not read:
            self.loaded.emit()
            return
        self.model.set_rows(read.value)
        self._update_counts()
        self.loaded.emit()

    def _update_counts(self) -> None:
        total = self.model.rowCount()
        flagged = self.model.flagged_count()
        self.counts.setText(self.tr("{people}, {flagged} mit Hinweisen").format(
            people=self.tr("%n Personen", "", total), flagged=flagged))

    async def on_changes(self, records) -> None:
        """The change feed, while shown (``load`` runs each time it is shown): reload in
        the background when something of the shown day changed."""
        if self._shown():
            self.tasks.spawn(self._reload_for(list(records)), "intake-changes")

    async def _reload_for(self, records) -> None:
        if not any(getattr(r, "business_day", None) == self.day for r in records):
            return
        if self._reload_pending:
            return
        self._reload_pending = True
        try:
            await self.load()
        finally:
            self._reload_pending = False

    def selected_person(self):
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.person(self.proxy.mapToSource(index).row())

    # -- completing a person -------------------------------------------------------------
    def open_complete(self) -> None:
        person = self.selected_person()
        if person is None:
            self.message.emit(self.tr("Bitte zuerst eine Person wählen."), True)
            return
        dialog = CompleteDialog(person, self)
        # Save does not close the dialog at once: the service may refuse the input
        dialog.saveRequested.connect(lambda: self.tasks.spawn(self._save(dialog), "complete"))
        dialog.finished.connect(lambda _r: setattr(self, "active_dialog", None))
        self.active_dialog = dialog
        dialog.open()

    async def _save(self, dialog: CompleteDialog) -> None:
        completion = dialog.completion()
        outcome = await self.ops.run(
            ("complete", dialog.person.applicant_id),
            lambda _key: self.intake.complete(dialog.person.applicant_id, completion),
            what="complete a person", form=dialog)
        if not outcome:
            return
        row = outcome.value
        if row is not None and row.entry_id == dialog.person.entry_id:
            self.model.update_rows([row])
            self._update_counts()
        else:
            await self.load()
        self.message.emit(self.tr("Daten von {name} gespeichert.").format(
            name=dialog.person.display_name), False)
        dialog.saved()

    # -- import --------------------------------------------------------------------------
    def open_import(self) -> None:
        dialog = ImportDialog(self.intake, self)
        dialog.imported.connect(lambda _report: self.tasks.spawn(self.load(), "intake-load"))
        dialog.finished.connect(lambda _r: setattr(self, "active_dialog", None))
        self.active_dialog = dialog
        dialog.open()

