"""The back-office list as a Qt model: one row per person of a booking, with flags."""

from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, Qt

from desk_app.domain.data_quality import ACTIONABLE
from desk_app.services.intake import IntakePerson

from ..locale_text import birth_text, time_text
from .flags import symbols, tooltip

translate = QCoreApplication.translate

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
PERSON_ROLE = Qt.ItemDataRole.UserRole + 2
(COL_TIME, COL_REFERENCE, COL_SERVICE_POINT, COL_SERVICE, COL_NAME, COL_BIRTH,
 COL_NATIONALITY, COL_EMAIL, COL_PHONE, COL_FLAGS) = range(10)


def column_titles() -> list[str]:
    return [translate("IntakeModel", "Zeit"), translate("IntakeModel", "Buchungsnr."),
            translate("IntakeModel", "Dienststelle"), translate("IntakeModel", "Dienstleistung"),
            translate("IntakeModel", "Name"), translate("IntakeModel", "Geburtsdatum"),
            translate("IntakeModel", "Staatsang."), translate("IntakeModel", "E-Mail"),
            translate("IntakeModel", "Telefon"), translate("IntakeModel", "Hinweise")]


def _birth(stored: str | None) -> str:
    return birth_text(stored)


class IntakeModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[IntakePerson] = []
        self._titles = column_titles()
        self._locale = QLocale()

    # -- data in -------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[IntakePerson]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def update_rows(self, rows: Sequence[IntakePerson]) -> None:
        """Replaces the rows of the same person in the same booking; adds new ones."""
        index = {(r.entry_id, r.applicant_id): i for i, r in enumerate(self._rows)}
        for row in rows:
            i = index.get((row.entry_id, row.applicant_id))
            if i is None:
                self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
                self._rows.append(row)
                self.endInsertRows()
                index[(row.entry_id, row.applicant_id)] = len(self._rows) - 1
            else:
                self._rows[i] = row
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(self._titles) - 1))

    def person(self, row: int) -> IntakePerson | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[IntakePerson]:
        return list(self._rows)

    def flagged_count(self) -> int:
        return sum(1 for r in self._rows if r.flags & ACTIONABLE)

    # -- Qt ------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._titles)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == PERSON_ROLE:
            return r
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == SORT_ROLE:
            if col == COL_TIME:
                return r.scheduled_at.timestamp() if r.scheduled_at else 0.0
            if col == COL_BIRTH:
                return r.birth_date or ""
            if col == COL_FLAGS:
                return len(r.flags & ACTIONABLE)
            return (self._display(r, col) or "").casefold()
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_FLAGS:
            return tooltip(r.flags) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_FLAGS:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, r: IntakePerson, col: int) -> str:
        if col == COL_TIME:
            return time_text(r.scheduled_at)
        return {
            COL_REFERENCE: r.booking_reference or "", COL_SERVICE_POINT: r.service_point_code,
            COL_SERVICE: r.service_name, COL_NAME: r.display_name, COL_BIRTH: _birth(r.birth_date),
            COL_NATIONALITY: r.nationality or "", COL_EMAIL: r.email or "",
            COL_PHONE: r.phone or "", COL_FLAGS: symbols(r.flags),
        }.get(col, "")
