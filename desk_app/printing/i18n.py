"""Document translations, kept in ``desk_app/resources/translations/documents/<lang>.json``.

German (``de.json``) is the source and is always printed; the applicant's language is
printed as a second line.  A language without a file, or a message missing from a
language's file, is simply left out (German only).  Values interpolated into messages are
data and are never re-interpreted (``str.format_map`` formats the template only once).
"""

from __future__ import annotations

import json
import string
from functools import lru_cache
from pathlib import Path

from desk_app.resource_files import document_texts_dir

__all__ = [
    "SOURCE_LANGUAGE",
    "RTL_LANGUAGES",
    "translations_dir",
    "available_languages",
    "second_language",
    "tr",
    "is_rtl_language",
]

SOURCE_LANGUAGE = "de"
RTL_LANGUAGES = frozenset({"ar", "fa", "he", "ur", "ps", "ckb", "yi", "dv"})


def translations_dir() -> Path:
    path = document_texts_dir()
    if not path.is_dir():
        raise FileNotFoundError(f"document translations not found at {path}")
    return path


@lru_cache(maxsize=None)
def _catalog(lang: str) -> dict[str, str]:
    if not lang or not all(c.isalnum() or c in "-_" for c in lang):
        return {}
    path = translations_dir() / f"{lang}.json"
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8") as fh:
        data = json.load(fh)
    return {k: v for k, v in data.items() if isinstance(v, str)}


def available_languages() -> tuple[str, ...]:
    return tuple(sorted(p.stem for p in translations_dir().glob("*.json")))


def _normalise(lang: str | None) -> str | None:
    if not lang:
        return None
    lang = lang.strip().replace("_", "-").lower()
    return lang.split("-")[0] or None


def second_language(lang: str | None) -> str | None:
    """The language printed beside German, or None (unknown language or German)."""
    code = _normalise(lang)
    if code is None or code == SOURCE_LANGUAGE or not _catalog(code):
        return None
    return code


def is_rtl_language(lang: str | None) -> bool:
    return _normalise(lang) in RTL_LANGUAGES


class _Safe(dict):
    def __missing__(self, key):  # an unknown placeholder prints as itself
        return "{" + key + "}"


_formatter = string.Formatter()


def tr(msg_id: str, lang: str | None = SOURCE_LANGUAGE, /, **params: object) -> str | None:
    """The message in ``lang`` with ``params`` filled in; None if it has no translation.

    For German a missing message is a programming error (KeyError)."""
    code = _normalise(lang) or SOURCE_LANGUAGE
    catalog = _catalog(code)
    template = catalog.get(msg_id)
    if template is None:
        if code == SOURCE_LANGUAGE:
            raise KeyError(f"message {msg_id!r} missing from de.json")
        return None
    if not params:
        return template
    return template.format_map(_Safe({k: str(v) for k, v in params.items()}))
