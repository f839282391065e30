"""Dates as the UI language writes them (QLocale, issue 10), for the board's title, its
messages and the statistics screen's headings."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale

from .. import locale_text
from ..locale_text import date_format


def date_text(day: dt.date) -> str:
    """A date in the UI language's short format with a four-digit year."""
    return locale_text.date_text(day)


def date_time_format() -> str:
    """The display format of a date-and-time editor in the UI language."""
    return f"{date_format()} {QLocale().timeFormat(QLocale.FormatType.ShortFormat)}"
