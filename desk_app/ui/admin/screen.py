"""One admin screen: the table of records on the left, the form on the right, and
Neu / Speichern / Deaktivieren. What a screen shows and saves comes from an adapter
(entities.py); every call goes through the AdminFacade, never a session, run by the
screen's ``Operations`` (``self.ops``; its messages in the screen's status line)."""

from __future__ import annotations

import logging
from typing import Any, Awaitable, Protocol, Sequence

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QScrollArea, QSplitter,
    QTableView, QVBoxLayout, QWidget,
)

from desk_app.domain import errors
from desk_app.domain.admin_rules import InvalidFields

from ..async_tools import TaskSet
from ..operation import Operations
from .form import FieldSpec, RecordForm, translated
from .record_model import SORT_ROLE, Column, RecordTableModel

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


class Adapter(Protocol):
    title: str
    entities: frozenset[str]                      # change-log entities it shows

    def columns(self) -> Sequence[Column]: ...
    def fields(self) -> Sequence[FieldSpec]: ...
    def load(self) -> Awaitable[list[Any]]: ...
    def values_of(self, record: Any | None) -> dict[str, Any]: ...
    def save(self, record: Any | None, values: dict[str, Any]) -> Awaitable[Any]: ...
    def set_active(self, record: Any, active: bool) -> Awaitable[Any] | None: ...
    def prepare(self) -> Awaitable[None]: ...


class RecordScreen(QWidget):
    saved = Signal(object)

    def __init__(self, adapter: Adapter, parent=None) -> None:
        super().__init__(parent)
        self.adapter = adapter
        self.tasks = TaskSet()
        self.ops = Operations(parent=self)
        self.ops.message.connect(lambda text, error: self.show_status(text, error=error))
        self.current: Any | None = None
        self.model = RecordTableModel(adapter.columns(), self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

        self.form = RecordForm(adapter.fields())
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setStyleSheet("font-weight: bold;")
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.new_button = QPushButton(translate("Admin", "Neu"))
        self.save_button = QPushButton(translate("Admin", "Speichern"))
        self.active_button = QPushButton(translate("Admin", "Deaktivieren"))
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(lambda: self.tasks.spawn(self.save(), "admin-save"))
        self.active_button.clicked.connect(
            lambda: self.tasks.spawn(self.toggle_active(), "admin-active"))
        buttons = QHBoxLayout()
        for b in (self.new_button, self.save_button, self.active_button):
            buttons.addWidget(b)
        buttons.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        holder = QWidget()            # the form at the top, its rows at their natural height
        hv = QVBoxLayout(holder)
        hv.setContentsMargins(0, 0, 0, 0)
        hv.addWidget(self.form)
        hv.addStretch(1)
        scroll.setWidget(holder)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.addWidget(self.heading)
        rv.addWidget(scroll, 1)
        rv.addWidget(self.status)
        rv.addLayout(buttons)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(split)
        self.start_new()

    # -- loading -----------------------------------------------------------------------
    async def reload(self) -> None:
        async def read():
            await self.adapter.prepare()
            return await self.adapter.load()

        outcome = await self.ops.read(read, what=f"reading {type(self.adapter).__name__}")
        if not outcome:      # shown, not raised: the screen stays usable
            return
        rows = outcome.value
        keep = self.current.id if self.current is not None else None
        self.form.refill_choices()
        self.model.set_rows(rows)
        if keep is not None:
            self.select(keep)

    def select(self, record_id: Any) -> None:
        row = self.model.row_of(record_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectRow(index.row())
        self.table.setCurrentIndex(index)

    def _row_changed(self, current, _previous) -> None:
        if not current.isValid():
            return
        record = self.model.record(self.proxy.mapToSource(current).row())
        self.show_record(record)

    def show_record(self, record: Any | None) -> None:
        self.current = record
        self.form.set_values(self.adapter.values_of(record))
        self.heading.setText(translate("Admin", "Neu anlegen") if record is None else
                             translate("Admin", "Bearbeiten"))
        active = getattr(record, "active", True)
        self.active_button.setEnabled(record is not None and hasattr(record, "active"))
        self.active_button.setText(translate("Admin", "Deaktivieren") if active
                                   else translate("Admin", "Aktivieren"))
        self.show_status("")

    def start_new(self) -> None:
        self.table.clearSelection()
        self.show_record(None)

    # -- saving ------------------------------------------------------------------------
    async def save(self) -> Any:
        def refused(exc: errors.DomainError) -> bool:     # InvalidFields: at the fields
            if not isinstance(exc, InvalidFields):
                return False
            fields = exc.fields
            unplaced = self.form.show_errors(fields)
            text = translate("Admin", "Bitte die markierten Felder prüfen.")
            if unplaced:
                text += " " + " ".join(translated(fields[n]) for n in unplaced)
            self.show_status(text, error=True)
            return True

        record, values = self.current, self.form.values()
        self.save_button.setEnabled(False)
        try:
            outcome = await self.ops.run(
                "admin-save",
                lambda _key: self.adapter.save(record, values),
                what=f"saving {type(self.adapter).__name__}", on_domain_error=refused)
        finally:
            self.save_button.setEnabled(True)
        if not outcome:
            return None
        saved = outcome.value
        self.form.clear_errors()
        self.current = saved
        self.model.update_rows([saved])
        self.select(saved.id)
        self.show_status(translate("Admin", "Gespeichert."))
        self.saved.emit(saved)
        return saved

    async def toggle_active(self) -> Any:
        record = self.current
        if (record is None or not hasattr(record, "active")
                or self.ops.in_flight("admin-active")):
            return None
        call = self.adapter.set_active(record, not record.active)
        if call is None:
            return None

        def refused(exc: errors.DomainError) -> bool:
            if not isinstance(exc, InvalidFields):
                return False
            self.show_status(" ".join(translated(m) for m in exc.fields.values()), error=True)
            return True

        outcome = await self.ops.run("admin-active", lambda _key: call,
                                     what=f"(de)activating {type(self.adapter).__name__}",
                                     on_domain_error=refused)
        if not outcome:
            return None
        changed = outcome.value
        self.model.update_rows([changed])
        self.show_record(changed)
        self.show_status(translate("Admin", "Gespeichert."))
        return changed

    def show_status(self, text: str, *, error: bool = False) -> None:
        self.status.setStyleSheet("color: #b00020;" if error else "")
        self.status.setText(text)

    async def shutdown(self) -> None:
        self.ops.cancel()
        await self.tasks.cancel_all()

