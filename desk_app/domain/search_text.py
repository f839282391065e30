"""Folding text for search: accent- and case-insensitive, German umlauts as digraphs.

``fold("MÜLLER") == fold("Mueller") == fold("müller") == "mueller"``; other diacritics
are dropped (``"Çelik"`` → ``"celik"``); letters of other scripts stay as they are, case-
folded. The same function fills the stored search key and folds the query.
"""

from __future__ import annotations

import unicodedata

_DIGRAPHS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "æ": "ae", "œ": "oe",
                           "ø": "o", "đ": "d", "ł": "l", "ı": "i"})


def fold(text: str | None) -> str:
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text).casefold().translate(_DIGRAPHS)
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(kept.split())
