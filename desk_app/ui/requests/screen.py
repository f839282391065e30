"""The mailbox worklist (issue 20) as a screen of the shell (ui/screen.py): one line per
request; the keys do the work.

Enter proposes the routed service point's next free slot, Enter again books it and sends
the confirmation; F6 asks for what is missing; F7 "Falsch adressiert" confirms the route or
moves the request to the service point chosen beside it; Ctrl+Shift+M reads the mailbox
now (the poll timer does it every ``[mail] poll_interval_s``). Every action runs through
Operations. User data only as plain text.

``create_requests_screen(desk, settings)`` builds it with its facade and poll timer."""

from __future__ import annotations

import logging
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
    QTableView, QVBoxLayout, QWidget,
)

from desk_app.domain.clock import to_local
from desk_app.services.mail_requests import ENTITY

from ..async_tools import TaskSet
from ..labels import REQUESTS_SCREEN_SHORTCUT
from .model import RequestsModel, missing_text, recognised_text
from .model import tr as model_tr

log = logging.getLogger(__name__)

#: proposed to the shell for switching to this screen
SCREEN_SHORTCUT = REQUESTS_SCREEN_SHORTCUT
POLL_SHORTCUT = "Ctrl+Shift+M"


translate = QCoreApplication.translate

# the screen's keyed actions as data: (attribute, text, keys, method); ``screen_keys``
# lists them for F1 before the screen is made
_ACTIONS = (
    ("offer_action", lambda: translate("RequestsView", "Termin anbieten"), ("Return", "Enter"),
     "propose_or_send"),
    ("ask_action", lambda: translate("RequestsView", "Nachfragen"), ("F6",), "ask"),
    ("route_action", lambda: translate("RequestsView", "Falsch adressiert"), ("F7",),
     "confirm_route"),
    ("poll_action", lambda: translate("RequestsView", "Postfach abrufen"), (POLL_SHORTCUT,),
     "poll"),
)


def screen_keys() -> list[tuple[str, str]]:
    """(key, text) of the screen's actions, without making it (F1, ui/shell/registry.py)."""
    return [(keys[0], text()) for _a, text, keys, _m in _ACTIONS]


def tr(text: str) -> str:
    return QCoreApplication.translate("RequestsView", text)


def _plain(label: QLabel) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class RequestsScreen(QWidget):
    name = "requests"
    message = Signal(str, bool)

    def __init__(self, worklist, *, poller=None, can_send: bool = True, owns_poller: bool = True,
                 parent=None) -> None:
        from ..operation import Operations

        super().__init__(parent)
        self.worklist = worklist
        self.poller = poller
        self.owns_poller = owns_poller   # else the window's part: its messages reach the bar
        self.can_send = can_send
        self.writable = True
        self.tasks = TaskSet()
        self.ops = Operations(parent=self)
        self.ops.message.connect(self.show_message)
        self.ops.changed.connect(self._update_actions)
        self.model = RequestsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.details = _plain(QLabel(self))
        self.original = QPlainTextEdit(self)     # the original message, never markup
        self.original.setReadOnly(True)
        self.route_choice = QComboBox(self)
        self.offer_label = _plain(QLabel(self))
        self.last_message = ""     # shown once: in the window's message bar (show_message)
        self.last_error = False

        for attribute, text, keys, slot in _ACTIONS:
            setattr(self, attribute, self._action(text(), keys, getattr(self, slot)))
        buttons = QHBoxLayout()
        for action, text in ((self.offer_action, translate("RequestsView", "Termin anbieten (Enter)")),
                             (self.ask_action, translate("RequestsView", "Nachfragen (F6)")),
                             (self.route_action, translate("RequestsView", "Falsch adressiert (F7)"))):
            buttons.addWidget(self._button(action, text))
        buttons.addWidget(self.route_choice)
        buttons.addStretch(1)
        buttons.addWidget(self._button(self.poll_action, translate("RequestsView", "Postfach abrufen")))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.details)
        layout.addWidget(self.offer_label)
        layout.addLayout(buttons)
        layout.addWidget(self.original, 2)
        self._offer = None
        self._offer_for: int | None = None
        self._proposing = False
        self._acting = 0
        self._sized = False
        self._loaded = False
        if poller is not None:
            if owns_poller:
                poller.message.connect(self.show_message)
            poller.polled.connect(self._polled)
        self._update_actions()

    def _action(self, text: str, keys: tuple[str, ...], slot) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _button(self, action: QAction, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(action.trigger)
        action.enabledChanged.connect(button.setEnabled)
        button.setEnabled(action.isEnabled())
        return button

    # -- the Screen protocol ---------------------------------------------------------------
    def title(self) -> str:
        return translate("RequestsView", "Ausländerbehörde – Terminanfragen")

    def screen_actions(self) -> list[QAction]:
        return [self.offer_action, self.ask_action, self.route_action, self.poll_action]

    def activate(self) -> None:
        self.table.setFocus()

    async def load(self) -> None:
        await self.reload()
        if not self._loaded:
            if not self.can_send:
                self.show_message(translate("RequestsView", "Kein Postfach für Antworten eingerichtet (Einstellungen "
                                     "[mail]): Anfragen weiterleiten geht, antworten nicht."))
        self._loaded = True

    async def on_changes(self, records: Iterable) -> None:
        if any(getattr(r, "entity", None) == ENTITY for r in records) and self.isVisible():
            await self.reload()

    def set_writable(self, writable: bool) -> None:
        self.writable = writable
        self._update_actions()

    async def shutdown(self) -> None:
        if self.poller is not None and self.owns_poller:
            await self.poller.shutdown()
        self.ops.cancel()
        await self.tasks.cancel_all()

    # -- loading ---------------------------------------------------------------------------
    async def reload(self) -> None:
        async def read():
            rows = await self.worklist.rows()
            if self.route_choice.count() == 0:
                self.route_choice.addItems(await self.worklist.service_point_codes())
            return rows

        outcome = await self.ops.read(read, what="requests")
        if not outcome:          # shown, not raised into the loop
            return
        rows = outcome.value
        self.model.replace_rows(rows)
        if rows and not self._sized:
            self.table.resizeColumnsToContents()
            self._sized = True
        if self.model.rowCount() and self.current_row() is None:
            self.table.selectRow(0)
        self._update_actions()
        self.table.setFocus()

    def _polled(self, report) -> None:
        if report.result.read:
            self.tasks.spawn(self.reload(), name="requests-reload")

    def current_row(self):
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(index.row())

    @property
    def busy(self) -> bool:
        """An action (with the reload after it) or a proposal is running."""
        return self._proposing or self._acting > 0 or self.ops.any_in_flight()

    def _current_changed(self, *_):
        r = self.current_row()
        self._offer = None
        self.offer_label.setText("")
        self._update_actions()
        if r is None:
            self.details.setText("")
            self.original.setPlainText("")
            return
        lines = [
            f"{r.name or r.email} · {r.email} · {r.phone}".strip(" ·"),
            translate("RequestsView", "Anliegen: {0}").format(model_tr(r.concern_label)),
            translate("RequestsView", "Dienststelle {0}: {1}").format(r.service_point, r.route_reason),
        ]
        if r.missing:
            lines.append(translate("RequestsView", "Es fehlt: {0}").format(missing_text(r)))
        if r.recognised and not r.is_form:
            lines.append(translate("RequestsView", "Aus dem Text erkannt (bitte prüfen): {0}").format(
                recognised_text(r.recognised)))
        if r.undeliverable:
            lines.append(translate("RequestsView", "Antwort nicht zustellbar: anrufen oder per Post"))
        self.details.setText("\n".join(lines))
        self.route_choice.setCurrentText(r.service_point)
        self.tasks.spawn(self._load_text(r.id), name="request-text")

    async def _load_text(self, request_id: int) -> None:
        outcome = await self.ops.read(lambda: self.worklist.request(request_id),
                                      what="request text")
        if not outcome:
            return
        full = outcome.value
        current = self.current_row()
        if current is not None and current.id == request_id:
            self.original.setPlainText(f"{full.subject}\n\n{full.text}")

    def show_message(self, text: str, error: bool = False) -> None:
        """A message appears once: in the window's message bar (``message``)."""
        self.last_message = text
        self.last_error = error
        self.message.emit(text, error)

    def _update_actions(self) -> None:
        selected = self.current_row() is not None
        write = self.writable and selected
        self.offer_action.setEnabled(write and self.can_send)
        self.ask_action.setEnabled(write and self.can_send)
        self.route_action.setEnabled(write)
        self.poll_action.setEnabled(self.writable and self.poller is not None
                                    and self.poller.account is not None)

    # -- actions ----------------------------------------------------------------------------
    def _act(self, ident, call, *, what: str, success) -> None:
        async def body():
            self._acting += 1
            try:
                outcome = await self.ops.run(ident, call, what=what, success=success)
                if outcome:
                    await self.reload()
            finally:
                self._acting -= 1

        self.tasks.spawn(body(), name=what)

    def propose_or_send(self) -> None:
        r = self.current_row()
        if r is None or not self.offer_action.isEnabled():
            return
        if r.missing:
            self.show_message(translate("RequestsView", "Es fehlen Angaben: erst nachfragen (F6)."), True)
            return
        if self._offer is not None and self._offer_for == r.id:
            offer, self._offer = self._offer, None
            self.offer_label.setText("")
            self._act(("answer", r.id), lambda _key: self.worklist.answer_with_slot(r, offer),
                      what="answer request with a slot",
                      success=lambda _res: translate("RequestsView", "Termin gebucht und Bestätigung gesendet."))
            return
        if self._proposing:
            return
        self._proposing = True

        async def propose():
            try:
                outcome = await self.ops.run(("offer", r.id),
                                             lambda _key: self.worklist.next_slot(r),
                                             what="propose a slot")
            finally:
                self._proposing = False
            if not outcome:
                return
            if outcome.value is None:
                self.show_message(translate("RequestsView", "Kein freier Termin in den nächsten Wochen."), True)
                return
            offer = outcome.value
            self._offer, self._offer_for = offer, r.id
            when = self.locale().toString(to_local(offer.starts_at),
                                          self.locale().FormatType.LongFormat)
            self.offer_label.setText(translate("RequestsView", "Vorschlag: {0}, {1}. Enter bucht und sendet.")
                                     .format(when, offer.service_point_name))

        self.tasks.spawn(propose(), name="propose-slot")

    def ask(self) -> None:
        r = self.current_row()
        if r is None or not self.ask_action.isEnabled():
            return
        self._act(("ask", r.id), lambda _key: self.worklist.ask_missing(r),
                  what="ask for what is missing", success=lambda _res: translate("RequestsView", "Nachfrage gesendet."))

    def confirm_route(self) -> None:
        r = self.current_row()
        if r is None or not self.route_action.isEnabled():
            return
        target = self.route_choice.currentText() or None
        self._act(("route", r.id), lambda _key: self.worklist.confirm_route(r.id, target),
                  what="confirm the route",
                  success=lambda res: translate("RequestsView", "Dienststelle {0} bestätigt.").format(res.service_point))

    def poll(self) -> None:
        if self.poller is None or not self.poll_action.isEnabled():
            return
        self.tasks.spawn(self.poller.poll_now(), name="mail-poll-now")


def create_requests_screen(desk, settings, *, poller=None, parent=None) -> RequestsScreen:
    """The worklist screen: its facade over ``desk`` (the signed-in person's Desk) and the
    mailbox poll (``poller.mailbox_poller``). The shell passes the window's own poller (a
    part it starts and stops); without one the screen makes and owns one, running from now
    on whether the screen is shown or not (off without a mailbox); ``shutdown()`` stops
    it."""
    from desk_app.services.appointment_book import AppointmentBook
    from desk_app.services.request_answering import MailAccount, RequestAnswering, Worklist

    from .poller import mailbox_poller

    owned = poller is None
    if owned:
        poller = mailbox_poller(desk, settings)
    requests, account = poller.requests, poller.account
    book = AppointmentBook(desk, federal_state=settings.federal_state)
    answering = RequestAnswering(requests, book, account or MailAccount(),
                                 office_name=settings.office_name)
    screen = RequestsScreen(Worklist(requests, answering), poller=poller,
                            can_send=account is not None and bool(settings.mail.smtp_host),
                            owns_poller=owned, parent=parent)
    if owned:
        poller.setParent(screen)
        poller.start()       # from now on, shown or not (off without a mailbox)
    return screen
