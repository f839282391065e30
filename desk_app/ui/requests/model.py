"""The worklist's table model: one row per request (repeated messages joined), sortable
by SORT_ROLE, updated in place. Every user text is returned as plain text for the
DisplayRole; the views never render it as rich text."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, Qt,
)

from desk_app.domain.clock import to_local
from desk_app.services.mail_requests import RequestRow

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2


def tr(text: str) -> str:
    return QCoreApplication.translate("RequestsModel", text)


def _columns():
    return [
        (tr("Eingang"), "received"),
        (tr("Name"), "name"),
        (tr("Anliegen"), "concern"),
        (tr("Dienststelle"), "service_point"),
        (tr("Fehlt"), "missing"),
        (tr("Nachrichten"), "count"),
        (tr("Hinweis"), "note"),
    ]


#: the concerns' German labels (desk_app.domain.mail_requests.CONCERN_LABELS), for lupdate
CONCERNS = (
    QT_TRANSLATE_NOOP("RequestsModel", "Verlängerung Aufenthaltstitel"),
    QT_TRANSLATE_NOOP("RequestsModel", "Erteilung Aufenthaltstitel"),
    QT_TRANSLATE_NOOP("RequestsModel", "Ausgabe eAT"),
    QT_TRANSLATE_NOOP("RequestsModel", "Reiseausweis"),
    QT_TRANSLATE_NOOP("RequestsModel", "Verpflichtungserklärung"),
    QT_TRANSLATE_NOOP("RequestsModel", "Beschäftigungserlaubnis"),
    QT_TRANSLATE_NOOP("RequestsModel", "Duldung"),
    QT_TRANSLATE_NOOP("RequestsModel", "Einbürgerung"),
    QT_TRANSLATE_NOOP("RequestsModel", "EU-Angelegenheit"),
    QT_TRANSLATE_NOOP("RequestsModel", "Einreise/Visum"),
    QT_TRANSLATE_NOOP("RequestsModel", "Sonstiges"),
)

FIELDS = (
    QT_TRANSLATE_NOOP("RequestsModel", "Geburtsdatum"),
    QT_TRANSLATE_NOOP("RequestsModel", "Aktenzeichen"),
    QT_TRANSLATE_NOOP("RequestsModel", "Staatsangehörigkeit"),
    QT_TRANSLATE_NOOP("RequestsModel", "Telefon"),
)
_MISSING = {"name": "Name", "birth_date": "Geburtsdatum", "file_number": "Aktenzeichen",
            "nationality": "Staatsangehörigkeit"}


_RECOGNISED = {"name": "Name", "birth_date": "Geburtsdatum", "file_number": "Aktenzeichen",
               "nationality": "Staatsangehörigkeit", "phone": "Telefon", "concern": "Anliegen"}


def recognised_text(fields) -> str:
    return ", ".join(tr(_RECOGNISED.get(f, f)) for f in fields)


def missing_text(row: RequestRow) -> str:
    return ", ".join(tr(_MISSING.get(m, m)) for m in row.missing)


def note_text(row: RequestRow) -> str:
    parts = []
    if row.undeliverable:
        parts.append(tr("nicht zustellbar: anrufen oder per Post"))
    elif row.note:
        parts.append(tr(row.note) if row.note in ("Antwort eingegangen",
                                                  "Angaben nachgefragt") else row.note)
    if row.misaddressed:
        parts.append(tr("falsch adressiert"))
    if row.recognised and not row.is_form:
        parts.append(tr("erkannt, bitte prüfen"))
    return " · ".join(parts)


class RequestsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._columns = _columns()
        self._rows: list[RequestRow] = []
        self._locale = QLocale()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section][0]
        return None

    def set_rows(self, rows: list[RequestRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def update_rows(self, rows: list[RequestRow]) -> None:
        """Changed rows in place; new ones appended, gone ones removed (a reset)."""
        if [r.id for r in rows] != [r.id for r in self._rows]:
            self.set_rows(rows)
            return
        self._rows = list(rows)
        if rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(rows) - 1, self.columnCount() - 1))

    def row_at(self, row: int) -> RequestRow:
        return self._rows[row]

    def row_of(self, request_id: int) -> int:
        for i, r in enumerate(self._rows):
            if r.id == request_id:
                return i
        return -1

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        attr = self._columns[index.column()][1]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, attr)
        if role == SORT_ROLE:
            return self._sort(r, attr)
        if role == ROW_ROLE:
            return r
        if role == Qt.ItemDataRole.ToolTipRole and attr == "service_point":
            return r.route_reason
        return None

    def _text(self, r: RequestRow, attr: str) -> str:
        if attr == "received":
            return self._locale.toString(to_local(r.first_received_at),
                                         QLocale.FormatType.ShortFormat)
        if attr == "name":
            return r.name or r.email
        if attr == "concern":
            return tr(r.concern_label)
        if attr == "service_point":
            return r.service_point + ("" if r.route_confirmed else " ?")
        if attr == "missing":
            return missing_text(r)
        if attr == "count":
            return str(r.message_count)
        return note_text(r)

    def _sort(self, r: RequestRow, attr: str):
        if attr == "received":
            return r.first_received_at.timestamp()
        if attr == "count":
            return r.message_count
        if attr == "missing":
            return len(r.missing)
        return self._text(r, attr).casefold()
