"""The audit browser (shift leads and admins): filter by entry, staff member, station,
action and time; labels, never names; CSV export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QComboBox, QDateTimeEdit, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QTableView, QVBoxLayout, QWidget,
)

from desk_app.domain.clock import BERLIN
from desk_app.services.admin_facade import AuditFilter, audit_csv

from ..async_tools import TaskSet
from ..operation import Operations
from .audit_labels import audit_action_text, audit_transition_text
from .record_model import SORT_ROLE, Column, RecordTableModel

translate = QCoreApplication.translate


def _local(value: dt.datetime) -> str:
    local = value.astimezone(BERLIN)
    return QLocale().toString(QDateTime(local.year, local.month, local.day, local.hour,
                                        local.minute, local.second),
                              QLocale.FormatType.ShortFormat)


def _desk_now(facade) -> QDateTime:
    """Now by the desk's clock (Berlin time): a demo running days behind the machine's
    clock finds its day's records in the default range."""
    ctx = getattr(facade, "ctx", None)
    if ctx is None:
        return QDateTime.currentDateTime()
    local = ctx.now().astimezone(BERLIN)
    return QDateTime(local.year, local.month, local.day, local.hour, local.minute, local.second)


def audit_columns() -> list[Column]:
    return [
        Column(translate("Admin", "Zeit"), lambda r: _local(r.at), key=lambda r: r.at),
        Column(translate("Admin", "Mitarbeiter"), lambda r: r.staff),
        Column(translate("Admin", "Arbeitsplatz"), lambda r: r.station),
        Column(translate("Admin", "Aktion"), lambda r: audit_action_text(r.action)),
        Column(translate("Admin", "Objekt"), lambda r: r.label or f"{r.entity} {r.entity_id or ''}"),
        Column(translate("Admin", "von → nach"),
               lambda r: audit_transition_text(r.from_state, r.to_state)),
        Column(translate("Admin", "Detail"), lambda r: r.detail),
    ]


class AuditScreen(QWidget):
    entities = frozenset()

    def __init__(self, facade, parent=None) -> None:
        super().__init__(parent)
        self.facade = facade
        self.tasks = TaskSet()
        self.ops = Operations(parent=self)
        self.ops.message.connect(lambda text, _error: self.status.setText(text))
        self.rows = []
        self.model = RecordTableModel(audit_columns(), self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(proxy)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.entry = QLineEdit()
        self.entry.setPlaceholderText(translate("Admin", "Ticket oder Vorgangsnummer"))
        self.staff = QComboBox()
        self.station = QComboBox()
        self.action = QComboBox()
        now = _desk_now(facade)
        self.since = QDateTimeEdit(now.addDays(-1))
        self.until = QDateTimeEdit(now.addSecs(3600))
        for w in (self.since, self.until):
            w.setCalendarPopup(True)
        self.search_button = QPushButton(translate("Admin", "Suchen"))
        self.export_button = QPushButton(translate("Admin", "CSV exportieren …"))
        self.search_button.clicked.connect(lambda: self.tasks.spawn(self.search(), "audit"))
        self.export_button.clicked.connect(self.ask_export)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        bar = QHBoxLayout()
        for label, w in ((translate("Admin", "Vorgang"), self.entry),
                         (translate("Admin", "Mitarbeiter"), self.staff),
                         (translate("Admin", "Arbeitsplatz"), self.station),
                         (translate("Admin", "Aktion"), self.action),
                         (translate("Admin", "von"), self.since),
                         (translate("Admin", "bis"), self.until)):
            text = QLabel(label)
            text.setTextFormat(Qt.TextFormat.PlainText)
            bar.addWidget(text)
            bar.addWidget(w)
        bar.addWidget(self.search_button)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

    @property
    def title(self) -> str:
        return translate("Admin", "Protokoll")

    async def reload(self) -> None:
        async def read():
            return await self.facade.staff(), await self.facade.audit_choices()

        choices = await self.ops.read(read, what="audit choices")
        if not choices:
            return
        staff, (stations, actions) = choices.value
        for combo, items in ((self.staff, [(s.login, s.id) for s in staff]),
                             (self.station, [(s, s) for s in stations]),
                             (self.action, sorted(((audit_action_text(a), a) for a in actions),
                                                   key=lambda item: item[0].casefold()))):
            current = combo.currentData()
            combo.clear()
            combo.addItem(translate("Admin", "alle"), None)
            for text, value in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
        await self.search()

    def current_filter(self) -> AuditFilter:
        def utc(w: QDateTimeEdit) -> dt.datetime:
            return w.dateTime().toPython().replace(tzinfo=BERLIN).astimezone(dt.timezone.utc)

        return AuditFilter(entry=self.entry.text(), staff_id=self.staff.currentData(),
                           station=self.station.currentData() or "",
                           action=self.action.currentData() or "",
                           since=utc(self.since), until=utc(self.until))

    async def search(self) -> None:
        audit_filter = self.current_filter()
        read = await self.ops.read(lambda: self.facade.audit_rows(audit_filter),
                                   what="audit rows")
        if not read:
            return
        self.rows = read.value
        self.model.set_rows(self.rows)
        self.status.setText(translate("Admin", "{n} Einträge").format(n=len(self.rows)))

    def ask_export(self) -> None:
        dialog = QFileDialog(self, translate("Admin", "Protokoll als CSV speichern"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter("CSV (*.csv)")
        dialog.setDefaultSuffix("csv")
        dialog.fileSelected.connect(lambda path: self.export_to(Path(path)))
        dialog.open()

    def export_to(self, path: Path) -> None:
        try:
            path.write_bytes(audit_csv(self.rows))
        except OSError as exc:
            self.status.setText(translate("Admin", "Nicht gespeichert: {why}").format(
                why=exc.strerror or type(exc).__name__))
            return
        self.status.setText(translate("Admin", "Gespeichert: {path}").format(path=str(path)))

    async def shutdown(self) -> None:
        self.ops.cancel()
        await self.tasks.cancel_all()
