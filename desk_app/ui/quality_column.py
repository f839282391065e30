"""The data-quality flags of a row's people (issue 17) as one list column: a symbol per
flag (labels.QUALITY_SYMBOLS) and a tooltip with the legend and each person's flags.

The queue lists (ui/queue_model) show them so, and so do the calendar's bookings, the
pickup list and the pickup-needs list: a row is anything with ``members`` (MemberViews,
whose ``quality`` the service read with the listing) and ``quality`` (their union).
"""

from __future__ import annotations

from typing import Callable, Iterable, Mapping

from PySide6.QtCore import Qt

from desk_app.domain.data_quality import Quality

from .keyed_model import Column
from .labels import QUALITY_ORDER, QUALITY_SYMBOLS, quality_label
from .plain_text import plain_tooltip


def flag_symbols(quality: frozenset[Quality]) -> str:
    """The cell's text: one symbol per flag, the possible duplicate first."""
    return " ".join(QUALITY_SYMBOLS[q] for q in QUALITY_ORDER if q in quality)


def flag_names(quality: frozenset[Quality]) -> str:
    """The flags in words (what a screen reader says for the cell)."""
    return "; ".join(quality_label(q) for q in QUALITY_ORDER if q in quality)


def flag_tooltip(members: Iterable, quality: frozenset[Quality]) -> str | None:
    """The legend of the symbols shown, then each person's flags by name; None without a
    flag. Names are user data: show it through ``plain_tooltip``."""
    if not quality:
        return None
    legend = [f"{QUALITY_SYMBOLS[q]} {quality_label(q)}" for q in QUALITY_ORDER
              if q in quality]
    lines = []
    for m in members:
        found = [quality_label(q) for q in QUALITY_ORDER if q in m.quality]
        if found:
            lines.append(f"{m.display_name}: " + ", ".join(found))
    return "\n".join(legend + [""] + lines)


def quality_column(title: Callable[[], str],
                   roles: Mapping[int, Callable] | None = None) -> Column:
    """The column over rows with ``members`` and ``quality``; most flags sort first.
    ``roles`` adds the list's own (e.g. the row's colours)."""
    return Column(title=title, display=lambda row: flag_symbols(row.quality),
                  sort_key=lambda row: -len(row.quality),
                  roles={**(roles or {}),
                         Qt.ItemDataRole.ToolTipRole:
                             lambda row: plain_tooltip(flag_tooltip(row.members, row.quality)),
                         Qt.ItemDataRole.AccessibleTextRole:
                             lambda row: flag_names(row.quality)})
