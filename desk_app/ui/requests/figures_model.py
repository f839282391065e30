"""The mailbox worklist's figures in the statistics screen (issue 20): label and value."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from desk_app.domain.mail_requests import WorklistFigures, figures_rows

SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class RequestFiguresModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str]] = []

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 2

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (QCoreApplication.translate("RequestFiguresModel", "Kennzahl"),
                    QCoreApplication.translate("RequestFiguresModel", "Wert"))[section]
        return None

    def set_figures(self, figures: WorklistFigures) -> None:
        self.set_rows(figures_rows(figures))

    def set_rows(self, rows: list[tuple[str, str]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def update_rows(self, rows: list[tuple[str, str]]) -> None:
        if [r[0] for r in rows] != [r[0] for r in self._rows]:
            self.set_rows(rows)
            return
        self._rows = list(rows)
        if rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, 1))

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        label, value = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return label if index.column() == 0 else value
        return None
