"""Ticket numbers: the service point's prefix and a per-day sequence, e.g. ``I-042``."""

from __future__ import annotations

import re

_PREFIX = re.compile(r"^[A-Z]{1,3}$")
_TICKET = re.compile(r"^([A-Z]{1,3})-(\d{3,})$")


def validate_prefix(prefix: str) -> str:
    if not _PREFIX.match(prefix or ""):
        raise ValueError(f"ticket prefix must be 1-3 capital letters, not {prefix!r}")
    return prefix


def format_ticket(prefix: str, number: int) -> str:
    if number < 1:
        raise ValueError("ticket numbers start at 1")
    return f"{validate_prefix(prefix)}-{number:03d}"


def parse_ticket(text: str) -> tuple[str, int] | None:
    """``"i-42"`` and ``"I042"`` are read as ``("I", 42)``; anything else is None."""
    cleaned = (text or "").strip().upper().replace(" ", "")
    m = _TICKET.match(cleaned) or re.match(r"^([A-Z]{1,3})-?(\d{1,})$", cleaned)
    if not m:
        return None
    return m.group(1), int(m.group(2))
