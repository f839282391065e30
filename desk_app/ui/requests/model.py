"""The worklist's table model: one row per request (repeated messages joined), sortable
by SORT_ROLE, updated in place. Every user text is returned as plain text for the
DisplayRole; the views never render it as rich text."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from desk_app.services.mail_requests import RequestRow

from ..keyed_model import SORT_ROLE, Column, KeyedTableModel  # noqa: F401 - SORT_ROLE for views
from ..locale_text import date_time_text


translate = QCoreApplication.translate


def tr(text: str) -> str:
    return QCoreApplication.translate("RequestsModel", text)


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
        parts.append(translate("RequestsModel", "nicht zustellbar: anrufen oder per Post"))
    elif row.note:
        parts.append(tr(row.note) if row.note in ("Antwort eingegangen",
                                                  "Angaben nachgefragt") else row.note)
    if row.misaddressed:
        parts.append(translate("RequestsModel", "falsch adressiert"))
    if row.recognised and not row.is_form:
        parts.append(translate("RequestsModel", "erkannt, bitte prüfen"))
    return " · ".join(parts)


class RequestsModel(KeyedTableModel[RequestRow]):
    """One row per request, keyed by its id; updates repaint in place (issue 11)."""

    def __init__(self, parent=None) -> None:
        super().__init__([
            Column(lambda: translate("RequestsModel", "Eingang"),
                   lambda r: date_time_text(r.first_received_at),
                   sort_key=lambda r: r.first_received_at.timestamp()),
            Column(lambda: translate("RequestsModel", "Name"), lambda r: r.name or r.email,
                   sort_key=lambda r: (r.name or r.email).casefold()),
            Column(lambda: translate("RequestsModel", "Anliegen"), lambda r: tr(r.concern_label)),
            Column(lambda: translate("RequestsModel", "Dienststelle"),
                   lambda r: r.service_point + ("" if r.route_confirmed else " ?"),
                   roles={Qt.ItemDataRole.ToolTipRole: lambda r: r.route_reason}),
            Column(lambda: translate("RequestsModel", "Fehlt"), missing_text, sort_key=lambda r: len(r.missing)),
            Column(lambda: translate("RequestsModel", "Nachrichten"), lambda r: str(r.message_count),
                   sort_key=lambda r: r.message_count,
                   align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            Column(lambda: translate("RequestsModel", "Hinweis"), note_text),
        ], key=lambda r: r.id, parent=parent)

    def tie_break(self, row: RequestRow):
        return row.id

    def replace_rows(self, rows: list[RequestRow]) -> None:
        """The worklist read again: gone requests removed, changed ones repainted, new
        ones inserted; never a reset, so the selection stays."""
        keep = {r.id for r in rows}
        self.remove_rows([k for k in self.keys() if k not in keep])
        self.update_rows(rows)
