"""The day's queue as a Qt table model over EntryViews.

- ``set_rows`` replaces everything (one model reset: the initial load, a new day or
  service point);
- ``update_rows`` replaces changed entries in place (``dataChanged`` per row) and
  appends new ones (``rowsInserted``), never a reset, so selection, scroll position and
  the current entry survive live updates;
- ``remove_rows`` drops entries that left this view (forwarded, moved to another day).

Sorting happens here, on precomputed keys (``SORT_ROLE`` exposes them), with a layout
change that keeps persistent indexes; the filter proxy delegates ``sort`` to this model,
because sorting 5,000 rows through per-comparison ``data()`` calls is far too slow.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from functools import lru_cache
from typing import Callable, Iterable, Sequence

from PySide6.QtCore import (
    QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from desk_app.domain.clock import ensure_utc, utcnow
from desk_app.domain.search_text import fold
from desk_app.domain.states import EntryKind, State
from desk_app.services.views import EntryView

from .labels import (
    format_duration, local_time, QUALITY_ORDER, QUALITY_SYMBOLS, STATE_STYLES, STATE_SYMBOLS, quality_label, state_label,
)
from .plain_text import plain_tooltip

translate = QCoreApplication.translate

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
STATE_ROLE = Qt.ItemDataRole.UserRole + 3

(COL_TIME, COL_TICKET, COL_NAMES, COL_SERVICE_POINT, COL_SERVICE, COL_STATE, COL_WAITING,
 COL_COUNTER, COL_CALLS, COL_QUALITY) = range(10)
COLUMN_COUNT = 10

_WAITING_STATES = frozenset({State.WAITING, State.CALLED, State.PARKED})
_FAR_FUTURE = 32503680000.0  # year 3000: rows without a time sort last


def _ts(value: dt.datetime | None) -> float:
    return ensure_utc(value).timestamp() if value is not None else _FAR_FUTURE


def _hhmm(value: dt.datetime | None) -> str:
    return local_time(value)


def column_titles() -> list[str]:
    return [
        translate("QueueModel", "Zeit"), translate("QueueModel", "Nummer"),
        translate("QueueModel", "Namen"), translate("QueueModel", "Dienststelle"),
        translate("QueueModel", "Anliegen"), translate("QueueModel", "Status"),
        translate("QueueModel", "Wartet seit"), translate("QueueModel", "Schalter"),
        translate("QueueModel", "Aufrufe"), translate("QueueModel", "Daten"),
    ]


def names_text(entry: EntryView) -> str:
    """A family is one row: the first member and how many come with them."""
    if not entry.members:
        return "—"
    first = entry.members[0].display_name
    if len(entry.members) == 1:
        return first
    return f"{first} + {len(entry.members) - 1}"


def _queued_elsewhere(e: EntryView) -> bool:
    """An appointment whose place in the call order is not its appointment time (it
    came late), while it waits."""
    return (e.kind != EntryKind.WALK_IN and e.state in _WAITING_STATES
            and e.sort_at is not None and e.scheduled_at is not None
            and abs(_ts(e.sort_at) - _ts(e.scheduled_at)) >= 60)


def time_sort_key(entry: EntryView) -> tuple:
    """The call order for waiting entries (priority, then their place), times otherwise."""
    at = entry.sort_at or entry.scheduled_at or entry.checked_in_at
    return (entry.priority, _ts(at), entry.id)


def _sort_key(entry: EntryView, column: int):
    if column == COL_TIME:
        return time_sort_key(entry)
    if column == COL_TICKET:
        return (entry.ticket or "~", entry.id)
    if column == COL_NAMES:
        return (fold(names_text(entry)), entry.id)
    if column == COL_SERVICE_POINT:
        return (entry.service_point_name, entry.id)
    if column == COL_SERVICE:
        return (entry.service_name, entry.id)
    if column == COL_STATE:
        return (list(State).index(entry.state), entry.id)
    if column == COL_WAITING:
        return (_ts(entry.waiting_since) if entry.state in _WAITING_STATES else _FAR_FUTURE,
                entry.id)
    if column == COL_COUNTER:
        return (entry.counter_name or "~", entry.id)
    if column == COL_CALLS:
        return (entry.call_count, entry.id)
    if column == COL_QUALITY:
        return (-len(entry.quality), entry.id)
    return (entry.id,)


def sort_value(entry: EntryView, column: int):
    """One comparable scalar per cell (what ``SORT_ROLE`` returns)."""
    if column == COL_TIME:
        priority, ts, _ = time_sort_key(entry)
        return priority * 1e11 + ts
    key = _sort_key(entry, column)[0]
    return key if isinstance(key, (int, float, str)) else str(key)


@lru_cache(maxsize=65536)
def _fold_part(text: str) -> str:
    if text.isascii():
        return " ".join(text.lower().split())
    return fold(text)


def search_text(entry: EntryView) -> str:
    """What the quick filter matches: ticket, booking reference, names, file numbers.

    Folded per part with a cache: names repeat a lot across a day, and folding each
    row's text from scratch would dominate loading 5,000 rows.
    """
    parts = [entry.ticket or "", entry.booking_reference or "", entry.service_name]
    for m in entry.members:
        parts.append(m.family_name)
        parts.append(m.given_name)
        parts.append(m.file_number or "")
    return " ".join(_fold_part(p) for p in parts if p)


class QueueModel(QAbstractTableModel):
    #: The per-state counts changed (for the section tabs).
    countsChanged = Signal()

    def __init__(self, now: Callable[[], dt.datetime] = utcnow, parent=None) -> None:
        super().__init__(parent)
        self._now = now
        self._rows: list[EntryView] = []
        self._row_of: dict[int, int] = {}
        self._search: list[str] = []
        self._keys: list[tuple] = []      # sort keys of the rows for the current column
        self._counts: Counter[State] = Counter()
        self._sort_column = COL_TIME
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._titles = column_titles()
        self._bold = QFont()
        self._bold.setBold(True)
        self._italic = QFont()
        self._italic.setItalic(True)
        self._brushes = {s: QBrush(QColor(st.background)) for s, st in STATE_STYLES.items()}
        self._muted = QBrush(QColor("#555555"))
        self._dark = QBrush(QColor("#111111"))

    # -- reading -------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section]
        return None

    def entry_at(self, row: int) -> EntryView:
        return self._rows[row]

    def entry(self, entry_id: int) -> EntryView | None:
        row = self._row_of.get(entry_id)
        return None if row is None else self._rows[row]

    def row_of(self, entry_id: int) -> int | None:
        return self._row_of.get(entry_id)

    def entries(self) -> list[EntryView]:
        return list(self._rows)

    def ids(self) -> set[int]:
        return set(self._row_of)

    def state_at(self, row: int) -> State:
        return self._rows[row].state

    def search_text_at(self, row: int) -> str:
        return self._search[row]

    def counts(self) -> Counter[State]:
        return Counter(self._counts)

    def now(self) -> dt.datetime:
        return self._now()

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._brushes[entry.state]
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._muted if STATE_STYLES[entry.state].muted else self._dark
        if role == Qt.ItemDataRole.FontRole:
            style = STATE_STYLES[entry.state]
            if style.bold:
                return self._bold
            if style.italic:
                return self._italic
            return None
        if role == SORT_ROLE:
            return sort_value(entry, column)
        if role == ID_ROLE:
            return entry.id
        if role == STATE_ROLE:
            return entry.state.value
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self._tooltip(entry, column))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if column == COL_QUALITY:
                return "; ".join(quality_label(q) for q in QUALITY_ORDER if q in entry.quality)
            return self._display(entry, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_CALLS, COL_TIME):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, e: EntryView, column: int) -> str:
        if column == COL_TIME:
            if e.kind == EntryKind.WALK_IN:
                return translate("QueueModel", "ohne T. {time}").format(
                    time=_hhmm(e.checked_in_at))
            if _queued_elsewhere(e):
                # a late arrival waits at the time it came, not at its appointment's: the
                # column shows the time it is sorted (and called) by
                return translate("QueueModel", "{time} (Termin {scheduled})").format(
                    time=_hhmm(e.sort_at), scheduled=_hhmm(e.scheduled_at))
            return _hhmm(e.scheduled_at)
        if column == COL_TICKET:
            return e.ticket or ""
        if column == COL_NAMES:
            return names_text(e)
        if column == COL_SERVICE_POINT:
            return e.service_point_name
        if column == COL_SERVICE:
            return e.service_name
        if column == COL_STATE:
            return f"{STATE_SYMBOLS[e.state]} {state_label(e.state)}"
        if column == COL_WAITING:
            if e.state not in _WAITING_STATES or e.waiting_since is None:
                return ""
            minutes = max(0, int((self._now() - ensure_utc(e.waiting_since)).total_seconds()
                                 // 60))
            return translate("QueueModel", "{time} ({duration})").format(
                time=_hhmm(e.waiting_since), duration=format_duration(minutes))
        if column == COL_COUNTER:
            return e.counter_name or ""
        if column == COL_CALLS:
            if not e.call_count:
                return ""
            if e.recall_locked_until is not None and e.state == State.WAITING and \
                    ensure_utc(e.recall_locked_until) > self._now():
                return translate("QueueModel", "{count} · gesperrt").format(count=e.call_count)
            return str(e.call_count)
        if column == COL_QUALITY:
            return " ".join(QUALITY_SYMBOLS[q] for q in QUALITY_ORDER if q in e.quality)
        return ""

    def _tooltip(self, e: EntryView, column: int) -> str | None:
        if column == COL_NAMES and len(e.members) > 1:
            return "\n".join(m.display_name for m in e.members)
        if column == COL_QUALITY and e.quality:
            lines = []
            for m in e.members:
                found = [quality_label(q) for q in QUALITY_ORDER if q in m.quality]
                if found:
                    lines.append(f"{m.display_name}: " + ", ".join(found))
            legend = [f"{QUALITY_SYMBOLS[q]} {quality_label(q)}" for q in QUALITY_ORDER
                      if q in e.quality]
            return "\n".join(legend + [""] + lines)
        if column == COL_CALLS and e.recall_locked_until is not None:
            return translate("QueueModel", "Aufrufsperre bis {time} Uhr").format(
                time=_hhmm(e.recall_locked_until))
        if column == COL_TIME and e.kind == EntryKind.WALK_IN:
            return translate("QueueModel", "Vorsprache ohne Termin, angekommen um {time} Uhr"
                             ).format(time=_hhmm(e.checked_in_at))
        if column == COL_STATE and e.park_reason and e.state == State.PARKED:
            return translate("QueueModel", "Geparkt: {reason}").format(reason=e.park_reason)
        return None

    # -- writing -------------------------------------------------------------------------
    def set_rows(self, views: Iterable[EntryView]) -> None:
        """Replaces all rows (one reset)."""
        self.beginResetModel()
        rows = list(views)
        key = self._key_function()
        keyed = sorted(((key(e), e) for e in rows), key=lambda pair: pair[0],
                       reverse=self._sort_order == Qt.SortOrder.DescendingOrder)
        self._keys = [k for k, _ in keyed]
        self._rows = rows = [e for _, e in keyed]
        self._reindex()
        self._search = [search_text(e) for e in rows]
        self._counts = Counter(e.state for e in rows)
        self.endResetModel()
        self.countsChanged.emit()

    def update_rows(self, views: Iterable[EntryView]) -> None:
        """Replaces known entries in place and appends new ones; never resets."""
        new: list[EntryView] = []
        changed_rows: list[int] = []
        counts_changed = False
        for view in views:
            row = self._row_of.get(view.id)
            if row is None:
                new.append(view)
                continue
            old = self._rows[row]
            if old == view or view.version < old.version:
                # unchanged, or an older read that arrived late (a change-feed fetch
                # overtaken by this station's own action): never show the stale one
                continue
            if old.state != view.state:
                self._counts[old.state] -= 1
                self._counts[view.state] += 1
                counts_changed = True
            self._rows[row] = view
            self._search[row] = search_text(view)
            self._keys[row] = _sort_key(view, self._sort_column)
            changed_rows.append(row)
        for row in changed_rows:
            self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))
        if new:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            for view in new:
                self._row_of[view.id] = len(self._rows)
                self._rows.append(view)
                self._search.append(search_text(view))
                self._keys.append(_sort_key(view, self._sort_column))
                self._counts[view.state] += 1
            self.endInsertRows()
            counts_changed = True
        if changed_rows or new:
            touched = changed_rows + list(range(len(self._rows) - len(new), len(self._rows)))
            self._resort_if_needed(touched)
        if counts_changed:
            self.countsChanged.emit()

    def remove_rows(self, ids: Iterable[int]) -> None:
        rows = sorted((self._row_of[i] for i in set(ids) if i in self._row_of), reverse=True)
        if not rows:
            return
        for row in rows:
            self.beginRemoveRows(QModelIndex(), row, row)
            view = self._rows.pop(row)
            self._search.pop(row)
            self._keys.pop(row)
            self._counts[view.state] -= 1
            self._row_of.pop(view.id, None)
            # rows after this one moved up by one
            for later in self._rows[row:]:
                self._row_of[later.id] -= 1
            self.endRemoveRows()
        self.countsChanged.emit()

    def refresh_times(self) -> None:
        """The 'waiting since' and 'calls' columns depend on the clock: repaint them."""
        if self._rows:
            last = len(self._rows) - 1
            self.dataChanged.emit(self.index(0, COL_WAITING), self.index(last, COL_CALLS),
                                  [Qt.ItemDataRole.DisplayRole])

    # -- sorting -------------------------------------------------------------------------
    def _key_function(self):
        column = self._sort_column
        return lambda e: _sort_key(e, column)

    def _reindex(self) -> None:
        self._row_of = {e.id: i for i, e in enumerate(self._rows)}

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column < 0 or column >= COLUMN_COUNT:
            return
        self._sort_column = column
        self._sort_order = order
        self._apply_order(force=True)

    def sort_column(self) -> int:
        return self._sort_column

    def sort_order(self) -> Qt.SortOrder:
        return self._sort_order

    def _in_order(self, row: int) -> bool:
        keys = self._keys
        reverse = self._sort_order == Qt.SortOrder.DescendingOrder
        before = keys[row - 1] if row > 0 else None
        after = keys[row + 1] if row + 1 < len(keys) else None
        if reverse:
            return (before is None or before >= keys[row]) and (after is None or keys[row] >= after)
        return (before is None or before <= keys[row]) and (after is None or keys[row] <= after)

    def _resort_if_needed(self, rows: Iterable[int]) -> None:
        """Only the touched rows can be out of place: check their neighbours (O(1) each)
        and re-sort (on the cached keys) only when one is."""
        if all(self._in_order(r) for r in rows):
            return
        self._apply_order(force=False)

    def _apply_order(self, *, force: bool) -> None:
        reverse = self._sort_order == Qt.SortOrder.DescendingOrder
        if force:
            key = self._key_function()
            self._keys = [key(e) for e in self._rows]
        keys = self._keys
        order = sorted(range(len(self._rows)), key=keys.__getitem__, reverse=reverse)
        if not force and order == list(range(len(self._rows))):
            return
        self.layoutAboutToBeChanged.emit()
        old_persistent = self.persistentIndexList()
        old_rows = self._rows
        new_row_of_old = {old: new for new, old in enumerate(order)}
        self._rows = [old_rows[r] for r in order]
        old_search = self._search
        self._search = [old_search[r] for r in order]
        self._keys = [keys[r] for r in order]
        self._reindex()
        new_persistent = [self.index(new_row_of_old[p.row()], p.column()) for p in old_persistent]
        self.changePersistentIndexList(old_persistent, new_persistent)
        self.layoutChanged.emit()


def persistent(index: QModelIndex) -> QPersistentModelIndex:
    return QPersistentModelIndex(index)
