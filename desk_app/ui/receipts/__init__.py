"""Fee receipts at the counter: "Quittung …" for the entry in service, "Letzte Quittung
stornieren", and the current entry's receipts as the database has them (so the
cancellation works after a restart too)."""

from __future__ import annotations

import dataclasses
import logging

from PySide6.QtCore import QObject

from desk_app.domain.clock import business_day
from desk_app.domain.states import State
from desk_app.services.views import EntryView

from ..actions import make_action, separator
from ..dialogs.confirm import ask
from ..dialogs.receipt_dialog import ReceiptDialog
from ..labels import CANCEL_RECEIPT_SHORTCUT, RECEIPT_SHORTCUT

log = logging.getLogger(__name__)


class Receipts(QObject):
    """``host``: the main window (ops, tasks, open_dialog, active_dialog);
    ``queue``: the QueueController (current entry, reference data, started);
    ``printer``: the DocumentPrinter."""

    def __init__(self, host, queue, receipt_desk, printer) -> None:
        super().__init__(host)
        self.host = host
        self.queue = queue
        self.receipt_desk = receipt_desk
        self.printer = printer
        self.last_receipt = None       # the ReceiptView last issued here (for „Stornieren“)
        # the current entry's receipts from the database: (entry id, [EntryReceipt]);
        # what "Letzte Quittung stornieren" cancels, also after a restart
        self.entry_receipts: tuple[int, list] | None = None
        self._receipts_generation = 0  # bumped when they are stale; older loads are dropped
        self._receipts_loading: tuple[int, int] | None = None
        self.receipt_action = make_action(
            host, "action_receipt", self.tr("Quittung …"), RECEIPT_SHORTCUT,
            self.tr("Gebühren des Vorgangs in Bearbeitung kassieren: Quittung ausstellen und "
                    "drucken."), self.open_receipt, menu="print")
        self.cancel_receipt_action = make_action(
            host, "action_cancel_receipt", self.tr("Letzte Quittung stornieren"),
            CANCEL_RECEIPT_SHORTCUT,
            self.tr("Die letzte Quittung des gewählten Vorgangs (ohne Auswahl: die zuletzt "
                    "hier ausgestellte) durch einen Stornobeleg aufheben (nach Rückfrage)."),
            self.cancel_last_receipt, menu="print")
        self._separator = separator(self, "print")
        enabled = self.enabled()
        for a in (self.receipt_action, self.cancel_receipt_action):
            a.setVisible(enabled)
            a.setEnabled(enabled)

    def enabled(self) -> bool:
        """Fee receipts are switched on for this office (settings.receipts_enabled)."""
        return self.receipt_desk is not None and bool(self.receipt_desk.enabled)

    def actions(self) -> list:
        """For the "Drucken" menu (nothing when receipts are off)."""
        if not self.enabled():
            return []
        return [self._separator, self.receipt_action, self.cancel_receipt_action]

    def update_actions(self, entry: EntryView | None, writable: bool) -> None:
        if not self.enabled():
            return
        ops = self.host.ops
        self.receipt_action.setEnabled(
            writable and entry is not None and entry.state == State.IN_SERVICE)
        self._want_entry_receipts(entry)
        receipt = self.receipt_to_cancel()
        self.cancel_receipt_action.setEnabled(
            writable and receipt is not None
            and not ops.in_flight(("cancel_receipt", receipt.id)))

    async def on_changes(self, records) -> None:
        if any(r.entity == "receipt" for r in records):
            self._forget_entry_receipts()

    # -- issuing -------------------------------------------------------------------------
    def open_receipt(self) -> None:
        entry = self.queue.current_entry()
        if entry is None or not self.receipt_action.isEnabled() or self.host.active_dialog:
            return
        self.host.tasks.spawn(self._open_receipt(entry), "receipt-dialog")

    async def _open_receipt(self, entry: EntryView) -> None:
        day = business_day(self.host.desk.ctx.now())
        read = await self.host.ops.read(lambda: self.receipt_desk.fee_catalogue(day),
                                        what="fee catalogue")
        if not read or self.host.active_dialog is not None:
            return
        service = next((s for s in self.queue.services if s.id == entry.service_id), None)
        dialog = ReceiptDialog(self.host, entry, read.value, day=day,
                               default_fee=service.fee_code if service else None)
        dialog.submitted.connect(lambda: self.host.tasks.spawn(
            self._issue_receipt(dialog, entry), "receipt"))
        self.host.open_dialog(dialog)

    async def _issue_receipt(self, dialog: ReceiptDialog, entry: EntryView) -> None:
        outcome = await self.host.ops.run(
            ("receipt", id(dialog)),
            lambda key: self.receipt_desk.issue(
                payer_name=dialog.payer_name(), payment_method=dialog.payment_method(),
                fees=dialog.requests(), entry_id=entry.id, key=key),
            what="issuing a receipt", form=dialog)
        if not outcome:
            return
        receipt = outcome.value
        dialog.accept()
        self.last_receipt = receipt
        await self._load_entry_receipts(entry.id, self._stale_entry_receipts())
        self.queue.update_actions()
        await self._print_receipt(receipt, entry)

    async def _print_receipt(self, receipt, entry: EntryView | None) -> None:
        language = entry.members[0].preferred_language if entry and entry.members else None
        data = self.receipt_desk.document(receipt, language=language)
        if not data.office_address and entry is not None:
            sp = self.queue.service_point(entry.service_point_id)
            if sp is not None:
                data = dataclasses.replace(data, office_address=sp.address)
        what = (self.tr("Der Stornobeleg {number}") if receipt.is_cancellation
                else self.tr("Die Quittung {number}")).format(number=receipt.display_number)
        await self.printer.print(data, label=receipt.display_number, entity="receipt",
                                 entity_id=receipt.id, what=what)

    # -- the current entry's receipts ----------------------------------------------------
    def receipt_to_cancel(self):
        """The ReceiptView "Letzte Quittung stornieren" would cancel, or None: the newest
        receipt of the current entry as the database has it (so it survives a restart),
        if it is not cancelled yet; with no entry selected, the receipt last issued here."""
        entry = self.queue.current_entry()
        if entry is None:
            r = self.last_receipt
            return r if r is not None and not r.is_cancellation else None
        if self.entry_receipts is None or self.entry_receipts[0] != entry.id:
            return None                # not loaded yet (update_actions loads them)
        last = next((r for r in self.entry_receipts[1] if not r.receipt.is_cancellation), None)
        return last.receipt if last is not None and last.cancellable else None

    def _want_entry_receipts(self, entry: EntryView | None) -> None:
        """Loads the current entry's receipts unless they are loaded or on their way."""
        if entry is None or not self.enabled() or not self.queue.started:
            return
        if self.entry_receipts is not None and self.entry_receipts[0] == entry.id:
            return
        if self._receipts_loading == (entry.id, self._receipts_generation):
            return
        self._receipts_loading = (entry.id, self._receipts_generation)
        self.host.tasks.spawn(self._load_entry_receipts(entry.id, self._receipts_generation),
                              "entry-receipts")

    def _stale_entry_receipts(self) -> int:
        """What was loaded is stale (loads in flight are dropped): the new generation."""
        self._receipts_generation += 1
        self.entry_receipts = None
        return self._receipts_generation

    def _forget_entry_receipts(self) -> None:
        """Receipts changed somewhere (often our own, coming back through the change
        feed): load the current entry's again. What is shown stays until the new list is
        there, so "Letzte Quittung stornieren" does not flicker off under the clerk's
        key; a receipt cancelled elsewhere meanwhile is refused by the service."""
        entry = self.queue.current_entry()
        if (entry is None or not self.enabled() or not self.queue.started
                or self.entry_receipts is None or self.entry_receipts[0] != entry.id):
            self._stale_entry_receipts()
            self.queue.update_actions()
            return
        self._receipts_generation += 1
        self._receipts_loading = (entry.id, self._receipts_generation)
        self.host.tasks.spawn(self._load_entry_receipts(entry.id, self._receipts_generation),
                              "entry-receipts")

    async def _load_entry_receipts(self, entry_id: int, generation: int) -> None:
        self._receipts_loading = (entry_id, generation)
        try:
            read = await self.host.ops.read(lambda: self.receipt_desk.of_entry(entry_id),
                                            what="loading an entry's receipts", quiet=True)
        finally:
            if self._receipts_loading == (entry_id, generation):
                self._receipts_loading = None
        if not read:
            return
        if generation != self._receipts_generation:
            return                     # stale meanwhile: a newer load follows
        self.entry_receipts = (entry_id, read.value)
        self.queue.update_actions()

    # -- cancelling ----------------------------------------------------------------------
    def cancel_last_receipt(self) -> None:
        receipt = self.receipt_to_cancel()
        if receipt is None or not self.cancel_receipt_action.isEnabled():
            return
        self.host.open_dialog(ask(
            self.host, self.tr("Quittung stornieren"),
            self.tr("Die Quittung {number} über {total} ({payer}) durch einen "
                    "Stornobeleg aufheben?").format(
                number=receipt.display_number,
                total=f"{receipt.total:.2f} €".replace(".", ","), payer=receipt.payer_name),
            self.tr("Stornieren"),
            lambda: self.host.tasks.spawn(self._cancel_receipt(receipt), "cancel-receipt")))

    async def _cancel_receipt(self, receipt) -> None:
        outcome = await self.host.ops.run(
            ("cancel_receipt", receipt.id),
            lambda key: self.receipt_desk.cancel(receipt.id, key=key),
            what="cancelling a receipt")
        if not outcome:
            return
        cancellation = outcome.value
        self.last_receipt = cancellation
        if receipt.entry_id is not None:
            await self._load_entry_receipts(receipt.entry_id, self._stale_entry_receipts())
        self.queue.update_actions()
        entry = self.queue.entry(receipt.entry_id) if receipt.entry_id is not None else None
        await self._print_receipt(cancellation, entry)
