"""One table model for keyed rows with declarative columns (issue 11).

A screen declares its columns as data (title, display, sort key, alignment, extra roles)
and hands rows to the model. Live updates never reset the model: a changed row repaints
only itself, a new row is inserted, and the order is restored only when a touched row is
out of place (checked against its neighbours on cached sort keys).

Subclasses may override ``accepts`` (e.g. ignore an older version of a row that arrives
late), ``tie_break`` (the secondary sort key), ``row_changed`` (book-keeping such as
per-state counts; called with ``None`` for an added or removed row), ``rows_replaced``
(the same for a whole ``set_rows`` at once) and ``derive`` (a value kept beside each row
in row order, e.g. a filter proxy's search text, which it asks for by row).

``data()`` is what a view calls for every visible cell and role on every repaint: it
looks the role's function up in a table made once from the columns, so the columns
are fixed when the model is made.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

R = TypeVar("R")

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2

_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: its title (translated when asked), text, sort key and extra roles."""

    title: Callable[[], str]
    display: Callable[[R], str]
    sort_key: Callable[[R], Any] | None = None
    align: Qt.AlignmentFlag | None = None
    roles: Mapping[int, Callable[[R], Any]] = field(default_factory=dict)
    live: bool = False

    def key_of(self, row: R) -> Any:
        return (self.sort_key or self.display)(row)


class KeyedTableModel(QAbstractTableModel, Generic[R]):
    """Rows identified by a key; see the module docstring for the guarantees."""

    def __init__(self, columns: Sequence[Column[R]], key: Callable[[R], Hashable],
                 parent=None) -> None:
        super().__init__(parent)
        self.columns: list[Column[R]] = list(columns)
        self._key = key
        self._rows: list[R] = []
        self._row_of: dict[Hashable, int] = {}
        self._sort_keys: list[tuple] = []
        #: ``derive(row)`` of each row, in row order (empty unless a subclass derives)
        self._derived: list[Any] = []
        self._derives = type(self).derive is not KeyedTableModel.derive
        self._sort_column = 0
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._by_role = self._role_table(self.columns)

    @staticmethod
    def _role_table(columns: Sequence[Column[R]]) -> dict[int, list]:
        """Role -> each column's function of a row (None: no value). The display text,
        the sort key and the alignment come before a column's extra roles."""
        table: dict[int, list] = {}
        for number, column in enumerate(columns):
            for role, function in column.roles.items():
                table.setdefault(role, [None] * len(columns))[number] = function
            if column.align is not None:
                table.setdefault(_ALIGN, [None] * len(columns))[number] = \
                    lambda _row, value=int(column.align): value
        table[_DISPLAY] = [c.display for c in columns]
        table[SORT_ROLE] = [c.sort_key or c.display for c in columns]
        table.pop(KEY_ROLE, None)         # the row's key, whatever the column
        return table

    # -- hooks for subclasses -----------------------------------------------------------
    def accepts(self, old: R, new: R) -> bool:
        """Whether ``new`` replaces ``old`` (default: when it differs)."""
        return old != new

    def tie_break(self, row: R) -> Any:
        """The secondary sort key (default: none)."""
        return 0

    def row_changed(self, old: R | None, new: R | None) -> None:
        """Called for every added (old None), replaced or removed (new None) row."""

    def rows_replaced(self, old: list[R], new: list[R]) -> None:
        """``set_rows``: all of ``old`` removed, all of ``new`` added (default: one
        ``row_changed`` for each)."""
        for row in old:
            self.row_changed(row, None)
        for row in new:
            self.row_changed(None, row)

    def derive(self, row: R) -> Any:
        """A value kept beside the row in row order (``derived_at``); not used unless
        overridden."""
        return None

    # -- reading -------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=_DISPLAY):  # noqa: N802 (Qt name)
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY \
                and 0 <= section < len(self.columns):
            return self.columns[section].title()
        return None

    def data(self, index: QModelIndex, role: int = _DISPLAY):
        number = index.row()
        rows = self._rows
        if not 0 <= number < len(rows):       # also an invalid index (row -1)
            return None
        functions = self._by_role.get(role)
        if functions is None:
            return self._key(rows[number]) if role == KEY_ROLE else None
        function = functions[index.column()]
        return None if function is None else function(rows[number])

    def row(self, key: Hashable) -> R | None:
        index = self._row_of.get(key)
        return None if index is None else self._rows[index]

    def row_of(self, key: Hashable) -> int | None:
        return self._row_of.get(key)

    def row_at(self, index: int) -> R:
        return self._rows[index]

    def derived_at(self, index: int) -> Any:
        """``derive`` of the row at ``index`` (kept, not computed now)."""
        return self._derived[index]

    def rows(self) -> list[R]:
        return list(self._rows)

    def keys(self) -> set:
        return set(self._row_of)

    def key_of(self, row: R) -> Hashable:
        return self._key(row)

    # -- writing -------------------------------------------------------------------------
    def set_rows(self, rows: Iterable[R]) -> None:
        """Replaces all rows (one reset)."""
        self.beginResetModel()
        new_rows = list(rows)
        self.rows_replaced(self._rows, new_rows)
        sort_key = self._sort_function()
        keyed = sorted([(sort_key(r), r) for r in new_rows], key=itemgetter(0),
                       reverse=self._descending())
        self._sort_keys = [k for k, _ in keyed]
        self._rows = [r for _, r in keyed]
        if self._derives:
            derive = self.derive
            self._derived = [derive(r) for r in self._rows]
        self._reindex()
        self.endResetModel()

    def update_rows(self, rows: Iterable[R]) -> None:
        """Replaces known rows in place and inserts new ones; never resets."""
        new: list[R] = []
        changed: list[int] = []
        for row in rows:
            index = self._row_of.get(self._key(row))
            if index is None:
                new.append(row)
                continue
            old = self._rows[index]
            if not self.accepts(old, row):
                continue
            self.row_changed(old, row)
            self._rows[index] = row
            self._sort_keys[index] = self._sort_key(row)
            if self._derives:
                self._derived[index] = self.derive(row)
            changed.append(index)
        last_column = len(self.columns) - 1
        for index in changed:
            self.dataChanged.emit(self.index(index, 0), self.index(index, last_column))
        if new:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            for row in new:
                self._row_of[self._key(row)] = len(self._rows)
                self._rows.append(row)
                self._sort_keys.append(self._sort_key(row))
                if self._derives:
                    self._derived.append(self.derive(row))
                self.row_changed(None, row)
            self.endInsertRows()
        if changed or new:
            touched = changed + list(range(len(self._rows) - len(new), len(self._rows)))
            if not all(self._in_order(i) for i in touched):
                self._apply_order(recompute=False)

    def sync_rows(self, rows: Iterable[R]) -> None:
        """Brings in the whole list as it is now: rows gone are removed, the rest
        replaced in place or inserted (``update_rows``); a reset only into an empty model."""
        fresh = list(rows)
        if not self._rows:
            self.set_rows(fresh)
            return
        self.remove_rows(self.keys() - {self._key(r) for r in fresh})
        KeyedTableModel.update_rows(self, fresh)   # the incremental one, even if overridden

    def remove_rows(self, keys: Iterable[Hashable]) -> None:
        indexes = sorted((self._row_of[k] for k in set(keys) if k in self._row_of),
                         reverse=True)
        for index in indexes:
            self.beginRemoveRows(QModelIndex(), index, index)
            old = self._rows.pop(index)
            self._sort_keys.pop(index)
            if self._derives:
                self._derived.pop(index)
            self._row_of.pop(self._key(old), None)
            for later in self._rows[index:]:
                self._row_of[self._key(later)] -= 1
            self.endRemoveRows()
            self.row_changed(old, None)

    def refresh_live(self) -> None:
        """Repaints the columns that depend on the clock."""
        if not self._rows:
            return
        last = len(self._rows) - 1
        for number, column in enumerate(self.columns):
            if column.live:
                self.dataChanged.emit(self.index(0, number), self.index(last, number),
                                      [_DISPLAY])

    # -- sorting -------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self._sort_column = column
        self._sort_order = order
        self._apply_order(recompute=True)

    def sort_column(self) -> int:
        return self._sort_column

    def sort_order(self) -> Qt.SortOrder:
        return self._sort_order

    def _descending(self) -> bool:
        return self._sort_order == Qt.SortOrder.DescendingOrder

    def _sort_key(self, row: R) -> tuple:
        return (self.columns[self._sort_column].key_of(row), self.tie_break(row))

    def _sort_function(self) -> Callable[[R], tuple]:
        """``_sort_key`` with the column looked up once, for many rows."""
        value = self._by_role[SORT_ROLE][self._sort_column]
        tie_break = self.tie_break
        return lambda row: (value(row), tie_break(row))

    def _reindex(self) -> None:
        key = self._key
        self._row_of = {key(r): i for i, r in enumerate(self._rows)}

    def _in_order(self, index: int) -> bool:
        keys = self._sort_keys
        before = keys[index - 1] if index > 0 else None
        after = keys[index + 1] if index + 1 < len(keys) else None
        if self._descending():
            return (before is None or before >= keys[index]) and \
                (after is None or keys[index] >= after)
        return (before is None or before <= keys[index]) and \
            (after is None or keys[index] <= after)

    def _apply_order(self, *, recompute: bool) -> None:
        if recompute:
            sort_key = self._sort_function()
            self._sort_keys = [sort_key(r) for r in self._rows]
        keys = self._sort_keys
        order = sorted(range(len(self._rows)), key=keys.__getitem__, reverse=self._descending())
        if not recompute and order == list(range(len(self._rows))):
            return
        self.layoutAboutToBeChanged.emit()
        old_persistent = self.persistentIndexList()
        new_of_old = {old: new for new, old in enumerate(order)}
        self._rows = [self._rows[i] for i in order]
        self._sort_keys = [keys[i] for i in order]
        if self._derives:
            derived = self._derived
            self._derived = [derived[i] for i in order]
        self._reindex()
        self.changePersistentIndexList(
            old_persistent,
            [self.index(new_of_old[p.row()], p.column()) for p in old_persistent])
        self.layoutChanged.emit()
