"""The day's queue as a KeyedTableModel over EntryViews, keyed by the entry id.

The columns are declared (``queue_columns``); the model adds what the queue needs on
top: per-state counts (``countsChanged``, for the section tabs), each row's folded
search text (for the quick filter), a late older read never overwriting a newer row
(``accepts``) and the entry id as the sort tie-break. The guarantees are the keyed
model's: live updates never reset, a changed row repaints only itself, and sorting runs
here on cached keys (the filter proxy delegates ``sort`` to this model, because sorting
5,000 rows through per-comparison ``data()`` calls is far too slow).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from functools import lru_cache
from operator import attrgetter
from typing import Any, Callable, Iterable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from desk_app.domain.clock import ensure_utc, utcnow
from desk_app.domain.search_text import fold
from desk_app.domain.states import EntryKind, State
from desk_app.services.views import EntryView

from .keyed_model import KEY_ROLE, SORT_ROLE, Column, KeyedTableModel
from .labels import STATE_STYLES, STATE_SYMBOLS, format_duration, local_time, state_label
from .plain_text import plain_tooltip
from .quality_column import flag_names, flag_symbols, flag_tooltip

translate = QCoreApplication.translate

ID_ROLE = KEY_ROLE            # the entry id
STATE_ROLE = Qt.ItemDataRole.UserRole + 3

(COL_TIME, COL_TICKET, COL_NAMES, COL_SERVICE_POINT, COL_SERVICE, COL_STATE, COL_WAITING,
 COL_COUNTER, COL_CALLS, COL_QUALITY) = range(10)
COLUMN_COUNT = 10

_WAITING_STATES = frozenset({State.WAITING, State.CALLED, State.PARKED})
_FAR_FUTURE = 32503680000.0  # year 3000: rows without a time sort last
_STATE_OF = attrgetter("state")


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


def _time_sort_value(entry: EntryView) -> float:
    priority, ts, _ = time_sort_key(entry)
    return priority * 1e11 + ts


def _waiting_sort_value(entry: EntryView) -> float:
    return _ts(entry.waiting_since) if entry.state in _WAITING_STATES else _FAR_FUTURE


_STATE_INDEX = {state: number for number, state in enumerate(State)}

#: each column's sort value, in COL_* order (one function each: no dispatch per row)
_SORT_VALUES: list[Callable[[EntryView], Any]] = [
    _time_sort_value,
    lambda e: e.ticket or "~",
    lambda e: fold(names_text(e)),
    attrgetter("service_point_name"),
    attrgetter("service_name"),
    lambda e: _STATE_INDEX[e.state],
    _waiting_sort_value,
    lambda e: e.counter_name or "~",
    attrgetter("call_count"),
    lambda e: -len(e.quality),
]


def sort_value(entry: EntryView, column: int):
    """One comparable scalar per cell (what ``SORT_ROLE`` returns; the entry id breaks
    ties): the time column sorts by the call order (priority, then the place)."""
    if 0 <= column < COLUMN_COUNT:
        return _SORT_VALUES[column](entry)
    return entry.id


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


def _time_text(e: EntryView) -> str:
    if e.kind == EntryKind.WALK_IN:
        return translate("QueueModel", "ohne T. {time}").format(time=_hhmm(e.checked_in_at))
    if _queued_elsewhere(e):
        # a late arrival waits at the time it came, not at its appointment's: the
        # column shows the time it is sorted (and called) by
        return translate("QueueModel", "{time} (Termin {scheduled})").format(
            time=_hhmm(e.sort_at), scheduled=_hhmm(e.scheduled_at))
    return _hhmm(e.scheduled_at)


def _waiting_text(e: EntryView, now: dt.datetime) -> str:
    if e.state not in _WAITING_STATES or e.waiting_since is None:
        return ""
    minutes = max(0, int((now - ensure_utc(e.waiting_since)).total_seconds() // 60))
    return translate("QueueModel", "{time} ({duration})").format(
        time=_hhmm(e.waiting_since), duration=format_duration(minutes))


def _calls_text(e: EntryView, now: dt.datetime) -> str:
    if not e.call_count:
        return ""
    if e.recall_locked_until is not None and e.state == State.WAITING and \
            ensure_utc(e.recall_locked_until) > now:
        return translate("QueueModel", "{count} · gesperrt").format(count=e.call_count)
    return str(e.call_count)


#: each column's text, in COL_* order; None: the column depends on the clock (_LIVE_TEXTS)
_TEXTS: list[Callable[[EntryView], str] | None] = [
    _time_text,
    lambda e: e.ticket or "",
    names_text,
    attrgetter("service_point_name"),
    attrgetter("service_name"),
    lambda e: f"{STATE_SYMBOLS[e.state]} {state_label(e.state)}",
    None,
    lambda e: e.counter_name or "",
    None,
    lambda e: flag_symbols(e.quality),
]
_LIVE_TEXTS: dict[int, Callable[[EntryView, dt.datetime], str]] = {
    COL_WAITING: _waiting_text, COL_CALLS: _calls_text,
}


def _display(e: EntryView, column: int, now: dt.datetime) -> str:
    live = _LIVE_TEXTS.get(column)
    if live is not None:
        return live(e, now)
    return _TEXTS[column](e) if 0 <= column < COLUMN_COUNT else ""


def _tooltip(e: EntryView, column: int) -> str | None:
    if column == COL_NAMES and len(e.members) > 1:
        return "\n".join(m.display_name for m in e.members)
    if column == COL_QUALITY:
        return flag_tooltip(e.members, e.quality)
    if column == COL_CALLS and e.recall_locked_until is not None:
        return translate("QueueModel", "Aufrufsperre bis {time} Uhr").format(
            time=_hhmm(e.recall_locked_until))
    if column == COL_TIME and e.kind == EntryKind.WALK_IN:
        return translate("QueueModel", "Vorsprache ohne Termin, angekommen um {time} Uhr"
                         ).format(time=_hhmm(e.checked_in_at))
    if column == COL_STATE and e.park_reason and e.state == State.PARKED:
        return translate("QueueModel", "Geparkt: {reason}").format(reason=e.park_reason)
    return None


class _StateLook:
    """The state's colours and font (labels.STATE_STYLES) as brushes and fonts, made once."""

    def __init__(self) -> None:
        bold, italic = QFont(), QFont()
        bold.setBold(True)
        italic.setItalic(True)
        self.background = {s: QBrush(QColor(st.background)) for s, st in STATE_STYLES.items()}
        muted, dark = QBrush(QColor("#555555")), QBrush(QColor("#111111"))
        self.foreground = {s: muted if st.muted else dark for s, st in STATE_STYLES.items()}
        self.font = {s: bold if st.bold else italic if st.italic else None
                     for s, st in STATE_STYLES.items()}


def queue_columns(now: Callable[[], dt.datetime]) -> list[Column[EntryView]]:
    """The queue's columns in COL_* order: text, sort key, alignment and roles."""
    look = _StateLook()

    def column(number: int) -> Column[EntryView]:
        def accessible(e: EntryView) -> str:
            if number == COL_QUALITY:
                return flag_names(e.quality)
            return _display(e, number, now())
        roles = {
            Qt.ItemDataRole.BackgroundRole: lambda e: look.background[e.state],
            Qt.ItemDataRole.ForegroundRole: lambda e: look.foreground[e.state],
            Qt.ItemDataRole.FontRole: lambda e: look.font[e.state],
            Qt.ItemDataRole.ToolTipRole: lambda e: plain_tooltip(_tooltip(e, number)),
            Qt.ItemDataRole.AccessibleTextRole: accessible,
            STATE_ROLE: lambda e: e.state.value,
        }
        text = _TEXTS[number]
        if text is None:      # the clock is read only for the columns that need it
            live = _LIVE_TEXTS[number]
            text = lambda e: live(e, now())   # noqa: E731
        return Column(title=lambda: column_titles()[number],
                      display=text,
                      sort_key=_SORT_VALUES[number],
                      align=Qt.AlignmentFlag.AlignCenter
                      if number in (COL_CALLS, COL_TIME) else None,
                      roles=roles, live=number in (COL_WAITING, COL_CALLS))
    return [column(n) for n in range(COLUMN_COUNT)]


class QueueModel(KeyedTableModel[EntryView]):
    #: The per-state counts changed (for the section tabs).
    countsChanged = Signal()

    def __init__(self, now: Callable[[], dt.datetime] = utcnow, parent=None) -> None:
        super().__init__(queue_columns(now), key=lambda e: e.id, parent=parent)
        self._now = now
        self._counts: Counter[State] = Counter()
        self._counts_changed = False

    # -- the keyed model's hooks ---------------------------------------------------------
    def accepts(self, old: EntryView, new: EntryView) -> bool:
        # unchanged, or an older read that arrived late (a change-feed fetch overtaken by
        # this station's own action): never show the stale one
        return old != new and new.version >= old.version

    def tie_break(self, row: EntryView) -> int:
        return row.id

    def row_changed(self, old: EntryView | None, new: EntryView | None) -> None:
        if old is not None:
            self._counts[old.state] -= 1
        if new is not None:
            self._counts[new.state] += 1
        if old is None or new is None or old.state != new.state:
            self._counts_changed = True

    def rows_replaced(self, old: list[EntryView], new: list[EntryView]) -> None:
        self._counts = Counter(map(_STATE_OF, new))
        self._counts_changed = True

    def derive(self, row: EntryView) -> str:
        """Each row's folded search text, kept by row: the filter proxy asks by row
        (``search_text_at``) on every keystroke."""
        return search_text(row)

    # -- reading -------------------------------------------------------------------------
    def search_text_at(self, row: int) -> str:
        """The folded search text of the entry in ``row`` (what the quick filter matches)."""
        return self._derived[row]

    def counts(self) -> Counter[State]:
        return Counter(self._counts)

    def now(self) -> dt.datetime:
        return self._now()

    # -- writing: the keyed model's, telling the section tabs when counts changed --------
    def set_rows(self, rows: Iterable[EntryView]) -> None:
        super().set_rows(rows)
        self._counts_changed = False
        self.countsChanged.emit()

    def update_rows(self, rows: Iterable[EntryView]) -> None:
        super().update_rows(rows)
        self._emit_counts()

    def remove_rows(self, keys: Iterable[int]) -> None:
        super().remove_rows(keys)
        self._emit_counts()

    def _emit_counts(self) -> None:
        if self._counts_changed:
            self._counts_changed = False
            self.countsChanged.emit()
