"""The people to inform after a closing day, as CSV for a spreadsheet (Qt-free).

Every cell is neutralised against formula injection: a value a spreadsheet would read
as a formula (starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return,
also after leading spaces) gets a leading apostrophe, so a name like ``=HYPERLINK(…)``
stays text. Semicolon-separated with a UTF-8 byte order mark, as German spreadsheet
programs open it; times in Berlin time.
"""

from __future__ import annotations

import csv
import io
from typing import Iterable

from desk_app.domain.clock import to_local

from .appointment_views import DayMoveResult, PersonToInform

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")

CSV_HEADER = ("Buchungsnummer", "Namen", "Alter Termin", "Neuer Termin", "Sprache",
              "E-Mail", "Telefon")
NOT_MOVED = "neu buchen"


def csv_safe(value: object) -> str:
    """One cell's text, neutralised: never read as a formula by a spreadsheet."""
    text = "" if value is None else str(value)
    if text.lstrip(" ").startswith(_FORMULA_START):
        return "'" + text
    return text


def _when(value) -> str:
    return to_local(value).strftime("%d.%m.%Y %H:%M") if value is not None else NOT_MOVED


def people_rows(people: Iterable[PersonToInform]) -> list[tuple[str, ...]]:
    """The rows as plain text (not yet neutralised): what a printed list shows too."""
    return [(p.booking_reference, p.names, _when(p.old_at), _when(p.new_at),
             p.language or "de", p.email or "", p.phone or "") for p in people]


def people_to_inform_csv(result: DayMoveResult | Iterable[PersonToInform]) -> bytes:
    """The moved bookings, then the ones without a free slot, as CSV bytes."""
    people = ([*result.moved, *result.not_moved] if isinstance(result, DayMoveResult)
              else list(result))
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for row in people_rows(people):
        writer.writerow([csv_safe(cell) for cell in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")
