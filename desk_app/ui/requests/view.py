"""The mailbox worklist (issue 20): one line per request; the keys do the work.

Enter proposes the routed service point's next free slot, Enter again books it and sends
the confirmation; F6 asks for what is missing; F7 "Falsch adressiert" confirms the route or
moves the request to the service point chosen beside it. User data only as plain text."""

from __future__ import annotations

import logging

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
    QTableView, QVBoxLayout, QWidget,
)

from desk_app.domain.clock import to_local

from ..async_tools import TaskSet
from ..error_messages import message_for
from .model import SORT_ROLE, RequestsModel, missing_text
from .model import recognised_text
from .model import tr as model_tr

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication
    return QCoreApplication.translate("RequestsView", text)


def _plain(label: QLabel) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class RequestsView(QWidget):
    def __init__(self, worklist, parent=None) -> None:
        super().__init__(parent)
        self.worklist = worklist
        self.tasks = TaskSet()
        self.model = RequestsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.details = _plain(QLabel(self))
        self.original = QPlainTextEdit(self)     # the original message, never markup
        self.original.setReadOnly(True)
        self.route_choice = QComboBox(self)
        self.offer_label = _plain(QLabel(self))
        self.message = _plain(QLabel(self))
        self.slot_button = QPushButton(tr("Termin anbieten (Enter)"), self)
        self.ask_button = QPushButton(tr("Nachfragen (F6)"), self)
        self.route_button = QPushButton(tr("Falsch adressiert (F7)"), self)
        self.slot_button.clicked.connect(self.propose_or_send)
        self.ask_button.clicked.connect(self.ask)
        self.route_button.clicked.connect(self.confirm_route)
        for key, slot in (("Return", self.propose_or_send), ("Enter", self.propose_or_send),
                          ("F6", self.ask), ("F7", self.confirm_route)):
            sc = QShortcut(QKeySequence(key), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)
        buttons = QHBoxLayout()
        for w in (self.slot_button, self.ask_button, self.route_button, self.route_choice):
            buttons.addWidget(w)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.details)
        layout.addWidget(self.offer_label)
        layout.addLayout(buttons)
        layout.addWidget(self.original, 2)
        layout.addWidget(self.message)
        self._offer = None
        self._offer_for: int | None = None
        self.busy = False
        self._sized = False

    # -- loading ---------------------------------------------------------------------------
    async def reload(self) -> None:
        try:
            rows = await self.worklist.rows()
            if self.route_choice.count() == 0:
                self.route_choice.addItems(await self.worklist.service_point_codes())
        except Exception as exc:  # noqa: BLE001 - shown, not raised into the loop
            self.message.setText(message_for(exc))
            return
        current = self.current_row()
        self.model.update_rows(rows)
        if rows and not self._sized:
            self.table.resizeColumnsToContents()
            self._sized = True
        if self.proxy.rowCount() and (current is None or self.model.row_of(current.id) < 0):
            self.table.selectRow(0)
        self.table.setFocus()

    def current_row(self):
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def _current_changed(self, *_):
        r = self.current_row()
        self._offer = None
        self.offer_label.setText("")
        if r is None:
            self.details.setText("")
            self.original.setPlainText("")
            return
        lines = [
            f"{r.name or r.email} · {r.email} · {r.phone}".strip(" ·"),
            tr("Anliegen: {0}").format(model_tr(r.concern_label)),
            tr("Dienststelle {0}: {1}").format(r.service_point, r.route_reason),
        ]
        if r.missing:
            lines.append(tr("Es fehlt: {0}").format(missing_text(r)))
        if r.recognised and not r.is_form:
            lines.append(tr("Aus dem Text erkannt (bitte prüfen): {0}").format(
                recognised_text(r.recognised)))
        if r.undeliverable:
            lines.append(tr("Antwort nicht zustellbar: anrufen oder per Post"))
        self.details.setText("\n".join(lines))
        self.route_choice.setCurrentText(r.service_point)
        self.tasks.spawn(self._load_text(r.id))

    async def _load_text(self, request_id: int) -> None:
        try:
            full = await self.worklist.request(request_id)
        except Exception as exc:  # noqa: BLE001
            self.message.setText(message_for(exc))
            return
        current = self.current_row()
        if current is not None and current.id == request_id:
            self.original.setPlainText(f"{full.subject}\n\n{full.text}")

    # -- actions ----------------------------------------------------------------------------
    def _run(self, coro, ok_text_fn) -> None:
        if self.busy:
            coro.close()
            return
        self.busy = True

        async def body():
            try:
                result = await coro
                self.message.setText(ok_text_fn(result))
                await self.reload()
            except Exception as exc:  # noqa: BLE001
                log.warning("worklist action failed: %s", type(exc).__name__)
                self.message.setText(message_for(exc))
            finally:
                self.busy = False

        self.tasks.spawn(body())

    def propose_or_send(self) -> None:
        r = self.current_row()
        if r is None:
            return
        if r.missing:
            self.message.setText(tr("Es fehlen Angaben: erst nachfragen (F6)."))
            return
        if self._offer is not None and self._offer_for == r.id:
            offer = self._offer
            self._offer = None
            self._run(self.worklist.answer_with_slot(r, offer),
                      lambda _res: tr("Termin gebucht und Bestätigung gesendet."))
            return

        async def propose():
            offer = await self.worklist.next_slot(r)
            if offer is None:
                return tr("Kein freier Termin in den nächsten Wochen.")
            self._offer, self._offer_for = offer, r.id
            when = self.locale().toString(to_local(offer.starts_at),
                                          self.locale().FormatType.LongFormat)
            self.offer_label.setText(tr("Vorschlag: {0}, {1}. Enter bucht und sendet.")
                                     .format(when, offer.service_point_name))
            return ""

        if self.busy:
            return
        self.busy = True

        async def body():
            try:
                text = await propose()
                if text:
                    self.message.setText(text)
            except Exception as exc:  # noqa: BLE001
                self.message.setText(message_for(exc))
            finally:
                self.busy = False

        self.tasks.spawn(body())

    def ask(self) -> None:
        r = self.current_row()
        if r is None:
            return
        self._run(self.worklist.ask_missing(r), lambda _res: tr("Nachfrage gesendet."))

    def confirm_route(self) -> None:
        r = self.current_row()
        if r is None:
            return
        target = self.route_choice.currentText() or None
        self._run(self.worklist.confirm_route(r.id, target),
                  lambda res: tr("Dienststelle {0} bestätigt.").format(res.service_point))
