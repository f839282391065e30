"""Appointment requests (issue 20): the concerns, what each needs, the fields' normal
forms and the join keys. Plain Python, no Qt, no database."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from email.utils import getaddresses
from enum import StrEnum

MAX_BODY_CHARS = 200_000      # stored text of one message; the original stays in the mailbox


class Concern(StrEnum):
    EXTENSION = "verlaengerung"          # Verlängerung Aufenthaltstitel
    FIRST_PERMIT = "erteilung"           # Erteilung Aufenthaltstitel
    EAT_PICKUP = "eat"                   # Ausgabe eAT
    TRAVEL_DOC = "reiseausweis"
    DECLARATION = "verpflichtung"        # Verpflichtungserklärung
    WORK_PERMIT = "beschaeftigung"
    TOLERATION = "duldung"
    NATURALISATION = "einbuergerung"
    EU = "eu"                            # Freizügigkeit, Daueraufenthalt-EU
    ENTRY = "einreise"                   # Einreiseverfahren, Fachkräfte, Studierende
    OTHER = "sonstiges"


CONCERN_LABELS = {
    Concern.EXTENSION: "Verlängerung Aufenthaltstitel",
    Concern.FIRST_PERMIT: "Erteilung Aufenthaltstitel",
    Concern.EAT_PICKUP: "Ausgabe eAT",
    Concern.TRAVEL_DOC: "Reiseausweis",
    Concern.DECLARATION: "Verpflichtungserklärung",
    Concern.WORK_PERMIT: "Beschäftigungserlaubnis",
    Concern.TOLERATION: "Duldung",
    Concern.NATURALISATION: "Einbürgerung",
    Concern.EU: "EU-Angelegenheit",
    Concern.ENTRY: "Einreise/Visum",
    Concern.OTHER: "Sonstiges",
}

# words (lower case, accents folded) that name a concern in free text, first match wins
CONCERN_WORDS: list[tuple[Concern, tuple[str, ...]]] = [
    (Concern.NATURALISATION, ("einburgerung", "einbuergerung", "staatsangehorigkeit",
                              "naturalisation", "citizenship", "vatandaslik")),
    (Concern.DECLARATION, ("verpflichtungserklarung", "verpflichtungserklaerung",
                           "einladung", "invitation letter")),
    (Concern.EAT_PICKUP, ("eat abholen", "eat-karte", "karte abholen", "pin-brief",
                          "abholung", "pick up my card", "ausgabe eat")),
    (Concern.TRAVEL_DOC, ("reiseausweis", "travel document")),
    (Concern.TOLERATION, ("duldung",)),
    (Concern.WORK_PERMIT, ("beschaftigungserlaubnis", "arbeitserlaubnis", "work permit")),
    (Concern.EU, ("freizugigkeit", "eu-burger", "eu burger", "daueraufenthalt-eu",
                  "aufenthaltskarte", "eu citizen")),
    (Concern.ENTRY, ("einreise", "visum", "blaue karte", "blue card", "studium", "student",
                     "fachkraft", "vorabzustimmung")),
    (Concern.EXTENSION, ("verlangerung", "verlaengerung", "verlangern", "lauft ab",
                         "ablauft", "extension", "extend", "uzatma")),
    (Concern.FIRST_PERMIT, ("aufenthaltstitel", "aufenthaltserlaubnis", "residence permit",
                            "familiennachzug", "erteilung")),
]

# what each concern needs before an appointment can be given
REQUIRED: dict[Concern, tuple[str, ...]] = {
    Concern.EXTENSION: ("name", "birth_date", "file_number"),
    Concern.FIRST_PERMIT: ("name", "birth_date", "nationality"),
    Concern.EAT_PICKUP: ("name", "file_number"),
    Concern.TRAVEL_DOC: ("name", "birth_date", "file_number"),
    Concern.DECLARATION: ("name", "birth_date"),
    Concern.WORK_PERMIT: ("name", "birth_date", "file_number"),
    Concern.TOLERATION: ("name", "birth_date", "file_number"),
    Concern.NATURALISATION: ("name", "birth_date", "nationality"),
    Concern.EU: ("name", "birth_date", "nationality"),
    Concern.ENTRY: ("name", "birth_date", "nationality"),
    Concern.OTHER: ("name",),
}

FIELD_LABELS_DE = {
    "name": "Vor- und Nachname",
    "birth_date": "Geburtsdatum",
    "file_number": "Aktenzeichen",
    "nationality": "Staatsangehörigkeit",
}

# contact-form field labels -> our field names
FILE_NUMBER = re.compile(r"\b([A-Z]{1,4})[-/ ]?(\d{2,4})[-/](\d{3,7})\b")
_DATE = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b")


def fold(text: str) -> str:
    """Lower case without accents: 'Verlängerung' -> 'verlangerung'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))

def _iso_date(day: str, month: str, year: str) -> str:
    try:
        return dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return ""


def parse_birth_date(text: str) -> str:
    text = text.strip()
    m = _DATE.search(text)
    if m:
        return _iso_date(*m.groups())
    try:
        return dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        return ""


def normalise_file_number(text: str) -> str:
    m = FILE_NUMBER.search(text.upper())
    if not m:
        return ""
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"


def file_number_prefix(file_number: str) -> str:
    return file_number.split("-", 1)[0] if file_number else ""


def concern_from_text(text: str) -> Concern | None:
    folded = fold(text)
    for concern, words in CONCERN_WORDS:
        if any(w in folded for w in words):
            return concern
    return None

def missing_fields(concern: Concern, *, name: str, birth_date: str, file_number: str,
                   nationality: str) -> tuple[str, ...]:
    have = {"name": name, "birth_date": birth_date, "file_number": file_number,
            "nationality": nationality}
    return tuple(f for f in REQUIRED[concern] if not (have[f] or "").strip())

# -- joining -----------------------------------------------------------------------------
def person_keys(*, file_number: str, family_name: str, given_name: str, birth_date: str,
                email_address: str) -> tuple[str, str, str]:
    """(file number, name + date of birth, address) keys; '' where not known. Two messages
    about the same concern join when any non-empty key is equal."""
    fn = file_number.upper().strip()
    name = fold(f"{family_name}|{given_name}").replace(" ", "")
    nb = f"{name}|{birth_date}" if family_name.strip() and birth_date else ""
    addr = email_address.strip().lower()
    return fn, nb, addr


def reply_token(request_id: int) -> str:
    return f"[Anfrage #{request_id}]"


def token_in_subject(subject: str) -> int | None:
    m = re.search(r"\[Anfrage #(\d{1,12})\]", subject)
    return int(m.group(1)) if m else None


def addresses(value: str) -> list[str]:
    return [a for _n, a in getaddresses([value]) if a]
