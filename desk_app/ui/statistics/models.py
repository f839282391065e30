"""Qt table models over the statistics (no widgets): set_rows/update_rows, a sort role
with numbers, and the total row kept last when sorting."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel, QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from desk_app.domain.statistics import BlockFigures, Figures
from desk_app.printing.weekly_statistics import cell_text

translate = QCoreApplication.translate

#: numbers to sort by (None sorts first)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: True on the total row
TOTAL_ROLE = Qt.ItemDataRole.UserRole + 2

DASH = "—"


def detail_columns() -> list[tuple[str, str, bool]]:
    """(title, Figures attribute, one of the office's own) in screen order."""
    return [
        (translate("StatisticsScreen", "Termine"), "appointments", True),
        (translate("StatisticsScreen", "Erschienen"), "appeared", True),
        (translate("StatisticsScreen", "Nicht erschienen"), "no_show", True),
        (translate("StatisticsScreen", "Ausfallquote"), "rate", True),
        (translate("StatisticsScreen", "Vorsprachen ohne Termin"), "walk_ins", False),
        (translate("StatisticsScreen", "nach Nicht erschienen eingelassen"), "late_admitted",
         False),
        (translate("StatisticsScreen", "Aufruf verpasst"), "missed", False),
        (translate("StatisticsScreen", "gegangen"), "left", False),
        (translate("StatisticsScreen", "storniert"), "cancelled", False),
        (translate("StatisticsScreen", "weitergeleitet"), "forwarded", False),
        (translate("StatisticsScreen", "noch offen"), "open", False),
        (translate("StatisticsScreen", "Erledigt"), "served", False),
        (translate("StatisticsScreen", "Wartezeit Median (min)"), "wait_median", True),
        (translate("StatisticsScreen", "Wartezeit 90 % (min)"), "wait_p90", True),
        (translate("StatisticsScreen", "Bearbeitung Median (min)"), "service_median", False),
        (translate("StatisticsScreen", "Bearbeitung 90 % (min)"), "service_p90", False),
        (translate("StatisticsScreen", "Aufrufe je Vorgang"), "calls_per_served", False),
        (translate("StatisticsScreen", "Dokumente bestellt"), "documents_ordered", False),
        (translate("StatisticsScreen", "Dokumente ausgegeben"), "documents_handed_out", False),
    ]


def office_rows() -> list[tuple[str, str]]:
    """The office's table, figures down (and the times below them)."""
    return [
        (translate("StatisticsScreen", "Termine"), "appointments"),
        (translate("StatisticsScreen", "Erschienen"), "appeared"),
        (translate("StatisticsScreen", "Nicht erschienen"), "no_show"),
        (translate("StatisticsScreen", "Ausfallquote"), "office_rate"),
        (translate("StatisticsScreen", "Wartezeit Median (min)"), "wait_median"),
        (translate("StatisticsScreen", "Wartezeit 90 % (min)"), "wait_p90"),
        (translate("StatisticsScreen", "Bearbeitung Median (min)"), "service_median"),
        (translate("StatisticsScreen", "Bearbeitung 90 % (min)"), "service_p90"),
    ]


def sort_value(t: Figures, attr: str):
    if attr == "rate":
        v = t.no_show_rate
    elif attr == "office_rate":
        v = t.office_rate
    elif attr == "calls_per_served":
        v = t.calls_per_served
    else:
        v = getattr(t, attr)
    return None if v is None else float(v)


class FiguresModel(QAbstractTableModel):
    """Rows of (key, label, Figures); the last row may be the total (bold)."""

    def __init__(self, first_title: str, parent=None) -> None:
        super().__init__(parent)
        self._columns = detail_columns()
        self._titles = [first_title, *(c[0] for c in self._columns)]
        self._rows: list[tuple[object, str, Figures]] = []
        self._total = False
        self._bold = QFont()
        self._bold.setBold(True)
        self._office = QBrush(QColor("#dde6f3"))
        self._grey = QBrush(QColor("#555555"))

    def attr(self, column: int) -> str:
        return self._columns[column - 1][1]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._titles)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section]
        if role == Qt.ItemDataRole.FontRole and (section == 0 or self._columns[section - 1][2]):
            return self._bold
        return None

    def set_rows(self, rows: list[tuple[object, str, Figures]], *, total: bool = False) -> None:
        """Replaces every row; ``total``: the last row is the total."""
        self.beginResetModel()
        self._rows = list(rows)
        self._total = total and bool(rows)
        self.endResetModel()

    def update_rows(self, rows: list[tuple[object, str, Figures]]) -> None:
        """Updates rows with the same keys in place (a reset when the keys differ)."""
        if [r[0] for r in rows] != [r[0] for r in self._rows]:
            self.set_rows(rows, total=self._total)
            return
        self._rows = list(rows)
        if rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(rows) - 1, self.columnCount() - 1))

    def row_texts(self, key) -> list[str]:
        for r, row in enumerate(self._rows):
            if row[0] == key:
                return [self.index(r, c).data() for c in range(self.columnCount())]
        raise KeyError(key)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        _key, label, t = self._rows[index.row()]
        col = index.column()
        total = self._total and index.row() == len(self._rows) - 1
        if role == Qt.ItemDataRole.DisplayRole:
            return label if col == 0 else cell_text(t, self.attr(col))
        if role == SORT_ROLE:
            return label if col == 0 else sort_value(t, self.attr(col))
        if role == TOTAL_ROLE:
            return total
        if role == Qt.ItemDataRole.TextAlignmentRole and col > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and (total or (col > 0 and self.attr(col) == "rate")):
            return self._bold
        if role == Qt.ItemDataRole.BackgroundRole and col > 0 and self._columns[col - 1][2]:
            return self._office
        if role == Qt.ItemDataRole.ForegroundRole and col > 0 and not self._columns[col - 1][2]:
            return self._grey
        return None


class TotalLastProxy(QSortFilterProxyModel):
    """Sorts by SORT_ROLE (numbers as numbers, no value first); the total stays last."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)

    def lessThan(self, left: QModelIndex, right: QModelIndex) -> bool:  # noqa: N802
        src = self.sourceModel()
        lt, rt = src.data(left, TOTAL_ROLE), src.data(right, TOTAL_ROLE)
        if lt or rt:
            ascending = self.sortOrder() == Qt.SortOrder.AscendingOrder
            return bool(rt) if ascending else bool(lt)
        a, b = src.data(left, SORT_ROLE), src.data(right, SORT_ROLE)
        if a is None or b is None:
            return a is None and b is not None
        if isinstance(a, str) or isinstance(b, str):
            return str(a).casefold() < str(b).casefold()
        return a < b


class OfficeModel(QAbstractTableModel):
    """The office's table: figures down, blocks across; with a previous period, each
    block gets a column for it too. A figure the layout hides shows "—"."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows = office_rows()
        self._blocks: list[BlockFigures] = []
        self._previous: list[BlockFigures] | None = None
        self._bold = QFont()
        self._bold.setBold(True)
        self._grey = QBrush(QColor("#555555"))

    def set_rows(self, blocks: list[BlockFigures],
                 previous: list[BlockFigures] | None = None) -> None:
        self.beginResetModel()
        self._blocks = list(blocks)
        self._previous = list(previous) if previous is not None else None
        self.endResetModel()

    def update_rows(self, blocks: list[BlockFigures],
                    previous: list[BlockFigures] | None = None) -> None:
        self.set_rows(blocks, previous)

    def _columns(self) -> list[tuple[BlockFigures, bool]]:
        out = []
        for k, b in enumerate(self._blocks):
            out.append((b, False))
            if self._previous is not None and k < len(self._previous):
                out.append((self._previous[k], True))
        return out

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 1 + len(self._columns())

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return ""
        block, previous = self._columns()[section - 1]
        if previous:
            return translate("StatisticsScreen", "{block} (Vorperiode)").format(block=block.name)
        return block.name

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        label, attr = self._rows[index.row()]
        col = index.column()
        if col == 0:
            return label if role == Qt.ItemDataRole.DisplayRole else None
        block, previous = self._columns()[col - 1]
        hidden = attr in block.hidden or (attr == "office_rate" and "rate" in block.hidden)
        if role == Qt.ItemDataRole.DisplayRole:
            return DASH if hidden else cell_text(block.figures, attr)
        if role == SORT_ROLE:
            return None if hidden else sort_value(block.figures, attr)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and attr == "office_rate" and not previous:
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and previous:
            return self._grey
        return None
