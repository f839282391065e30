"""Cleaning and bidi levels for the documents' text (see text.py for the whole layout).

``clean`` NFC-normalises and drops control and bidi-override characters, so that a name
from the database can never reorder the rest of a line ("Trojan source");
``bidi_levels`` gives the Unicode bidi level per character (python-bidi's pure Python
algorithm, plus the bracket-pair rule N0 it lacks, so "(Nr. 42)" in an Arabic line keeps
its brackets around the Latin text).
"""

from __future__ import annotations

import unicodedata

from bidi import algorithm as _bidi

# Embeddings, overrides and isolates are dropped. The marks LRM/RLM/ALM are kept for
# bidi resolution (they are strong characters, they cannot reorder anything beyond
# their neighbours) and are not drawn.
_BIDI_CONTROLS = frozenset([*range(0x202A, 0x202F), *range(0x2066, 0x206A)])
MARKS = frozenset("\u200e\u200f\u061c")
LRM = "\u200e"
KEEP_FORMAT = frozenset([0x200C, 0x200D, 0x200E, 0x200F, 0x061C])  # ZWNJ (Farsi!), ZWJ, marks


def clean(text: object) -> str:
    """NFC, single spaces for line breaks/tabs, no control or bidi-override characters."""
    if text is None:
        return ""
    s = unicodedata.normalize("NFC", str(text))
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\r\n\t\v\f\u2028\u2029\x85":
            out.append(" ")
            continue
        if o in _BIDI_CONTROLS:
            continue
        cat = unicodedata.category(ch)
        if cat in ("Cc", "Cs", "Co", "Cn") or (cat == "Cf" and o not in KEEP_FORMAT):
            continue
        out.append(ch)
    return "".join(out)


def is_rtl_text(text: str) -> bool:
    """Paragraph direction from the first strong character (rules P2/P3)."""
    for ch in text:
        t = unicodedata.bidirectional(ch)
        if t == "L":
            return False
        if t in ("R", "AL"):
            return True
    return False


BRACKETS = {"(": ")", "[": "]", "{": "}"}
_CLOSE = {v: k for k, v in BRACKETS.items()}


def _strong(t: str) -> str | None:
    if t == "L":
        return "L"
    if t in ("R", "AL", "EN", "AN"):
        return "R"
    return None


def _resolve_brackets(storage: dict) -> None:
    """Rule N0 (paired brackets), absent from python-bidi's pure Python algorithm."""
    chars = storage["chars"]
    e = "R" if storage["base_level"] % 2 else "L"
    opp = "L" if e == "R" else "R"
    stack: list[tuple[str, int]] = []
    pairs: list[tuple[int, int]] = []
    for i, c in enumerate(chars):
        if c["type"] != "ON":
            continue
        ch = c["ch"]
        if ch in BRACKETS:
            if len(stack) >= 63:
                break
            stack.append((BRACKETS[ch], i))
        elif ch in _CLOSE:
            for k in range(len(stack) - 1, -1, -1):
                if stack[k][0] == ch:
                    pairs.append((stack[k][1], i))
                    del stack[k:]
                    break
    for o, c in sorted(pairs):
        inside = {_strong(chars[j]["type"]) for j in range(o + 1, c)} - {None}
        if e in inside:
            d = e
        elif inside:
            ctx = e
            for j in range(o - 1, -1, -1):
                s = _strong(chars[j]["type"])
                if s:
                    ctx = s
                    break
            d = opp if ctx == opp else e
        else:
            continue
        chars[o]["type"] = chars[c]["type"] = d


def bidi_levels(text: str, rtl: bool) -> list[int]:
    if not rtl and not any(unicodedata.bidirectional(c) in ("R", "AL", "AN") for c in text):
        return [0] * len(text)
    # X9: boundary neutrals (ZWNJ, ZWJ, ...) are removed by the algorithm; resolve the
    # rest and give them the level of the character before them.
    keep = [i for i, c in enumerate(text) if unicodedata.bidirectional(c) != "BN"]
    if len(keep) != len(text):
        sub = bidi_levels("".join(text[i] for i in keep), rtl)
        out = [1 if rtl else 0] * len(text)
        prev = out[0]
        it = iter(sub)
        kept = set(keep)
        for i in range(len(text)):
            if i in kept:
                prev = out[i] = next(it)
            else:
                out[i] = prev
        return out
    storage = _bidi.get_empty_storage()
    storage["base_level"] = 1 if rtl else 0
    storage["base_dir"] = "R" if rtl else "L"
    _bidi.get_embedding_levels(text, storage)
    _bidi.explicit_embed_and_overrides(storage)
    _bidi.resolve_weak_types(storage)
    _resolve_brackets(storage)
    _bidi.resolve_neutral_types(storage, False)
    _bidi.resolve_implicit_levels(storage, False)
    levels = [c["level"] for c in storage["chars"]]
    # L1: trailing whitespace takes the paragraph level
    i = len(text) - 1
    while i >= 0 and text[i] == " ":
        levels[i] = storage["base_level"]
        i -= 1
    return levels
