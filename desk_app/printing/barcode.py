"""Order references: digits only, with a Damm check digit, as Code 128 and QR code.

Keyboard-mode barcode scanners on German layouts swap Y and Z, so the reference is
digits only.  The check digit uses the Damm algorithm (H. Michael Damm, 2004): a single
check digit that detects every single-digit substitution and every transposition of two
adjacent digits (Luhn misses 09 <-> 90; ISO 7064 MOD 97-10 needs two digits).

A reference is ``REFERENCE_DIGITS`` payload digits (the number, zero-padded) followed by
the check digit: 12 digits in all.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = [
    "REFERENCE_DIGITS",
    "damm_check_digit",
    "make_reference",
    "validate_reference",
    "format_reference",
    "draw_code128",
    "draw_qr",
    "qr_matrix",
]

REFERENCE_DIGITS = 11

# The weakly totally anti-symmetric quasigroup of order 10 from Damm's thesis.
_DAMM = (
    (0, 3, 1, 7, 5, 9, 8, 6, 4, 2),
    (7, 0, 9, 2, 1, 5, 4, 8, 6, 3),
    (4, 2, 0, 6, 8, 7, 1, 3, 5, 9),
    (1, 7, 5, 0, 9, 8, 3, 4, 2, 6),
    (6, 1, 2, 3, 0, 4, 5, 9, 7, 8),
    (3, 6, 7, 4, 2, 0, 9, 5, 8, 1),
    (5, 8, 6, 9, 7, 2, 0, 1, 3, 4),
    (8, 9, 4, 5, 3, 6, 2, 0, 1, 7),
    (9, 4, 3, 8, 6, 1, 7, 2, 0, 5),
    (2, 5, 8, 1, 4, 3, 6, 7, 9, 0),
)


def _damm(digits: str) -> int:
    interim = 0
    for d in digits:
        interim = _DAMM[interim][ord(d) - 48]
    return interim


def damm_check_digit(digits: str) -> str:
    if not digits.isascii() or not digits.isdigit():
        raise ValueError("digits only")
    return str(_damm(digits))


def make_reference(number: int) -> str:
    """``number`` (0 <= number < 10**11) as 11 digits plus the Damm check digit."""
    if isinstance(number, bool) or not isinstance(number, int):
        raise TypeError("number must be an int")
    if not 0 <= number < 10**REFERENCE_DIGITS:
        raise ValueError(f"number must be between 0 and {10**REFERENCE_DIGITS - 1}")
    payload = f"{number:0{REFERENCE_DIGITS}d}"
    return payload + damm_check_digit(payload)


def validate_reference(text: str) -> bool:
    """True for a well-formed reference (12 ASCII digits, valid check digit).

    Surrounding white space (a scanner's Enter) is ignored; nothing else is."""
    if not isinstance(text, str):
        return False
    s = text.strip()
    return len(s) == REFERENCE_DIGITS + 1 and s.isascii() and s.isdigit() and _damm(s) == 0


def format_reference(reference: str) -> str:
    """Human-readable grouping for print: ``0000 0004 2137``."""
    return " ".join(reference[i : i + 4] for i in range(0, len(reference), 4))


def draw_code128(canvas, x: float, y: float, value: str, *, width: float, height: float) -> float:
    """Draw ``value`` as Code 128 (set C for digits) inside ``width``, bars ``height``
    high, with quiet zones; returns the width used."""
    from reportlab.graphics.barcode.code128 import Code128

    probe = Code128(value, barWidth=1, barHeight=height, quiet=1, lquiet=10, rquiet=10)
    modules = probe.width  # width at 1 pt per module, including the quiet zones
    bar_width = min(width / modules, 1.5)
    bc = Code128(value, barWidth=bar_width, barHeight=height, quiet=1,
                 lquiet=10 * bar_width, rquiet=10 * bar_width)
    bc.drawOn(canvas, x + (width - bc.width) / 2, y)
    return bc.width


@lru_cache(maxsize=256)
def qr_matrix(value: str, level: str = "M") -> tuple[tuple[bool, ...], ...]:
    """The QR code modules (rows of dark/light), cached: encoding is the slow part."""
    from reportlab.graphics.barcode import qrencoder

    qr = qrencoder.QRCode(None, getattr(qrencoder.QRErrorCorrectLevel, level))
    qr.addData(value)
    qr.make()
    return tuple(tuple(bool(m) for m in row) for row in qr.modules)


def draw_qr(canvas, x: float, y: float, value: str, *, size: float, border: int = 4) -> None:
    """Draw ``value`` as a QR code (level M) in a ``size`` x ``size`` square at (x, y),
    including a quiet zone of ``border`` modules."""
    rows = qr_matrix(value)
    n = len(rows)
    box = size / (n + 2 * border)
    path = canvas.beginPath()
    for r, row in enumerate(rows):
        top = y + size - (r + border + 1) * box
        c = 0
        while c < n:
            if row[c]:
                start = c
                while c < n and row[c]:
                    c += 1
                path.rect(x + (start + border) * box, top, (c - start) * box, box)
            else:
                c += 1
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()
