"""The people to inform after a closing day, as CSV for a spreadsheet (Qt-free).

Written with the app's one CSV helper (``desk_app.domain.csv_safe``): semicolon-separated
UTF-8 with a byte order mark, as German spreadsheet programs open it, and every text cell
neutralised against formula injection (a name like ``=HYPERLINK(…)`` stays text). Times
in Berlin time.
"""

from __future__ import annotations

from typing import Iterable

from desk_app.domain.clock import to_local
from desk_app.domain.csv_safe import csv_bytes

from .appointment_views import DayMoveResult, PersonToInform

CSV_HEADER = ("Buchungsnummer", "Namen", "Alter Termin", "Neuer Termin", "Sprache",
              "E-Mail", "Telefon")
NOT_MOVED = "neu buchen"


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
    return csv_bytes([CSV_HEADER, *people_rows(people)])
