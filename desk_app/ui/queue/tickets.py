"""Wait tickets and appointment confirmations at the counter and the reception: the
walk-in dialog (a new walk-in gets its ticket at once), the ticket after a check-in, a
deliberate reprint ("KOPIE"), and the Terminbestätigung of a booked entry."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject

from desk_app.domain import errors
from desk_app.domain.states import State
from desk_app.services.document_output import Output
from desk_app.services.document_output import appointment_confirmation_data, ticket_data
from desk_app.services.views import EntryView

from ..actions import make_action
from ..dialogs.walk_in_dialog import WalkInDialog
from ..error_messages import message_for
from ..labels import CONFIRMATION_SHORTCUT, REPRINT_SHORTCUT
from ..queue_model import time_sort_key

log = logging.getLogger(__name__)


class Tickets(QObject):
    """``host``: the main window; ``queue``: the QueueController."""

    def __init__(self, host, queue) -> None:
        super().__init__(host)
        self.host = host
        self.queue = queue
        self.last_ticket: Output | None = None
        self.reprint_action = make_action(
            host, "action_reprint", self.tr("Wartenummer erneut drucken"), REPRINT_SHORTCUT,
            self.tr("Die Wartenummer des gewählten Vorgangs noch einmal drucken (Kopie)."),
            self.reprint_ticket, menu="print")
        self.confirmation_action = make_action(
            host, "action_confirmation", self.tr("Terminbestätigung drucken"),
            CONFIRMATION_SHORTCUT,
            self.tr("Die Terminbestätigung des gewählten gebuchten Termins drucken (in der "
                    "Sprache der ersten Person)."), self.print_confirmation, menu="print")

    def update_actions(self, entry: EntryView | None) -> None:
        self.reprint_action.setEnabled(entry is not None and entry.ticket is not None
                                       and entry.state in (State.WAITING, State.CALLED,
                                                           State.PARKED))
        self.confirmation_action.setEnabled(
            entry is not None and entry.state == State.BOOKED and entry.scheduled_at is not None
            and bool(entry.members)
            and not self.host.ops.in_flight(("confirmation", entry.id)))

    # -- walk-ins ------------------------------------------------------------------------
    def open_walk_in(self) -> None:
        queue = self.queue
        if not queue.walk_in_action.isEnabled():
            return
        sps = [sp for sp in queue.service_points if not sp.is_reception]
        default = queue.counter.service_point_id() if queue.on_counter_screen() else None
        dialog = WalkInDialog(self.host, sps, queue.services, default_service_point_id=default)
        dialog.submitted.connect(lambda: self.host.tasks.spawn(self._register(dialog),
                                                               "walk-in"))
        self.host.open_dialog(dialog)

    async def _register(self, dialog: WalkInDialog) -> None:
        try:
            people = dialog.applicants()
        except errors.ValidationFailed as exc:
            dialog.show_error(message_for(exc))
            return
        desk = self.host.desk
        outcome = await self.host.ops.run(
            ("walk_in", id(dialog)),
            lambda key: desk.register_walk_in(
                service_point_id=dialog.service_point_id(), applicants=people,
                service_id=dialog.service_id(), key=key),
            what="walk-in registration", form=dialog)
        if not outcome:
            return
        view = outcome.value
        dialog.accept()
        self.queue.apply_views([view])
        screen = self.queue.active_screen()
        if screen is not None:
            screen.pane.select(view.id)
        self.host.show_message(self.tr("Vorsprache aufgenommen: {ticket} bei {sp}.").format(
            ticket=view.ticket, sp=view.service_point_name))
        await self.print_ticket(view)

    # -- wait tickets --------------------------------------------------------------------
    def print_after(self, view: EntryView) -> None:
        """After a check-in: the ticket, unless the action was a replay."""
        if view.ticket and view.state == State.WAITING and not view.replayed:
            self.host.tasks.spawn(self.print_ticket(view), "ticket")

    def reprint_ticket(self) -> None:
        entry = self.queue.current_entry()
        if entry is not None and entry.ticket:
            self.host.tasks.spawn(self.print_ticket(entry, copy=True), "ticket")

    def waiting_ahead(self, view: EntryView) -> int:
        mine = time_sort_key(view)
        return sum(1 for e in self.queue.reception.pane.model.rows()
                   if e.service_point_id == view.service_point_id and e.state == State.WAITING
                   and e.id != view.id and time_sort_key(e) < mine)

    async def _wait_estimate(self, view: EntryView) -> int | None:
        """The estimated wait printed on the ticket (docs/waiting-time.md); None when it
        cannot be read: the ticket prints without it."""
        read = await self.host.ops.read(lambda: self.host.desk.wait_estimate(view.id),
                                        what="waiting estimate for a ticket", quiet=True)
        estimate = read.value if read else None
        return estimate.shown_minutes if estimate is not None else None

    async def print_ticket(self, view: EntryView, *, copy: bool = False) -> None:
        """The wait ticket to its printer at once (one keystroke, no dialog); a
        deliberate reprint (``copy``) is a new job marked "KOPIE". Without a printer the
        ticket is saved as a PDF and the window says where."""
        host = self.host
        data = ticket_data(view, waiting_ahead=self.waiting_ahead(view),
                           issued_at=host.desk.ctx.now(), office_name=host.settings.office_name,
                           estimated_wait_minutes=await self._wait_estimate(view))
        out = await host.printer.print(data, label=view.ticket or "", entity_id=view.id,
                                       copy=copy, what=self.tr("Die Wartenummer {ticket}").format(
                                           ticket=view.ticket))
        if out is not None:
            self.last_ticket = out

    # -- appointment confirmation --------------------------------------------------------
    def print_confirmation(self) -> None:
        entry = self.queue.current_entry()
        if entry is None or not self.confirmation_action.isEnabled():
            return
        self.host.tasks.spawn(self._print_confirmation(entry), "confirmation")

    async def _print_confirmation(self, entry: EntryView) -> None:
        queue = self.queue
        service = next((s for s in queue.services if s.id == entry.service_id), None)
        data = appointment_confirmation_data(entry, service,
                                             queue.service_point(entry.service_point_id),
                                             office_name=self.host.settings.office_name)
        # in flight while it prints (the action is off); the printer reports the outcome
        await self.host.ops.run(
            ("confirmation", entry.id),
            lambda _key: self.host.printer.print(
                data, label=entry.booking_reference or str(entry.id), entity_id=entry.id,
                what=self.tr("Die Terminbestätigung {reference}").format(
                    reference=entry.booking_reference or "")),
            what="confirmation")
