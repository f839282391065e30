"""Dokumentenausgabe: the screen for documents from the federal printer.

- A scan field for keyboard-mode scanners (digits, then Enter; typed by hand as well)
  opens the order: reference, document type, state, applicant, file number, dates and
  the collection point. A wrong check digit, an unknown reference or another collection
  point gets a clear message.
- "Aushändigen" opens a small dialog (the applicant / a parent for a child under 16 /
  another person with a power of attorney); the service decides, and a refusal stays in
  the dialog so the clerk can correct it. Afterwards the handover confirmation
  (Empfangsbestätigung) goes to the pluggable ``output``.
- "Eingang buchen" for the opened order, and a batch mode for the delivery: every scan
  books one arrival at once and the list beside shows each result.
- The documents waiting at this service point (``PickupModel``), live through
  ``on_changes`` (entity ``document_order``).
- "Abholschein drucken" reprints the pickup slip of an open order, marked as a copy.

A ``Screen`` (desk_app/ui/screen.py) for the shell: ``PickupScreen(desk, parent,
service_point_id=..., output=...)``; ``set_service_point`` (or ``load()``) loads. Every
action runs through ``Operations.run``; every read and write goes through the facade
``DocumentDesk``.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any, Iterable, Sequence

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QWidget

from desk_app.domain.clock import business_day
from desk_app.domain.document_orders import OPEN_STATES, DocState, is_child
from desk_app.domain.roles import Permission
from desk_app.printing.barcode import format_reference
from desk_app.services.document_desk import ENTITY, DocumentDesk, DocumentOrderView

from ..async_tools import TaskSet
from ..operation import Operations
from .delivery import Delivery
from .hand_out_dialog import HandOutDialog
from .layout import build_screen
from .model import PickupModel
from .output import DocumentOutputFn, default_output
from .printouts import Printouts
from .texts import parse_birth, pickup_message, status_text


class PickupScreen(QWidget):
    name = "pickup"
    #: A message for the clerk: (text, is_error).
    message = Signal(str, bool)
    #: The opened order changed (DocumentOrderView or None).
    orderChanged = Signal(object)

    def __init__(self, desk, parent: QWidget | None = None, *,
                 service_point_id: int | None = None,
                 output: DocumentOutputFn | None = None, office_name: str = "",
                 service_point_name: str = "", appointments=None) -> None:
        """``appointments``: the main window's AppointmentBookPart (ui/booking/hooks.py)
        for "Abholtermin"; without it the screen books through a book of its own."""
        super().__init__(parent)
        self.setObjectName("pickupScreen")
        self.desk = desk
        self.documents = DocumentDesk(desk)
        self.service_point_id = service_point_id
        self.service_point_name = service_point_name
        self.output = output or default_output()
        self.office_name = office_name
        self.appointments = appointments
        self.tasks = TaskSet()
        self.operations = Operations(parent=self)
        self.operations.message.connect(lambda text, error: self.show_message(text, error))
        self.operations.changed.connect(self._update_actions)
        self.order: DocumentOrderView | None = None
        self.active_dialog: QDialog | None = None
        self.last_output: Any = None
        self.last_message = ""
        self.last_error = False
        self._writable = not self.documents.read_only
        self._lookup_seq = 0
        self.delivery = Delivery(self)
        self.printouts = Printouts(self)
        self._loaded = False
        self._applying = False
        self.model = PickupModel(now=desk.ctx.now, parent=self)
        build_screen(self)
        self.model.countsChanged.connect(self._update_title)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.table.activated.connect(lambda index: self._row_chosen(index, QModelIndex()))
        self.scan.returnPressed.connect(self._scan_entered)
        self.open_button.clicked.connect(self._scan_entered)
        self._update_title()
        self._show_order(None)
        from ..booking.hooks import install_pickup_appointment  # the appointment book (issue 15)
        self.appointment_action = install_pickup_appointment(self)

    # -- the Screen protocol -------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Ausländerbehörde – Dokumentenausgabe")

    def screen_actions(self) -> list[QAction]:
        return [self.hand_out_action, self.arrive_action, self.slip_action,
                self.handover_action, self.batch_action, self.appointment_action]

    def activate(self) -> None:
        self.focus_scan()

    async def load(self) -> None:
        if not self._loaded:
            await self.reload()

    def set_writable(self, writable: bool) -> None:
        """Offline or read-only: the screen keeps showing, the actions are disabled."""
        self._writable = bool(writable)
        self._update_actions()

    async def on_changes(self, records: Iterable) -> None:
        """The change feed: refreshes the orders named by ``document_order`` records."""
        ids = sorted({r.entity_id for r in records if r.entity == ENTITY})
        if ids:
            views, missing = await self.documents.orders_by_id(ids)
            self.apply_views(views, missing)

    async def shutdown(self) -> None:
        if self.active_dialog is not None:
            self.active_dialog.reject()
        self.operations.cancel()
        await self.tasks.cancel_all()

    # -- public API ----------------------------------------------------------------------
    def start(self) -> asyncio.Task:
        """Loads the documents waiting at the service point."""
        return self.tasks.spawn(self.reload(), "pickup-reload")

    def set_service_point(self, service_point_id: int | None, name: str | None = None) -> None:
        if name is not None:
            self.service_point_name = name
        if service_point_id == self.service_point_id and self._loaded:
            return
        self.service_point_id = service_point_id
        self.model.set_rows([])
        self._update_title()
        self._update_actions()
        self.start()

    def focus_scan(self) -> None:
        self.scan.setFocus()
        self.scan.selectAll()

    def batch_mode(self) -> bool:
        return self.left.currentIndex() == 1

    def set_batch_mode(self, on: bool) -> None:
        self.left.setCurrentIndex(1 if on else 0)
        self.message.emit("", False)    # the last message belonged to the other mode
        self.batch_action.setChecked(on)
        self.scan.setPlaceholderText(
            self.tr("Lieferung: Barcode scannen – der Eingang wird sofort gebucht") if on else
            self.tr("Barcode scannen oder 12 Ziffern eingeben, dann Enter"))
        self.scan.setStyleSheet("QLineEdit { background: #fff8e1; }" if on else "")
        self._update_actions()
        self.focus_scan()

    # -- messages ------------------------------------------------------------------------
    def show_message(self, text: str, error: bool = False) -> None:
        """A message for the clerk goes to one place: the window's message bar (the
        delivery's per-scan results stay in their lines of the batch list)."""
        self.last_message = text
        self.last_error = error
        self.message.emit(text, error)

    def _update_title(self) -> None:
        sp = self.service_point_name or (
            self.tr("Dienststelle {id}").format(id=self.service_point_id)
            if self.service_point_id is not None else self.tr("keine Dienststelle gewählt"))
        self.heading.setText(self.tr("Dokumentenausgabe – {sp}").format(sp=sp))
        counts = self.model.counts()
        self.table_title.setText(self.tr("Zur Abholung hier: {arrived} eingetroffen, "
                                         "{ordered} bestellt").format(
            arrived=counts.get(DocState.ARRIVED, 0), ordered=counts.get(DocState.ORDERED, 0)))

    # -- the opened order ----------------------------------------------------------------
    def here(self, order: DocumentOrderView) -> bool:
        return (self.service_point_id is None
                or order.collect_service_point_id == self.service_point_id)

    def _today(self) -> dt.date:
        return business_day(self.desk.ctx.now())

    def _show_order(self, order: DocumentOrderView | None) -> None:
        self.order = order
        self.order_panel.show_order(order, here=order is None or self.here(order),
                                    today=self._today())
        self._update_actions()
        self.orderChanged.emit(order)

    def _permitted(self) -> bool:
        ctx = self.desk.ctx
        return ctx.policy.allows(ctx.actor.role, Permission.SERVE)

    def _update_actions(self) -> None:
        order = self.order
        ok = self._writable and self._permitted()
        busy = order is not None and any(self.operations.in_flight((name, order.id))
                                         for name in ("hand_out", "arrive"))
        self.hand_out_action.setEnabled(bool(
            ok and order is not None and order.state == DocState.ARRIVED and self.here(order)
            and not busy))
        self.arrive_action.setEnabled(bool(ok and order is not None
                                           and order.state == DocState.ORDERED and not busy))
        self.slip_action.setEnabled(order is not None and order.state in OPEN_STATES)
        # the collector's name is stored with the order: any hand-out can be printed again
        known = order is not None and order.state == DocState.HANDED_OUT
        self.handover_action.setEnabled(known)
        self.handover_button.setVisible(known)
        self.batch_action.setEnabled(ok)
        if order is not None and order.state == DocState.ARRIVED and not self.here(order):
            self.hand_out_button.setToolTip(self.tr("Dieses Dokument wird bei {sp} ausgegeben, "
                                                    "nicht hier.").format(
                sp=order.collect_service_point_name))
        else:
            self.hand_out_button.setToolTip(self.hand_out_action.toolTip())

    # -- loading -------------------------------------------------------------------------
    async def reload(self) -> None:
        sp = self.service_point_id
        if sp is None:
            self.model.set_rows([])
            self._loaded = True
            return
        read = await self.operations.read(lambda: self.documents.pending(sp),
                                          what="pickup list", message_for=pickup_message)
        if not read:
            return
        rows = read.value
        if sp != self.service_point_id:
            return   # the service point changed meanwhile; its own load follows
        self.model.set_rows(rows)
        self._loaded = True
        self._update_title()

    def _accepts(self, order: DocumentOrderView) -> bool:
        return (self.service_point_id is not None and order.state in OPEN_STATES
                and order.collect_service_point_id == self.service_point_id)

    def apply_views(self, views: Sequence[DocumentOrderView], missing: Iterable[int] = ()) -> None:
        """Brings changed orders into the list and the opened record (row updates)."""
        views = [v for v in views if v is not None]
        # rows moving or leaving must not open another record (Qt moves the current
        # index to a neighbour when its row goes)
        self._applying = True
        try:
            self.model.update_rows([v for v in views if self._accepts(v)])
            self.model.remove_rows([v.id for v in views if not self._accepts(v)] + list(missing))
        finally:
            self._applying = False
        current = self.order
        if current is not None:
            for v in views:
                if v.id == current.id and v.version >= current.version and v != current:
                    self._show_order(v)
            self._select_row(self.order.id)
        self._update_title()

    async def _refresh(self, ids: list[int]) -> None:
        read = await self.operations.read(lambda: self.documents.orders_by_id(ids),
                                          what="changed orders", quiet=True)
        if not read:
            return
        views, missing = read.value
        self.apply_views(views, missing)

    # -- scanning ------------------------------------------------------------------------
    def _scan_entered(self) -> None:
        text = self.scan.text()
        if not text.strip():
            return
        self.scan.clear()
        if self.batch_mode():
            self.delivery.scan(text)
        else:
            self._lookup_seq += 1
            self.tasks.spawn(self.open_scan(text, self._lookup_seq), "pickup-scan")

    async def open_scan(self, text: str, seq: int | None = None) -> DocumentOrderView | None:
        """Opens the order of a scanned or typed reference, with a clear message."""
        def current() -> bool:
            return seq is None or seq == self._lookup_seq

        async def find() -> DocumentOrderView:
            reference = self.documents.parse_scan(text)  # the check digit, before any database
            return await self.documents.find_by_scan(reference)

        read = await self.operations.read(find, what="scan lookup", current=current,
                                          message_for=pickup_message)
        if not current():
            return None   # a newer scan overtook this one
        if not read:
            self.focus_scan()
            return None
        found = read.value
        self.open_order(found)
        self.focus_scan()
        return found

    def open_order(self, order: DocumentOrderView) -> None:
        self._show_order(order)
        self._select_row(order.id)
        text, error = self._status_text(order)
        self.show_message(text, error)

    def _status_text(self, order: DocumentOrderView) -> tuple[str, bool]:
        key = self.hand_out_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        return status_text(order, here=self.here(order), hand_out_key=key)

    def _select_row(self, order_id: int) -> None:
        """Marks the opened order in the list (or nothing) without reopening it."""
        row = self.model.row_of(order_id)
        selection = self.table.selectionModel()
        was, self._applying = self._applying, True
        try:
            if row is None:
                selection.clear()
                return
            index = self.model.index(row, 0)
            selection.setCurrentIndex(index, selection.SelectionFlag.ClearAndSelect
                                      | selection.SelectionFlag.Rows)
            self.table.scrollTo(index)
        finally:
            self._applying = was

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self._applying:
            order = self.model.order_at(current.row())
            if self.order is None or self.order.id != order.id \
                    or order.version > self.order.version:
                self._show_order(order)

    # -- hand-out ------------------------------------------------------------------------
    def open_hand_out(self) -> HandOutDialog | None:
        order = self.order
        if order is None or not self.hand_out_action.isEnabled() \
                or self.active_dialog is not None:
            return None
        ident = ("hand_out", order.id)
        keys = self.operations.keys

        def next_key() -> str:
            keys.done(ident)
            return keys.key_for(ident)

        dialog = HandOutDialog(self, order,
                               child=is_child(parse_birth(order.birth_date), self._today()),
                               key=keys.key_for(ident), new_key=next_key)
        dialog.submitted.connect(lambda: self.tasks.spawn(self._hand_out(dialog), "hand-out"))
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.active_dialog is dialog:
            self.active_dialog = None
        dialog.deleteLater()
        self.focus_scan()

    async def _hand_out(self, dialog: HandOutDialog) -> None:
        order = dialog.order
        pickup = dialog.pickup()
        ident = ("hand_out", order.id)
        outcome = await self.operations.run(
            ident, lambda key: self.documents.hand_out(
                order.id, key=key, expected_version=order.version, **pickup),
            what="hand out", form=dialog, message_for=pickup_message,
            on_conflict=lambda: self._refresh([order.id]))
        if not outcome:
            return
        self.operations.keys.done(ident)       # settled: no key waits for a retry
        done = outcome.value
        dialog.accept()
        self.apply_views([done])
        self._show_order(done)
        who = pickup["collected_by"] or done.display_name
        self.show_message(self.tr("{ref} an {who} ausgehändigt{replayed}.").format(
            ref=format_reference(done.reference), who=who,
            replayed=self.tr(" (war bereits gespeichert)") if done.replayed else ""), False)
        await self.printouts.handover(done.id, copy=False)

    # -- arrivals ------------------------------------------------------------------------
    def mark_arrived(self) -> None:
        order = self.order
        if order is None or not self.arrive_action.isEnabled():
            return
        self.tasks.spawn(self._arrive(order), "arrive")

    async def _arrive(self, order: DocumentOrderView) -> None:
        outcome = await self.operations.run(
            ("arrive", order.id), lambda key: self.documents.mark_arrived(
                order.id, key=key, expected_version=order.version),
            what="arrive", message_for=pickup_message,
            on_conflict=lambda: self._refresh([order.id]))
        if outcome:
            done = outcome.value
            self.apply_views([done])
            self._show_order(done)
            text, error = self._status_text(done)
            self.show_message(self.tr("Eingang gebucht. ") + text, error)

    def clear_batch(self) -> None:
        self.batch_panel.clear()

    def batch_results(self) -> list[tuple[str, str | None]]:
        """(text, "arrived" / "problem" / None while running), newest first."""
        return self.batch_panel.results()
