"""The pickup desk's printed documents: the handover confirmation after a hand-out (and
again, as a copy), and a copy of the pickup slip. A failure is said in the message line;
the order itself stands."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from desk_app.domain.document_orders import DocState
from desk_app.services.document_desk import ENTITY

from .output import describe_output
from .texts import pickup_message

if TYPE_CHECKING:
    from .screen import PickupScreen

translate = QCoreApplication.translate


class Printouts:
    def __init__(self, screen: "PickupScreen") -> None:
        self._screen = screen
        #: orders whose handover confirmation failed: the next print is no copy
        self._unprinted: set[int] = set()

    async def _print(self, read, order_id: int, *, copy: bool, what: str, failed) -> Any:
        """Reads a document's data and prints it through the screen's Operations; a
        failure is ``failed(why)`` in the message line. Returns the Outcome."""
        async def make() -> Any:
            data = await read()
            return await self._screen.output(data, label=data.reference, entity=ENTITY,
                                             entity_id=order_id, copy=copy)

        return await self._screen.operations.read(
            make, what=what, message_for=lambda exc: failed(pickup_message(exc)))

    async def handover(self, order_id: int, *, copy: bool) -> Any:
        """The handover confirmation (Empfangsbestätigung) of a handed-out order."""
        screen = self._screen
        printed = await self._print(
            lambda: screen.documents.handover_data(order_id, office_name=screen.office_name),
            order_id, copy=copy, what="handover confirmation", failed=lambda why: translate(
                "PickupView", "Die Empfangsbestätigung konnte nicht erzeugt werden: {why} Mit "
                              "„Empfangsbestätigung drucken“ erneut versuchen.").format(why=why))
        if not printed:
            self._unprinted.add(order_id)
            return None
        result = printed.value
        self._unprinted.discard(order_id)
        screen.last_output = result
        screen.show_message(*describe_output(result, translate("PickupView",
                                                               "Empfangsbestätigung")))
        return result

    def handover_again(self) -> None:
        order = self._screen.order
        if order is None or order.state != DocState.HANDED_OUT:
            return
        copy = order.id not in self._unprinted
        self._screen.tasks.spawn(self.handover(order.id, copy=copy), "handover-print")

    def slip_again(self) -> None:
        order = self._screen.order
        if order is None or not self._screen.slip_action.isEnabled():
            return
        self._screen.tasks.spawn(self.slip_copy(order.id), "pickup-slip")

    async def slip_copy(self, order_id: int) -> Any:
        """A copy of the pickup slip (Abholschein) of an open order."""
        screen = self._screen
        printed = await self._print(
            lambda: screen.documents.pickup_slip_data(order_id, office_name=screen.office_name,
                                                      copy=True),
            order_id, copy=True, what="pickup slip", failed=lambda why: translate(
                "PickupView", "Der Abholschein konnte nicht erzeugt werden: {why}").format(why=why))
        if not printed:
            return None
        result = printed.value
        screen.last_output = result
        screen.show_message(*describe_output(result, translate("PickupView",
                                                               "Abholschein (Kopie)")))
        return result
