"""What an import will do (or did), line by line, as a Qt model: rejected lines with all
their reasons, bookings that stay as they are because they are checked in, bookings
missing from the file, and hints (an unknown nationality)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from ..locale_text import date_text

translate = QCoreApplication.translate
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class PreviewRow:
    kind: str          # "rejected" | "not_updated" | "missing" | "warning" | "new" | "updated"
    line: int
    reference: str
    text: str


def kind_label(kind: str) -> str:
    return {"rejected": translate("ImportPreview", "abgelehnt"),
            "not_updated": translate("ImportPreview", "nicht geändert"),
            "missing": translate("ImportPreview", "fehlt in der Datei"),
            "warning": translate("ImportPreview", "Hinweis"),
            "new": translate("ImportPreview", "neu"),
            "updated": translate("ImportPreview", "geändert")}[kind]


def preview_rows(report) -> list[PreviewRow]:
    rows = [PreviewRow("rejected", r.line, r.reference, " ".join(r.reasons))
            for r in report.rejected]
    rows += [PreviewRow("not_updated", n.line, n.reference, translate(
        "ImportPreview", "Geändert, aber schon im Status {state}: wird nicht aktualisiert.")
        .format(state=n.state)) for n in report.not_updated]
    rows += [PreviewRow("missing", 0, m.reference, translate(
        "ImportPreview", "{day} {time} {sp}: gespeichert, fehlt in der Datei (wird nicht "
        "gelöscht).").format(day=date_text(m.business_day), time=m.time, sp=m.service_point))
        for m in report.missing]
    rows += [PreviewRow("warning", w.line, "", w.message) for w in report.warnings]
    rows += [PreviewRow("updated", 0, ref, translate(
        "ImportPreview", "Zeit, Dienststelle, Dienstleistung oder Personen geändert.")) for ref
        in report.updated]
    rows += [PreviewRow("new", 0, ref, translate("ImportPreview", "Neuer Termin.")) for ref
             in report.new]
    return rows


class PreviewModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[PreviewRow] = []
        self._titles = [translate("ImportPreview", "Art"), translate("ImportPreview", "Zeile"),
                        translate("ImportPreview", "Buchungsnr."),
                        translate("ImportPreview", "Was geschieht")]

    def set_rows(self, rows: Sequence[PreviewRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def update_rows(self, rows: Sequence[PreviewRow]) -> None:
        self.set_rows(rows)  # a preview is always replaced whole

    def rows(self) -> list[PreviewRow]:
        return list(self._rows)

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
        if role == Qt.ItemDataRole.DisplayRole:
            return [kind_label(r.kind), str(r.line) if r.line else "", r.reference, r.text][col]
        if role == SORT_ROLE:
            return [r.kind, r.line, r.reference, r.text][col]
        if role == Qt.ItemDataRole.ToolTipRole and col == 3:
            return r.text
        return None
