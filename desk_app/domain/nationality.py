"""Nationality as written in a booking export, resolved to the stored ISO 3166 alpha-3 code.

Accepted: an alpha-3 or alpha-2 code ("TUR", "TR"), a country name in German or English
("Türkei", "Turkey") and the German adjective used on forms ("türkisch").

Source: the Unicode CLDR through Babel, not a hand-made list. CLDR is maintained by the
Unicode Consortium and updated twice a year; Babel ships it, with the German and English
territory names, the alpha-3 aliases of every ISO territory, the German names of
languages and each territory's official languages. pycountry knows the codes and (via
gettext) the German names as well, but nothing that leads to an adjective, so Babel alone
serves all three.

German nationality adjectives are not in CLDR. They are found in two ways, both on CLDR
data:
1. the adjective is a language's German name ("türkisch", "polnisch", "französisch")
   and that language is official in the territory of the same code (tr/TR, pl/PL,
   fr/FR), or official for at least half of exactly one territory (uk → UA, vi → VN);
2. otherwise by the country's German name: the adjective's stem ("syr" of "syrisch") is
   the longest shared beginning with exactly one name ("Syrien").
The placeholders "staatenlos" and "ungeklärt" become the ICAO codes XXA and XXX.
"""

from __future__ import annotations

import functools
import unicodedata

__all__ = ["resolve_nationality", "territory_name"]

STATELESS = "XXA"
UNKNOWN = "XXX"
_SPECIAL = {"staatenlos": STATELESS, "stateless": STATELESS, "ungeklärt": UNKNOWN,
            "ungeklaert": UNKNOWN, "unknown": UNKNOWN, "unbekannt": UNKNOWN,
            STATELESS.lower(): STATELESS, UNKNOWN.lower(): UNKNOWN, "xxb": "XXB", "xxc": "XXC"}
_ADJECTIVE_ENDINGS = ("ianisch", "esisch", "anisch", "isch", "sch")
_MIN_STEM = 3


def _key(text: str) -> str:
    """Lower case, single spaces, hyphens as spaces; umlauts kept (ü ≠ u: Türkei, Turkmenistan)."""
    text = unicodedata.normalize("NFC", text).casefold().replace("-", " ").replace("\u00a0", " ")
    return " ".join(text.split())


@functools.cache
def _tables() -> tuple[dict[str, str], dict[str, str], dict[str, str], list[tuple[str, str]]]:
    """(alpha-2 → alpha-3, name key → alpha-3, adjective key → alpha-3, German name keys)."""
    from babel import Locale
    from babel.core import get_global

    aliases = get_global("territory_aliases")
    candidates: dict[str, list[str]] = {}
    for code, targets in aliases.items():
        if len(code) == 3 and code.isalpha() and len(targets) == 1:
            candidates.setdefault(targets[0], []).append(code.upper())
    # a territory with several aliases (DE: DEU and the old DDR) takes the one that begins
    # with its alpha-2 code, else the first in CLDR's order
    alpha3 = {two: next((c for c in codes if c.startswith(two)), codes[0])
              for two, codes in candidates.items()}
    de, en = Locale("de"), Locale("en")
    names: dict[str, str] = {}
    german: list[tuple[str, str]] = []
    for two, three in alpha3.items():
        for loc in (de, en):
            name = loc.territories.get(two)
            if name:
                names.setdefault(_key(name), three)
        if de.territories.get(two):
            german.append((_key(de.territories[two]), three))
    adjectives: dict[str, str] = {}
    languages = get_global("territory_languages")
    for lang, lang_name in de.languages.items():
        if "_" in lang:
            continue
        official = [(t, langs[lang].get("population_percent", 0))
                    for t, langs in languages.items()
                    if t in alpha3 and lang in langs
                    and langs[lang].get("official_status") in ("official", "de_facto_official")]
        same = [t for t, _ in official if t == lang.upper()]
        major = [t for t, share in official if share >= 50]
        target = same[0] if same else (major[0] if len(major) == 1 else None)
        if target is not None:
            adjectives[_key(lang_name)] = alpha3[target]
    return alpha3, names, adjectives, german


def resolve_nationality(text: str | None) -> str | None:
    """The alpha-3 code for ``text``, or None when it names no nationality unambiguously."""
    if text is None:
        return None
    key = _key(text)
    if not key:
        return None
    return _resolve(key)


@functools.lru_cache(maxsize=4096)
def _resolve(key: str) -> str | None:
    alpha3, names, adjectives, german = _tables()
    if key in _SPECIAL:
        return _SPECIAL[key]
    if len(key) == 3 and key.isalpha() and key.isascii():
        code = key.upper()
        return code if code in _alpha3_codes() else None
    if len(key) == 2 and key.isalpha() and key.isascii():
        return alpha3.get(key.upper())
    if key in names:
        return names[key]
    if key in adjectives:
        return adjectives[key]
    return _by_stem(key, german)


@functools.cache
def _alpha3_codes() -> frozenset[str]:
    return frozenset(_tables()[0].values()) | frozenset(_SPECIAL.values())


def _by_stem(key: str, german: list[tuple[str, str]]) -> str | None:
    head, _, last = key.rpartition(" ")   # "saudi arabisch": the head must match as well
    stems = [(head + " " if head else "") + last[: -len(ending)]
             for ending in _ADJECTIVE_ENDINGS
             if last.endswith(ending) and len(last) - len(ending) >= _MIN_STEM]
    if not stems:
        return None
    scored: dict[str, tuple[int, int]] = {}
    for name, code in german:
        shared = max(_shared(stem, name) for stem in stems)
        if shared >= len(head) + _MIN_STEM:
            scored[code] = max(scored.get(code, (0, 0)), (shared, -len(name)))
    if not scored:
        return None
    ranked = sorted(((score, code) for code, score in scored.items()), reverse=True)
    if len(ranked) > 1 and ranked[0][0] == ranked[1][0]:
        return None
    return ranked[0][1]


def _shared(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def territory_name(alpha3: str | None, language: str = "de") -> str:
    """The country's name in ``language`` (for tooltips and previews); the code if unknown."""
    if not alpha3:
        return ""
    from babel import Locale

    two = {v: k for k, v in _tables()[0].items()}.get(alpha3.upper())
    if two is None:
        return alpha3
    return Locale(language).territories.get(two, alpha3)
