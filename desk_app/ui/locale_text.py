"""Dates and times as the UI language writes them (QLocale; issue 10 and issue 11 Must 6).

Every date or time the UI shows goes through here: the day of a moment is its Berlin day,
dates have a four-digit year (birth dates!), and a partial birth date keeps its 00
placeholders in the locale's pattern ("00.00.2015" in German, "00/00/2015" in English).
The German ``format_de``/``strftime`` forms stay for documents, files and the log.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from desk_app.domain.clock import to_local
from desk_app.domain.partial_date import InvalidPartialDate, PartialDate


def date_format() -> str:
    """The UI language's short date format with a four-digit year."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def day_month_format() -> str:
    """The short date format without the year ("dd.MM." in German, "dd/MM" in English)."""
    return re.sub(r"y+", "", date_format()).strip(" /-,")


def _qdate(value: dt.date | dt.datetime) -> QDate:
    if isinstance(value, dt.datetime):
        value = to_local(value)
    return QDate(value.year, value.month, value.day)


def _qtime(value: dt.datetime | dt.time, seconds: bool = False) -> QTime:
    if isinstance(value, dt.datetime):
        value = to_local(value)
    return QTime(value.hour, value.minute, value.second if seconds else 0)


def date_text(value: dt.date | dt.datetime | None, empty: str = "") -> str:
    """A date (a moment: its Berlin day) in the UI language's short format."""
    if value is None:
        return empty
    return QLocale().toString(_qdate(value), date_format())


def day_text(value: dt.date | dt.datetime, *, year: bool = True) -> str:
    """A date with its short weekday: "Mo. 30.11.2026" / "Mon 30/11/2026"."""
    fmt = date_format() if year else day_month_format()
    return QLocale().toString(_qdate(value), f"ddd {fmt}")


def time_text(value: dt.datetime | dt.time | None, empty: str = "", *,
              seconds: bool = False) -> str:
    """A time of day (a moment: Berlin time) in the UI language's short format."""
    if value is None:
        return empty
    fmt = QLocale().timeFormat(QLocale.FormatType.ShortFormat)
    if seconds and "s" not in fmt:
        fmt = re.sub(r"(m+)", r"\1:ss", fmt, count=1)
    return QLocale().toString(_qtime(value, seconds), fmt)


def date_time_text(value: dt.datetime | None, empty: str = "—") -> str:
    """A moment's Berlin day and time in the UI language."""
    if value is None:
        return empty
    return f"{date_text(value)} {time_text(value)}"


def parse_birth(text: str | None) -> PartialDate | None:
    try:
        return PartialDate.from_storage(text)
    except InvalidPartialDate:
        return None


def birth_text(text: str | None, empty: str = "") -> str:
    """A stored (possibly partial) birth date in the UI language's short date format; an
    unknown day or month is written 00 in its place, as on the documents."""
    if not text:
        return empty
    birth = parse_birth(text)
    if birth is None:
        return text
    if birth.is_complete:
        return QLocale().toString(QDate(birth.year, birth.month, birth.day), date_format())
    parts = {"d": f"{birth.day or 0:02d}", "M": f"{birth.month or 0:02d}",
             "y": f"{birth.year:04d}"}
    out, fmt, i = [], date_format(), 0
    while i < len(fmt):
        letter = fmt[i]
        run = len(fmt[i:]) - len(fmt[i:].lstrip(letter))
        out.append(parts.get(letter, fmt[i:i + run]))
        i += run
    return "".join(out)


def birth_pattern() -> str:
    """The birth date pattern a clerk reads in a field's hint ("TT.MM.JJJJ" in German)."""
    letters = {"d": QCoreApplication.translate("LocaleText", "T"),
               "M": QCoreApplication.translate("LocaleText", "M"),
               "y": QCoreApplication.translate("LocaleText", "J")}
    fmt = re.sub(r"d+", "dd", re.sub(r"M+", "MM", date_format()))
    return "".join(letters.get(c, c) for c in fmt)


def birth_input(text: str) -> str:
    """What a clerk typed as a birth date, read in the UI language's pattern (00 for an
    unknown part) and handed on in storage form; anything else (German, ISO, a year
    alone) is handed on as typed, for the service to check."""
    fmt = date_format()
    order = list(dict.fromkeys(re.findall(r"[dMy]", fmt)))
    separators = re.sub(r"[dMy]+", " ", fmt).split()
    if len(order) != 3 or not separators:
        return text
    pattern = r"\s*" + r"\s*[{}]\s*".format(re.escape("".join(set(separators)))).join(
        r"(\d{4})" if o == "y" else r"(\d{1,2})" for o in order) + r"\s*$"
    m = re.match(pattern, text or "")
    if not m:
        return text
    parts = dict(zip(order, (int(g) for g in m.groups())))
    stored = f"{parts['y']:04d}-{parts['M']:02d}-{parts['d']:02d}"
    return stored if parse_birth(stored) is not None else text    # the service says why
