"""Free text from users (names, reasons, notes, payers, collectors): characters no field
may hold are refused before anything is stored, with a message that names the field.

Refused: NUL and every other C0 control, DEL and the C1 controls (U+0080–U+009F), and
lone surrogates (U+D800–U+DFFF, which no UTF-8 text can hold: PostgreSQL refuses NUL
with a raw error that quotes the row, SQLite stores it silently, and a surrogate fails
in the driver). Tab is allowed where ``tab`` says so, line breaks where ``multiline``
does (CR only as part of CRLF).
"""

from __future__ import annotations

from . import errors

def refused_character(value: str, *, multiline: bool = False, tab: bool = False) -> str | None:
    """The first character ``value`` may not hold, or None."""
    text = value.replace("\r\n", "\n") if multiline else value
    for ch in text:
        code = ord(ch)
        if code < 0x20:
            if (ch == "\t" and tab) or (ch == "\n" and multiline):
                continue
            return ch
        if 0x7F <= code <= 0x9F or 0xD800 <= code <= 0xDFFF:
            return ch
    return None


def check_text(value: str | None, label: str, *, multiline: bool = False,
               tab: bool = False) -> str | None:
    """``value`` unchanged, or ValidationFailed naming ``label`` (a German field name
    registered in ui/service_texts.LABELS). None passes."""
    if value is None:
        return None
    bad = refused_character(value, multiline=multiline, tab=tab)
    if bad is None:
        return value
    if 0xD800 <= ord(bad) <= 0xDFFF:
        raise errors.ValidationFailed(
            message="{label} enthält ein ungültiges Zeichen (ein einzelnes UTF-16-Surrogat) "
                    "und wurde nicht gespeichert.", error_code="text_lone_surrogate", label=label)
    raise errors.ValidationFailed(
        message="{label} enthält Steuerzeichen und wurde nicht gespeichert.", error_code="text_control_characters", label=label)
