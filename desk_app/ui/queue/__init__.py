"""The queue screens: the counter (Schalter) and the reception (Infotheke), one
controller behind both (controller.py), their shared entry actions (entry_actions.py)
and tickets (tickets.py)."""

from __future__ import annotations

from .controller import QueueController
from .counter import CounterScreen
from .reception import ReceptionScreen

__all__ = ["CounterScreen", "QueueController", "ReceptionScreen"]
