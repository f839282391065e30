"""Batch mode of the pickup desk: the Bundesdruckerei's delivery. Every scan books one
arrival at once (its own action through ``Operations.run``), and its line in the batch
panel shows the result, a refusal or an outage."""

from __future__ import annotations

from typing import TYPE_CHECKING, Hashable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QListWidgetItem

from desk_app.domain import errors
from desk_app.printing.barcode import format_reference

from .texts import doc_type_label, pickup_message, problem_text

if TYPE_CHECKING:
    from .screen import PickupScreen

translate = QCoreApplication.translate


class _ScanLine:
    """One scan as the ``form`` of its action: messages go into the scan's line."""

    def __init__(self, screen: "PickupScreen", ident: Hashable, item: QListWidgetItem,
                 ref: str) -> None:
        self._screen, self._ident, self._item, self._ref = screen, ident, item, ref
        self.key = screen.operations.keys.key_for(ident)

    def show_error(self, text: str) -> None:
        self._screen.batch_panel.set_result(self._item, False, f"{self._ref}: {text}")

    def set_busy(self, busy: bool) -> None:
        """The line says "wird gebucht" until the result is in."""

    def renew_key(self) -> None:
        self._screen.operations.keys.done(self._ident)


class Delivery:
    def __init__(self, screen: "PickupScreen") -> None:
        self._screen = screen
        self._seq = 0

    def scan(self, text: str) -> None:
        """A scan in batch mode: a new line on top, then the arrival is booked."""
        self._seq += 1
        item = self._screen.batch_panel.add_pending("".join(text.split()))
        self._screen.tasks.spawn(self.arrive(text, item, self._seq), "arrive-batch")

    async def arrive(self, text: str, item: QListWidgetItem, seq: int) -> None:
        screen, panel = self._screen, self._screen.batch_panel
        try:
            reference = screen.documents.parse_scan(text)
        except errors.DomainError as exc:
            panel.set_result(item, False, pickup_message(exc))
            return
        ref = format_reference(reference)
        ident = ("arrive_scan", reference, seq)
        outcome = await screen.operations.run(
            ident, lambda key: screen.documents.mark_arrived_batch([reference], key=key),
            what="arrive (delivery)", form=_ScanLine(screen, ident, item, ref),
            message_for=pickup_message)
        if not outcome:
            return
        result = outcome.value
        if not result.arrived:
            problem = result.problems[0] if result.problems else None
            panel.set_result(item, False, f"{ref}: " + problem_text(problem))
            return
        order = result.arrived[0]
        shown = translate("PickupView", "{ref}: eingetroffen – {doc}, {name}").format(
            ref=ref, doc=doc_type_label(order.doc_type, short=True), name=order.display_name)
        if not screen.here(order):
            shown += " " + translate("PickupView", "(Abholung bei {sp})").format(
                sp=order.collect_service_point_name)
        panel.set_result(item, True, shown)
        screen.apply_views(list(result.arrived))
