"""Script- and direction-aware text layout for the documents.

reportlab draws one font per ``drawString`` and knows nothing of bidi without rlbidi
(not on the package index).  This module does what the documents need, line by line:

1. ``clean`` (text_bidi.py): NFC-normalise (Vietnamese stacked diacritics become the precomposed
   letters DejaVu Sans has), turn line breaks and tabs into spaces, and drop control and
   bidi-override characters, so that a name from the database can never reorder the rest
   of a line ("Trojan source").  Text is never interpreted as markup: it is drawn with
   ``canvas.drawString``.
2. ``bidi_levels`` (text_bidi.py, with ``clean``): Unicode bidi levels per character (python-bidi's pure Python algorithm,
   plus the bracket-pair rule N0 it lacks, so "(Nr. 42)" in an Arabic line keeps its
   brackets around the Latin text).
3. Runs of one level and one font (``font_for``: the font whose cmap covers the
   character, with per-script preferences), shaped with HarfBuzz (through reportlab's
   ``shapeStr``) when they contain right-to-left letters or combining marks; runs are
   reordered by rule L2 and each is drawn separately.
4. ``wrap`` / ``fit``: greedy word wrap, hard breaks inside over-long words, and shrinking
   down to a minimum size with an ellipsis, so that nothing overflows the page.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from bidi.mirror import MIRRORED
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.abag import ABag
from reportlab.pdfbase.ttfonts import ShapedStr, shapeFragWord

from . import fonts as _fonts
from .fonts import BOLD, REGULAR, FontMissingError
from .text_bidi import (  # noqa: F401  (LRM: re-exported)
    BRACKETS, KEEP_FORMAT, LRM, MARKS, bidi_levels, clean, is_rtl_text)

__all__ = [
    "Line",
    "Run",
    "clean",
    "is_rtl_text",
    "font_for",
    "layout_line",
    "wrap",
    "fit",
    "draw_line",
    "draw_lines",
    "REPLACEMENT",
]

REPLACEMENT = "\u25a1"  # WHITE SQUARE, drawn for characters no installed font covers

# Fonts preferred for a script, by code point range: (first, last, regular, bold).
_HINTS: tuple[tuple[int, int, str, str], ...] = (
    (0x0530, 0x058F, "NotoSansArmenian", "NotoSansArmenian"),
    (0x0590, 0x05FF, "NotoSansHebrew", "NotoSansHebrew"),
    (0x0600, 0x06FF, "NotoSansArabic", "NotoSansArabic-Bold"),
    (0x0750, 0x077F, "NotoSansArabic", "NotoSansArabic-Bold"),
    (0x08A0, 0x08FF, "NotoSansArabic", "NotoSansArabic-Bold"),
    (0x0900, 0x097F, "NotoSansDevanagari", "NotoSansDevanagari"),
    (0x0980, 0x09FF, "NotoSansBengali", "NotoSansBengali"),
    (0x0B80, 0x0BFF, "NotoSansTamil", "NotoSansTamil"),
    (0x0E00, 0x0E7F, "NotoSansThai", "NotoSansThai"),
    (0x10A0, 0x10FF, "NotoSansGeorgian", "NotoSansGeorgian"),
    (0x1100, 0x11FF, "NanumGothic", "NanumGothic"),
    (0x1200, 0x139F, "NotoSansEthiopic", "NotoSansEthiopic"),
    (0x2E80, 0x2FDF, "DroidSansFallback", "DroidSansFallback"),
    (0x3000, 0x303F, "DroidSansFallback", "DroidSansFallback"),
    (0x3040, 0x30FF, "DroidSansFallback", "DroidSansFallback"),
    (0x3100, 0x312F, "DroidSansFallback", "DroidSansFallback"),
    (0x3130, 0x318F, "NanumGothic", "NanumGothic"),
    (0x31A0, 0x33FF, "DroidSansFallback", "DroidSansFallback"),
    (0x3400, 0x4DBF, "DroidSansFallback", "DroidSansFallback"),
    (0x4E00, 0x9FFF, "DroidSansFallback", "DroidSansFallback"),
    (0xA960, 0xA97F, "NanumGothic", "NanumGothic"),
    (0xAC00, 0xD7FF, "NanumGothic", "NanumGothic"),
    (0xF900, 0xFAFF, "DroidSansFallback", "DroidSansFallback"),
    (0xFB50, 0xFDFF, "NotoSansArabic", "NotoSansArabic-Bold"),
    (0xFE70, 0xFEFF, "NotoSansArabic", "NotoSansArabic-Bold"),
    (0xFF00, 0xFFEF, "DroidSansFallback", "DroidSansFallback"),
    (0x20000, 0x2FFFF, "DroidSansFallback", "DroidSansFallback"),
)
# Scripts where a missing font is an installation error, not a case for REPLACEMENT.
_ESSENTIAL_HINT_FONTS = frozenset(["DroidSansFallback", "NanumGothic"])


# -- fonts per character ---------------------------------------------------------------
def _hint(o: int, bold: bool) -> str | None:
    for lo, hi, reg, bld in _HINTS:
        if lo <= o <= hi:
            return bld if bold else reg
    return None


@lru_cache(maxsize=8192)
def font_for(ch: str, bold: bool = False) -> str | None:
    """The font that draws ``ch``; None when no installed font covers it.

    Raises FontMissingError when the character belongs to a script whose font is
    missing (CJK, Hangul) and nothing else covers it.
    """
    o = ord(ch)
    base = BOLD if bold else REGULAR
    hinted = _hint(o, bold)
    candidates: list[str] = []
    if hinted:
        candidates.append(hinted)
        if bold and hinted.endswith("-Bold"):
            candidates.append(hinted[: -len("-Bold")])
    candidates += [base, REGULAR, "NotoSans"]
    for name in dict.fromkeys(candidates):
        if not _fonts.has_font(name):
            if name in (REGULAR, BOLD):
                _fonts.get_font(name)  # raises FontMissingError naming the package
            continue
        if o in _fonts.get_font(name).face.charToGlyph:
            return name
    if hinted in _ESSENTIAL_HINT_FONTS and not _fonts.has_font(hinted):
        spec = _fonts.FONTS[hinted]
        raise FontMissingError(
            f"no font for {unicodedata.name(ch, hex(o))!s}: install the Debian package "
            f"'{spec.package}' ({spec.filename})"
        )
    return None


# -- runs and lines ------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Run:
    font: str
    text: str  # visual order; a reportlab ShapedStr when shaped
    width: float


@dataclass(frozen=True, slots=True)
class Line:
    runs: tuple[Run, ...]
    width: float
    size: float
    rtl: bool  # paragraph direction (for alignment)


def _neutral(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "MZPNS" or ord(ch) in KEEP_FORMAT


def _segments(text: str, bold: bool) -> list[tuple[str, str]]:
    """Split ``text`` (logical order) into (font, substring) by font coverage."""
    segs: list[list] = []
    for ch in text:
        cur = segs[-1][0] if segs else None
        if cur is not None and _neutral(ch) and ord(ch) in _fonts.get_font(cur).face.charToGlyph:
            segs[-1][1].append(ch)
            continue
        name = font_for(ch, bold)
        if name is None:
            ch, name = REPLACEMENT, (BOLD if bold else REGULAR)
        if cur == name:
            segs[-1][1].append(ch)
        else:
            segs.append([name, [ch]])
    return [(f, "".join(cs)) for f, cs in segs]


def _needs_shaping(s: str) -> bool:
    for ch in s:
        if unicodedata.bidirectional(ch) in ("R", "AL") or unicodedata.category(ch) in ("Mn", "Mc"):
            return True
    return False


_FEATURES = {"kern": True, "liga": True}


def _shape(font: str, s: str, size: float, odd: bool) -> Run:
    if odd and not any(unicodedata.bidirectional(c) in ("R", "AL") for c in s):
        # neutrals only (e.g. a bracket between Arabic and Latin): mirror and reverse
        s = "".join(MIRRORED.get(c, c) for c in reversed(s))
        return Run(font, s, stringWidth(s, font, size))
    if _needs_shaping(s) and not (not odd and any(unicodedata.bidirectional(c) == "AN" for c in s)):
        # default OpenType features only: no discretionary ligatures (Noto Sans Arabic
        # would turn the name "محمد" into a vocalised ligature)
        word = shapeFragWord([stringWidth(s, font, size), (ABag(fontName=font, fontSize=size), s)],
                             features=_FEATURES, force=True)
        shaped = word[1][1] if len(word) == 2 else None
        if isinstance(shaped, ShapedStr):
            width = sum(sd.x_advance for sd in shaped.__shapeData__) * size / 1000
            return Run(font, shaped, width)
    return Run(font, s, stringWidth(s, font, size))


def layout_line(text: str, size: float, *, bold: bool = False, rtl: bool | None = None) -> Line:
    """Lay out one line (no wrapping). ``rtl=None``: direction from the first strong char."""
    return _layout_line(str(text) if text is not None else "", float(size), bool(bold), rtl)


@lru_cache(maxsize=4096)
def _layout_line(text: str, size: float, bold: bool, rtl: bool | None) -> Line:
    text = clean(text)
    if rtl is None:
        rtl = is_rtl_text(text)
    if not text:
        return Line((), 0.0, size, rtl)
    return _layout_levels(text, tuple(bidi_levels(text, rtl)), size, bold, rtl)


def _layout_span(text: str, levels: list[int], start: int, end: int, size: float,
                 bold: bool, rtl: bool) -> Line:
    """One wrapped line of a paragraph whose bidi levels were resolved as a whole (a
    bracketed term split over two lines keeps its brackets on the right sides)."""
    line = text[start:end]
    if not line:
        return Line((), 0.0, size, rtl)
    lv = list(levels[start:end])
    i = len(line) - 1
    while i >= 0 and line[i] == " ":  # L1: trailing whitespace, per line
        lv[i] = 1 if rtl else 0
        i -= 1
    return _layout_levels(line, tuple(lv), size, bold, rtl)


@lru_cache(maxsize=4096)
def _layout_levels(text: str, levels_in: tuple[int, ...], size: float, bold: bool,
                   rtl: bool) -> Line:
    levels = list(levels_in)
    if any(c in MARKS for c in text):
        kept = [(c, l) for c, l in zip(text, levels) if c not in MARKS]
        text = "".join(c for c, _ in kept)
        levels = [l for _, l in kept]
        if not text:
            return Line((), 0.0, size, rtl)
    # logical runs of one level and one font
    runs: list[tuple[int, str, str]] = []
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or levels[i] != levels[start]:
            for font, part in _segments(text[start:i], bold):
                runs.append((levels[start], font, part))
            start = i
    shaped = [(lvl, _shape(font, part, size, lvl % 2 == 1)) for lvl, font, part in runs]
    # L2: reverse every maximal sequence at level >= k, from the highest to the lowest odd
    if any(lvl for lvl, _ in shaped):
        highest = max(lvl for lvl, _ in shaped)
        lowest_odd = min((lvl for lvl, _ in shaped if lvl % 2), default=highest + 1)
        seq = list(shaped)
        for k in range(highest, lowest_odd - 1, -1):
            i = 0
            while i < len(seq):
                if seq[i][0] >= k:
                    j = i
                    while j < len(seq) and seq[j][0] >= k:
                        j += 1
                    seq[i:j] = reversed(seq[i:j])
                    i = j
                else:
                    i += 1
        shaped = seq
    out = tuple(r for _, r in shaped)
    return Line(out, sum(r.width for r in out), size, rtl)


@lru_cache(maxsize=4096)
def _word_width(word: str, size: float, bold: bool) -> float:
    return layout_line(word, size, bold=bold).width


def _break_long(word: str, size: float, bold: bool, max_width: float) -> list[str]:
    parts: list[str] = []
    rest = word
    while rest and _word_width(rest, size, bold) > max_width:
        lo, hi = 1, len(rest)
        while lo < hi:  # longest prefix that fits (at least one character)
            mid = (lo + hi + 1) // 2
            if _word_width(rest[:mid], size, bold) <= max_width:
                lo = mid
            else:
                hi = mid - 1
        cut = lo
        # a word too long for the line breaks after a hyphen or slash if it has one
        # ("Dokumenten-/" "Kartennummer"), not at the last letter that fits
        soft = max(rest.rfind("-", 0, cut), rest.rfind("/", 0, cut))
        if soft >= 2 and cut < len(rest):
            cut = soft + 1
        while cut < len(rest) and unicodedata.category(rest[cut]).startswith("M"):
            cut += 1  # never separate a combining mark from its base
        parts.append(rest[:cut])
        rest = rest[cut:]
    if rest:
        parts.append(rest)
    return parts


def _wrap_spans(text: str, size: float, max_width: float, bold: bool) -> list[tuple[int, int]]:
    """Greedy word wrap: the (start, end) of each line in ``text`` (logical order)."""
    words: list[tuple[int, int]] = []
    pos = 0
    for w in text.split(" "):
        start, pos = pos, pos + len(w) + 1
        if not w:
            continue
        if _word_width(w, size, bold) > max_width:
            for part in _break_long(w, size, bold, max_width):
                words.append((start, start + len(part)))
                start += len(part)
        else:
            words.append((start, start + len(w)))
    words = _keep_brackets_together(text, words, size, max_width, bold)
    space = _fonts.get_font(BOLD if bold else REGULAR).stringWidth(" ", size)
    lines: list[list[int]] = []
    width = 0.0
    for start, end in words:
        ww = _word_width(text[start:end], size, bold)
        if lines and width + space + ww <= max_width:
            lines[-1][1] = end
            width += space + ww
        else:
            lines.append([start, end])
            width = ww
    return [(start, end) for start, end in lines]


def _keep_brackets_together(text: str, words: list[tuple[int, int]], size: float,
                            max_width: float, bold: bool) -> list[tuple[int, int]]:
    """A bracketed group of words ("(elektronischer Aufenthaltstitel - eAT)") is one
    unit for wrapping when it fits on a line: broken, it reads badly in a right-to-left
    line."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        start, end = words[i]
        group = None
        opening = text[start]
        if opening in BRACKETS and text[end - 1] != BRACKETS[opening]:
            for j in range(i + 1, min(len(words), i + 12)):
                if text[words[j][1] - 1] == BRACKETS[opening]:
                    group = j
                    break
        if group is not None and \
                _word_width(text[start:words[group][1]], size, bold) <= max_width:
            out.append((start, words[group][1]))
            i = group + 1
        else:
            out.append((start, end))
            i += 1
    return out


def _wrap_strings(text: str, size: float, max_width: float, bold: bool) -> list[str]:
    return [text[s:e] for s, e in _wrap_spans(text, size, max_width, bold)]


def _paragraph(text: str, spans: list[tuple[int, int]], size: float, bold: bool,
               rtl: bool) -> list[Line]:
    """Bidi resolved once for the whole paragraph, then laid out line by line."""
    if not spans:
        return []
    if spans == [(0, len(text))]:
        return [layout_line(text, size, bold=bold, rtl=rtl)]
    levels = bidi_levels(text, rtl)
    return [_layout_span(text, levels, s, e, size, bold, rtl) for s, e in spans]


def wrap(text: str, size: float, max_width: float, *, bold: bool = False, rtl: bool | None = None) -> list[Line]:
    """Greedy word wrap into lines no wider than ``max_width``."""
    text = clean(text)
    if rtl is None:
        rtl = is_rtl_text(text)
    spans = _wrap_spans(text, size, max_width, bold)
    return _paragraph(text, spans, size, bold, rtl) or [Line((), 0.0, size, rtl)]


def fit(text: str, size: float, max_width: float, *, max_lines: int = 2,
        min_size: float | None = None, bold: bool = False, rtl: bool | None = None) -> list[Line]:
    """Wrap, shrinking from ``size`` towards ``min_size`` until at most ``max_lines``
    lines; if still too long, the last line ends with an ellipsis. Never wider than
    ``max_width``. Results are cached (documents repeat their fixed texts)."""
    return list(_fit(str(text) if text is not None else "", float(size), float(max_width),
                     int(max_lines), min_size, bool(bold), rtl))


@lru_cache(maxsize=4096)
def _fit(text, size, max_width, max_lines, min_size, bold, rtl) -> tuple[Line, ...]:
    return tuple(_fit_uncached(text, size, max_width, max_lines=max_lines, min_size=min_size,
                               bold=bold, rtl=rtl))


def _fit_uncached(
    text: str,
    size: float,
    max_width: float,
    *,
    max_lines: int = 2,
    min_size: float | None = None,
    bold: bool = False,
    rtl: bool | None = None,
) -> list[Line]:
    """Wrap, shrinking from ``size`` towards ``min_size`` until at most ``max_lines``
    lines; if still too long, the last line ends with an ellipsis. Never wider than
    ``max_width``."""
    text = clean(text)
    if rtl is None:
        rtl = is_rtl_text(text)
    min_size = min_size or size * 0.6
    s = size
    while True:
        spans = _wrap_spans(text, s, max_width, bold)
        strings = [text[a:b] for a, b in spans]
        if len(strings) <= max_lines:
            return _paragraph(text, spans, s, bold, rtl) or [Line((), 0.0, s, rtl)]
        if s - 0.5 < min_size:
            break
        s -= 0.5
    kept = _paragraph(text, spans[: max_lines - 1], s, bold, rtl) if max_lines > 1 else []
    rest = " ".join(strings[max_lines - 1 :])
    while True:
        line = layout_line(rest + "\u2026", s, bold=bold, rtl=rtl)
        if line.width <= max_width or not rest:
            break
        rest = rest[: len(rest) - max(1, len(rest) // 10)]
        while rest and unicodedata.category(rest[-1]).startswith("M"):
            rest = rest[:-1]  # never keep a combining mark without its base
        rest = rest.rstrip()
    kept.append(line)
    return kept


def draw_line(canvas, x: float, y: float, line: Line, *, width: float | None = None, align: str = "start") -> None:
    """Draw ``line`` with its baseline at ``y``. ``align``: start (left for LTR, right
    for RTL paragraphs), left, right or center within [x, x+width]."""
    if width is not None:
        if align == "start":
            align = "right" if line.rtl else "left"
        if align == "right":
            x = x + width - line.width
        elif align == "center":
            x = x + (width - line.width) / 2
    for run in line.runs:
        canvas.setFont(run.font, line.size)
        canvas.drawString(x, y, run.text)
        x += run.width


def draw_lines(canvas, x: float, y: float, lines: list[Line], *, width: float, align: str = "start", leading: float = 1.2) -> float:
    """Draw lines top-down from baseline ``y``; returns the baseline below the last line."""
    for line in lines:
        draw_line(canvas, x, y, line, width=width, align=align)
        y -= line.size * leading
    return y
