"""Dates and times as booking exports write them: German or ISO dates, times such as 8:30."""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["parse_day", "parse_time"]

_GERMAN = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_SLASH = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")  # day/month/year as in en-GB exports
_TIME = re.compile(r"(\d{1,2})(?:[:.](\d{2}))?(?::(\d{2}))?(?:\s*uhr)?")


def parse_day(text: str) -> dt.date | None:
    """``25.11.2026``, ``5.1.26``, ``2026-11-25`` (also with a time after it), ``25/11/2026``.

    None when the text is no possible date (31.11., 29.02. of a common year)."""
    text = text.strip()
    if "T" in text[:11] and _ISO.match(text):  # 2026-11-25T09:00:00 from an ISO export
        text = text.split("T", 1)[0]
    for pattern, order in ((_GERMAN, "dmy"), (_ISO, "ymd"), (_SLASH, "dmy")):
        m = pattern.fullmatch(text)
        if m:
            parts = dict(zip(order, (int(g) for g in m.groups())))
            year = parts["y"] + 2000 if len(m.group(3 if order == "dmy" else 1)) == 2 else parts["y"]
            try:
                return dt.date(year, parts["m"], parts["d"])
            except ValueError:
                return None
    return None


def parse_time(text: str) -> dt.time | None:
    """``8:30``, ``08:30``, ``8.30``, ``08:30:00``, ``9 Uhr``, ``9``; None otherwise."""
    m = _TIME.fullmatch(text.strip().lower())
    if not m:
        return None
    hour, minute, second = int(m.group(1)), int(m.group(2) or 0), int(m.group(3) or 0)
    try:
        return dt.time(hour, minute, second)
    except ValueError:
        return None
