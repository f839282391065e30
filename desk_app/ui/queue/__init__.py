"""The queue screens: the counter (Schalter) and the reception (Infotheke), one
controller behind both (controller.py), their shared entry actions (entry_actions.py)
and tickets (tickets.py)."""

from __future__ import annotations

from .controller import QueueController
from .counter import CounterScreen
from .reception import ReceptionScreen


def queue_of(host) -> QueueController:
    """The window's one QueueController (made by the first screen that asks)."""
    queue = getattr(host, "_queue_controller", None)
    if queue is None:
        queue = host._queue_controller = QueueController(host)
    return queue


__all__ = ["CounterScreen", "QueueController", "ReceptionScreen", "queue_of"]
