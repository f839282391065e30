"""Dokumentenausgabe, the pickup desk for documents from the federal printer, as a
screen of the shell (desk_app/ui/screen.py):

- ``screen``: ``PickupScreen``, the widget (scan, record, list, actions);
- ``layout``: its actions and widgets; ``panels``: the record and the delivery list;
- ``model``: ``PickupModel``, the documents waiting here (a KeyedTableModel);
- ``sorting``: the columns' sort keys; ``texts``: labels, dates (QLocale) and messages;
- ``hand_out_dialog``: who collects; ``delivery``: batch arrivals; ``printouts`` and
  ``output``: the handover confirmation and the pickup slip.
"""

from .hand_out_dialog import HandOutDialog
from .model import PickupModel
from .screen import PickupScreen

__all__ = ["HandOutDialog", "PickupModel", "PickupScreen"]
