"""Rules of the reference data an admin edits: field validation with a message per field,
opening hours per weekday. Pure: no database, no Qt.

Messages are fixed German texts with ``{placeholders}`` (for the CLI and the log); each
has a code (FIELD_CODES), by which the UI translates it (ui/service_texts.py).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any, Mapping

from .errors import ValidationFailed, german_text
from .opening_hours import spans_of, text_of
from .roles import Permission, Role

WEEKDAYS = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")

MSG_REQUIRED = "Pflichtfeld."
MSG_TOO_LONG = "Höchstens {limit} Zeichen."
MSG_CODE = "Nur Großbuchstaben, Ziffern und _ (höchstens {limit} Zeichen)."
MSG_PREFIX = "Ein bis drei Großbuchstaben."
MSG_MINUTES = "Eine ganze Zahl von {low} bis {high}."
MSG_TOLERANCE_ORDER = "Die Grenze muss größer als die Toleranz sein."
MSG_HOURS = "Zeiten wie 07:30–12:00, 13:00–15:30 (leer: geschlossen)."
MSG_ROLE = "Unbekannte Rolle."
MSG_PERMISSION = "Unbekannte Berechtigung {value}."
MSG_LOGIN = "Kleinbuchstaben, Ziffern, . _ - (höchstens 63 Zeichen)."
MSG_AMOUNT = "Ein Betrag wie 100,00 (nicht negativ)."
MSG_DATE = "Ein Datum TT.MM.JJJJ."
MSG_FEE_PAST = "Ein neuer Preis gilt frühestens ab heute ({today}); die Vergangenheit bleibt."
MSG_FEE_NOT_AFTER = "Ein neuer Preis muss nach dem letzten ({last}) beginnen."
MSG_FEE_KIND = "FEE oder SURCHARGE."
MSG_TAKEN = "Schon vergeben."
MSG_UNKNOWN = "Unbekannt: {value}."
MSG_PIN = "Vier bis zwölf Ziffern."
MSG_LAST_ADMIN = "Der letzte aktive Administrator kann nicht deaktiviert werden."
MSG_INVALID_FIELDS = "Bitte die markierten Felder prüfen."

#: every field message -> its stable code
FIELD_CODES = {
    MSG_REQUIRED: "required", MSG_TOO_LONG: "too_long", MSG_CODE: "code_format",
    MSG_PREFIX: "prefix_format", MSG_MINUTES: "whole_number", MSG_TOLERANCE_ORDER:
    "limit_below_tolerance", MSG_HOURS: "hours_format", MSG_ROLE: "role_unknown",
    MSG_PERMISSION: "permission_unknown", MSG_LOGIN: "login_format", MSG_AMOUNT:
    "amount_format", MSG_DATE: "date_format", MSG_FEE_PAST: "fee_in_past",
    MSG_FEE_NOT_AFTER: "fee_not_after_last", MSG_FEE_KIND: "fee_kind", MSG_TAKEN: "taken",
    MSG_UNKNOWN: "unknown_value", MSG_PIN: "pin_format", MSG_LAST_ADMIN: "last_admin",
}
FIELD_MESSAGES = tuple(FIELD_CODES)


@dataclass(frozen=True)
class FieldMessage:
    text: str                       # German, unfilled (for translation)
    params: Mapping[str, Any]

    @property
    def code(self) -> str | None:
        """The message's code (FIELD_CODES), by which the UI translates it."""
        return FIELD_CODES.get(self.text)

    def __str__(self) -> str:
        if not self.params:
            return self.text
        return self.text.format(**{k: german_text(v) for k, v in self.params.items()})


class InvalidFields(ValidationFailed):
    """Input refused field by field; ``fields`` maps a field name to its message, which
    the form shows beside the field."""

    code = "invalid_fields"
    template = "Bitte die markierten Felder prüfen."

    def __init__(self, fields: Mapping[str, FieldMessage]) -> None:
        super().__init__()
        self.fields = dict(fields)


class Check:
    """Collects field messages; ``done()`` raises InvalidFields when there are any."""

    def __init__(self) -> None:
        self.fields: dict[str, FieldMessage] = {}

    def fail(self, field: str, text: str, **params: Any) -> None:
        self.fields.setdefault(field, FieldMessage(text, params))

    def text(self, field: str, value: str | None, *, limit: int, required: bool = True,
             pattern: re.Pattern[str] | None = None, pattern_message: str = "") -> str:
        value = (value or "").strip()
        if not value:
            if required:
                self.fail(field, MSG_REQUIRED)
            return value
        if len(value) > limit:
            self.fail(field, MSG_TOO_LONG, limit=limit)
        elif any(ord(ch) < 32 and ch not in "\n" for ch in value):
            self.fail(field, MSG_TOO_LONG, limit=limit)
        elif pattern is not None and not pattern.fullmatch(value):
            self.fail(field, pattern_message, limit=limit)
        return value

    def minutes(self, field: str, value: Any, low: int = 0, high: int = 600) -> int:
        try:
            number = int(str(value).strip())
        except (TypeError, ValueError):
            self.fail(field, MSG_MINUTES, low=low, high=high)
            return low
        if not low <= number <= high:
            self.fail(field, MSG_MINUTES, low=low, high=high)
        return number

    def done(self) -> None:
        if self.fields:
            raise InvalidFields(self.fields)


CODE = re.compile(r"[A-Z0-9_]{1,32}")
PREFIX = re.compile(r"[A-Z]{1,3}")
LOGIN = re.compile(r"[a-z0-9][a-z0-9._-]{0,62}")
PIN = re.compile(r"[0-9]{4,12}")
_SPAN = re.compile(r"(\d{1,2}):(\d{2})\s*[–-]\s*(\d{1,2}):(\d{2})")


# -- opening hours ----------------------------------------------------------------------
def parse_day_hours(text: str) -> tuple[tuple[dt.time, dt.time], ...]:
    """"07:30–12:00, 13:00–15:30" (also "und" between spans); "" is closed. ValueError
    for anything else."""
    text = (text or "").strip()
    if not text:
        return ()
    spans = []
    for part in re.split(r"\s*(?:,|und)\s*", text):
        m = _SPAN.fullmatch(part.strip())
        if not m:
            raise ValueError(part)
        h1, m1, h2, m2 = (int(g) for g in m.groups())
        start, end = dt.time(h1, m1), dt.time(h2, m2)
        if end <= start:
            raise ValueError(part)
        spans.append((start, end))
    return tuple(spans)


def format_day_hours(spans: tuple[tuple[dt.time, dt.time], ...]) -> str:
    return ", ".join(f"{a:%H:%M}–{b:%H:%M}" for a, b in spans)


def parse_opening_hours(text: str) -> dict[str, str]:
    """The stored text ("Mo, Di 07:30–12:00 · Mi 07:30–12:00, 13:00–15:30") as one text
    per weekday; days not named are closed. Unreadable groups are dropped."""
    out = {day: "" for day in WEEKDAYS}
    for group in (text or "").split("·"):
        group = group.strip()
        m = re.match(r"((?:(?:Mo|Di|Mi|Do|Fr|Sa|So)\s*,?\s*)+)(.*)", group)
        if not m:
            continue
        days = re.findall(r"Mo|Di|Mi|Do|Fr|Sa|So", m.group(1))
        try:
            hours = format_day_hours(parse_day_hours(m.group(2)))
        except ValueError:
            continue
        for day in days:
            out[day] = hours
    return out


def format_opening_hours(per_day: Mapping[str, str]) -> str:
    """One text per weekday back to the stored form; equal days are grouped."""
    groups: list[tuple[list[str], str]] = []
    for day in WEEKDAYS:
        hours = format_day_hours(parse_day_hours(per_day.get(day, "")))
        if not hours:
            continue
        for days, h in groups:
            if h == hours:
                days.append(day)
                break
        else:
            groups.append(([day], hours))
    return " · ".join(f"{', '.join(days)} {hours}" for days, hours in groups)


def check_hours_text(check: Check, text: str | None) -> str:
    """Opening hours given as one text (a config file, a record): the canonical text of
    what it says; a field error when it does not read as opening hours."""
    try:
        return text_of(spans_of(text))
    except ValueError:
        check.fail("opening_hours", MSG_HOURS)
        return ""


# -- per entity -------------------------------------------------------------------------
def check_opening_hours(check: Check, per_day: Mapping[str, str]) -> str:
    for day in WEEKDAYS:
        try:
            parse_day_hours(per_day.get(day, ""))
        except ValueError:
            check.fail(f"hours_{day}", MSG_HOURS)
    try:
        return format_opening_hours(per_day)
    except ValueError:
        return ""


def check_role(check: Check, field: str, value: str) -> str:
    if value not in {r.value for r in Role}:
        check.fail(field, MSG_ROLE)
    return value


def check_permissions(check: Check, grants: Mapping[str, frozenset[str] | set[str]]) -> None:
    known = {p.value for p in Permission}
    for role, perms in grants.items():
        check_role(check, f"role_{role}", role)
        for p in sorted(set(perms) - known):
            check.fail(f"role_{role}", MSG_PERMISSION, value=p)


def parse_amount(check: Check, field: str, value: Any) -> Decimal:
    try:
        amount = Decimal(str(value).strip().replace(",", "."))
    except (InvalidOperation, ValueError):
        check.fail(field, MSG_AMOUNT)
        return Decimal("0")
    if amount < 0 or amount != amount.quantize(Decimal("0.01")) or amount >= Decimal("1e8"):
        check.fail(field, MSG_AMOUNT)
    return amount.quantize(Decimal("0.01")) if amount == amount else Decimal("0")
