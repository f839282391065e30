"""CSV for spreadsheets: semicolon-separated UTF-8 with a BOM (what German Excel opens
correctly by double-click), with formula injection neutralised.

A cell that a spreadsheet would read as a formula (it starts with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return) gets a leading apostrophe, as OWASP advises; numbers
are written by the caller as numbers (``int``/``float``/``Decimal``) and are never
touched, so a negative number stays a number. Qt-free, for every export of the app.
"""

from __future__ import annotations

import csv
import io
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Iterable, Sequence

__all__ = ["neutralise", "csv_bytes", "german_number", "BOM"]

BOM = "\ufeff"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def neutralise(value: str) -> str:
    """Text as a spreadsheet shows it, never as a formula."""
    if value.startswith(_FORMULA_START):
        return "'" + value
    return value


def german_number(value: int | float | Decimal, decimals: int | None = None) -> str:
    """12,5 – decimal comma, no thousands separator (Excel reads it as a number)."""
    if isinstance(value, bool):
        value = int(value)
    if isinstance(value, int) and decimals is None:
        return str(value)
    if isinstance(value, Decimal) and decimals is None:
        return f"{value:f}".replace(".", ",")      # as many decimals as it carries
    if decimals is None:
        decimals = 1
    step = Decimal(1).scaleb(-decimals)
    return f"{Decimal(repr(float(value))).quantize(step, ROUND_HALF_UP)}".replace(".", ",")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        return german_number(value)
    return neutralise(str(value))


def csv_bytes(rows: Iterable[Sequence[Any]]) -> bytes:
    """Semicolon, CRLF, UTF-8 with BOM; numbers with a decimal comma; text neutralised."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for row in rows:
        writer.writerow([_cell(v) for v in row])
    return (BOM + out.getvalue()).encode("utf-8")
